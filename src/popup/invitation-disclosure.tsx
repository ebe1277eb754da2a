import { useState } from "preact/hooks";
import type { Meeting } from "../lib/links/meeting";
import { t } from "../platform/i18n";
import { InvitationPreview } from "../shared/invitation-preview";

/** "Show invitation": the exact text Copy puts on the clipboard, made only while it is open. */
export function InvitationDisclosure({ invitation, meeting }: { invitation: () => string; meeting: Meeting }) {
	const [open, setOpen] = useState(false);
	const links = [meeting.roomUrl, meeting.padUrl, meeting.backupUrl].filter((link) => link !== undefined);
	return (
		<details id="invitation-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
			<summary>{t("showInvitation")}</summary>
			{open && <InvitationPreview id="invitation-preview" text={invitation()} links={links} />}
		</details>
	);
}
