import type { MessageKey } from "./browser";
import type { Meeting } from "./meeting";
import { startsMuted } from "./meeting-links";
import { mumbleInvitationBlocks } from "./mumble/invitation-lines";

export type Translate = (key: MessageKey, substitutions?: string[]) => string;

// The collectives' advice, for each way of meeting.
const tips: Record<Meeting["voice"], MessageKey[]> = {
	jitsi: ["invitationTipHeadset", "invitationTipMute", "invitationTipTryFirst"],
	mumble: ["invitationTipHeadset", "invitationTipPushToTalk", "invitationTipJoinEarly"],
};

/**
 * Plain text for Signal, Telegram, XMPP or e-mail: every link alone on its line,
 * so every messenger finds it whole.
 */
export function invitationText(meeting: Meeting, includeTips: boolean, t: Translate): string {
	const blocks: string[] = [];
	if (meeting.title) blocks.push(meeting.title);
	if (meeting.voice === "mumble") blocks.push(...mumbleInvitationBlocks(meeting, t));
	else {
		const heading = startsMuted(meeting.roomUrl) ? "invitationRoomHeadingMuted" : "invitationRoomHeading";
		blocks.push(`${t(heading)}\n${meeting.roomUrl}`);
	}
	if (meeting.padUrl) blocks.push(`${t("invitationPadHeading")}\n${meeting.padUrl}`);
	if (includeTips) {
		blocks.push([t("invitationTipsHeading"), ...tips[meeting.voice].map((key) => `- ${t(key)}`)].join("\n"));
	}
	return blocks.join("\n\n");
}
