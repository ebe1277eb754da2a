import { repairSettings, type Settings } from "../settings";
import { type Step, storedVersion, upgrade } from "./stored-version";

// storage.sync holds each setting under its own key, beside `version`.
//
// The settings and the plenums once shared one version number, 2. Each area now counts its own,
// and both start from that 2: what earlier releases stored reads as before, what this one writes
// is byte for byte what they wrote, and a browser still running an earlier release (storage.sync
// reaches every browser of the person) reads it as its own. The next change to the settings'
// form makes them 3 and leaves the plenums' number alone.

/** `settingsSteps[n - 1]` takes settings stored in version n to version n + 1. */
export const settingsSteps: readonly Step[] = [
	// 2 renamed `startMuted` to `startAudioMuted`, beside the new `startVideoMuted`. A value under
	// the new name wins over the old one.
	(stored) => ("startAudioMuted" in stored ? stored : { ...stored, startAudioMuted: stored.startMuted }),
];

/**
 * The form settings are written in: the version the last step reaches. A number, not a count of
 * the steps, so that naming it does not bring the steps along (a test keeps the two in step).
 */
export const settingsVersion = 2;

/**
 * Settings stored by any version. Older ones are translated step by step; a newer version's are
 * read as far as this one understands them. Then each value is repaired on its own.
 */
export function readStoredSettings(stored: Record<string, unknown>): Settings {
	return repairSettings(upgrade(stored, settingsSteps));
}

/**
 * What a change to the settings read from `stored` writes. Older data is written whole in this
 * version's form, so its steps run once; data of this or a newer version gets only the changed
 * keys and keeps its version number, so a newer version's keys and number are never touched.
 */
export function settingsToWrite(
	stored: Record<string, unknown>,
	settings: Settings,
	patch: Partial<Settings>,
): Record<string, unknown> {
	const version = storedVersion(stored);
	return version < settingsVersion ? { ...settings, ...patch, version: settingsVersion } : { ...patch, version };
}
