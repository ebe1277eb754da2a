import { useEffect, useRef, useState } from "preact/hooks";
import type { StartProblem } from "../lib/time/start-time";
import { t } from "../platform/i18n";
import type { TypedStart } from "./use-start";

type Props = {
	typed: TypedStart;
	problem?: StartProblem;
	inUtc: boolean;
	/** How often Copy, Start or another action was held back by this start: each time, it is said and focused. */
	asked?: number;
	onChange: (typed: TypedStart) => void;
};

const parts = [
	{ part: "date", label: "whenDateLabel" },
	{ part: "time", label: "whenTimeLabel" },
] as const;

/**
 * When the plenum starts, in the organiser's time zone (the invitation names it). Empty by
 * default: the invitation then says no time, as groups often agree it elsewhere. It counts once
 * both the date and the time are there; half of one holds the invitation back, with a message
 * naming the missing half. Two fields rather than one datetime-local: Firefox before 154 shows
 * no time picker for that.
 */
export function StartField({ typed, problem, inUtc, asked, onChange }: Props) {
	const fields = useRef<HTMLFieldSetElement>(null);
	// Half a start is still being typed: its message waits until the fields are left, or an action needs it.
	const [told, setTold] = useState(false);
	const half = problem === "startNoTime" || problem === "startNoDate";
	const said = problem && (told || !half) ? problem : undefined;
	useEffect(() => {
		if (!asked) return;
		setTold(true);
		fields.current
			?.querySelector<HTMLInputElement>(
				problem === "startNoTime" || problem === "startSkipped" ? "#when-time" : "#when-date",
			)
			?.focus();
	}, [asked]);

	return (
		<fieldset
			ref={fields}
			class="when"
			aria-describedby={[said && "when-problem", inUtc && "when-zone"].filter(Boolean).join(" ") || undefined}
			onFocusOut={(event) => {
				if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTold(true);
			}}
		>
			<legend>{t("whenLabel")}</legend>
			{parts.map(({ part, label }) => (
				<input
					key={part}
					id={`when-${part}`}
					type={part}
					aria-label={t(label)}
					aria-invalid={said ? "true" : undefined}
					value={typed[part]}
					onChange={(event) => onChange({ ...typed, [part]: event.currentTarget.value })}
				/>
			))}
			{inUtc && (
				<p id="when-zone" class="hint">
					{t("startZoneUnknown")}
				</p>
			)}
			{said && (
				<p id="when-problem" class="status error" role="alert">
					{t(said)}
				</p>
			)}
		</fieldset>
	);
}
