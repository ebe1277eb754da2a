import { maxLinkLength } from "../limits";
import { readMumbleRoom } from "../mumble/links";
import { systemliHost } from "../mumble/room";
import { randomLength } from "../names/random-name";
import type { MumblePlace, Place } from "../plenum/plenum";

// Version 1 kept a saved plenum as its links: { voice, title, roomUrl, padUrl, name, time }.
// Version 2 keeps the parts (instance, name, options) so that a link can be shown shortened,
// the calendar can name the instance, and the subject can follow a corrected title.

function parse(url: unknown): URL | undefined {
	if (typeof url !== "string" || url.length > maxLinkLength) return undefined;
	try {
		return new URL(url);
	} catch {
		return undefined;
	}
}

/** The place in `https://host/name` (a Jitsi room) or `https://host/p/name` (an Etherpad pad). */
function placeOf(url: URL | undefined, path: RegExp): Place | undefined {
	const name = url?.protocol === "https:" ? path.exec(url.pathname)?.[1] : undefined;
	return url && name ? { host: url.hostname, name } : undefined;
}

/**
 * One version-1 entry in version 2's form, still to be checked like any stored plenum; or
 * undefined when its pad link is no pad. Its id is the random end of its room's (or pad's) name:
 * the same on every read until it is rewritten, and the same for a plenum both pinned and recent.
 */
export function plenumFromVersion1(value: unknown): Record<string, unknown> | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const entry = value as Record<string, unknown>;
	const room = parse(entry.roomUrl);
	const options = new URLSearchParams(room?.hash.slice(1));
	const mumble = entry.voice === "mumble" ? mumbleOf(room) : undefined;
	const jitsiRoom = mumble ? undefined : placeOf(room, /^\/([^/]+)$/);
	const pad = placeOf(parse(entry.padUrl), /^\/p\/([^/]+)$/);
	if (entry.padUrl !== undefined && !pad) return undefined;
	return {
		id: (jitsiRoom ?? pad)?.name.slice(-randomLength) ?? `mumble${String(entry.time)}`.replace(/\W/g, ""),
		created: entry.time,
		title: entry.title,
		voice: entry.voice,
		room: jitsiRoom,
		audioMuted: options.get("config.startWithAudioMuted") === "true",
		videoMuted: options.get("config.startWithVideoMuted") === "true",
		pad,
		mumble,
		name: entry.name,
	};
}

/** A large assembly's place from its version-1 link: systemli's web client or a mumble:// link. */
function mumbleOf(url: URL | undefined): MumblePlace | undefined {
	const room = url && readMumbleRoom(url.href);
	if (!room) return undefined;
	return { server: room.host === systemliHost ? "" : room.host, port: room.port, channel: room.channel.join("/") };
}
