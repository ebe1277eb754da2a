import fc from "fast-check";
import type { Channel } from "./clients/qt-mumble";

// Generated Mumble settings for the property tests: servers as the options page stores them,
// channel paths as people type them, titles with anything a keyboard or a paste can give.

// Top-level domains every app knows.
const knownTlds = ["org", "net", "com", "de", "eu", "info", "ch", "at", "fr", "it", "es", "nl", "social"];
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
export const host = fc
	.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom(...knownTlds))
	.map(([labels, tld]) => [...labels, tld].join("."));
export const port = fc.integer({ min: 1, max: 65535 });
/** "host" or "host:port", as the server field takes it. */
export const server = fc.oneof(
	host,
	fc.tuple(host, port).map(([h, p]) => `${h}:${p}`),
);

// Characters that make encoders and decoders disagree, plus letters of other scripts and emoji.
const tricky = fc.constantFrom(
	..." !\"#$%&'()*+,-.:;<=>?@[\\]^_`{|}~",
	"ä",
	"ß",
	"É",
	"ñ",
	"Ω",
	"Ж",
	"中",
	"😀",
	"👩‍👩‍👧",
);
const levelUnit = fc.oneof(
	fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
	tricky,
	fc.stringMatching(/^[A-Za-z0-9]$/),
);

/** Channel names a Mumble server can hold: no "/", no control characters or non-characters. */
const level = fc
	.string({ unit: levelUnit, minLength: 1, maxLength: 12 })
	.filter((name) => !/[/\p{Cc}\uFDD0-\uFDEF\uFFFE\uFFFF]/u.test(name) && name.trim() !== "");
/** A channel setting: levels joined by "/", with the stray spaces and slashes people type. */
export const channelSetting = fc
	.array(level, { maxLength: 3 })
	.chain((levels) => fc.constantFrom(levels.join("/"), ` ${levels.join(" / ")} `, `/${levels.join("//")}/`));

/** Any title, including lone surrogates and control characters. */
export const title = fc.oneof(
	fc.string({ unit: "binary", maxLength: 40 }),
	fc.string({ unit: fc.oneof(tricky, fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })), maxLength: 40 }),
);

/** A server's channel tree holding `path`, with a decoy beside each level. */
export function treeWith(path: string[]): Channel {
	const build = (levels: string[]): Channel[] => {
		const [first, ...rest] = levels;
		if (first === undefined) return [];
		return [
			{ name: `${first} (old)`, children: [] },
			{ name: first, children: build(rest) },
		];
	};
	return { name: "Root", children: build(path) };
}

export const runs = { numRuns: 1000 };
