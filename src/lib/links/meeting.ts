import { invitationAllowance, signalFold } from "../invitation/fold";
import { mumbleAppUrl, mumbleWebUrl } from "../mumble/links";
import { type MumbleRoom, mumbleRoom } from "../mumble/room";
import type { Plenum } from "../plenum/plenum";
import { maxSubjectLength, padUrl, roomUrl } from "./meeting-links";

/** Where people talk: a Jitsi room, or Mumble for a large assembly. */
export type Voice = Plenum["voice"];

/** A plenum as links: what the invitation, the QR code and Start use. */
export type Meeting = {
	voice: Voice;
	title: string;
	/** The Jitsi room, or for a large assembly the web page that reaches it, else the app link. */
	roomUrl: string;
	padUrl?: string;
	backupUrl?: string;
	/** A large assembly's server, port and channel, written out for the Mumble app. */
	mumble?: MumbleRoom;
};

export function meetingOf(plenum: Plenum): Meeting {
	const { title, room, pad, backup } = plenum;
	const jitsi = plenum.voice === "jitsi" && room;
	const padLink = pad && padUrl(pad);
	if (jitsi) {
		const subject = subjectRoom(plenum, roomUrl(jitsi, { ...plenum, title: "" }), padLink);
		const backupUrl = backup && roomUrl(backup, plenum, subject);
		return { voice: "jitsi", title, roomUrl: roomUrl(jitsi, plenum, subject), padUrl: padLink, backupUrl };
	}
	const mumble = mumbleRoom(plenum.mumble ?? { server: "" });
	const roomLink = mumbleWebUrl(mumble) ?? mumbleAppUrl(mumble, title);
	return { voice: "mumble", title, roomUrl: roomLink, padUrl: padLink, mumble };
}

// "&config.subject=" before the subject itself.
const subjectKeyLength = 16;

/**
 * The room the subject may take in the room links. The invitation gives the room link, then the
 * pad, then the backup room: whatever comes before the last of them must leave it above Signal's
 * fold. The title is there in full as the invitation's first line; a long one, in letters that
 * percent-encode to six characters each, is cut short (whole graphemes) or left out of the subject.
 */
function subjectRoom(plenum: Plenum, plainRoom: string, padLink?: string): number {
	const last = plenum.backup ? "backup" : padLink ? "pad" : "room";
	if (last === "room") return maxSubjectLength;
	const before = [plenum.title.length, invitationAllowance, plainRoom.length, subjectKeyLength];
	if (last === "backup" && padLink) before.push(padLink.length);
	return Math.min(maxSubjectLength, signalFold - before.reduce((sum, n) => sum + n, 0));
}
