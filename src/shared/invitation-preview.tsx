import { signalVisibleLength } from "../lib/invitation/fold";
import { t } from "../platform/i18n";

type Props = { id: string; text: string; links: readonly string[] };

/**
 * The exact invitation, with the point where Signal Desktop cuts a long message marked, and a
 * warning when one of the plenum's links comes only after it.
 */
export function InvitationPreview({ id, text, links }: Props) {
	const visible = signalVisibleLength(text, links);
	const hidden = links.some((link) => {
		const at = text.indexOf(link);
		return at === -1 || at >= visible;
	});
	return (
		<div class="invitation-preview">
			{/* biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls inside its box, so the keyboard must reach it. */}
			<pre id={id} tabIndex={0}>
				{text.slice(0, visible)}
				{visible < text.length && (
					<>
						<span class="fold">{t("invitationFoldMark")}</span>
						<span class="below-fold">{text.slice(visible)}</span>
					</>
				)}
			</pre>
			{hidden && (
				<p id={`${id}-fold-warning`} class="status error" role="alert">
					{t("invitationBelowFold")}
				</p>
			)}
		</div>
	);
}
