import { padUrl, roomUrl } from "./meeting-links";
import { randomName } from "./random-name";
import type { Settings } from "./settings";

/** Two independent secrets: knowing the room must not reveal the pad. */
export type Secrets = { room: string; pad: string };

export function newSecrets(): Secrets {
	return { room: randomName(), pad: randomName() };
}

export type Meeting = { roomUrl: string; padUrl?: string };

/** The links a group shares, from its settings, this proposal's secrets and the title. */
export function meeting(settings: Settings, secrets: Secrets, title: string): Meeting {
	return {
		roomUrl: roomUrl({ host: settings.jitsiInstance, secret: secrets.room, title, startMuted: settings.startMuted }),
		padUrl: settings.includePad ? padUrl({ host: settings.padInstance, secret: secrets.pad, title }) : undefined,
	};
}
