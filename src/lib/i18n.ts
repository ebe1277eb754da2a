// Words from a locale's messages.json, and the locale that writes a language's dates: the pure half
// of the extension's languages. What the browser has to say (its language, its messages, the
// package's files) is in platform/i18n.ts. Tests use these functions with the files on disk.
import type en from "../../_locales/en/messages.json";
import type { Language } from "./languages";

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** The contents of a `_locales/xx/messages.json`. */
export type LocaleMessages = Partial<Record<string, { message: string }>>;

/**
 * A message from a locale file, with the $1-$9 and $$ substitutions of `i18n.getMessage`, so text
 * can be made in a language other than the browser's (the invitation language setting).
 */
export function formatMessage(
	messages: LocaleMessages,
	key: MessageKey,
	substitutions: string | string[] = [],
): string {
	const list = typeof substitutions === "string" ? [substitutions] : substitutions;
	const message = messages[key]?.message ?? "";
	return message.replace(/\$(\d|\$)/g, (match, ref: string) => (ref === "$" ? "$" : (list[Number(ref) - 1] ?? match)));
}

export function translatorFrom(messages: LocaleMessages): Translate {
	return (key, substitutions) => formatMessage(messages, key, substitutions);
}

// Where the browser names no region for a language: English as written in Europe (day before
// month, 24-hour clock, "CET"), the others as in their largest country.
const defaultLocales: Record<Language, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR", it: "it-IT", es: "es-ES" };

/**
 * The locale that writes dates and numbers in a language: the first of the browser's preferred
 * locales (`navigator.languages`) in that language and with a region, so an American organiser
 * writes "December 3" and an Austrian one "Jänner"; else `defaultLocales`.
 */
export function intlLocale(language: Language, browserLocales: readonly string[] = []): string {
	for (const tag of browserLocales) {
		try {
			const locale = new Intl.Locale(tag);
			if (locale.language === language && locale.region) return locale.baseName;
		} catch {
			// Not a language tag: look at the next.
		}
	}
	return defaultLocales[language];
}
