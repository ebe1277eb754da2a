import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jitsiInstances, padInstances } from "../../src/lib/instances";
import { signalVisibleLength } from "../../src/lib/invitation/fold";
import { plenumInvitation } from "../../src/lib/invitation-text";
import type { Language } from "../../src/lib/languages";
import { maxTitleLength } from "../../src/lib/limits";
import { meetingOf } from "../../src/lib/links/meeting";
import { draftPlenum, newDraft } from "../../src/lib/plenum/plenum";
import { repeats } from "../../src/lib/plenum/start";
import { defaults } from "../../src/lib/settings";
import { cleanTitle } from "../../src/lib/title/clean-title";
import { findLink } from "../../src/lib/title/find-link";
import { messageBodyLinks } from "./clients/signal";
import { readMoreSlice } from "./clients/signal-read-more";
import { localeNames, translator } from "./helpers";
import { rawTitle } from "./title-arbitrary";

// Signal Desktop shows a long message up to its fold, then "Read more" (clients/signal-read-more.ts).
// Whoever reads only what is shown must still find the room, the pad and the backup room.

// Letters that percent-encode long: umlauts and accents (6), Cyrillic and Arabic (6), CJK (9), emoji (12+).
const wideLetters = [
	..."äöüßéèçñàìòù",
	..."пленумсобраниеЖЩЫ",
	..."اجتماععامة",
	..."会议大会",
	"🌱",
	"🏳️‍🌈",
	"✊🏿",
	" ",
];
const longTitle = fc
	.array(fc.constantFrom(...wideLetters), { minLength: 150, maxLength: 260 })
	.map((letters) => cleanTitle(letters.join("")));
const title = fc.oneof(
	{ weight: 3, arbitrary: rawTitle.map(cleanTitle) },
	{ weight: 2, arbitrary: longTitle },
	{ weight: 1, arbitrary: fc.constant("x".repeat(maxTitleLength)) },
);
const flags = fc.record({
	startAudioMuted: fc.boolean(),
	startVideoMuted: fc.boolean(),
	prejoinCheck: fc.boolean(),
	requireDisplayName: fc.boolean(),
	doNotStoreRoom: fc.boolean(),
	includePad: fc.boolean(),
	includeTips: fc.boolean(),
	backupRoom: fc.boolean(),
	titleInNames: fc.boolean(),
});
const hosts = fc.record({
	jitsiInstance: fc.constantFrom(...jitsiInstances.map((i) => i.host)),
	padInstance: fc.constantFrom(...padInstances.map((i) => i.host)),
	// The channels groups give their assemblies.
	mumbleChannel: fc.constantFrom(
		"",
		"Plenum",
		"Plenum/Saal 2",
		"Vollversammlung",
		"Пленум/Зал 2",
		"Assemblée générale",
	),
});
const zones = [
	"Europe/Berlin",
	"America/Argentina/Buenos_Aires",
	"Asia/Kolkata",
	"Pacific/Chatham",
	"UTC",
	"America/St_Johns",
];
const start = fc.option(
	fc.record({
		date: fc
			.date({ min: new Date("2026-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10)),
		time: fc
			.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
			.map(([h, m]) => `${h}`.padStart(2, "0").concat(":", `${m}`.padStart(2, "0"))),
		zone: fc.constantFrom(...zones),
	}),
	{ nil: undefined },
);
const browserLocales = fc.constantFrom(["en-GB"], ["en-US"], ["de-CH", "de"], ["fr-CA"], ["es-MX"], ["it-IT"], []);

describe("the default invitation in Signal Desktop", () => {
	it("shows the room, the pad and the backup room above the fold, for every title the popup accepts", () => {
		let folded = 0;
		fc.assert(
			fc.property(
				title.filter((t) => !findLink(t)),
				flags,
				hosts,
				start,
				fc.option(fc.constantFrom(...repeats), { nil: undefined }),
				fc.boolean(),
				fc.constantFrom(...localeNames),
				browserLocales,
				(plenumTitle, flag, host, when, repeat, large, locale, locales) => {
					const settings = { ...defaults, ...flag, ...host };
					const plenum = { ...draftPlenum(settings, newDraft(), { title: plenumTitle, large, start: when }), repeat };
					const meeting = meetingOf(plenum);
					const context = {
						includeTips: flag.includeTips,
						language: locale as Language,
						durationMinutes: 120,
						browserLocales: locales,
						now: new Date("2026-06-01T12:00:00Z"),
					};
					const text = plenumInvitation(plenum, context, translator(locale));
					const shown = readMoreSlice(text);
					if (shown.hasReadMore) folded += 1;
					const links = [meeting.roomUrl, meeting.padUrl, meeting.backupUrl].filter((l) => l !== undefined);
					const found = messageBodyLinks(shown.text);
					for (const link of links) {
						if (link.startsWith("https://")) expect(found, link).toContain(link);
						else expect(shown.text.split("\n"), link).toContain(link);
					}
					expect(signalVisibleLength(text, links)).toBe(shown.text.length);
				},
			),
			{ numRuns: 2500 },
		);
		// The generated plenums must reach the fold, or the test proves nothing.
		expect(folded).toBeGreaterThan(100);
	}, 120_000);

	it("keeps a usual title whole in the room's subject", () => {
		const all = { ...defaults, backupRoom: true, startVideoMuted: true, prejoinCheck: true, requireDisplayName: true };
		const plenum = draftPlenum(all, newDraft(), { title: "Plenum der Stadtteilgruppe Nord, Donnerstag", large: false });
		const subject = new URL(meetingOf(plenum).roomUrl).hash.split("config.subject=")[1] ?? "";
		expect(JSON.parse(decodeURIComponent(subject))).toBe("Plenum der Stadtteilgruppe Nord, Donnerstag");
	});
});

describe("the fold as the preview marks it", () => {
	it("is Signal Desktop's, graphemes and links included", () => {
		const segment = fc.oneof(
			fc.string({ unit: "grapheme", maxLength: 30 }),
			fc.constantFrom("\n", "https://meet.systemli.org/abc#config.subject=%22x%22", "🏳️‍🌈", "e\u0301"),
		);
		fc.assert(
			fc.property(fc.array(segment, { maxLength: 120 }), (parts) => {
				const text = parts.join("");
				const links = parts.filter((p) => p.startsWith("https://"));
				expect(signalVisibleLength(text, links)).toBe(readMoreSlice(text).text.length);
			}),
			{ numRuns: 1500 },
		);
	}, 60_000);
});
