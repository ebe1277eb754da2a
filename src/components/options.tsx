import { t } from "../lib/i18n";
import { availableInstances, jitsiInstances, padInstances } from "../lib/instances";
import { isLanguage, languages } from "../lib/languages";
import { maxTitleLength } from "../lib/limits";
import { defaults, type Settings } from "../lib/settings";
import { InstanceList } from "./instance-list";
import { InstancePicker } from "./instance-picker";
import { MumbleSettings } from "./mumble-settings";
import { ResetSettings } from "./reset-settings";
import { SwitchField } from "./switch-field";
import { useSettings } from "./use-settings";

type ListKey = "customJitsiInstances" | "customPadInstances";

// The lengths a calendar entry can have; most plenums take one to three hours.
const durations = [60, 90, 120, 150, 180, 240];
const hours = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** Every choice a group makes once; each change is stored at once, or refused whole. */
export function Options({ initialSettings }: { initialSettings: Settings }) {
	const { settings, setSettings, status, setStatus, fail, save, update } = useSettings(initialSettings);
	const saved = (patch: Partial<Settings>) => save(patch, "savedStatus");

	/**
	 * Adds or removes one of the group's own hosts on the freshest stored list (another settings
	 * tab may have changed it); removing the preferred one makes the default preferred again.
	 */
	function changeList(key: ListKey, choice: "jitsiInstance" | "padInstance") {
		return (change: (list: string[]) => string[]) =>
			update((fresh) => {
				const list = change(fresh[key]);
				const removesPreferred = fresh[key].includes(fresh[choice]) && !list.includes(fresh[choice]);
				return removesPreferred ? { [key]: list, [choice]: defaults[choice] } : { [key]: list };
			}, "savedStatus");
	}

	/** No history means none at all: switching it off also forgets the plenums kept so far. */
	async function saveHistory(keepHistory: boolean) {
		if (!(await saved({ keepHistory })) || keepHistory) return;
		const { forgetAll, updateLocal } = await import("../lib/store");
		await updateLocal(forgetAll).catch(fail);
	}

	async function reset() {
		try {
			await (await import("../lib/store")).resetSettings();
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
					onChange={(jitsiInstance) => saved({ jitsiInstance })}
				/>
				<InstancePicker
					id="pad-instance"
					label={t("preferredPadLabel")}
					instances={availableInstances(padInstances, settings.customPadInstances)}
					value={settings.padInstance}
					onChange={(padInstance) => saved({ padInstance })}
				/>
			</section>
			<section aria-labelledby="invitation-heading">
				<h2 id="invitation-heading">{t("invitationHeading")}</h2>
				<div class="field">
					<label for="invitation-language">{t("invitationLanguageLabel")}</label>
					<select
						id="invitation-language"
						value={settings.invitationLanguage}
						onChange={(event) => {
							const language = event.currentTarget.value;
							void saved({ invitationLanguage: isLanguage(language) ? language : "auto" });
						}}
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
						onChange={(event) => saved({ defaultTitle: event.currentTarget.value.trim() })}
					/>
				</div>
				<SwitchField
					id="start-muted"
					label={t("startMutedLabel")}
					checked={settings.startAudioMuted}
					onChange={(startAudioMuted) => saved({ startAudioMuted })}
				/>
				<SwitchField
					id="start-video-muted"
					label={t("startVideoMutedLabel")}
					checked={settings.startVideoMuted}
					onChange={(startVideoMuted) => saved({ startVideoMuted })}
				/>
				<SwitchField
					id="backup-room"
					label={t("backupRoomLabel")}
					checked={settings.backupRoom}
					onChange={(backupRoom) => saved({ backupRoom })}
				/>
				<SwitchField
					id="include-tips"
					label={t("includeTipsLabel")}
					checked={settings.includeTips}
					onChange={(includeTips) => saved({ includeTips })}
				/>
				<SwitchField
					id="include-pad"
					label={t("includePadLabel")}
					checked={settings.includePad}
					onChange={(includePad) => saved({ includePad })}
				/>
				<SwitchField
					id="open-pad-with-room"
					label={t("openPadWithRoomLabel")}
					checked={settings.openPadWithRoom}
					onChange={(openPadWithRoom) => saved({ openPadWithRoom })}
				/>
				<SwitchField
					id="title-in-names"
					label={t("titleInNamesLabel")}
					checked={settings.titleInNames}
					onChange={(titleInNames) => saved({ titleInNames })}
				/>
				<p class="hint">{t("titleInNamesHint")}</p>
				<div class="field">
					<label for="duration">{t("durationLabel")}</label>
					<select
						id="duration"
						value={settings.durationMinutes}
						onChange={(event) => void saved({ durationMinutes: Number(event.currentTarget.value) })}
					>
						{durations.map((minutes) => (
							<option key={minutes} value={minutes}>
								{t("durationHours", hours.format(minutes / 60))}
							</option>
						))}
					</select>
				</div>
				<SwitchField
					id="keep-history"
					label={t("keepHistoryLabel")}
					checked={settings.keepHistory}
					onChange={(keepHistory) => saveHistory(keepHistory)}
				/>
			</section>
			<MumbleSettings settings={settings} onSave={saved} />
			<InstanceList
				kind="jitsi"
				heading={t("jitsiInstancesHeading")}
				placeholder={t("addJitsiPlaceholder")}
				curated={jitsiInstances}
				custom={settings.customJitsiInstances}
				onChange={changeList("customJitsiInstances", "jitsiInstance")}
			/>
			<InstanceList
				kind="pad"
				heading={t("padInstancesHeading")}
				placeholder={t("addPadPlaceholder")}
				curated={padInstances}
				custom={settings.customPadInstances}
				onChange={changeList("customPadInstances", "padInstance")}
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
