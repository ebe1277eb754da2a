type Props = { id: string; label: string; url: string };

/** A link shown whole, so people see exactly what they are about to share. */
export function MeetingLink({ id, label, url }: Props) {
	return (
		<p class="link">
			<span class="link-label" id={`${id}-label`}>
				{label}
			</span>
			<a id={id} href={url} target="_blank" rel="noreferrer" aria-labelledby={`${id}-label ${id}`}>
				{url}
			</a>
		</p>
	);
}
