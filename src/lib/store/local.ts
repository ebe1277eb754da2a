import { readStorage, writeStorage } from "../browser";
import { updateFirstFrame } from "../first-frame";
import { maxPinned, maxRecent } from "../limits";
import { uniqueById } from "../plenum/lists";
import { type Plenum, plenumKeys } from "../plenum/plenum";
import { repairPlenum } from "../plenum/repair";
import { schemaVersion, storedVersion } from "../settings";
import { withLock } from "./lock";
import { plenumFromVersion1 } from "./version-1";

// What is not a setting but this device's own (storage.local): the current plenum, the pinned
// ones and the recent ones. They hold secret links and never sync.
export type LocalData = { current?: Plenum; pinned: Plenum[]; recent: Plenum[] };

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
	unread: Record<"pinned" | "recent", unknown[]>;
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

async function read(): Promise<Stored> {
	let raw: Record<string, unknown> = {};
	try {
		raw = await readStorage("local", ["version", "current", "pinned", "recent"]);
	} catch {
		// A broken profile: the popup still works, with nothing saved.
	}
	const version = storedVersion(raw);
	const unknown: UnknownFields = new Map();
	const pinned = readList(unknown, "pinned", raw.pinned, maxPinned, version);
	const recent = readList(unknown, "recent", raw.recent, maxRecent, version);
	const current = repairPlenum(raw.current);
	if (current) remember(unknown, "current", current, raw.current);
	const data = { current, pinned: pinned.list, recent: recent.list };
	updateFirstFrame({ current });
	return { data, version, unread: { pinned: pinned.unread, recent: recent.unread }, unknown };
}

export async function loadLocal(): Promise<LocalData> {
	return (await read()).data;
}

/**
 * Applies a change to the freshest data, under a lock that every page of the extension shares.
 * Throws when storage refuses (a quota, say): the caller says so, nothing is half-written.
 */
export function updateLocal(change: (data: LocalData) => Partial<LocalData>): Promise<LocalData> {
	return withLock("local", async () => {
		const { data, version, unread, unknown } = await read();
		// A plenum's own fields go with it where it goes (the current one retired to the recent ones).
		const fields = (place: Place, id: string) =>
			unknown.get(`${place}:${id}`) ?? places.map((other) => unknown.get(`${other}:${id}`)).find(Boolean);
		const stored = (place: Place, plenum: Plenum) => ({ ...fields(place, plenum.id), ...plenum });
		const patch = change(data);
		// Older data is written whole in this version's form, so the translation happens once.
		const rewrite = version < schemaVersion ? { ...data, ...patch } : patch;
		const items: Record<string, unknown> = { version: Math.max(version, schemaVersion) };
		if ("current" in rewrite) items.current = rewrite.current ? stored("current", rewrite.current) : null;
		if (rewrite.pinned) items.pinned = [...rewrite.pinned.map((p) => stored("pinned", p)), ...unread.pinned];
		if (rewrite.recent) items.recent = [...rewrite.recent.map((p) => stored("recent", p)), ...unread.recent];
		await writeStorage("local", items);
		const updated = { ...data, ...patch };
		updateFirstFrame({ current: updated.current });
		return updated;
	});
}
