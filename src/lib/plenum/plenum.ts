import { jitsiInstances } from "../instances";
import { padName } from "../names/pad-name";
import { randomName } from "../names/random-name";
import { roomName } from "../names/room-name";
import type { Settings } from "../settings";
import type { PlenumStart, Repeat } from "./start";

// A plenum is prepared, announced, held and often repeated. Once its invitation has left the
// popup, its places are fixed: reopening the popup shows exactly the room people were invited to.

/** A room or pad: the instance and the name on it. The name carries the secret. */
export type { PlenumStart, Repeat } from "./start";

export type Place = { host: string; name: string };

/** Where a large assembly talks: systemli's web client (no server) or the group's own server. */
export type MumblePlace = { server: string; port: number; channel: string };

export type Plenum = {
	/** Random, stable for the plenum's whole life: the calendar file's UID, the key in lists. */
	id: string;
	/** When it was made, in ms since 1970. */
	created: number;
	title: string;
	/** Jitsi, or Mumble for a large assembly. */
	voice: "jitsi" | "mumble";
	/** The Jitsi room; a large assembly saved by an older version has none. */
	room?: Place;
	/** Jitsi's start-muted options, fixed with the room so the link never changes under people. */
	audioMuted: boolean;
	videoMuted: boolean;
	/** Jitsi's pre-join check, required name and "do not store the room", fixed with the room too. */
	prejoin?: boolean;
	requireName?: boolean;
	doNotStore?: boolean;
	pad?: Place;
	/** A second room on another trusted instance, for an overloaded evening. */
	backup?: Place;
	mumble?: MumblePlace;
	start?: PlenumStart;
	/** Only pinned plenums repeat. */
	repeat?: Repeat;
	/** The name a group gave a pinned plenum ("Monday plenum"). */
	name?: string;
};

/** Every field a plenum of this version has; what a stored one holds besides is a newer version's. */
export const plenumKeys: ReadonlySet<string> = new Set<keyof Plenum>([
	"id",
	"created",
	"title",
	"voice",
	"room",
	"audioMuted",
	"videoMuted",
	"prejoin",
	"requireName",
	"doNotStore",
	"pad",
	"backup",
	"mumble",
	"start",
	"repeat",
	"name",
]);

/** A plenum not yet shared: only its secrets and identity are fixed, the rest follows the popup. */
export type Draft = { id: string; created: number; room: string; pad: string; backup: string };

/** Three independent secrets: knowing the room must reveal neither the pad nor the backup room. */
export function newDraft(now = Date.now()): Draft {
	return { id: randomName(), created: now, room: randomName(), pad: randomName(), backup: randomName() };
}

/** What the popup shows before anything has been shared: the draft under today's choices. */
export type Choices = { title: string; large: boolean; start?: PlenumStart };

export function draftPlenum(settings: Settings, draft: Draft, { title, large, start }: Choices): Plenum {
	const named = settings.titleInNames ? title : "";
	const backupHost = backupInstance(settings.jitsiInstance);
	return {
		id: draft.id,
		created: draft.created,
		title,
		voice: large ? "mumble" : "jitsi",
		room: { host: settings.jitsiInstance, name: roomName(draft.room, named) },
		audioMuted: settings.startAudioMuted,
		videoMuted: settings.startVideoMuted,
		...(settings.prejoinCheck && { prejoin: true }),
		...(settings.requireDisplayName && { requireName: true }),
		...(settings.doNotStoreRoom && { doNotStore: true }),
		pad: settings.includePad ? { host: settings.padInstance, name: padName(draft.pad, named) } : undefined,
		backup:
			settings.backupRoom && !large && backupHost
				? { host: backupHost, name: roomName(draft.backup, named) }
				: undefined,
		mumble: large
			? { server: settings.mumbleServer, port: settings.mumblePort, channel: settings.mumbleChannel }
			: undefined,
		start,
	};
}

/** The backup room's instance: the first trusted collective's that is not the main room's. */
export function backupInstance(main: string): string | undefined {
	return jitsiInstances.find((instance) => instance.host !== main)?.host;
}
