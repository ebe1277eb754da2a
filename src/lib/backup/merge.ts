import { maxPinned, maxRecent } from "../limits";
import { type Lists, uniqueById } from "../plenum/lists";
import type { Plenum } from "../plenum/plenum";
import { invalidKeys, type Settings } from "../settings";
import type { Backup } from "./backup-file";

// What restoring a backup adds to what this device holds. Nothing stored is replaced or lost: a
// plenum already here (by its id) stays as it is, the current plenum stays current, and the
// backup's current one joins the recent ones.

export type RestorePlan = {
	/** The lists after restoring, within their limits. */
	lists: Pick<Lists, "pinned" | "recent">;
	addedPinned: Plenum[];
	addedRecent: Plenum[];
	/** The backup's settings that differ from the stored ones, as a change to store. */
	settings: Partial<Settings>;
	/** The backup's settings that the rules for a typed setting refuse: left as they are. */
	refused: (keyof Settings)[];
};

/** The backup's settings that differ, less those a typed change would be refused for. */
export function settingsChange(stored: Settings, backup: Backup["settings"]) {
	const keys = (Object.keys(backup) as (keyof Settings)[]).filter(
		(key) => JSON.stringify(backup[key]) !== JSON.stringify(stored[key]),
	);
	let change = Object.fromEntries(keys.map((key) => [key, backup[key]])) as Partial<Settings>;
	const refused: (keyof Settings)[] = [];
	// Leaving one out can make another invalid (a preferred host from a list left out): repeat.
	for (let invalid = invalidKeys(stored, change); invalid.length > 0; invalid = invalidKeys(stored, change)) {
		refused.push(...invalid);
		change = Object.fromEntries(Object.entries(change).filter(([key]) => !invalid.includes(key as keyof Settings)));
	}
	return { change, refused };
}

const ids = (lists: Plenum[][]) => new Set(lists.flat().map((plenum) => plenum.id));

export function restorePlan(stored: Lists, settings: Settings, backup: Backup): RestorePlan {
	const here = ids([stored.pinned, stored.recent, stored.current ? [stored.current] : []]);
	const { current, pinned, recent } = backup.plenums;
	const pinnedNext = uniqueById([...stored.pinned, ...pinned.filter((p) => !here.has(p.id))], maxPinned);
	const pinnedIds = ids([pinnedNext]);
	const candidates = [...(current ? [current] : []), ...recent].filter((p) => !here.has(p.id) && !pinnedIds.has(p.id));
	const recentNext = uniqueById([...stored.recent, ...candidates], maxRecent);
	const before = ids([stored.pinned, stored.recent]);
	const { change, refused } = settingsChange(settings, backup.settings);
	return {
		lists: { pinned: pinnedNext, recent: recentNext },
		addedPinned: pinnedNext.filter((p) => !before.has(p.id)),
		addedRecent: recentNext.filter((p) => !before.has(p.id)),
		settings: change,
		refused,
	};
}

/** Takes back what a restore added, when the rest of it could not be stored. */
export const withoutAdded =
	(added: readonly Plenum[]) =>
	(fresh: Lists): Partial<Lists> => {
		const gone = ids([added as Plenum[]]);
		return { pinned: fresh.pinned.filter((p) => !gone.has(p.id)), recent: fresh.recent.filter((p) => !gone.has(p.id)) };
	};
