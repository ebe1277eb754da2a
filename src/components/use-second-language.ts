import { useEffect, useRef, useState } from "preact/hooks";
import { translatorFor } from "../lib/i18n";
import type { InvitationContext } from "../lib/invitation-text";
import type { Settings } from "../lib/settings";

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
		ready.current = translatorFor(secondLanguage).then((translate) => ({
			language: secondLanguage,
			translate,
			template,
		}));
		void ready.current.then(setSecond);
	}, [secondLanguage, template]);
	return { second, ready };
}
