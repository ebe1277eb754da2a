import { backupFile, previewRestore, restoreBackup } from "../platform/storage/backup";

/**
 * What saves and restores the backup file. It comes with the settings page's later parts
 * (options-later.tsx), after the first paint, so the plenums' repair and lists it needs are not
 * part of the page's first load; a chunk of its own split what the page shares into more files.
 */
export function useBackups() {
	return { backupFile, previewRestore, restoreBackup };
}
