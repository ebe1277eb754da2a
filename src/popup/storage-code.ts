import { laterFile } from "./later-file";
import type { updateLocal as update } from "./stored-plenums";

// The code that reads, migrates and writes the stored plenums, which the first frame does not
// need: it is painted from first-frame.ts's copy, and storage is read and written only after.
// It comes with the later sections' file (later-file.ts), so the first view still loads one
// script and one chunk.

/** The stored plenums, read once their code is here. */
export const loadLocal = () => laterFile().then((later) => later.storage.loadLocal());

/** Applies a change to the stored plenums once their code is here. */
export const updateLocal = (change: Parameters<typeof update>[0]) =>
	laterFile().then((later) => later.storage.updateLocal(change));
