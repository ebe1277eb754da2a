import { jitsiInstances, padInstances } from "../lib/instances";
import { defaults, type Settings } from "../lib/settings";
import { t } from "../platform/i18n";
import { laterSlot } from "../shared/later-slot";
import { useSettings } from "../shared/use-settings";
import { InstanceList } from "./instance-list";
import { InvitationSettings } from "./invitation-settings";
import type { LaterProps } from "./options-later";
import { useStoredHistory } from "./use-stored-history";

type ListKey = "customJitsiInstances" | "customPadInstances";

// The parts below the invitation's settings (options-later.tsx), after the first paint.
const OptionsLaterSlot = laterSlot<LaterProps>(
	() => import("./options-later").then((module) => module.OptionsLater),
	({ fail }) => fail,
);

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
	 * tab may have changed it), choosing one with it when asked; removing the preferred one makes
	 * the default preferred again.
	 */
	function changeList(key: ListKey, choice: "jitsiInstance" | "padInstance") {
		return (change: (list: string[]) => string[], chosen?: string) =>
			update((fresh) => {
				const list = change(fresh[key]);
				if (chosen !== undefined && list.includes(chosen)) return { [key]: list, [choice]: chosen };
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
			{/* In the order a group uses the page: where it meets, what it sends once, then the rare. */}
			{instanceLists.map(({ kind, heading, preferredLabel, placeholder, curated, list, choice }) => (
				<InstanceList
					key={kind}
					kind={kind}
					heading={t(heading)}
					pickerLabel={t(preferredLabel)}
					placeholder={t(placeholder)}
					curated={curated}
					custom={settings[list]}
					chosen={settings[choice]}
					onChoose={(host) => void saved({ [choice]: host })}
					onChange={changeList(list, choice)}
				/>
			))}
			<InvitationSettings settings={settings} save={saved} />
			<OptionsLaterSlot
				settings={settings}
				save={saved}
				saveHistory={saveHistory}
				reset={reset}
				setStatus={setStatus}
				fail={fail}
			/>
			<p id="status" role="status" class={status?.error ? "status error" : "status"}>
				{status?.text}
			</p>
		</main>
	);
}
