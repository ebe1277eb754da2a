import { useEffect, useRef, useState } from "preact/hooks";
import type { Language } from "../lib/languages";
import { maxTitleLength } from "../lib/limits";
import type { PlenumStart, Repeat } from "../lib/plenum/plenum";
import { describeRepeat, repeats } from "../lib/time/recurrence";
import { cleanTitle } from "../lib/title/clean-title";
import { titleProblem } from "../lib/title/title-problem";
import { pageLanguage, t } from "../platform/i18n";
import { TitleProblemNote, useTitleVerdict } from "../shared/title-field";

/** "every Thursday, 19:00" as a choice of its own: "Every Thursday, 19:00". */
const sentenceCase = (text: string) => text.charAt(0).toLocaleUpperCase(pageLanguage()) + text.slice(1);

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
			<label for="pin-name">{t("pinNameLabel")}</label>
			<div class="row">
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
								{sentenceCase(describeRepeat(start, value, pageLanguage(), t, navigator.languages))}
							</option>
						))}
				</select>
			</div>
			{problem && <TitleProblemNote id="pin-name" problem={problem} onFix={() => setName(problem.fix)} />}
			{!canRepeat && (
				<p id="pin-repeat-hint" class="hint">
					{t("repeatNeedsDate")}
				</p>
			)}
			<div class="row">
				<button id="pin-save" type="submit">
					{t("pinSave")}
				</button>
				<button type="button" onClick={onCancel}>
					{t("resetCancel")}
				</button>
			</div>
		</form>
	);
}
