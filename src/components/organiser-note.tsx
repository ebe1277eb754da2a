import { t } from "../lib/i18n";

/**
 * For the person who makes the room, never in the invitation: what Jitsi and Etherpad leave to
 * them. One line until opened.
 */
export function OrganiserNote() {
	return (
		<details id="organiser-note">
			<summary>{t("organiserNoteSummary")}</summary>
			<ul class="note">
				<li>{t("organiserNoteModerator")}</li>
				<li>{t("organiserNotePassword")}</li>
				<li>{t("organiserNoteOpenGroup")}</li>
				<li>{t("organiserNotePad")}</li>
				<li>{t("organiserNoteEncryption")}</li>
			</ul>
		</details>
	);
}
