import { useEffect, useState } from "preact/hooks";
import { t } from "../lib/browser";
import { availableInstances, jitsiInstances, padInstances } from "../lib/instances";
import { languages } from "../lib/languages";
import { saveLocal } from "../lib/local-store";
import { defaults, maxTitleLength, type Settings } from "../lib/settings";
import { onSettingsChanged, resetSettings, saveSettings } from "../lib/settings-storage";
import { InstanceList } from "./instance-list";
import { InstancePicker } from "./instance-picker";
import { MumbleSettings } from "./mumble-settings";
import { ResetSettings } from "./reset-settings";
import { SwitchField } from "./switch-field";

type Status = { text: string; error?: boolean };

/** Every choice a group makes once; each change is stored at once, or refused whole. */
export function Options({ initialSettings }: { initialSettings: Settings }) {
	const [settings, setSettings] = useState(initialSettings);
	const [status, setStatus] = useState<Status>();

	useEffect(() => onSettingsChanged(setSettings), []);
	const fail = (error: unknown) => setStatus({ text: t("saveFailed", String(error)), error: true });

	async function save(patch: Partial<Settings>): Promise<boolean> {
		try {
			setSettings(await saveSettings(settings, patch));
			setStatus({ text: t("savedStatus") });
			return true;
		} catch (error) {
			fail(error);
			return false;
		}
	}

	/** Removing the preferred instance makes the default preferred again, in the same write. */
	function saveCustom(key: "customJitsiInstances" | "customPadInstances", choice: "jitsiInstance" | "padInstance") {
		return (custom: string[]) => {
			const preferred = settings[choice];
			const removesPreferred = settings[key].includes(preferred) && !custom.includes(preferred);
			return save(removesPreferred ? { [key]: custom, [choice]: defaults[choice] } : { [key]: custom });
		};
	}

	/** No history means none at all: switching it off also forgets the rooms kept so far. */
	async function saveHistory(keepHistory: boolean) {
		if (!(await save({ keepHistory })) || keepHistory) return;
		await saveLocal({ recent: [] }).catch(fail);
	}

	async function reset() {
		try {
			await resetSettings();
			setSettings(defaults);
			setStatus({ text: t("resetDone") });
		} catch (error) {
			fail(error);
		}
	}

	const languageName = (code: string) => new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;

	return (
		<main>
			<h1>{t("optionsTitle")}</h1>
			<section aria-labelledby="preferred-heading">
				<h2 id="preferred-heading">{t("preferredHeading")}</h2>
				<InstancePicker
					id="jitsi-instance"
					label={t("preferredJitsiLabel")}
					instances={availableInstances(jitsiInstances, settings.customJitsiInstances)}
					value={settings.jitsiInstance}
					onChange={(jitsiInstance) => save({ jitsiInstance })}
				/>
				<InstancePicker
					id="pad-instance"
					label={t("preferredPadLabel")}
					instances={availableInstances(padInstances, settings.customPadInstances)}
					value={settings.padInstance}
					onChange={(padInstance) => save({ padInstance })}
				/>
			</section>
			<section aria-labelledby="invitation-heading">
				<h2 id="invitation-heading">{t("invitationHeading")}</h2>
				<div class="field">
					<label for="invitation-language">{t("invitationLanguageLabel")}</label>
					<select
						id="invitation-language"
						value={settings.invitationLanguage}
						onChange={(event) => save({ invitationLanguage: event.currentTarget.value })}
					>
						<option value="auto">{t("invitationLanguageAuto")}</option>
						{languages.map((code) => (
							<option key={code} value={code} lang={code}>
								{languageName(code)}
							</option>
						))}
					</select>
				</div>
				<div class="field">
					<label for="default-title">{t("defaultTitleLabel")}</label>
					<input
						id="default-title"
						type="text"
						maxLength={maxTitleLength}
						placeholder={t("titlePlaceholder")}
						value={settings.defaultTitle}
						onChange={(event) => save({ defaultTitle: event.currentTarget.value })}
					/>
				</div>
				<SwitchField
					id="start-muted"
					label={t("startMutedLabel")}
					checked={settings.startMuted}
					onChange={(startMuted) => save({ startMuted })}
				/>
				<SwitchField
					id="include-tips"
					label={t("includeTipsLabel")}
					checked={settings.includeTips}
					onChange={(includeTips) => save({ includeTips })}
				/>
				<SwitchField
					id="include-pad"
					label={t("includePadLabel")}
					checked={settings.includePad}
					onChange={(includePad) => save({ includePad })}
				/>
				<SwitchField
					id="open-pad-with-room"
					label={t("openPadWithRoomLabel")}
					checked={settings.openPadWithRoom}
					onChange={(openPadWithRoom) => save({ openPadWithRoom })}
				/>
				<SwitchField
					id="keep-history"
					label={t("keepHistoryLabel")}
					checked={settings.keepHistory}
					onChange={(keepHistory) => saveHistory(keepHistory)}
				/>
			</section>
			<MumbleSettings settings={settings} onSave={save} />
			<InstanceList
				kind="jitsi"
				heading={t("jitsiInstancesHeading")}
				placeholder={t("addJitsiPlaceholder")}
				curated={jitsiInstances}
				custom={settings.customJitsiInstances}
				onChange={saveCustom("customJitsiInstances", "jitsiInstance")}
			/>
			<InstanceList
				kind="pad"
				heading={t("padInstancesHeading")}
				placeholder={t("addPadPlaceholder")}
				curated={padInstances}
				custom={settings.customPadInstances}
				onChange={saveCustom("customPadInstances", "padInstance")}
			/>
			<section aria-labelledby="reset-heading">
				<h2 id="reset-heading">{t("resetHeading")}</h2>
				<ResetSettings onReset={reset} />
			</section>
			<p id="status" role="status" class={status?.error ? "status error" : "status"}>
				{status?.text}
			</p>
		</main>
	);
}
