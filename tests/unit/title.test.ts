import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// Thousands of generated titles each: on a busy machine that takes longer than the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

import { maxTitleLength } from "../../src/lib/limits";
import { cleanTitle } from "../../src/lib/title/clean-title";
import { findLink } from "../../src/lib/title/find-link";
import { mayHoldLink } from "../../src/lib/title/link-precheck";
import { titleProblem } from "../../src/lib/title/title-problem";
import { rawTitle } from "./title-arbitrary";

const runs = { numRuns: 2000 };

// The zero-width joiner between two pictographs and tag characters after a black flag are the only
// format characters a clean title keeps.
const emojiJoiners =
	/(?<=\p{Extended_Pictographic}\p{Emoji_Modifier}?\uFE0F?)\u200D(?=\p{Extended_Pictographic})|(?<=\u{1F3F4}[\u{E0020}-\u{E007E}]*)[\u{E0020}-\u{E007F}]/gu;

describe("cleanTitle", () => {
	it.each([
		["  Plenum\n\nDonnerstag\t19:00  ", "Plenum Donnerstag 19:00"],
		["Plenum\u2028Nord\u2029Süd\u0085Ost\u000bWest", "Plenum Nord Süd Ost West"],
		["\u202eNord\u202c \u2067Süd\u2069 \u200fOst", "Nord Süd Ost"],
		["evil\u200b.example\u00ad.com", "evil.example.com"],
		["Ku\u0308che", "Küche"], // NFC
		["Plenum \ud800Nord\udfff", "Plenum Nord"],
		["👩‍💻 Hack \u200d night 🏳️‍🌈", "👩‍💻 Hack night 🏳️‍🌈"],
		["🏴󠁧󠁢󠁳󠁣󠁴󠁿 and x\u{e0041}", "🏴󠁧󠁢󠁳󠁣󠁴󠁿 and x"],
		["Réunion\u00a0: jeudi", "Réunion\u00a0: jeudi"], // French keeps its no-break space before the colon
		["a \u00a0 b\u3000c", "a b c"],
		["\ufffeNoch\ufdd0 da", "Noch da"],
		[42, ""],
	])("cleans %j", (raw, clean) => {
		expect(cleanTitle(raw)).toBe(clean);
	});

	it("keeps every grapheme whole when it cuts a title to the length limit", () => {
		const graphemes = ["a", "é", "👩‍💻", "🇩🇪", "🏳️‍🌈", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🧑🏽‍🚀", "ĳ"];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...graphemes), { minLength: 60, maxLength: 150 }), (parts) => {
				const clean = cleanTitle(parts.join(""));
				expect(clean.length).toBeLessThanOrEqual(maxTitleLength);
				let whole = "";
				for (const part of parts) {
					if (whole.length + part.length > maxTitleLength) break;
					whole += part;
				}
				expect(clean).toBe(whole);
			}),
			{ numRuns: 500 },
		);
	});

	it("makes one trimmed line of visible, well-formed NFC text within the limit, whatever it is given", () => {
		fc.assert(
			fc.property(rawTitle, (raw) => {
				const clean = cleanTitle(raw);
				expect(clean.length).toBeLessThanOrEqual(maxTitleLength);
				expect(clean).not.toMatch(/\p{Cs}/u);
				expect(clean.normalize("NFC")).toBe(clean);
				expect(clean.replace(emojiJoiners, "")).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}]/u);
				expect(clean).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
				expect(clean).not.toMatch(/\s\s|[^\S \u00a0\u202f]/);
				expect(clean).toBe(clean.trim());
				expect(cleanTitle(clean)).toBe(clean);
				expect(() => encodeURIComponent(clean)).not.toThrow();
			}),
			runs,
		);
	});
});

describe("cleanTitle on a pasted book", () => {
	// A black flag followed by tag characters: the emoji pattern looks back over the whole run for
	// each of them, so without a cut the cost grew with the square of the length.
	const flagged = (tags: number) => `🏴${"\u{E0067}".repeat(tags)} Plenum`;
	function medianMs(text: string): number {
		const times: number[] = [];
		for (let run = 0; run < 7; run++) {
			const start = performance.now();
			cleanTitle(text);
			times.push(performance.now() - start);
		}
		return times.sort((a, b) => a - b)[3] ?? 0;
	}

	it("costs no more than linear time: ten times the text (a megabyte of tag characters), at most twenty times the time", () => {
		const small = flagged(50_000);
		const large = flagged(500_000);
		cleanTitle(small);
		// A floor of a tenth of a millisecond keeps timer resolution out of the ratio.
		const ratio = medianMs(large) / Math.max(medianMs(small), 0.1);
		expect(ratio).toBeLessThan(20);
		expect(cleanTitle(large).length).toBeLessThanOrEqual(maxTitleLength);
	});
});

describe("the link rule", () => {
	it.each([
		"Plenum 19.00",
		"Treffen z. B. morgen",
		"AG 2026-12-04",
		"Plenum #3",
		"🌱🏳️‍🌈 Garten",
		"Nachbarschaftshilfe e.V.",
		"St. Pauli, 04.12.2026, 19:30",
		"Warten...bis 20 Uhr",
		"Plenum @ Café Kollektiv",
		"Réunion\u00a0: 1/2",
		"v1.2 Release",
		".NET Stammtisch",
		"ver.di Betriebsgruppe Klinikum",
		"FC St.Pauli Fanszene",
		"Demo 1.Mai",
		"8.März Bündnis",
		"Linke.SDS",
		"Treffen Do.Abend",
		"U-Bhf.Hermannplatz",
		"inkl.Kinderbetreuung",
		"Treffen //localhost",
	])("accepts %j", async (title) => {
		expect(findLink(title)).toBeUndefined();
		expect(await titleProblem(title)).toBeUndefined();
	});

	it.each([
		[
			"Room moved: https://meet.systemli.org.evil.example.com/plenum",
			"https://meet.systemli.org.evil.example.com/plenum",
			"https://meet.systemli.org.evil.example.com/plenum",
			"Room moved: https //meet systemli org evil example com/plenum",
		],
		[
			"[Join here](https://evil.example)",
			"https://evil.example",
			"https://evil.example",
			"[Join here](https //evil example)",
		],
		["AG.Berlin", "AG.Berlin", "ag.berlin", "AG Berlin"],
		["Café.Am Montag", "Café.Am", "café.am", "Café Am Montag"],
		["Plenum evil.example.com", "evil.example.com", "evil.example.com", "Plenum evil example com"],
		["Fragen an plenum@example.org", "plenum@example.org", "plenum@example.org", "Fragen an plenum example org"],
		["Fragen an x@10.0.0.1", "x@10.0.0.1", "x@10.0.0.1", "Fragen an x 10 0 0 1"],
		["Treffen 192.168.1.1", "192.168.1.1", "192.168.1.1", "Treffen 192 168 1 1"],
		["mailto:a@b", "mailto:a@b", "mailto:a@b", "mailto a b"],
		["Plenum пример.рф", "пример.рф", "пример.рф", "Plenum пример рф"],
		["Plenum a．de", "a．de", "a.de", "Plenum a de"],
		["Plenum a。de", "a。de", "a.de", "Plenum a de"],
		["evil.ⓒⓞⓜ heute", "evil.ⓒⓞⓜ", "evil.com", "evil ⓒⓞⓜ heute"],
		["Treff ｅｖｉｌ．ｃｏｍ", "ｅｖｉｌ．ｃｏｍ", "evil.com", "Treff ｅｖｉｌ ｃｏｍ"],
		["x.ⅽom", "x.ⅽom", "x.com", "x ⅽom"],
		["Plenum a.b.c.de und x@y.org", "a.b.c.de", "a.b.c.de", "Plenum a b c de und x y org"],
	])("refuses %j, names %j as a link to %j and offers %j", async (title, part, link, fix) => {
		expect(findLink(title)).toEqual({ part, link, fix });
		expect(await titleProblem(title)).toEqual({ key: "titleLinkLike", part, link, fix });
		expect(findLink(fix)).toBeUndefined();
		expect(cleanTitle(fix)).toBe(fix);
	});

	it("offers a fix that passes the rule, is clean, and changes only separators into spaces", () => {
		const separator = /[.@:\u3002]/;
		let refused = 0;
		fc.assert(
			fc.property(rawTitle, (raw) => {
				const title = cleanTitle(raw);
				const found = findLink(title);
				if (!found) return;
				refused += 1;
				expect(title).toContain(found.part);
				expect(findLink(found.fix), found.fix).toBeUndefined();
				expect(cleanTitle(found.fix)).toBe(found.fix);
				// Only separators became spaces: the letters are the person's own.
				const letters = (text: string) =>
					[...text].filter((char) => !separator.test(char.normalize("NFKC")) && !/\s/.test(char)).join("");
				expect(letters(found.fix)).toBe(letters(title));
			}),
			runs,
		);
		expect(refused).toBeGreaterThan(500);
	});

	it("lets a title without a dot, @ or : (or a look-alike) through without loading the link finder", () => {
		for (const title of ["Plenum 19 Uhr", "AG Berlin", "🌱 Garten", "Réunion\u00a0/ 1"])
			expect(mayHoldLink(title)).toBe(false);
		for (const title of ["ver.di", "a＠b", "x：y", "a。b", "a｡b", "⒈ Mai", "a﹒b"])
			expect(mayHoldLink(title), title).toBe(true);
		// Every code point whose NFKC form holds a separator makes the full check run.
		for (let point = 0; point <= 0x10ffff; point++) {
			if (point >= 0xd800 && point <= 0xdfff) continue;
			const char = String.fromCodePoint(point);
			if (/[.@:\u3002]/.test(char.normalize("NFKC"))) expect(mayHoldLink(`a${char}b`), point.toString(16)).toBe(true);
		}
	});
});
