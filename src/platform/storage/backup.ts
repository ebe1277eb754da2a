// Loaded by the settings page only when a backup is saved or a file chosen: the plenums' repair
// and lists stay out of its first load.
import {
	type Backup,
	type BackupProblem,
	backupFileName,
	parseBackup,
	serializeBackup,
} from "../../lib/backup/backup-file";
import { type RestorePlan, restorePlan, settingsChange, withoutAdded } from "../../lib/backup/merge";
import type { Lists } from "../../lib/plenum/lists";
import type { Plenum } from "../../lib/plenum/plenum";
import type { Settings } from "../../lib/settings";
import { loadLocal, updateLocal } from "./local";
import { loadSettings, updateSettings } from "./settings";

/** What a backup file holds: throws when either storage cannot be read (no file of nothing). */
export async function backupData(): Promise<{ settings: Settings; plenums: Lists }> {
	const [settings, plenums] = await Promise.all([loadSettings(), loadLocal()]);
	return { settings, plenums };
}

/**
 * Adds a backup to the freshest stored data: the plenums first, then the settings; when the
 * settings cannot be stored, the plenums it added are taken back, so no half of a file stays.
 * Throws on any failure, with nothing of the file applied.
 */
export async function restoreBackup(backup: Backup): Promise<void> {
	const settings = await loadSettings();
	let added: Plenum[] = [];
	await updateLocal((fresh) => {
		const plan = restorePlan(fresh, settings, backup);
		added = [...plan.addedPinned, ...plan.addedRecent];
		return plan.lists;
	});
	try {
		await updateSettings((fresh) => settingsChange(fresh, backup.settings).change);
	} catch (error) {
		if (added.length > 0) await updateLocal(withoutAdded(added));
		throw error;
	}
}

/** The backup file of this device's data, with its name; throws when storage cannot be read. */
export async function backupFile(now: Date): Promise<{ name: string; text: string }> {
	const { settings, plenums } = await backupData();
	return { name: backupFileName(now), text: serializeBackup(settings, plenums, now) };
}

export type RestorePreview = { problem: BackupProblem } | { backup: Backup; plan: RestorePlan; dropped: number };

/** Reads a chosen file and what restoring it would add to the freshest stored data. */
export async function previewRestore(text: string): Promise<RestorePreview> {
	const read = parseBackup(text);
	if ("problem" in read) return read;
	const [stored, settings] = await Promise.all([loadLocal(), loadSettings()]);
	return { backup: read.backup, plan: restorePlan(stored, settings, read.backup), dropped: read.dropped };
}
