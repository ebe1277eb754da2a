import { availableInstances, jitsiInstances, padInstances } from "../lib/instances";
import { defaults, type Settings } from "../lib/settings";
import { t } from "../platform/i18n";
import { InstancePicker } from "../shared/instance-picker";
import { SwitchField } from "../shared/switch-field";
import { useSettings } from "../shared/use-settings";
import { BackupSettings } from "./backup-settings";
import { InstanceList } from "./instance-list";
import { InvitationSettings } from "./invitation-settings";
import { InvitationTemplate } from "./invitation-template";
import { MumbleSettings } from "./mumble-settings";
import { ResetSettings } from "./reset-settings";
import { Section } from "./section";
import { useStoredHistory } from "./use-stored-history";

type ListKey = "customJitsiInstances" | "customPadInstances";

// The group's own instances, per kind: where they are kept and which preference they may hold.
const instanceLists = [
	{
		kind: "jitsi",
		preferredLabel: "preferredJitsiLabel",
		heading: "jitsiInstancesHeading",
		placeholder: "addJitsiPlaceholder",
		curated: jitsiInstances,
		list: "customJitsiInstances",
		choice: "jitsiInstance",
	},
	{
		kind: "pad",
		preferredLabel: "preferredPadLabel",
		heading: "padInstancesHeading",
		placeholder: "addPadPlaceholder",
		curated: padInstances,
		list: "customPadInstances",
		choice: "padInstance",
	},
] as const;

/** Every choice a group makes once; each change is stored at once, or refused whole. */
export function Options({ initialSettings }: { initialSettings: Settings }) {
	const { settings, setSettings, status, setStatus, fail, save, update } = useSettings(initialSettings);
	const saved = (patch: Partial<Settings>) => save(patch, "savedStatus");
	const { forgetEarlierPlenums, resetSettings } = useStoredHistory();

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
		await forgetEarlierPlenums().catch(fail);
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
			<Section id="preferred" heading={t("preferredHeading")}>
				{instanceLists.map(({ kind, preferredLabel, curated, list, choice }) => (
					<InstancePicker
						key={kind}
						id={`${kind}-instance`}
						label={t(preferredLabel)}
						instances={availableInstances(curated, settings[list])}
						value={settings[choice]}
						onChange={(host) => saved({ [choice]: host })}
					/>
				))}
			</Section>
			<InvitationSettings settings={settings} save={saved} />
			<InvitationTemplate settings={settings} save={saved} />
			<Section id="history" heading={t("historyHeading")}>
				<SwitchField
					id="keep-history"
					label={t("keepHistoryLabel")}
					checked={settings.keepHistory}
					onChange={(keepHistory) => saveHistory(keepHistory)}
				/>
			</Section>
			<MumbleSettings settings={settings} onSave={saved} />
			{instanceLists.map(({ kind, heading, placeholder, curated, list, choice }) => (
				<InstanceList
					key={kind}
					kind={kind}
					heading={t(heading)}
					placeholder={t(placeholder)}
					curated={curated}
					custom={settings[list]}
					onChange={changeList(list, choice)}
				/>
			))}
			<BackupSettings setStatus={setStatus} />
			<Section id="reset" heading={t("resetHeading")}>
				<ResetSettings onReset={reset} />
			</Section>
			<p id="status" role="status" class={status?.error ? "status error" : "status"}>
				{status?.text}
			</p>
		</main>
	);
}
