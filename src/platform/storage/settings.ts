import { invalidKeys, migrate, type Settings, schemaVersion, storedVersion } from "../../lib/settings";
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
	const settings = migrate(raw);
	updateFirstFrame({ settings });
	return { raw, settings };
}

export async function loadSettings(): Promise<Settings> {
	return (await readSettings()).settings;
}

/**
 * Applies a change to the freshest stored settings, or throws without writing anything when a
 * value is invalid or storage refuses it (a quota, say): the stored settings stay as they were.
 * Older data is rewritten whole in this version's form; data from a newer version keeps its
 * version number, and keys this version does not know are never touched.
 */
export function updateSettings(change: (fresh: Settings) => Partial<Settings>): Promise<Settings> {
	return withLock("settings", async () => {
		const { raw, settings } = await readSettings();
		const patch = change(settings);
		const invalid = invalidKeys(settings, patch);
		if (invalid.length > 0) throw new InvalidSettings(invalid);
		const version = storedVersion(raw);
		const items = version < schemaVersion ? { ...settings, ...patch, version: schemaVersion } : { ...patch, version };
		await writeStorage("sync", items);
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
