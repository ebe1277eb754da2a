import type { Meeting } from "./meeting";

// Pinned plenums and recent rooms hold secret links: they stay in storage.local, on this
// device only, and are repaired entry by entry like the settings.

export type SavedMeeting = Meeting & {
	/** The name a group gave a pinned plenum ("Monday plenum"); the title for recent ones. */
	name: string;
	/** When it was pinned or last used, in ms since 1970. */
	time: number;
};

export const maxRecent = 10;
export const maxPinned = 20;
const maxNameLength = 200;

function isUrl(value: unknown, schemes: string[]): value is string {
	if (typeof value !== "string" || value.length > 4096) return false;
	try {
		return schemes.includes(new URL(value).protocol);
	} catch {
		return false;
	}
}

function repairMeeting(value: unknown): SavedMeeting | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const raw = value as Record<string, unknown>;
	const voice = raw.voice === "mumble" ? "mumble" : raw.voice === "jitsi" ? "jitsi" : undefined;
	const roomSchemes = voice === "mumble" ? ["https:", "mumble:"] : ["https:"];
	if (!voice || !isUrl(raw.roomUrl, roomSchemes)) return undefined;
	if (raw.padUrl !== undefined && !isUrl(raw.padUrl, ["https:"])) return undefined;
	const text = (v: unknown) => (typeof v === "string" ? v.slice(0, maxNameLength) : "");
	return {
		voice,
		title: text(raw.title),
		roomUrl: raw.roomUrl,
		padUrl: raw.padUrl as string | undefined,
		name: text(raw.name),
		time: typeof raw.time === "number" && Number.isFinite(raw.time) ? raw.time : 0,
	};
}

/** Whatever storage holds, as a list of valid entries: bad entries go, good ones stay. */
export function repairMeetings(stored: unknown, max: number): SavedMeeting[] {
	if (!Array.isArray(stored)) return [];
	return stored
		.map(repairMeeting)
		.filter((entry) => entry !== undefined)
		.slice(0, max);
}

/**
 * What tells two saved meetings apart: the room and the pad together, since large assemblies
 * on one Mumble server share the room link and differ only in their pads.
 */
export function meetingKey({ roomUrl, padUrl = "" }: Meeting): string {
	return `${roomUrl} ${padUrl}`;
}

/** Puts a meeting first, once: using a room again moves it up instead of listing it twice. */
export function withRecent(recent: readonly SavedMeeting[], entry: SavedMeeting): SavedMeeting[] {
	return [entry, ...without(recent, entry)].slice(0, maxRecent);
}

export function withPinned(pinned: readonly SavedMeeting[], entry: SavedMeeting): SavedMeeting[] {
	return [...without(pinned, entry), entry].slice(-maxPinned);
}

export function without(list: readonly SavedMeeting[], meeting: Meeting): SavedMeeting[] {
	return list.filter((entry) => meetingKey(entry) !== meetingKey(meeting));
}
