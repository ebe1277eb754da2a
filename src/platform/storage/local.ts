import { plenumsToWrite, readStoredPlenums, type StoredPlenums } from "../../lib/migrations/plenums";
import type { Change, Lists } from "../../lib/plenum/lists";
import { repairPlenum } from "../../lib/plenum/repair";
import { readStorage, writeStorage } from "../browser";
import { firstFrameCurrent, updateFirstFrame } from "../first-frame";
import { withLock } from "./lock";

// What is not a setting but this device's own (storage.local): the current plenum, the pinned
// ones and the recent ones. They hold secret links and never sync. How each version stores them:
// lib/migrations/plenums.ts.
export type LocalData = Lists;

/** Reads storage.local; a read that fails throws (a failure is never taken for an empty store). */
async function read(): Promise<StoredPlenums> {
	const stored = readStoredPlenums(await readStorage("local", ["version", "current", "pinned", "recent"]));
	updateFirstFrame({ current: stored.data.current });
	return stored;
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
		let stored: StoredPlenums;
		try {
			stored = await read();
		} catch (error) {
			keepFirstFrame(change);
			throw error;
		}
		const patch = change(stored.data);
		await writeStorage("local", plenumsToWrite(stored, patch));
		const { keepsHistory: _, ...updated } = { ...stored.data, ...patch };
		updateFirstFrame({ current: updated.current });
		return updated;
	});
}
