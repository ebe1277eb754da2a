import { useState } from "preact/hooks";
import { type MessageKey, t } from "../lib/i18n";
import { isLanguage, languages } from "../lib/languages";
import { maxTitleLength } from "../lib/limits";
import type { Settings } from "../lib/settings";
import { cleanTitle } from "../lib/title/clean-title";
import { type TitleProblem, titleProblem } from "../lib/title/title-problem";
import { SwitchField } from "./switch-field";

type FlagKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];
type Props = { settings: Settings; save: (patch: Partial<Settings>) => Promise<boolean> };

// The switches, in the order people read them: how one joins, then what the invitation holds.
const switches: { id: string; key: FlagKey; label: MessageKey }[] = [
	{ id: "start-muted", key: "startAudioMuted", label: "startMutedLabel" },
	{ id: "start-video-muted", key: "startVideoMuted", label: "startVideoMutedLabel" },
	{ id: "backup-room", key: "backupRoom", label: "backupRoomLabel" },
	{ id: "include-tips", key: "includeTips", label: "includeTipsLabel" },
	{ id: "include-pad", key: "includePad", label: "includePadLabel" },
	{ id: "open-pad-with-room", key: "openPadWithRoom", label: "openPadWithRoomLabel" },
	{ id: "title-in-names", key: "titleInNames", label: "titleInNamesLabel" },
];

// The lengths a calendar entry can have; most plenums take one to three hours.
const durations = [60, 90, 120, 150, 180, 240];
const hours = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const languageName = (code: string) => new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;

/** What the room link asks of Jitsi and what the invitation says: the group decides once. */
export function InvitationSettings({ settings, save }: Props) {
	const [problem, setProblem] = useState<TitleProblem>();

	/** The default title meets the popup's rules: cleaned, and refused if it could plant a link. */
	function saveTitle(typed: string) {
		const title = cleanTitle(typed);
		const found = titleProblem(title);
		setProblem(found);
		if (!found) void save({ defaultTitle: title });
	}

	return (
		<section aria-labelledby="invitation-heading">
			<h2 id="invitation-heading">{t("invitationHeading")}</h2>
			<div class="field">
				<label for="invitation-language">{t("invitationLanguageLabel")}</label>
				<select
					id="invitation-language"
					value={settings.invitationLanguage}
					onChange={(event) => {
						const language = event.currentTarget.value;
						void save({ invitationLanguage: isLanguage(language) ? language : "auto" });
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
					aria-invalid={problem ? "true" : undefined}
					aria-describedby={problem ? "default-title-problem" : undefined}
					onChange={(event) => saveTitle(event.currentTarget.value)}
				/>
				{problem && (
					<p id="default-title-problem" class="status error" role="alert">
						{t(problem.key, problem.part)}
					</p>
				)}
			</div>
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
			<div class="field">
				<label for="duration">{t("durationLabel")}</label>
				<select
					id="duration"
					value={settings.durationMinutes}
					onChange={(event) => void save({ durationMinutes: Number(event.currentTarget.value) })}
				>
					{durations.map((minutes) => (
						<option key={minutes} value={minutes}>
							{t("durationHours", hours.format(minutes / 60))}
						</option>
					))}
				</select>
			</div>
		</section>
	);
}
