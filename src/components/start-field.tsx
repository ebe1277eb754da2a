import { t } from "../lib/i18n";
import type { PlenumStart } from "../lib/plenum";
import { repairStart } from "../lib/plenum-repair";

type Props = { start?: PlenumStart; onChange: (start: PlenumStart | undefined) => void };

/**
 * When the plenum starts, in the organiser's time zone (the invitation names it). Empty by
 * default: the invitation then says no time, as groups often agree it elsewhere.
 */
export function StartField({ start, onChange }: Props) {
	const value = start ? `${start.date}T${start.time}` : "";
	return (
		<div class="field inline">
			<label for="when">{t("whenLabel")}</label>
			<input
				id="when"
				type="datetime-local"
				value={value}
				onChange={(event) => {
					const [date, time] = event.currentTarget.value.split("T");
					const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
					onChange(repairStart({ date, time: time?.slice(0, 5), zone }));
				}}
			/>
		</div>
	);
}
