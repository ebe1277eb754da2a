// Each stored area (settings in storage.sync, plenums in storage.local) carries the version of
// the form it was written in, under the key `version`, and has its own steps from one version to
// the next (settings.ts, plenums.ts).

/** The version stored data says it has; data from before versions were written counts as 1. */
export function storedVersion(stored: Record<string, unknown>): number {
	const { version } = stored;
	return typeof version === "number" && Number.isInteger(version) && version > 0 ? version : 1;
}

/** Takes an area's data stored in version n to version n + 1. */
export type Step = (stored: Record<string, unknown>) => Record<string, unknown>;

/**
 * Stored data in the form of the steps' last version: `steps[n - 1]` takes version n to n + 1,
 * and each runs from the stored version on, in order. Data from the current or a newer version
 * passes as it is: this version reads a newer one's as far as it understands it.
 */
export function upgrade(stored: Record<string, unknown>, steps: readonly Step[]): Record<string, unknown> {
	return steps.slice(storedVersion(stored) - 1).reduce((data, step) => step(data), stored);
}
