import type { Settings } from "../lib/settings";
import { t } from "../platform/i18n";
import { SwitchField } from "../shared/switch-field";
import type { Status } from "../shared/use-settings";
import { BackupSettings } from "./backup-settings";
import { InvitationTemplate } from "./invitation-template";
import { MumbleSettings } from "./mumble-settings";
import { ResetSettings } from "./reset-settings";
import { Section } from "./section";

export type LaterProps = {
	settings: Settings;
	save: (patch: Partial<Settings>) => Promise<boolean>;
	saveHistory: (keepHistory: boolean) => Promise<void>;
	reset: () => Promise<void>;
	setStatus: (status: Status) => void;
	fail: (error: unknown) => void;
};

/**
 * The settings page below the invitation's settings, which most groups set once or never: their
 * own invitation text with its live preview, Mumble, the history, the backup file and the reset.
 * Their own file, loaded after the first paint (options-page.tsx), with the preview's plenum,
 * links and dates: the instances and the invitation's settings are on screen without them.
 */
export function OptionsLater({ settings, save, saveHistory, reset, setStatus }: LaterProps) {
	return (
		<>
			<InvitationTemplate settings={settings} save={save} />
			<MumbleSettings settings={settings} onSave={save} />
			<Section id="history" heading={t("historyHeading")}>
				<SwitchField
					id="keep-history"
					label={t("keepHistoryLabel")}
					checked={settings.keepHistory}
					onChange={(keepHistory) => saveHistory(keepHistory)}
				/>
			</Section>
			<BackupSettings setStatus={setStatus} />
			<Section id="reset" heading={t("resetHeading")}>
				<ResetSettings onReset={reset} />
			</Section>
		</>
	);
}
