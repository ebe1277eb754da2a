import { padUrl, roomUrl } from "./meeting-links";
import { mumbleAppUrl, mumbleWebUrl } from "./mumble/links";
import { mumbleRoom } from "./mumble/room";
import { randomName } from "./random-name";
import type { Settings } from "./settings";

/** Two independent secrets: knowing the room must not reveal the pad. */
export type Secrets = { room: string; pad: string };

export function newSecrets(): Secrets {
	return { room: randomName(), pad: randomName() };
}

/** Where people talk: a Jitsi room, or Mumble for a large assembly. */
export type Voice = "jitsi" | "mumble";

export type Meeting = { voice: Voice; title: string; roomUrl: string; padUrl?: string };

/** The links a group shares, from its settings, this proposal's secrets and the title. */
export function meeting(settings: Settings, secrets: Secrets, title: string, large = false): Meeting {
	const mumble = large && mumbleRoom({ server: settings.mumbleServer, channel: settings.mumbleChannel });
	// A large assembly's link: the web page where one reaches the server, else the app link.
	const room = mumble
		? (mumbleWebUrl(mumble) ?? mumbleAppUrl(mumble, title))
		: roomUrl({ host: settings.jitsiInstance, secret: secrets.room, title, startMuted: settings.startMuted });
	return {
		voice: large ? "mumble" : "jitsi",
		title: title.trim(),
		roomUrl: room,
		padUrl: settings.includePad ? padUrl({ host: settings.padInstance, secret: secrets.pad, title }) : undefined,
	};
}
