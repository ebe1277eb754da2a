// Every browser API the extension uses passes through here, and this is the only place that
// knows about webextension-polyfill.
import type { Browser } from "webextension-polyfill";
import type en from "../../_locales/en/messages.json";
import type { Translate } from "./invitation-text";
import { formatMessage, type LocaleMessages } from "./locale-messages";

export type MessageKey = keyof typeof en;

/** A localized string; the key type makes a missing message a compile error, not a blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
	return browser.i18n.getMessage(key, substitutions);
}

/**
 * Messages in a chosen language rather than the browser's (a German group may run an English
 * browser). The file is read from the extension's own package: no network involved.
 */
export async function translatorFor(language: string): Promise<Translate> {
	if (language === "auto") return t;
	const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
	const messages = (await response.json()) as LocaleMessages;
	return (key, substitutions) => formatMessage(messages, key, substitutions);
}

/** Calls `listener` on every change to one storage area; returns the way to stop. */
export function onStorageChanged(area: "sync" | "local", listener: () => void): () => void {
	const handle = (_changes: unknown, changedArea: string) => {
		if (changedArea === area) listener();
	};
	browser.storage.onChanged.addListener(handle);
	return () => browser.storage.onChanged.removeListener(handle);
}

// Firefox and Chromium 148+ have the promise-based `browser` themselves; only older Chromium
// needs the polyfill. Loading it on demand keeps its 10 KB out of every other popup opening
// (measured with `npm run bench`: the popup's first paint is script-bound).
const native = (globalThis as { browser?: Browser }).browser;
export const browser: Browser = native?.runtime?.id ? native : (await import("webextension-polyfill")).default;
