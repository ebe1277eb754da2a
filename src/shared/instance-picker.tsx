import type { Instance } from "../lib/instances";
import { t } from "../platform/i18n";
import { SelectField } from "./select-field";

/** The instances as choices: the host, and who runs it for the curated ones. */
export function instanceOptions(instances: readonly Instance[]) {
	return instances.map(({ host, collective }) => ({
		value: host,
		label: collective ? t("instanceWithCollective", [host, collective]) : host,
	}));
}

type Props = {
	id: string;
	label: string;
	instances: readonly Instance[];
	value: string;
	onChange: (host: string) => void;
};

export function InstancePicker({ id, label, instances, value, onChange }: Props) {
	return <SelectField id={id} label={label} value={value} options={instanceOptions(instances)} onChange={onChange} />;
}
