import { browser, onStorageChanged } from "./browser";
import { invalidKeys, migrate, type Settings, schemaVersion } from "./settings";

/** One storage read, so the popup can paint the proposed room right after it. */
export async function loadSettings(): Promise<Settings> {
	try {
		return migrate(await browser.storage.sync.get(null));
	} catch {
		// Storage itself failing (a broken profile) must not break the popup: work with defaults.
		return migrate({});
	}
}

/**
 * Stores a change, or throws without writing anything when a value is invalid or storage
 * refuses it (a quota, say): the caller shows the error and the stored settings stay as they were.
 */
export async function saveSettings(current: Settings, patch: Partial<Settings>): Promise<Settings> {
	const invalid = invalidKeys(current, patch);
	if (invalid.length > 0) throw new Error(`Invalid setting: ${invalid.join(", ")}`);
	await browser.storage.sync.set({ ...patch, version: schemaVersion });
	return { ...current, ...patch };
}

/** Clears every stored choice, so defaults apply again. */
export async function resetSettings(): Promise<void> {
	await browser.storage.sync.clear();
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
	return onStorageChanged("sync", () => void loadSettings().then(listener));
}
