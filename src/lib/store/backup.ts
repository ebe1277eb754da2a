import type { Backup } from "../backup/backup-file";
import { restorePlan, settingsChange, withoutAdded } from "../backup/merge";
import type { Lists } from "../plenum/lists";
import type { Plenum } from "../plenum/plenum";
import type { Settings } from "../settings";
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
