import { useEffect, useState } from "preact/hooks";
import type { MessageKey } from "../lib/i18n";
import type { Settings } from "../lib/settings";
import { t } from "../platform/i18n";
import { forgetHistoryIfKept } from "../platform/storage/forget";
import { loadSettings, onSettingsChanged, updateSettings } from "../platform/storage/settings";

/** A line under the page's controls: what just happened, or what went wrong. */
export type Status = { text: string; error?: boolean };

/** A change the freshest stored settings do not allow; its message is already localized. */
export class Refusal extends Error {}

/**
 * The settings a page shows and changes: painted at once from `initial`, then kept in step with
 * storage (this page's changes, other pages', other devices'). A change is stored whole or not at
 * all; a refusal becomes the page's status and the settings stay as they were.
 */
export function useSettings(initial: Settings) {
	const [settings, setSettings] = useState(initial);
	const [status, setStatus] = useState<Status>();

	useEffect(() => {
		void loadSettings().then(
			(stored) => {
				performance.mark("plenum:settings-read");
				adopt(stored);
			},
			// The page keeps the first frame's copy; no change is written over what was not read.
			(error: unknown) => fail(new Refusal(t("storageReadFailed", String(error)))),
		);
		return onSettingsChanged(adopt);
	}, []);

	/**
	 * Stored settings, from this device or another: history switched off anywhere is applied here
	 * too (the earlier plenums never sync, so each device forgets its own).
	 */
	function adopt(stored: Settings) {
		setSettings(stored);
		if (!stored.keepHistory) void forgetHistoryIfKept().catch(() => undefined);
	}

	const fail = (error: unknown) =>
		setStatus({ text: error instanceof Refusal ? error.message : t("saveFailed", String(error)), error: true });

	/** Applies a change to the freshest stored settings; resolves to false when it was refused. */
	async function update(change: (fresh: Settings) => Partial<Settings>, done?: MessageKey): Promise<boolean> {
		try {
			setSettings(await updateSettings(change));
			setStatus(done && { text: t(done) });
			return true;
		} catch (error) {
			fail(error);
			return false;
		}
	}

	const save = (patch: Partial<Settings>, done?: MessageKey) => update(() => patch, done);

	return { settings, setSettings, status, setStatus, fail, save, update };
}
