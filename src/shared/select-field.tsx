type Option = { value: string; label: string; lang?: string };
type Props = {
	id: string;
	label: string;
	value: string;
	options: readonly Option[];
	onChange: (value: string) => void;
};

/** A labelled choice from a short list. */
export function SelectField({ id, label, value, options, onChange }: Props) {
	return (
		<div class="field">
			<label for={id}>{label}</label>
			<select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
				{options.map((option) => (
					<option key={option.value} value={option.value} lang={option.lang}>
						{option.label}
					</option>
				))}
			</select>
		</div>
	);
}
