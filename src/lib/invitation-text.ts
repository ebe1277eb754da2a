// Loaded by the popup right after its first frame: Copy needs it, the first frame does not.
import type { MessageKey, Translate } from "./i18n";
import { defaultTemplate, type Parts, renderTemplate } from "./invitation/template";
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

/** Each part of the invitation with its heading, in one language; a part the plenum lacks is missing. */
export function invitationParts(meeting: Meeting, { includeTips, when }: InvitationOptions, t: Translate): Parts {
	const [mumbleRoom, ...mumbleDetails] = meeting.voice === "mumble" ? mumbleInvitationBlocks(meeting, t) : [];
	return {
		title: meeting.title || undefined,
		when: when && t("invitationWhen", when),
		room: mumbleRoom ?? `${t(roomHeading(meeting.roomUrl))}\n${meeting.roomUrl}`,
		pad: meeting.padUrl && `${t("invitationPadHeading")}\n${meeting.padUrl}`,
		backup: meeting.backupUrl && `${t("invitationBackupHeading")}\n${meeting.backupUrl}`,
		mumble: mumbleDetails.join("\n\n") || undefined,
		tips: includeTips
			? [t("invitationTipsHeading"), ...tips[meeting.voice].map((key) => `- ${t(key)}`)].join("\n")
			: undefined,
	};
}

/**
 * Plain text for Signal, Telegram, XMPP or e-mail: every link alone on its line, so every
 * messenger finds it whole. The default template gives the links right after the head: Signal
 * Desktop folds a long message (invitation/fold.ts).
 */
export function invitationText(
	meeting: Meeting,
	options: InvitationOptions,
	t: Translate,
	template = defaultTemplate,
): string {
	return renderTemplate(template, invitationParts(meeting, options, t));
}

/**
 * The same invitation in a second language, below the first: the links stand once, above, so
 * each of its parts that has one says so instead; the title and the server's details are not repeated.
 */
function secondLanguageText(meeting: Meeting, options: InvitationOptions, t: Translate, template: string): string {
	const parts = invitationParts(meeting, options, t);
	const above = (heading?: string) => heading && `${heading.split("\n")[0]} ${t("invitationLinkAbove")}`;
	const room = meeting.voice === "mumble" ? t("invitationMumbleHeading") : t(roomHeading(meeting.roomUrl));
	return renderTemplate(template, {
		...parts,
		title: undefined,
		room: above(room),
		pad: above(parts.pad),
		backup: above(parts.backup),
		mumble: undefined,
	});
}

export type InvitationContext = {
	includeTips: boolean;
	language: Language;
	/** How long a plenum lasts: one in progress is still the one to name. */
	durationMinutes: number;
	/** navigator.languages: which English (or German...) writes the date. */
	browserLocales: readonly string[];
	now: Date;
	/** The group's own template for this language; the default when missing. */
	template?: string;
	/** A second language, written below the first. */
	second?: { language: Language; translate: Translate; template?: string };
};

/** The invitation Copy gives for a plenum: its links, and its date or a series' next one. */
export function plenumInvitation(plenum: Plenum, context: InvitationContext, t: Translate): string {
	const { start, repeat } = plenum;
	const next = start && (nextOccurrence(start, repeat, context.now, context.durationMinutes) ?? start);
	const meeting = meetingOf(plenum);
	const options = (language: Language) => ({
		includeTips: context.includeTips,
		when: next && formatStart(next, language, context.browserLocales),
	});
	const first = invitationText(meeting, options(context.language), t, context.template);
	const { second } = context;
	if (!second || second.language === context.language) return first;
	const other = secondLanguageText(
		meeting,
		options(second.language),
		second.translate,
		second.template ?? defaultTemplate,
	);
	return `${first}\n\n———\n\n${other}`;
}
