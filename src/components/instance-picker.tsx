import { t } from "../lib/i18n";
import type { Instance } from "../lib/instances";

/** The instances as a select's options: the host, and who runs it for the curated ones. */
export function InstanceOptions({ instances }: { instances: readonly Instance[] }) {
	return (
		<>
			{instances.map(({ host, collective }) => (
				<option key={host} value={host}>
					{collective ? t("instanceWithCollective", [host, collective]) : host}
				</option>
			))}
		</>
	);
}

type Props = {
	id: string;
	label: string;
	instances: readonly Instance[];
	value: string;
	onChange: (host: string) => void;
};

export function InstancePicker({ id, label, instances, value, onChange }: Props) {
	return (
		<div class="field">
			<label for={id}>{label}</label>
			<select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
				<InstanceOptions instances={instances} />
			</select>
		</div>
	);
}
