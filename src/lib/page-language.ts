import { t } from "./browser";

/** Gives the page the language and title of the locale the browser actually picked. */
export function localizeDocument(title: string): void {
	document.documentElement.lang = t("lang");
	document.title = title;
}
