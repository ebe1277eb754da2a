import { forgetEarlierPlenums } from "../platform/storage/forget";
import { resetSettings } from "../platform/storage/settings";

/** What the settings page does to stored data beyond one setting: forget the history, reset all. */
export function useStoredHistory() {
	return { forgetEarlierPlenums, resetSettings };
}
