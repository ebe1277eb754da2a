import { useEffect, useRef, useState } from "preact/hooks";
import type { InvitationContext } from "../lib/invitation-text";
import type { Settings } from "../lib/settings";
import { translatorFor } from "../platform/i18n";
import { invitationCode } from "./invitation-code";

// The template check comes with the invitation's code, after the first paint (invitation-code.ts).
const checkedTemplate = (template: string | undefined) =>
	invitationCode().then((code) => code.checkedTemplate(template));

type Second = InvitationContext["second"];

/**
 * The invitation's second language, read from the package once chosen: `second` for what the
 * popup shows, `ready` for Copy, which waits for it rather than copy a text in one language.
 */
export function useSecondLanguage(settings: Settings) {
	const { secondLanguage, invitationTemplates } = settings;
	const template = secondLanguage === "none" ? undefined : invitationTemplates[secondLanguage];
	const [second, setSecond] = useState<Second>();
	const ready = useRef<Promise<Second>>(Promise.resolve(undefined));
	useEffect(() => {
		if (secondLanguage === "none") {
			ready.current = Promise.resolve(undefined);
			setSecond(undefined);
			return;
		}
		ready.current = Promise.all([translatorFor(secondLanguage), checkedTemplate(template)]).then(
			([translate, checked]) => ({ language: secondLanguage, translate, template: checked }),
		);
		void ready.current.then(setSecond);
	}, [secondLanguage, template]);
	return { second, ready };
}

/**
 * The group's template as the popup shows it: only once the link finder has read it (the default
 * until then, and when the rule refuses it), so the preview shows what Copy writes.
 */
export function useCheckedTemplate(template: string | undefined): string | undefined {
	const [checked, setChecked] = useState<{ template?: string; usable?: string }>({});
	useEffect(() => {
		let current = true;
		void checkedTemplate(template).then((usable) => current && setChecked({ template, usable }));
		return () => {
			current = false;
		};
	}, [template]);
	return checked.template === template ? checked.usable : undefined;
}
