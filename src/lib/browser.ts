// The only import of the polyfill: every browser API the extension uses passes through here,
// so tests replace this one module and the polyfill can later give way to the native `browser`.
import browser from "webextension-polyfill";
import type en from "../../_locales/en/messages.json";

export type MessageKey = keyof typeof en;

/** A localized string; the key type makes a missing message a compile error, not a blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
	return browser.i18n.getMessage(key, substitutions);
}

export { browser };
