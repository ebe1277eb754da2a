import { t } from "../platform/i18n";

/**
 * For the person who makes the room, never in the invitation: what Jitsi and Etherpad leave to
 * them. One line until opened.
 */
export function OrganiserNote() {
	return (
		<details id="organiser-note">
			<summary>{t("organiserNoteSummary")}</summary>
			{/* biome-ignore lint/a11y/noNoninteractiveTabindex: the list scrolls inside the popup, so the keyboard must reach it. */}
			<ul class="note" tabIndex={0}>
				<li>{t("organiserNoteModerator")}</li>
				<li>{t("organiserNotePassword")}</li>
				<li>{t("organiserNoteOpenGroup")}</li>
				<li>{t("organiserNotePad")}</li>
				<li>{t("organiserNoteEncryption")}</li>
			</ul>
		</details>
	);
}
