import { useEffect, useRef, useState } from "preact/hooks";
import type { Language } from "../lib/languages";
import { maxTitleLength } from "../lib/limits";
import { sentenceCase } from "../lib/plenum/list-entry";
import type { PlenumStart, Repeat } from "../lib/plenum/plenum";
import { describeRepeat, repeats } from "../lib/time/recurrence";
import { cleanTitle } from "../lib/title/clean-title";
import { titleProblem } from "../lib/title/title-problem";
import { pageLanguage, t } from "../platform/i18n";
import { TitleProblemNote, useTitleVerdict } from "../shared/title-field";

type Props = {
	suggestedName: string;
	/** A plenum repeats from its date: without one there is nothing to repeat. */
	start?: PlenumStart;
	language: Language;
	onPin: (name: string, repeat?: Repeat) => void;
	onCancel: () => void;
};

/** Names the current plenum as a recurring one ("Monday plenum"), and how often it meets. */
export function PinForm({ suggestedName, start, onPin, onCancel }: Props) {
	const canRepeat = start !== undefined;
	const [name, setName] = useState(suggestedName);
	const [repeat, setRepeat] = useState<Repeat | "">("");
	const input = useRef<HTMLInputElement>(null);
	useEffect(() => input.current?.focus(), []);
	// A pin's name is shown beside the plenum's links: held to the title's link rule.
	const verdict = useTitleVerdict(cleanTitle(name));
	const problem = typeof verdict === "object" ? verdict : undefined;
	return (
		<form
			class="pin-form"
			onSubmit={(event) => {
				event.preventDefault();
				void titleProblem(cleanTitle(name)).then((found) => {
					if (!found) onPin(name.trim() || t("pinDefaultName"), repeat || undefined);
				});
			}}
		>
			{/* Two rows: the name, then how often it meets beside Pin and Cancel (the popup stays within 600 px). */}
			<div class="row">
				<label for="pin-name">{t("pinNameLabel")}</label>
				<input
					id="pin-name"
					ref={input}
					type="text"
					maxLength={maxTitleLength}
					placeholder={t("pinDefaultName")}
					value={name}
					aria-invalid={problem ? "true" : undefined}
					aria-describedby={problem ? "pin-name-problem" : undefined}
					onInput={(event) => setName(event.currentTarget.value)}
				/>
			</div>
			{problem && <TitleProblemNote id="pin-name" problem={problem} onFix={() => setName(problem.fix)} />}
			<div class="row">
				<select
					id="pin-repeat"
					aria-label={t("repeatLabel")}
					aria-describedby={canRepeat ? undefined : "pin-repeat-hint"}
					disabled={!canRepeat}
					value={repeat}
					onChange={(event) => {
						const chosen = event.currentTarget.value;
						setRepeat(repeats.find((value) => value === chosen) ?? "");
					}}
				>
					<option value="">{t("repeatNone")}</option>
					{start &&
						repeats.map((value) => (
							<option key={value} value={value}>
								{sentenceCase(describeRepeat(start, value, pageLanguage(), t, navigator.languages), pageLanguage())}
							</option>
						))}
				</select>
				<button id="pin-save" type="submit">
					{t("pinSave")}
				</button>
				<button id="pin-cancel" type="button" onClick={onCancel}>
					{t("resetCancel")}
				</button>
			</div>
			{!canRepeat && (
				<p id="pin-repeat-hint" class="hint">
					{t("repeatNeedsDate")}
				</p>
			)}
		</form>
	);
}
