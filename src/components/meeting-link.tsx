import { shortLink } from "../lib/links/short-link";

type Props = { id: string; url: string; label: string };

/**
 * A link shown shortened. Screen readers hear what it is and where ("Room link on
 * meet.systemli.org"), not 80 random letters; the whole address is its target and tooltip.
 */
export function MeetingLink({ id, url, label }: Props) {
	return (
		<a id={id} class="meeting-link" href={url} title={url} aria-label={label} target="_blank" rel="noreferrer">
			{shortLink(url)}
		</a>
	);
}
