import { useState } from "preact/hooks";
import type { PlenumStart } from "../lib/plenum/plenum";
import { readStart, type StartProblem } from "../lib/time/start-time";
import { systemZone } from "../lib/time/zone";
import { t } from "../platform/i18n";

type Props = { start?: PlenumStart; onChange: (start: PlenumStart | undefined) => void };

const parts = [
	{ part: "date", label: "whenDateLabel" },
	{ part: "time", label: "whenTimeLabel" },
] as const;

/**
 * When the plenum starts, in the organiser's time zone (the invitation names it). Empty by
 * default: the invitation then says no time, as groups often agree it elsewhere. It counts once
 * both the date and the time are there. Two fields rather than one datetime-local: Firefox
 * before 154 shows no time picker for that.
 */
export function StartField({ start, onChange }: Props) {
	const [typed, setTyped] = useState({ date: start?.date ?? "", time: start?.time ?? "" });
	const [problem, setProblem] = useState<StartProblem>();
	const [system] = useState(() => systemZone(Intl.DateTimeFormat().resolvedOptions().timeZone));
	// Said whenever a start is, or would be, in UTC only because the system's zone is unknown.
	const inUtc = system.fallback && (start?.zone ?? system.zone) === system.zone;
	// A start chosen elsewhere (a saved plenum brought back) replaces what was typed.
	const shown = start && (start.date !== typed.date || start.time !== typed.time) ? start : typed;

	function change(next: { date: string; time: string }) {
		setTyped(next);
		const zone = start?.zone ?? system.zone;
		const read = readStart(next.date, next.time, zone);
		// Half a start is still being typed: no message until both fields have been left.
		setProblem(read.problem === "startIncomplete" ? undefined : read.problem);
		onChange(read.start);
	}

	return (
		<fieldset
			class="when"
			aria-describedby={[problem && "when-problem", inUtc && "when-zone"].filter(Boolean).join(" ") || undefined}
		>
			<legend>{t("whenLabel")}</legend>
			{parts.map(({ part, label }) => (
				<input
					key={part}
					id={`when-${part}`}
					type={part}
					aria-label={t(label)}
					aria-invalid={problem ? "true" : undefined}
					value={shown[part]}
					onChange={(event) => change({ ...shown, [part]: event.currentTarget.value })}
				/>
			))}
			{inUtc && (
				<p id="when-zone" class="hint">
					{t("startZoneUnknown")}
				</p>
			)}
			{problem && (
				<p id="when-problem" class="status error" role="alert">
					{t(problem)}
				</p>
			)}
		</fieldset>
	);
}
