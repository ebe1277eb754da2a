import { maxPinned, maxRecent } from "../limits";
import { settingsVersion } from "../migrations/settings";
import type { Lists } from "../plenum/lists";
import { uniqueById } from "../plenum/lists";
import type { Plenum } from "../plenum/plenum";
import { repairPlenum } from "../plenum/repair";
import { defaults, type Settings } from "../settings";

// A backup file: the settings and the saved plenums of one device, as versioned JSON. It is read
// like anything stored (repaired, never trusted), and refused whole when it is not one.

/** What names the file as ours: a JSON file of another program is refused, not half read. */
export const backupFormat = "plenum-launcher-backup";
/**
 * The file's own layout. Its `schemaVersion` is the form of the data inside: the version both
 * stored areas are at (a test holds them equal; one that moves alone needs its own number here).
 */
export const backupVersion = 1;
/** Far more than 20 pinned and 10 recent plenums with settings need; a bigger file is not one. */
export const maxBackupBytes = 1_000_000;

/**
 * The settings as the file holds them, only the keys this version knows, still to be checked by
 * the rules a typed setting meets (restorePlan); the plenums repaired.
 */
export type Backup = { settings: Partial<Record<keyof Settings, unknown>>; plenums: Lists };

export type BackupProblem = "tooLarge" | "notJson" | "notBackup" | "newerBackup";
export type ReadBackup = { backup: Backup; dropped: number } | { problem: BackupProblem };

/** The file's name: the day it was made, so several backups sort by date. */
export function backupFileName(now: Date): string {
	return `plenum-launcher-backup-${now.toISOString().slice(0, 10)}.json`;
}

export function serializeBackup(settings: Settings, plenums: Lists, now: Date): string {
	const { current, pinned, recent } = plenums;
	const file = {
		format: backupFormat,
		version: backupVersion,
		schemaVersion: settingsVersion,
		saved: now.toISOString(),
		settings,
		plenums: { current: current ?? null, pinned, recent },
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

/** Each entry repaired as a stored plenum; how many could not be is counted. */
function readPlenums(value: unknown, max: number): { list: Plenum[]; dropped: number } {
	const entries = Array.isArray(value) ? value : [];
	const read = entries.map(repairPlenum).filter((plenum) => plenum !== undefined);
	return { list: uniqueById(read, max), dropped: entries.length - read.length };
}

/**
 * Reads a backup file's text: a broken or foreign file is refused with its reason; a backup's
 * plenums and settings are repaired like stored data, and the plenums dropped are counted.
 */
export function parseBackup(text: string): ReadBackup {
	if (text.length > maxBackupBytes) return { problem: "tooLarge" };
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return { problem: "notJson" };
	}
	if (!isRecord(file) || file.format !== backupFormat || typeof file.version !== "number") {
		return { problem: "notBackup" };
	}
	if (file.version > backupVersion) return { problem: "newerBackup" };
	if (!isRecord(file.settings) || !isRecord(file.plenums)) return { problem: "notBackup" };
	const pinned = readPlenums(file.plenums.pinned, maxPinned);
	const recent = readPlenums(file.plenums.recent, maxRecent);
	const current = repairPlenum(file.plenums.current);
	const droppedCurrent = file.plenums.current != null && !current ? 1 : 0;
	const raw = { ...file.settings };
	// Version 1 named the muted start `startMuted`.
	if (!("startAudioMuted" in raw) && "startMuted" in raw) raw.startAudioMuted = raw.startMuted;
	const settings = Object.fromEntries(
		Object.keys(defaults)
			.filter((k) => k in raw)
			.map((k) => [k, raw[k]]),
	);
	return {
		backup: { settings, plenums: { current, pinned: pinned.list, recent: recent.list } },
		dropped: pinned.dropped + recent.dropped + droppedCurrent,
	};
}
