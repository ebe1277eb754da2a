import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxTitleLength } from "../../src/lib/limits";
import { cleanTitle } from "../../src/lib/title/clean-title";
import { titleProblem } from "../../src/lib/title/title-problem";
import { rawTitle } from "./title-arbitrary";

const runs = { numRuns: 5000 };

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

describe("titleProblem", () => {
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
	])("accepts %j", (title) => {
		expect(titleProblem(title)).toBeUndefined();
	});

	it.each([
		[
			"Room moved: https://meet.systemli.org.evil.example.com/plenum",
			"https://meet.systemli.org.evil.example.com/plenum",
		],
		["[Join here](https://evil.example)", "here](https://evil.example)"],
		["Plenum evil.example.com", "evil.example.com"],
		["Fragen an plenum@example.org", "plenum@example.org"],
		["Fragen an x@10.0.0.1", "x@10.0.0.1"],
		["mailto:a@b", "mailto:a@b"],
		["Treffen //localhost", "//localhost"],
		["Café.Am Montag", "Café.Am"],
		["Plenum пример.рф", "пример.рф"],
		["Plenum a．de", "a．de"],
	])("refuses %j and names %j", (title, part) => {
		expect(titleProblem(title)).toEqual({ key: "titleLinkLike", part });
	});
});
