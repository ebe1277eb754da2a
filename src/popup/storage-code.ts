import type { loadLocal, updateLocal } from "./stored-plenums";

/** What reads and writes the stored plenums. */
export type StorageCode = { loadLocal: typeof loadLocal; updateLocal: typeof updateLocal };

let loading: Promise<StorageCode> | undefined;

/**
 * The code that reads, migrates and writes the stored plenums, which the first frame does not
 * need: it is painted from first-frame.ts's copy, and storage is read and written only after.
 * It comes with the later sections' file (as the invitation's code does, invitation-code.ts), so
 * the first view still loads one script and one chunk. A failed load is asked for again.
 */
export function storageCode(): Promise<StorageCode> {
	loading ??= import("./popup-later").then(
		(later) => later.storage,
		(error: unknown) => {
			loading = undefined;
			throw error;
		},
	);
	return loading;
}
