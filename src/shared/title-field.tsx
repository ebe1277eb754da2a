import type { Ref } from "preact";
import { useEffect, useState } from "preact/hooks";
import { maxTitleLength } from "../lib/limits";
import { checking, loadLinkFinder, type TitleProblem, titleVerdict, type Verdict } from "../lib/title/title-problem";
import { t } from "../platform/i18n";

/**
 * The link rule's verdict on a cleaned text, rendered again once the link finder has loaded
 * (only texts holding a dot, "@" or ":" need it). `checking` until then.
 */
export function useTitleVerdict(text: string): Verdict {
	const verdict = titleVerdict(text);
	const [, setLoaded] = useState(false);
	useEffect(() => {
		if (verdict === checking) void loadLinkFinder().then(() => setLoaded(true));
	}, [verdict === checking]);
	return verdict;
}

type Props = {
	id: string;
	label: string;
	placeholder?: string;
	value: string;
	/** Why the title cannot be used, shown under the field with its fix; the text stays as typed. */
	problem?: TitleProblem;
	inputRef?: Ref<HTMLInputElement>;
	onInput?: (value: string) => void;
	onChange?: (value: string) => void;
};

/** A meeting title (or a Mumble channel), held to the same rules wherever it is typed. */
export function TitleField({ id, label, placeholder, value, problem, inputRef, onInput, onChange }: Props) {
	const fix = problem && (() => (onInput ?? onChange)?.(problem.fix));
	return (
		<div class="field">
			<label for={id}>{label}</label>
			<input
				id={id}
				type="text"
				ref={inputRef}
				maxLength={maxTitleLength}
				placeholder={placeholder ?? t("titlePlaceholder")}
				value={value}
				aria-invalid={problem ? "true" : undefined}
				aria-describedby={problem ? `${id}-problem` : undefined}
				onInput={onInput && ((event) => onInput(event.currentTarget.value))}
				onChange={onChange && ((event) => onChange(event.currentTarget.value))}
			/>
			{problem && <TitleProblemNote id={id} problem={problem} onFix={fix} />}
		</div>
	);
}

/** The refusal under a field: the link the text would become, and the button that offers the fix. */
export function TitleProblemNote({ id, problem, onFix }: { id: string; problem: TitleProblem; onFix?: () => void }) {
	return (
		<p id={`${id}-problem`} class="status error" role="alert">
			{t(problem.key, [problem.part, problem.link])}{" "}
			<button id={`${id}-fix`} type="button" class="link-button" onClick={onFix}>
				{t("titleLinkFix", problem.fix)}
			</button>
		</p>
	);
}
