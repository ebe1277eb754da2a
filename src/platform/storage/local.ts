import { maxPinned, maxRecent } from "../../lib/limits";
import { type Change, type Lists, uniqueById } from "../../lib/plenum/lists";
import { type Plenum, plenumKeys } from "../../lib/plenum/plenum";
import { repairPlenum } from "../../lib/plenum/repair";
import { schemaVersion, storedVersion } from "../../lib/settings";
import { readStorage, writeStorage } from "../browser";
import { firstFrameCurrent, updateFirstFrame } from "../first-frame";
import { withLock } from "./lock";
import { plenumFromVersion1 } from "./version-1";

// What is not a setting but this device's own (storage.local): the current plenum, the pinned
// ones and the recent ones. They hold secret links and never sync.
export type LocalData = Lists;

const places = ["current", "recent", "pinned"] as const;
type Place = (typeof places)[number];
/**
 * The fields a newer version added to stored plenums, by where each is kept and its id: they are
 * written back with it, changed or not, so that version finds them again.
 */
type UnknownFields = Map<string, Record<string, unknown>>;
type Stored = {
	data: LocalData;
	version: number;
	/** Entries a newer version wrote that this one cannot read: kept as they are. */
	unread: { pinned: unknown[]; recent: unknown[]; current?: unknown };
	unknown: UnknownFields;
};

function remember(unknown: UnknownFields, place: Place, plenum: Plenum, raw: unknown): void {
	if (typeof raw !== "object" || raw === null) return;
	const fields = Object.entries(raw).filter(([key]) => !plenumKeys.has(key));
	if (fields.length > 0) unknown.set(`${place}:${plenum.id}`, Object.fromEntries(fields));
}

function readList(unknown: UnknownFields, place: "pinned" | "recent", raw: unknown, max: number, version: number) {
	const entries = Array.isArray(raw) ? raw : [];
	const read = entries.map((entry) => {
		const plenum = version < 2 ? plenumFromVersion1(entry) : repairPlenum(entry);
		if (plenum && version >= 2) remember(unknown, place, plenum, entry);
		return plenum;
	});
	// Entries a newer version wrote and this one cannot read are kept for that version.
	const unread = version > schemaVersion ? entries.filter((_, index) => !read[index]) : [];
	const valid = read.filter((plenum) => plenum !== undefined);
	return { list: uniqueById(valid, max), unread };
}

/** Reads storage.local; a read that fails throws (a failure is never taken for an empty store). */
async function read(): Promise<Stored> {
	const raw = await readStorage("local", ["version", "current", "pinned", "recent"]);
	const version = storedVersion(raw);
	const unknown: UnknownFields = new Map();
	const pinned = readList(unknown, "pinned", raw.pinned, maxPinned, version);
	const recent = readList(unknown, "recent", raw.recent, maxRecent, version);
	const current = repairPlenum(raw.current);
	if (current) remember(unknown, "current", current, raw.current);
	const unreadCurrent = !current && version > schemaVersion && raw.current != null ? raw.current : undefined;
	const data = { current, pinned: pinned.list, recent: recent.list };
	updateFirstFrame({ current });
	return {
		data,
		version,
		unread: { pinned: pinned.unread, recent: recent.unread, current: unreadCurrent },
		unknown,
	};
}

/** The stored plenums; rejects when storage cannot be read. */
export async function loadLocal(): Promise<LocalData> {
	return (await read()).data;
}

/**
 * When storage cannot be read, nothing is written; the first frame's copy still learns which
 * plenum the popup shared (or that "New room" left none), so reopening shows that room.
 */
function keepFirstFrame(change: Change): void {
	try {
		const patch = change({ current: repairPlenum(firstFrameCurrent()), pinned: [], recent: [] });
		if ("current" in patch) updateFirstFrame({ current: patch.current });
	} catch {
		// The copy is only a head start.
	}
}

/**
 * Applies a change to the freshest data, under a lock that every page of the extension shares.
 * Throws when storage cannot be read or refuses the write (a quota, say): the caller says so,
 * nothing is half-written, and nothing is written that was not read first.
 */
export function updateLocal(change: Change): Promise<LocalData> {
	return withLock("local", async () => {
		let stored: Stored;
		try {
			stored = await read();
		} catch (error) {
			keepFirstFrame(change);
			throw error;
		}
		const { data, version, unread, unknown } = stored;
		// A plenum's own fields go with it where it goes (the current one retired to the recent ones).
		const fields = (place: Place, id: string) =>
			unknown.get(`${place}:${id}`) ?? places.map((other) => unknown.get(`${other}:${id}`)).find(Boolean);
		const keep = (place: Place, plenum: Plenum) => ({ ...fields(place, plenum.id), ...plenum });
		const patch = change(data);
		// A current plenum this version cannot read goes where a readable one would: to the
		// recent ones when the group keeps history, with all its fields.
		const retiredUnread =
			unread.current !== undefined && "current" in patch && patch.keepsHistory ? [unread.current] : [];
		// Older data is written whole in this version's form, so the translation happens once.
		const rewrite = version < schemaVersion ? { ...data, ...patch } : patch;
		const items: Record<string, unknown> = { version: Math.max(version, schemaVersion) };
		if ("current" in rewrite) items.current = rewrite.current ? keep("current", rewrite.current) : null;
		if (rewrite.pinned) items.pinned = [...rewrite.pinned.map((p) => keep("pinned", p)), ...unread.pinned];
		const recent = rewrite.recent ?? (retiredUnread.length > 0 ? data.recent : undefined);
		if (recent) items.recent = [...retiredUnread, ...recent.map((p) => keep("recent", p)), ...unread.recent];
		await writeStorage("local", items);
		const { keepsHistory: _, ...updated } = { ...data, ...patch };
		updateFirstFrame({ current: updated.current });
		return updated;
	});
}
