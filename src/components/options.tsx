import { useEffect, useState } from "preact/hooks";
import { t } from "../lib/browser";
import { availableInstances, jitsiInstances, padInstances } from "../lib/instances";
import type { Settings } from "../lib/settings";
import { onSettingsChanged, saveSettings } from "../lib/settings-storage";
import { InstancePicker } from "./instance-picker";

type Status = { text: string; error?: boolean };

export function Options({ initialSettings }: { initialSettings: Settings }) {
	const [settings, setSettings] = useState(initialSettings);
	const [status, setStatus] = useState<Status>();

	useEffect(() => onSettingsChanged(setSettings), []);

	async function choose(patch: Partial<Settings>) {
		try {
			setSettings(await saveSettings(settings, patch));
			setStatus({ text: t("savedStatus") });
		} catch (error) {
			setStatus({ text: t("saveFailed", String(error)), error: true });
		}
	}

	return (
		<main>
			<h1>{t("optionsTitle")}</h1>
			<InstancePicker
				id="jitsi-instance"
				label={t("preferredJitsiLabel")}
				instances={availableInstances(jitsiInstances, settings.customJitsiInstances)}
				value={settings.jitsiInstance}
				onChange={(jitsiInstance) => choose({ jitsiInstance })}
			/>
			<InstancePicker
				id="pad-instance"
				label={t("preferredPadLabel")}
				instances={availableInstances(padInstances, settings.customPadInstances)}
				value={settings.padInstance}
				onChange={(padInstance) => choose({ padInstance })}
			/>
			<p id="status" role="status" class={status?.error ? "status error" : "status"}>
				{status?.text}
			</p>
		</main>
	);
}
