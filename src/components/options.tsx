import { t } from "../lib/i18n";
import { availableInstances, jitsiInstances, padInstances } from "../lib/instances";
import { defaults, type Settings } from "../lib/settings";
import { forgetAll, resetSettings, updateLocal } from "../lib/store";
import { InstanceList } from "./instance-list";
import { InstancePicker } from "./instance-picker";
import { InvitationSettings } from "./invitation-settings";
import { MumbleSettings } from "./mumble-settings";
import { ResetSettings } from "./reset-settings";
import { SwitchField } from "./switch-field";
import { useSettings } from "./use-settings";

type ListKey = "customJitsiInstances" | "customPadInstances";

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
		await updateLocal(forgetAll).catch(fail);
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
			<InvitationSettings settings={settings} save={saved} />
			<section aria-labelledby="history-heading">
				<h2 id="history-heading">{t("historyHeading")}</h2>
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
