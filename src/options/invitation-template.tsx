import { useEffect, useState } from "preact/hooks";
import type { Translate } from "../lib/i18n";
import {
	checkedTemplate,
	defaultTemplate,
	syncItemBytes,
	type TemplateProblem,
	templateProblems,
	templatesBytes,
} from "../lib/invitation/template";
import { invitationText } from "../lib/invitation-text";
import { isLanguage, type Language } from "../lib/languages";
import { meetingOf } from "../lib/links/meeting";
import { draftPlenum, newDraft } from "../lib/plenum/plenum";
import type { Settings } from "../lib/settings";
import { formatStart } from "../lib/time/start-time";
import { pageLanguage, t, translatorFor } from "../platform/i18n";
import { InvitationPreview } from "../shared/invitation-preview";
import { SelectField } from "../shared/select-field";
import { languageOptions } from "./language-options";
import { Section } from "./section";

type Props = { settings: Settings; save: (patch: Partial<Settings>) => Promise<boolean> };

// The sample plenum's date: a week from today, at seven in the evening, in the browser's zone.
function sampleStart() {
	const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
	return { date, time: "19:00", zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}

/** The group's own invitation per language, with its problems, a live preview and a way back. */
export function InvitationTemplate({ settings, save }: Props) {
	// The invitation's language until another is picked here: it follows that setting's changes.
	const [picked, setLanguage] = useState<Language>();
	const language = picked ?? (settings.invitationLanguage === "auto" ? pageLanguage() : settings.invitationLanguage);
	const stored = settings.invitationTemplates[language] ?? defaultTemplate;
	// What was typed stays in the field while it is refused: bad input loses nothing.
	const [typed, setTyped] = useState<{ language: Language; text: string }>();
	const text = typed?.language === language ? typed.text : stored;
	const [translate, setTranslate] = useState<Translate>();
	const [draft] = useState(newDraft);
	useEffect(() => {
		void translatorFor(language).then((next) => setTranslate(() => next));
	}, [language]);

	const others = { ...settings.invitationTemplates };
	delete others[language];
	const templates = text === defaultTemplate ? others : { ...others, [language]: text };
	const bytes = templatesBytes(templates);
	const problems: TemplateProblem[] = templateProblems(text);
	if (bytes > syncItemBytes) {
		problems.unshift({ key: "templateTooLong", substitutions: [`${bytes}`, `${syncItemBytes}`], blocking: true });
	}
	const usable = !problems.some((problem) => problem.blocking);
	// The link finder loads on demand: once it is there, the same text is read again.
	const pending = problems.some((problem) => problem.key === "linkCheckPending");
	const [, setLoaded] = useState(false);
	useEffect(() => {
		if (pending) void checkedTemplate(text).then(() => setLoaded(true));
	}, [pending, text]);

	function change(next: string) {
		setTyped({ language, text: next });
		const nextTemplates = next === defaultTemplate ? others : { ...others, [language]: next };
		const fits = templatesBytes(nextTemplates) <= syncItemBytes;
		if (!fits) return;
		// Stored only once the whole text is read, the link finder included.
		void checkedTemplate(next).then((checked) => {
			if (checked !== undefined) void save({ invitationTemplates: nextTemplates });
		});
	}

	const title = translate?.("templateSampleTitle") ?? "";
	const sample = sampleStart();
	const plenum = draftPlenum(settings, draft, { title, large: false, start: sample });
	const meeting = meetingOf(plenum);
	const when = formatStart(sample, language, navigator.languages);
	const preview = (tr: Translate) =>
		invitationText(meeting, { includeTips: settings.includeTips, when }, tr, usable ? text : stored);
	const links = [meeting.roomUrl, meeting.padUrl, meeting.backupUrl].filter((link) => link !== undefined);

	return (
		// Most groups send the default: their own text is one click away, open once they have one.
		<Section id="template" heading={t("templateHeading")} open={Object.keys(settings.invitationTemplates).length > 0}>
			<SelectField
				id="template-language"
				label={t("templateLanguageLabel")}
				value={language}
				options={languageOptions}
				onChange={(code) => isLanguage(code) && setLanguage(code)}
			/>
			<div class="field">
				<label for="template-text">{t("templateLabel")}</label>
				<p class="hint" id="template-hint">
					{t("templateHint")}
				</p>
				<textarea
					id="template-text"
					lang={language}
					rows={10}
					value={text}
					aria-invalid={usable ? undefined : "true"}
					aria-describedby="template-hint template-problems"
					onInput={(event) => change(event.currentTarget.value)}
				/>
				<ul id="template-problems" class="problems">
					{problems.map((problem) => (
						<li key={problem.key} class={problem.blocking ? "status error" : "hint"} role="alert">
							{t(problem.key, problem.substitutions)}
						</li>
					))}
				</ul>
				<button
					id="template-reset"
					type="button"
					disabled={text === defaultTemplate}
					onClick={() => change(defaultTemplate)}
				>
					{t("templateReset")}
				</button>
			</div>
			<SelectField
				id="second-language"
				label={t("secondLanguageLabel")}
				value={settings.secondLanguage}
				options={[{ value: "none", label: t("secondLanguageNone") }, ...languageOptions]}
				onChange={(code) => void save({ secondLanguage: isLanguage(code) ? code : "none" })}
			/>
			<h3>{t("templatePreview")}</h3>
			{translate && <InvitationPreview id="template-preview" text={preview(translate)} links={links} />}
		</Section>
	);
}
