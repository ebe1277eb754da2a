import { t } from "../lib/browser";
import type { Instance } from "../lib/instances";

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
				{instances.map(({ host, collective }) => (
					<option key={host} value={host}>
						{collective ? t("instanceWithCollective", [host, collective]) : host}
					</option>
				))}
			</select>
		</div>
	);
}
