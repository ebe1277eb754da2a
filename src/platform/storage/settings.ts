import { readStoredSettings, settingsToWrite } from "../../lib/migrations/settings";
import { invalidKeys, type Settings } from "../../lib/settings";
import { clearStorage, onStorageChanged, readStorage, writeStorage } from "../browser";
import { updateFirstFrame } from "../first-frame";
import { withLock } from "./lock";

/** A change that the settings' own rules refuse; the page says which, nothing is stored. */
export class InvalidSettings extends Error {
	constructor(readonly keys: (keyof Settings)[]) {
		super(`Invalid setting: ${keys.join(", ")}`);
	}
}

/**
 * Reads storage.sync; a read that fails throws: the pages keep what they show (the first frame's
 * copy), and no change writes defaults over settings it could not read.
 */
async function readSettings(): Promise<{ raw: Record<string, unknown>; settings: Settings }> {
	const raw = await readStorage("sync", null);
	const settings = readStoredSettings(raw);
	updateFirstFrame({ settings });
	return { raw, settings };
}

export async function loadSettings(): Promise<Settings> {
	return (await readSettings()).settings;
}

/**
 * Applies a change to the freshest stored settings, or throws without writing anything when a
 * value is invalid or storage refuses it (a quota, say): the stored settings stay as they were.
 * Which keys and version are written is lib/migrations/settings.ts's.
 */
export function updateSettings(change: (fresh: Settings) => Partial<Settings>): Promise<Settings> {
	return withLock("settings", async () => {
		const { raw, settings } = await readSettings();
		const patch = change(settings);
		const invalid = invalidKeys(settings, patch);
		if (invalid.length > 0) throw new InvalidSettings(invalid);
		await writeStorage("sync", settingsToWrite(raw, settings, patch));
		const updated = { ...settings, ...patch };
		updateFirstFrame({ settings: updated });
		return updated;
	});
}

export const saveSettings = (patch: Partial<Settings>) => updateSettings(() => patch);

/** Clears every stored choice, so defaults apply again. */
export async function resetSettings(): Promise<void> {
	await clearStorage("sync");
	await loadSettings();
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
	// A failed read changes nothing shown: the page keeps what it had.
	return onStorageChanged("sync", () => void loadSettings().then(listener, () => undefined));
}
