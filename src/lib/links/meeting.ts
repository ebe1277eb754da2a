import { mumbleAppUrl, mumbleWebUrl } from "../mumble/links";
import { type MumbleRoom, mumbleRoom } from "../mumble/room";
import type { Plenum } from "../plenum/plenum";
import { padUrl, roomUrl } from "./meeting-links";

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
		const backupUrl = backup && roomUrl(backup, plenum);
		return { voice: "jitsi", title, roomUrl: roomUrl(jitsi, plenum), padUrl: padLink, backupUrl };
	}
	const mumble = mumbleRoom(plenum.mumble ?? { server: "" });
	const roomLink = mumbleWebUrl(mumble) ?? mumbleAppUrl(mumble, title);
	return { voice: "mumble", title, roomUrl: roomLink, padUrl: padLink, mumble };
}
