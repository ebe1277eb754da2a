import { clearStorage, onStorageChanged, readStorage, writeStorage } from "../browser";
import { updateFirstFrame } from "../first-frame";
import { invalidKeys, migrate, type Settings, schemaVersion, storedVersion } from "../settings";
import { withLock } from "./lock";

/** A change that the settings' own rules refuse; the page says which, nothing is stored. */
export class InvalidSettings extends Error {
	constructor(readonly keys: (keyof Settings)[]) {
		super(`Invalid setting: ${keys.join(", ")}`);
	}
}

async function readSettings(): Promise<{ raw: Record<string, unknown>; settings: Settings }> {
	let raw: Record<string, unknown> = {};
	try {
		raw = await readStorage("sync", null);
	} catch {
		// Storage itself failing (a broken profile) must not break the popup: work with defaults.
	}
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
	return onStorageChanged("sync", () => void loadSettings().then(listener));
}
