type Props = { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void };

export function SwitchField({ id, label, checked, onChange }: Props) {
	return (
		<div class="switch">
			<input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
			<label for={id}>{label}</label>
		</div>
	);
}
