import { maxChannelLength } from "../limits";
import { defaultMumblePort } from "../mumble/room";
import { randomLength } from "../names/random-name";
import { isStorableHost } from "../settings";
import { usableTitle } from "../title/usable-title";
import type { MumblePlace, Place, Plenum } from "./plenum";
import { isRepeat, repairStart } from "./start";

// Saved plenums hold secret links and come from storage, which an older version, another
// device or a broken profile may have written. Each is checked by the rules typed input meets,
// or dropped: nothing reaches an invitation unchecked.

// A room or pad name ends in the random part; a readable prefix may come before it.
const placeName = new RegExp(`^(?:[a-z0-9]+(?:-[a-z0-9]+)*-)?[a-z0-9]{${randomLength}}$`);

function repairPlace(value: unknown): Place | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const { host, name } = value as Record<string, unknown>;
	return isStorableHost(host) && typeof name === "string" && name.length <= 200 && placeName.test(name)
		? { host, name }
		: undefined;
}

function repairMumble(value: unknown): MumblePlace | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const { server, port, channel } = value as Record<string, unknown>;
	if (server !== "" && !isStorableHost(server)) return undefined;
	const validPort = typeof port === "number" && Number.isInteger(port) && port > 0 && port < 65536;
	return { server, port: validPort ? port : defaultMumblePort, channel: usableTitle(channel, maxChannelLength) };
}

const flag = (value: unknown, fallback: boolean) => (typeof value === "boolean" ? value : fallback);

/** The latest instant a JavaScript Date can hold (ECMA-262, 21.4.1.1): beyond it, formatting throws. */
const lastInstant = 8.64e15;

/** When a plenum was made, in ms since 1970; 0 (unknown) for anything a date cannot be. */
export function repairCreated(value: unknown): number {
	return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= lastInstant ? value : 0;
}

/** One stored plenum, repaired, or undefined when it cannot be trusted. */
export function repairPlenum(value: unknown): Plenum | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const raw = value as Record<string, unknown>;
	if (typeof raw.id !== "string" || !/^[a-z0-9]{1,64}$/.test(raw.id)) return undefined;
	const mumble = raw.voice === "mumble" ? repairMumble(raw.mumble) : undefined;
	if ((raw.voice === "mumble") !== (mumble !== undefined)) return undefined;
	// Every place that is there must be valid: a plenum never loses its pad or backup room quietly.
	const [room, pad, backup] = [raw.room, raw.pad, raw.backup].map(repairPlace);
	const kept = (stored: unknown, repaired?: Place) => stored === undefined || repaired !== undefined;
	if (!kept(raw.room, room) || !kept(raw.pad, pad) || !kept(raw.backup, backup) || !(room || mumble)) {
		return undefined;
	}
	const start = repairStart(raw.start);
	return {
		id: raw.id,
		created: repairCreated(raw.created),
		title: usableTitle(raw.title),
		voice: mumble ? "mumble" : "jitsi",
		...(room && { room }),
		audioMuted: flag(raw.audioMuted, true),
		videoMuted: flag(raw.videoMuted, false),
		...(raw.prejoin === true && { prejoin: true }),
		...(raw.requireName === true && { requireName: true }),
		...(raw.doNotStore === true && { doNotStore: true }),
		...(pad && { pad }),
		...(backup && { backup }),
		...(mumble && { mumble }),
		...(start && { start }),
		...(start && isRepeat(raw.repeat) && { repeat: raw.repeat }),
		...(typeof raw.name === "string" && { name: usableTitle(raw.name) }),
	};
}
