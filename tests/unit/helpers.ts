import { readdirSync, readFileSync } from "node:fs";
import type { Translate } from "../../src/lib/invitation-text";
import { formatMessage, type LocaleMessages } from "../../src/lib/locale-messages";

export const localeNames = readdirSync("_locales");

export function localeMessages(locale: string): LocaleMessages {
	return JSON.parse(readFileSync(`_locales/${locale}/messages.json`, "utf8"));
}

/** What `i18n.getMessage` gives in a browser set to `locale`. */
export function translator(locale: string): Translate {
	const messages = localeMessages(locale);
	return (key, substitutions) => formatMessage(messages, key, substitutions);
}

/**
 * Jitsi Meet's treatment of a room name in a link: whitespace and the characters it deletes
 * removed, then getBackendSafeRoomName (decode where it can, NFKC, lowercase, encode, lowercase).
 * The model and its source are in clients/jitsi.ts.
 */
export { jitsiRoomNameOf as jitsiNormalise } from "./clients/jitsi";
