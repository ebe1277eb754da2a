import { writeStorage } from "../browser";
import { withLock } from "./lock";

/**
 * Forgets every earlier plenum, as the settings page does when history is switched off: all of
 * them, whatever version wrote them, so it needs nothing of how they are read.
 */
export function forgetEarlierPlenums(): Promise<void> {
	return withLock("local", () => writeStorage("local", { recent: [] }));
}
