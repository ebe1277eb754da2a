// Loaded by the popup right after its first frame: Copy needs it, the first frame does not.
import type { MessageKey, Translate } from "./i18n";
import type { Language } from "./languages";
import { type Meeting, meetingOf } from "./links/meeting";
import { startsWith } from "./links/meeting-links";
import { mumbleInvitationBlocks } from "./mumble/invitation-lines";
import type { Plenum } from "./plenum/plenum";
import { nextOccurrence } from "./time/recurrence";
import { formatStart } from "./time/start-time";

// The collectives' advice, for each way of meeting.
const tips: Record<Meeting["voice"], MessageKey[]> = {
	jitsi: ["invitationTipHeadset", "invitationTipMute", "invitationTipTryFirst"],
	mumble: ["invitationTipHeadset", "invitationTipPushToTalk", "invitationTipJoinEarly"],
};

/** What the room link asks of Jitsi, said in the heading, taken from the link itself. */
function roomHeading(url: string): MessageKey {
	const muted = startsWith(url, "AudioMuted");
	const cameraOff = startsWith(url, "VideoMuted");
	if (muted && cameraOff) return "invitationRoomHeadingMutedCameraOff";
	if (muted) return "invitationRoomHeadingMuted";
	return cameraOff ? "invitationRoomHeadingCameraOff" : "invitationRoomHeading";
}

export type InvitationOptions = {
	includeTips: boolean;
	/** When the plenum starts, already written out in the invitation's language. */
	when?: string;
};

/**
 * Plain text for Signal, Telegram, XMPP or e-mail: every link alone on its line,
 * so every messenger finds it whole.
 */
export function invitationText(meeting: Meeting, { includeTips, when }: InvitationOptions, t: Translate): string {
	const blocks: string[] = [];
	const head = [meeting.title, when && t("invitationWhen", when)].filter(Boolean);
	if (head.length > 0) blocks.push(head.join("\n"));
	// The links first and the room's details after them: Signal Desktop folds a long message.
	const [mumbleRoom, ...mumbleDetails] = meeting.voice === "mumble" ? mumbleInvitationBlocks(meeting, t) : [];
	blocks.push(mumbleRoom ?? `${t(roomHeading(meeting.roomUrl))}\n${meeting.roomUrl}`);
	if (meeting.padUrl) blocks.push(`${t("invitationPadHeading")}\n${meeting.padUrl}`);
	if (meeting.backupUrl) blocks.push(`${t("invitationBackupHeading")}\n${meeting.backupUrl}`);
	blocks.push(...mumbleDetails);
	if (includeTips) {
		blocks.push([t("invitationTipsHeading"), ...tips[meeting.voice].map((key) => `- ${t(key)}`)].join("\n"));
	}
	return blocks.join("\n\n");
}

export type InvitationContext = {
	includeTips: boolean;
	language: Language;
	/** How long a plenum lasts: one in progress is still the one to name. */
	durationMinutes: number;
	/** navigator.languages: which English (or German...) writes the date. */
	browserLocales: readonly string[];
	now: Date;
};

/** The invitation Copy gives for a plenum: its links, and its date or a series' next one. */
export function plenumInvitation(plenum: Plenum, context: InvitationContext, t: Translate): string {
	const { start, repeat } = plenum;
	const next = start && (nextOccurrence(start, repeat, context.now, context.durationMinutes) ?? start);
	const when = next && formatStart(next, context.language, context.browserLocales);
	return invitationText(meetingOf(plenum), { includeTips: context.includeTips, when }, t);
}
