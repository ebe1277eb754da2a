import type { Plenum } from "./plenum/plenum";
import { repairPlenum } from "./plenum/repair";
import { defaults, repairSettings, type Settings } from "./settings";

// The popup paints its first frame before any asynchronous storage answers, from a copy of the
// few things that frame shows: the settings and the current plenum. Extension pages have a
// synchronous localStorage of their own (this device only); every read and write of the real
// storage updates the copy, and the popup still reads the real storage right after painting.
const key = "first-frame";

export type FirstFrame = { settings: Settings; current?: Plenum };

export function readFirstFrame(): FirstFrame {
	try {
		const stored = JSON.parse(globalThis.localStorage?.getItem(key) ?? "{}");
		return { settings: repairSettings(stored.settings), current: repairPlenum(stored.current) };
	} catch {
		return { settings: defaults };
	}
}

/** Keeps the copy in step; a full or disabled localStorage only costs the head start. */
export function updateFirstFrame(change: Partial<FirstFrame>): void {
	try {
		const frame = { ...readFirstFrame(), ...change };
		globalThis.localStorage?.setItem(key, JSON.stringify(frame));
	} catch {
		// Nothing to do: the popup then waits for storage, as before.
	}
}
