import { readStorage, writeStorage } from "../browser";
import { withLock } from "./lock";

/**
 * Forgets every earlier plenum, as the settings page does when history is switched off: all of
 * them, whatever version wrote them, so it needs nothing of how they are read.
 */
export function forgetEarlierPlenums(): Promise<void> {
	return withLock("local", () => writeStorage("local", { recent: [] }));
}

/**
 * Applies "keep history" switched off, here or on another of the person's devices (the setting
 * syncs, the plenums do not): forgets the earlier plenums if there are any. Writes only after a
 * read that succeeded, and only when there is something to forget.
 */
export function forgetHistoryIfKept(): Promise<boolean> {
	return withLock("local", async () => {
		const { recent } = await readStorage("local", ["recent"]);
		if (!Array.isArray(recent) || recent.length === 0) return false;
		await writeStorage("local", { recent: [] });
		return true;
	});
}
