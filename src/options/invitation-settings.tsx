import { intlLocale, type MessageKey } from "../lib/i18n";
import { isLanguage } from "../lib/languages";
import type { Settings } from "../lib/settings";
import { pageLanguage, t } from "../platform/i18n";
import { SelectField } from "../shared/select-field";
import { SwitchField } from "../shared/switch-field";
import { TitleField } from "../shared/title-field";
import { languageOptions } from "./language-options";
import { Section } from "./section";
import { useTextSetting } from "./use-text-setting";

type FlagKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];
type Props = { settings: Settings; save: (patch: Partial<Settings>) => Promise<boolean> };

// The switches, in the order people read them: how one joins, then what the invitation holds.
const switches: { id: string; key: FlagKey; label: MessageKey }[] = [
	{ id: "start-muted", key: "startAudioMuted", label: "startMutedLabel" },
	{ id: "start-video-muted", key: "startVideoMuted", label: "startVideoMutedLabel" },
	{ id: "prejoin-check", key: "prejoinCheck", label: "prejoinCheckLabel" },
	{ id: "require-display-name", key: "requireDisplayName", label: "requireDisplayNameLabel" },
	{ id: "do-not-store-room", key: "doNotStoreRoom", label: "doNotStoreRoomLabel" },
	{ id: "backup-room", key: "backupRoom", label: "backupRoomLabel" },
	{ id: "include-tips", key: "includeTips", label: "includeTipsLabel" },
	{ id: "include-pad", key: "includePad", label: "includePadLabel" },
	{ id: "open-pad-with-room", key: "openPadWithRoom", label: "openPadWithRoomLabel" },
	{ id: "title-in-names", key: "titleInNames", label: "titleInNamesLabel" },
];

// The lengths a calendar entry can have; most plenums take one to three hours.
const durations = [60, 90, 120, 150, 180, 240];
// "1 hour", "1.5 hours", "2 Stunden": Intl knows each language's plural of the unit.
const hours = new Intl.NumberFormat(intlLocale(pageLanguage(), globalThis.navigator?.languages), {
	style: "unit",
	unit: "hour",
	unitDisplay: "long",
	maximumFractionDigits: 1,
});

/** What the room link asks of Jitsi and what the invitation says: the group decides once. */
export function InvitationSettings({ settings, save }: Props) {
	const defaultTitle = useTextSetting(settings.defaultTitle, (title) => void save({ defaultTitle: title }));

	return (
		<Section id="invitation" heading={t("invitationHeading")}>
			<SelectField
				id="invitation-language"
				label={t("invitationLanguageLabel")}
				value={settings.invitationLanguage}
				options={[{ value: "auto", label: t("invitationLanguageAuto") }, ...languageOptions]}
				onChange={(language) => void save({ invitationLanguage: isLanguage(language) ? language : "auto" })}
			/>
			<TitleField id="default-title" label={t("defaultTitleLabel")} {...defaultTitle} />
			{switches.map(({ id, key, label }) => (
				<SwitchField
					key={id}
					id={id}
					label={t(label)}
					checked={settings[key]}
					onChange={(checked) => save({ [key]: checked })}
				/>
			))}
			<p class="hint">{t("titleInNamesHint")}</p>
			<SelectField
				id="duration"
				label={t("durationLabel")}
				value={String(settings.durationMinutes)}
				options={durations.map((minutes) => ({
					value: String(minutes),
					label: hours.format(minutes / 60),
				}))}
				onChange={(minutes) => void save({ durationMinutes: Number(minutes) })}
			/>
		</Section>
	);
}
