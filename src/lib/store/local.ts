import { readStorage, writeStorage } from "../browser";
import { updateFirstFrame } from "../first-frame";
import { maxPinned, maxRecent } from "../limits";
import { uniqueById } from "../plenum/lists";
import type { Plenum } from "../plenum/plenum";
import { repairPlenum } from "../plenum/repair";
import { schemaVersion, storedVersion } from "../settings";
import { withLock } from "./lock";
import { plenumFromVersion1 } from "./version-1";

// What is not a setting but this device's own (storage.local): the current plenum, the pinned
// ones and the recent ones. They hold secret links and never sync.
export type LocalData = { current?: Plenum; pinned: Plenum[]; recent: Plenum[] };

type Stored = { data: LocalData; version: number; unread: Record<"pinned" | "recent", unknown[]> };

// What storage held for each plenum read from it, so that an entry nobody changed is written back
// exactly as it was, with any fields a newer version added.
const sources = new WeakMap<Plenum, unknown>();

function readList(raw: unknown, max: number, version: number): { list: Plenum[]; unread: unknown[] } {
	const entries = Array.isArray(raw) ? raw : [];
	const read = entries.map((entry) => {
		const plenum = version < 2 ? plenumFromVersion1(entry) : repairPlenum(entry);
		if (plenum && version >= 2) sources.set(plenum, entry);
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
	const pinned = readList(raw.pinned, maxPinned, version);
	const recent = readList(raw.recent, maxRecent, version);
	const current = repairPlenum(raw.current);
	if (current) sources.set(current, raw.current);
	const data = { current, pinned: pinned.list, recent: recent.list };
	updateFirstFrame({ current });
	return { data, version, unread: { pinned: pinned.unread, recent: recent.unread } };
}

export async function loadLocal(): Promise<LocalData> {
	return (await read()).data;
}

const stored = (list: Plenum[], unread: unknown[]) => [...list.map((p) => sources.get(p) ?? p), ...unread];

/**
 * Applies a change to the freshest data, under a lock that every page of the extension shares.
 * Throws when storage refuses (a quota, say): the caller says so, nothing is half-written.
 */
export function updateLocal(change: (data: LocalData) => Partial<LocalData>): Promise<LocalData> {
	return withLock("local", async () => {
		const { data, version, unread } = await read();
		const patch = change(data);
		// Older data is written whole in this version's form, so the translation happens once.
		const rewrite = version < schemaVersion ? { ...data, ...patch } : patch;
		const items: Record<string, unknown> = { version: Math.max(version, schemaVersion) };
		if ("current" in rewrite)
			items.current = rewrite.current ? (sources.get(rewrite.current) ?? rewrite.current) : null;
		if (rewrite.pinned) items.pinned = stored(rewrite.pinned, unread.pinned);
		if (rewrite.recent) items.recent = stored(rewrite.recent, unread.recent);
		await writeStorage("local", items);
		const updated = { ...data, ...patch };
		updateFirstFrame({ current: updated.current });
		return updated;
	});
}
