import { readdirSync, readFileSync } from "node:fs";
import { type LocaleMessages, type Translate, translatorFrom } from "../../src/lib/i18n";
import { type Meeting, meetingOf } from "../../src/lib/links/meeting";
import { draftPlenum, newDraft, type Plenum } from "../../src/lib/plenum/plenum";
import type { Settings } from "../../src/lib/settings";

export const localeNames = readdirSync("_locales");

export function localeMessages(locale: string): LocaleMessages {
	return JSON.parse(readFileSync(`_locales/${locale}/messages.json`, "utf8"));
}

const translators = new Map<string, Translate>();

/**
 * What `i18n.getMessage` gives in a browser set to `locale`. Read once per locale: the generated
 * tests ask for one in each of thousands of runs.
 */
export function translator(locale: string): Translate {
	let translate = translators.get(locale);
	if (!translate) {
		translate = translatorFrom(localeMessages(locale));
		translators.set(locale, translate);
	}
	return translate;
}

/**
 * Jitsi Meet's treatment of a room name in a link: whitespace and the characters it deletes
 * removed, then getBackendSafeRoomName (decode where it can, NFKC, lowercase, encode, lowercase).
 * The model and its source are in clients/jitsi.ts.
 */
export { jitsiRoomNameOf as jitsiNormalise } from "./clients/jitsi";

/** The links a fresh popup shows for these settings and title (Mumble when `large`). */
export function meetingFor(settings: Settings, title: string, large = false): Meeting {
	return meetingOf(draftPlenum(settings, newDraft(), { title, large }));
}

/** A plenum as this version stores it, told apart by `n`: the same fields every storage test starts from. */
export const storedPlenum = (n: number, extra: Partial<Plenum> = {}): Plenum => ({
	id: `id${n}`,
	created: 1_700_000_000_000 + n,
	title: `Plenum ${n}`,
	voice: "jitsi",
	room: { host: "meet.systemli.org", name: `plenum-${n}-${"a".repeat(26)}` },
	audioMuted: true,
	videoMuted: false,
	pad: { host: "pad.systemli.org", name: `plenum-${n}-${"b".repeat(26)}` },
	...extra,
});

/** A calendar file's lines as a reader joins them: a CRLF and one space or tab is no line break (RFC 5545 §3.1). */
export function unfold(text: string): string[] {
	return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}
