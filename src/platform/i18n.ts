// The browser's half of the extension's languages: the pages speak the browser's language
// (i18n.getMessage), the invitation the group's chosen one (its messages.json, read from the
// extension's own package, no network involved). The pure half is lib/i18n.ts.

import { type LocaleMessages, type MessageKey, type Translate, translatorFrom } from "../lib/i18n";
import { isLanguage, type Language } from "../lib/languages";
import { getMessage, packageUrl } from "./browser";

/** A message in the browser's language; the key type makes a missing message a compile error. */
export const t: Translate = (key, substitutions) => getMessage(key, substitutions);

/** The messages of the invitation's language; "auto" follows the browser. No network involved. */
export async function translatorFor(language: "auto" | Language): Promise<Translate> {
	if (language === "auto") return t;
	const response = await fetch(await packageUrl(`_locales/${language}/messages.json`));
	return translatorFrom((await response.json()) as LocaleMessages);
}

/** The language the browser picked for the pages, as a BCP 47 tag ("de"). */
export function pageLanguage(): Language {
	const lang = t("lang");
	return isLanguage(lang) ? lang : "en";
}

/** Gives a page the language and title of the locale the browser actually picked. */
export function localizeDocument(titleKey: MessageKey): void {
	document.documentElement.lang = pageLanguage();
	document.title = t(titleKey);
}
