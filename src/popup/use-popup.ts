import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Translate } from "../lib/i18n";
import { meetingOf } from "../lib/links/meeting";
import type { Plenum } from "../lib/plenum/plenum";
import type { Settings } from "../lib/settings";
import { copyText, openTab } from "../platform/browser";
import { pageLanguage, t, translatorFor } from "../platform/i18n";
import { useSettings } from "../shared/use-settings";
import { invitationCode, loadedInvitationCode } from "./invitation-code";
import { type FirstFrame, usePlenum } from "./use-plenum";
import { useCheckedTemplate, useSecondLanguage } from "./use-second-language";

/**
 * The popup's model: what it shows and what it can do, in one place. The page and its later
 * sections take this one object instead of a dozen props threaded by hand.
 */
export function usePopup(frame: FirstFrame) {
	const { settings, status, setStatus, fail, save } = useSettings(frame.settings);
	const shown = usePlenum(settings, frame, fail, save);
	const { plenum, shared } = shown;
	const meeting = meetingOf(plenum);
	const language = settings.invitationLanguage === "auto" ? pageLanguage() : settings.invitationLanguage;
	const context = {
		includeTips: settings.includeTips,
		language,
		durationMinutes: settings.durationMinutes,
		browserLocales: navigator.languages,
		now: new Date(),
		template: useCheckedTemplate(settings.invitationTemplates[language]),
	};
	const secondLanguage = useSecondLanguage(settings);
	const invitation = () =>
		loadedInvitationCode()?.plenumInvitation(plenum, { ...context, second: secondLanguage.second }, translate) ?? "";
	const [fallback, setFallback] = useState(false);
	// The invitation's language, read from the package once chosen. A copy in the first moments
	// waits for it: an invitation in the browser's language instead would be no invitation.
	const [translate, setTranslate] = useState<Translate>(() => t);
	const translating = useRef<{ language: Settings["invitationLanguage"]; translator: Promise<Translate> }>(undefined);
	// Asked for by language, by the effect below and by a copy that may come before it has run.
	function translatorOf(language: Settings["invitationLanguage"]): Promise<Translate> {
		if (translating.current?.language !== language) {
			translating.current = { language, translator: translatorFor(language) };
		}
		return translating.current.translator;
	}
	// A second click while the first is still at work (opening tabs, writing storage) does nothing.
	const busy = useRef(false);
	// The title first: typing it and pressing Enter copies the invitation. Focused before the first
	// paint (a layout effect), so the popup appears with the caret in it and needs no second frame.
	const titleInput = useRef<HTMLInputElement>(null);
	useLayoutEffect(() => titleInput.current?.focus(), []);

	useEffect(() => {
		const language = settings.invitationLanguage;
		void translatorOf(language).then((next) => {
			if (translating.current?.language === language) setTranslate(() => next);
		});
	}, [settings.invitationLanguage]);

	/** Runs one action at a time, on the checked plenum; none while the title is refused (the field says why). */
	async function once(work: (checked: Plenum) => Promise<void>) {
		if (busy.current) return;
		busy.current = true;
		try {
			// Waits for the link check when its code is still loading: nothing unchecked leaves the popup.
			const checked = await shown.checked();
			if (checked) await work(checked);
			// A start or a channel is asked for at its field; an earlier "copied" would mislead.
			else if (shown.holding.current) setStatus(undefined);
			else titleInput.current?.focus();
		} catch (error) {
			fail(error);
		} finally {
			busy.current = false;
		}
	}

	const copy = () =>
		once(async (checked) => {
			const second = await secondLanguage.ready.current;
			const { plenumInvitation, checkedTemplate } = await invitationCode();
			const template = await checkedTemplate(context.template);
			const text = plenumInvitation(
				checked,
				{ ...context, template, second },
				await translatorOf(settings.invitationLanguage),
			);
			const copied = copyText(text).then(
				() => true,
				() => false,
			);
			const failure = await shown.shareAndStore(checked);
			const ok = await copied;
			setFallback(!ok);
			const notSaved = failure !== undefined;
			if (ok)
				setStatus(notSaved ? { text: t("copiedNotSaved", String(failure)), error: true } : { text: t("copiedStatus") });
			else {
				const text = [t("copyRefused"), notSaved ? t("plenumNotSaved", String(failure)) : ""].join(" ").trim();
				setStatus({ text, error: true });
			}
		});

	const start = () =>
		once(async (checked) => {
			const meeting = meetingOf(checked);
			// Stored first: a real popup closes as soon as a tab takes the focus.
			await shown.share(checked);
			const roomInTab = meeting.roomUrl.startsWith("https:");
			const padInTab = meeting.padUrl !== undefined && settings.openPadWithRoom;
			// A mumble:// link belongs to the Mumble app: the popup says so instead of opening a tab.
			if (!roomInTab) setStatus({ text: [t("mumbleAppHint"), padInTab ? t("padOpenedHint") : ""].join(" ").trim() });
			// Both tabs are asked for at once, before the popup can close.
			const tabs: Promise<void>[] = [];
			if (roomInTab) tabs.push(openTab(meeting.roomUrl));
			if (padInTab && meeting.padUrl) tabs.push(openTab(meeting.padUrl, !roomInTab));
			await Promise.all(tabs);
		});

	/** New room, and where the plenum it replaces went: among the recent ones, unless history is off. */
	function renew() {
		const kept = settings.keepHistory ? t("newRoomPreviousKept", t("recentHeading")) : t("newRoomPreviousGone");
		shown.renew();
		setFallback(false);
		setStatus({ text: shared ? `${t("newRoomMade")} ${kept}` : t("newRoomMade") });
	}

	return {
		settings,
		status,
		setStatus,
		fail,
		save,
		shown,
		plenum,
		shared,
		meeting,
		language,
		translate,
		invitation,
		fallback,
		titleInput,
		once,
		copy,
		start,
		renew,
	};
}

export type PopupModel = ReturnType<typeof usePopup>;
