import type { Plenum } from "../lib/plenum/plenum";
import { repairSettings, type Settings } from "../lib/settings";

// The popup paints its first frame before any asynchronous storage answers, from a copy of the
// few things that frame shows: the settings and the current plenum. Extension pages have a
// synchronous localStorage of their own (this device only); every read and write of the real
// storage updates the copy, and the pages still read the real storage right after painting.
// What the copy holds is repaired like anything stored: the settings here, the plenum by the
// popup (plenum/repair.ts), so the settings page carries nothing of plenums.
const key = "first-frame";

function read(): Record<string, unknown> {
	try {
		const stored: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? "{}");
		return typeof stored === "object" && stored !== null ? { ...stored } : {};
	} catch {
		return {};
	}
}

export function firstFrameSettings(): Settings {
	return repairSettings(read().settings);
}

/** The current plenum as the copy holds it, still to be repaired. */
export function firstFrameCurrent(): unknown {
	return read().current;
}

/** Keeps the copy in step; a full or disabled localStorage only costs the head start. */
export function updateFirstFrame(change: { settings?: Settings; current?: Plenum }): void {
	try {
		globalThis.localStorage?.setItem(key, JSON.stringify({ ...read(), ...change }));
	} catch {
		// Nothing to do: the popup then waits for storage, as before.
	}
}
