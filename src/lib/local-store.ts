import { browser } from "./browser";
import type { Meeting } from "./meeting";
import {
	maxPinned,
	maxRecent,
	repairMeetings,
	type SavedMeeting,
	without,
	withPinned,
	withRecent,
} from "./meeting-history";

// What is not a setting but this device's own: pinned plenums and recent rooms.
export type LocalData = { pinned: SavedMeeting[]; recent: SavedMeeting[] };

export async function loadLocal(): Promise<LocalData> {
	try {
		const stored = await browser.storage.local.get(["pinned", "recent"]);
		return { pinned: repairMeetings(stored.pinned, maxPinned), recent: repairMeetings(stored.recent, maxRecent) };
	} catch {
		return { pinned: [], recent: [] };
	}
}

/** Throws when storage refuses (a quota, say): the caller says so, nothing is half-written. */
export async function saveLocal(patch: Partial<LocalData>): Promise<void> {
	await browser.storage.local.set(patch);
}

async function update(change: (data: LocalData) => Partial<LocalData>): Promise<void> {
	await saveLocal(change(await loadLocal()));
}

export const pinMeeting = (entry: SavedMeeting) => update(({ pinned }) => ({ pinned: withPinned(pinned, entry) }));
export const rememberMeeting = (entry: SavedMeeting) => update(({ recent }) => ({ recent: withRecent(recent, entry) }));
export const unpinMeeting = (entry: Meeting) => update(({ pinned }) => ({ pinned: without(pinned, entry) }));
export const forgetMeeting = (entry: Meeting) => update(({ recent }) => ({ recent: without(recent, entry) }));
export const forgetAllMeetings = () => saveLocal({ recent: [] });
