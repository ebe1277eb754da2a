import { padUrl, roomUrl } from "./meeting-links";
import { mumbleUrl } from "./mumble-link";
import type { Plenum } from "./plenum";

/** Where people talk: a Jitsi room, or Mumble for a large assembly. */
export type Voice = Plenum["voice"];

/** A plenum as links: what the invitation, the QR code and Start use. */
export type Meeting = { voice: Voice; title: string; roomUrl: string; padUrl?: string; backupUrl?: string };

export function meetingOf(plenum: Plenum): Meeting {
	const { title, room, mumble, pad, backup } = plenum;
	const jitsi = plenum.voice === "jitsi" && room;
	return {
		voice: jitsi ? "jitsi" : "mumble",
		title,
		roomUrl: jitsi ? roomUrl(jitsi, plenum) : mumbleUrl({ ...mumble, server: mumble?.server ?? "", title }),
		padUrl: pad && padUrl(pad),
		backupUrl: jitsi && backup ? roomUrl(backup, plenum) : undefined,
	};
}
