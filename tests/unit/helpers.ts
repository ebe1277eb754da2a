import { readdirSync, readFileSync } from "node:fs";
import { type LocaleMessages, type Translate, translatorFrom } from "../../src/lib/i18n";

export const localeNames = readdirSync("_locales");

export function localeMessages(locale: string): LocaleMessages {
	return JSON.parse(readFileSync(`_locales/${locale}/messages.json`, "utf8"));
}

/** What `i18n.getMessage` gives in a browser set to `locale`. */
export function translator(locale: string): Translate {
	return translatorFrom(localeMessages(locale));
}

/**
 * Jitsi Meet's treatment of a room name: the characters it deletes,
 * then getBackendSafeRoomName (decode, NFKC, lowercase, encode, lowercase).
 */
export function jitsiNormalise(room: string): string {
	const kept = room.replace(/[:?#[\]@!$&'()*+,;=></"\s]/g, "");
	return encodeURIComponent(decodeURIComponent(kept).normalize("NFKC").toLowerCase()).toLowerCase();
}
