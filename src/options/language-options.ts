import { languages } from "../lib/languages";

/** The extension's languages as a picker lists them: each in its own words ("Deutsch", "français"). */
export const languageOptions = languages.map((code) => ({
	value: code,
	label: new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code,
	lang: code,
}));
