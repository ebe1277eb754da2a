type Props = { id: string; label: string; checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void };

export function SwitchField({ id, label, checked, disabled, onChange }: Props) {
	return (
		<div class="switch">
			<input
				id={id}
				type="checkbox"
				checked={checked}
				disabled={disabled}
				onChange={(event) => onChange(event.currentTarget.checked)}
			/>
			<label for={id}>{label}</label>
		</div>
	);
}
