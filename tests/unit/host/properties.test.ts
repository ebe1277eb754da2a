import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostErrors, parseInstanceHost } from "../../../src/lib/host";
import { jitsiInstances, padInstances } from "../../../src/lib/instances";
import { isStorableHost } from "../../../src/lib/settings";

const curated = [...jitsiInstances, ...padInstances].map((instance) => instance.host);
const existing = [...curated, "meet.group.example.net", "xn--mnchen-3ya.example.org"];

// Mostly host-like text, with the mistakes people make, so that many inputs pass and many fail.
const labels = ["meet", "pad", "jitsi", "example", "org", "net", "de", "a", "1", "0x7f", "xn--", "münchen", "пример"];
const mistakes = ["-", "_", " ", "ü", "ß", "і", "а", "α", "東", "Ａ", "\u0301", "\u200d", "%", "*", "0", "m", "rn"];
const noise = fc.oneof(
	{ weight: 4, arbitrary: fc.constant("") },
	{ weight: 1, arbitrary: fc.constantFrom(...mistakes) },
);
const label = fc.tuple(noise, fc.constantFrom(...labels), noise).map((parts) => parts.join(""));
const separator = fc.constantFrom(".", ".", ".", ".", "..", "。", ":");
const name = fc
	.tuple(label, fc.array(fc.tuple(separator, label), { maxLength: 3 }))
	.map(([first, rest]) => first + rest.map((pair) => pair.join("")).join(""));
const prefix = fc.constantFrom("", "", "", " ", "https://", "HTTPS://", "http://", "user@", "//", "[", "javascript:");
const suffix = fc.constantFrom("", "", "", ".", "/", ":443", ":8443", "/room", "?x", "#y", "]", "\t");
const hostLike = fc.tuple(prefix, name, suffix).map((parts) => parts.join(""));
// Names that should mostly pass: ASCII domains, and labels written in one script each.
const alphabets = [
	"abcdeäöüßéçñ",
	"абвгдежзийклмнопрст",
	"αβγδεζηθικλμνξπρστ",
	"東京例大阪都府県",
	"あいうえおかきくけこ",
	"가나다라마바사",
];
const scriptLabel = fc
	.constantFrom(...alphabets)
	.chain((alphabet) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 12 }));
const idnHost = fc
	.tuple(fc.array(scriptLabel, { minLength: 1, maxLength: 3 }), fc.constantFrom("org", "de", "рф", "jp", "ελ"))
	.map(([names, tld]) => [...names, tld].join("."));
const candidate = fc.oneof(hostLike, fc.domain(), idnHost);
// And anything at all, in every script, so no input can make the check throw.
const anything = fc.oneof(candidate, fc.string({ unit: "grapheme", maxLength: 80 }), fc.string({ maxLength: 80 }));

const accepted = (input: string) => {
	const result = parseInstanceHost(input, []);
	return result.ok ? result : undefined;
};

describe("every accepted host", () => {
	it("comes from enough generated inputs to mean something", () => {
		const sample = fc.sample(candidate, { numRuns: 3000, seed: 42 });
		expect(sample.filter((input) => accepted(input)).length).toBeGreaterThan(1000);
	});

	it("passes the settings' own check, so storage keeps it", () => {
		fc.assert(
			fc.property(candidate, (input) => {
				const result = accepted(input);
				return result === undefined || isStorableHost(result.host);
			}),
			{ numRuns: 1000 },
		);
	});

	it("parses to itself, and shows a display form only when it differs", () => {
		fc.assert(
			fc.property(candidate, (input) => {
				const result = accepted(input);
				if (result === undefined) return;
				expect(parseInstanceHost(result.host, [])).toEqual(result);
				expect(result.display).not.toBe(result.host);
			}),
			{ numRuns: 1000 },
		);
	});

	it("is then refused as a duplicate", () => {
		fc.assert(
			fc.property(candidate, (input) => {
				const result = accepted(input);
				if (result === undefined) return;
				expect(parseInstanceHost(input, [result.host])).toMatchObject({ ok: false, error: "hostErrorDuplicate" });
			}),
			{ numRuns: 1000 },
		);
	});
});

it("refuses any input with known keys only, and never throws", () => {
	fc.assert(
		fc.property(anything, (input) => {
			const result = parseInstanceHost(input, existing);
			return result.ok || hostErrors.includes(result.error);
		}),
		{ numRuns: 2000 },
	);
});
