import type { Ref } from "preact";
import { t } from "../lib/i18n";
import { maxTitleLength } from "../lib/limits";
import type { TitleProblem } from "../lib/title/title-problem";

type Props = {
	id: string;
	label: string;
	placeholder?: string;
	value: string;
	/** Why the title cannot be used, shown under the field; the text stays as typed. */
	problem?: TitleProblem;
	inputRef?: Ref<HTMLInputElement>;
	onInput?: (value: string) => void;
	onChange?: (value: string) => void;
};

/** A meeting title (or a Mumble channel), held to the same rules wherever it is typed. */
export function TitleField({ id, label, placeholder, value, problem, inputRef, onInput, onChange }: Props) {
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
			{problem && (
				<p id={`${id}-problem`} class="status error" role="alert">
					{t(problem.key, problem.part)}
				</p>
			)}
		</div>
	);
}
