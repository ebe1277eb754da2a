import { describe, expect, it } from "vitest";
import { decodePunycode, type HostError, hostErrors, parseInstanceHost } from "../../src/lib/instance-host";
import { jitsiInstances, padInstances } from "../../src/lib/instances";
import { isStorableHost } from "../../src/lib/settings";

const curated = [...jitsiInstances, ...padInstances].map((instance) => instance.host);
// What the options page passes: the curated hosts and the group's own, one of them an IDN.
const existing = [...curated, "meet.group.example.net", "xn--mnchen-3ya.example.org"];

const long = (length: number) => "a".repeat(length);

describe("parseInstanceHost accepts", () => {
	it.each<[string, string, string?]>([
		["meet.example.org", "meet.example.org"],
		["https://meet.example.org/", "meet.example.org"],
		["  MEET.Example.org  ", "meet.example.org"],
		["\tpad.example.org\n", "pad.example.org"],
		["meet.example.org.", "meet.example.org"],
		["https://meet.example.org./", "meet.example.org"],
		["meet.example.org:443", "meet.example.org"],
		["HTTPS://Meet.Example.Org:443/", "meet.example.org"],
		["meet.example.org:", "meet.example.org"],
		["jitsi.1und1.de", "jitsi.1und1.de"],
		["meet-2.riseup.net", "meet-2.riseup.net"],
		["a.b", "a.b"],
		[`${long(63)}.org`, `${long(63)}.org`],
		// Full-width letters and ideographic dots, as East Asian keyboards type them.
		["ｍｅｅｔ．ｅｘａｍｐｌｅ．ｏｒｇ", "meet.example.org"],
		["meet。example。org", "meet.example.org"],
		["köln.example.org", "xn--kln-sna.example.org", "köln.example.org"],
		["https://Zürich.example.org/", "xn--zrich-kva.example.org", "zürich.example.org"],
		["straße.de", "xn--strae-oqa.de", "straße.de"],
		["Ελλάδα.gr", "xn--hxakic4aa.gr", "ελλάδα.gr"],
		["пример.рф", "xn--e1afmkfd.xn--p1ai", "пример.рф"],
		["東京.jp", "xn--1lqs71d.jp", "東京.jp"],
		["xn--bcher-kva.example.org", "xn--bcher-kva.example.org", "bücher.example.org"],
		["XN--BCHER-KVA.example.org", "xn--bcher-kva.example.org", "bücher.example.org"],
	])("%j as %s", (input, host, display) => {
		const expected = display === undefined ? { ok: true, host } : { ok: true, host, display };
		expect(parseInstanceHost(input, existing)).toEqual(expected);
	});

	it("accepts a name of 253 characters", () => {
		const host = `${long(63)}.${long(63)}.${long(63)}.${long(61)}`;
		expect(host).toHaveLength(253);
		expect(parseInstanceHost(host, [])).toEqual({ ok: true, host });
	});
});

// Each input with the refusal it must get, and what the message repeats from it.
const refusals: [string, HostError, string[]?][] = [
	// Nothing to go on
	["", "hostErrorEmpty"],
	["   ", "hostErrorEmpty"],
	["\t\n", "hostErrorEmpty"],
	["https://", "hostErrorEmpty"],
	["https://./", "hostErrorEmpty"],
	// Unencrypted
	["http://meet.example.org", "hostErrorInsecure"],
	["HTTP://meet.example.org/", "hostErrorInsecure"],
	["http:meet.example.org", "hostErrorInsecure"],
	// Other schemes
	["javascript:alert(1)", "hostErrorScheme", ["javascript:"]],
	["JavaScript:alert('@')", "hostErrorScheme", ["javascript:"]],
	["data:text/html,<script>alert(1)</script>", "hostErrorScheme", ["data:"]],
	["file:///etc/passwd", "hostErrorScheme", ["file:"]],
	["ftp://meet.example.org", "hostErrorScheme", ["ftp:"]],
	["mailto:plenum@example.org", "hostErrorScheme", ["mailto:"]],
	["wss://meet.example.org", "hostErrorScheme", ["wss:"]],
	["about:blank", "hostErrorScheme", ["about:"]],
	["moz-extension://abc/options.html", "hostErrorScheme", ["moz-extension:"]],
	// Links that are not quite links
	["https:meet.example.org", "hostErrorMalformedLink"],
	["https:/meet.example.org", "hostErrorMalformedLink"],
	["https:///meet.example.org", "hostErrorMalformedLink"],
	["https://https://meet.example.org", "hostErrorMalformedLink"],
	["//meet.example.org", "hostErrorMalformedLink"],
	["/room", "hostErrorMalformedLink"],
	// User info
	["user:pw@meet.example.org", "hostErrorUserInfo"],
	["user@meet.example.org", "hostErrorUserInfo"],
	["https://user:secret@meet.example.org/", "hostErrorUserInfo"],
	["@meet.example.org", "hostErrorUserInfo"],
	// Ports other than https's own
	["meet.example.org:8443", "hostErrorPort", ["8443"]],
	["https://meet.example.org:80/", "hostErrorPort", ["80"]],
	["meet.example.org:abc", "hostErrorPort", ["abc"]],
	["meet.example.org:80:80", "hostErrorPort", ["80:80"]],
	// More than the host
	["meet.example.org/room", "hostErrorPath"],
	["https://pad.example.org/p/plenum", "hostErrorPath"],
	["meet.example.org//", "hostErrorPath"],
	["meet.example.org?room=plenum", "hostErrorQuery"],
	["meet.example.org/?lang=de", "hostErrorQuery"],
	["meet.example.org#config.startWithAudioMuted=true", "hostErrorFragment"],
	["meet.example.org/#", "hostErrorFragment"],
	// Characters
	["meet example.org", "hostErrorSpace"],
	["meet.exam\u00a0ple.org", "hostErrorSpace"],
	["meet_jitsi.example.org", "hostErrorCharacter", ["_"]],
	["meet%2eexample.org", "hostErrorCharacter", ["%"]],
	["*.example.org", "hostErrorCharacter", ["*"]],
	["<script>.example.org", "hostErrorCharacter", ["<"]],
	["meet\\example.org", "hostErrorCharacter", ["\\"]],
	["meet,example.org", "hostErrorCharacter", [","]],
	["☃.example.org", "hostErrorCharacter", ["☃"]],
	["me\u200bet.example.org", "hostErrorCharacter", ["U+200B"]],
	// Labels
	["meet..example.org", "hostErrorEmptyLabel"],
	[".example.org", "hostErrorEmptyLabel"],
	["meet.example.org..", "hostErrorEmptyLabel"],
	[`${long(64)}.org`, "hostErrorLabelTooLong"],
	[`${`${long(60)}.`.repeat(5)}org`, "hostErrorTooLong"],
	[`${"a.".repeat(200)}org`, "hostErrorTooLong"],
	["-meet.example.org", "hostErrorHyphen", ["-meet"]],
	["meet-.example.org", "hostErrorHyphen", ["meet-"]],
	["meet.example.org-", "hostErrorHyphen", ["org-"]],
	// IP addresses, in every form a URL parser reads as one
	["127.0.0.1", "hostErrorIpAddress", ["127.0.0.1"]],
	["127.1", "hostErrorIpAddress", ["127.1"]],
	["0x7f.0.0.1", "hostErrorIpAddress", ["0x7f.0.0.1"]],
	["0177.0.0.1", "hostErrorIpAddress", ["0177.0.0.1"]],
	["2130706433", "hostErrorIpAddress", ["2130706433"]],
	["１２７．０．０．１", "hostErrorIpAddress", ["127.0.0.1"]],
	["[::1]", "hostErrorIpAddress", ["[::1]"]],
	["https://[2001:db8::1]/", "hostErrorIpAddress", ["[2001:db8::1]"]],
	["::1", "hostErrorIpAddress", ["::1"]],
	["2001:db8::1", "hostErrorIpAddress", ["2001:db8::1"]],
	// Endings
	["meet.example.123", "hostErrorTopLevelDomain", ["123"]],
	["meet.example.0x7f", "hostErrorTopLevelDomain", ["0x7f"]],
	["meet.example.1a", "hostErrorTopLevelDomain", ["1a"]],
	["meet", "hostErrorSingleLabel", ["meet"]],
	["https://jitsi/", "hostErrorSingleLabel", ["jitsi"]],
	// Names for one's own computer or network
	["localhost", "hostErrorLocal", ["localhost"]],
	["LOCALHOST.", "hostErrorLocal", ["localhost"]],
	["meet.localhost", "hostErrorLocal", ["meet.localhost"]],
	["jitsi.local", "hostErrorLocal", ["jitsi.local"]],
	["meet.internal", "hostErrorLocal", ["meet.internal"]],
	["router.home.arpa", "hostErrorLocal", ["router.home.arpa"]],
	["meet.lan", "hostErrorLocal", ["meet.lan"]],
	// Names that never exist
	["meet.test", "hostErrorReserved", ["meet.test"]],
	["meet.example", "hostErrorReserved", ["meet.example"]],
	["münchen.example", "hostErrorReserved", ["münchen.example"]],
	["pad.invalid", "hostErrorReserved", ["pad.invalid"]],
	["jitsiabcdefghijkl.onion", "hostErrorOnion"],
	// Punycode that does not decode to a name we would accept typed in Unicode
	["xn--a.example.org", "hostErrorInvalidPunycode", ["xn--a"]],
	["xn--abc-.example.org", "hostErrorInvalidPunycode", ["xn--abc-"]],
	["xn--.example.org", "hostErrorInvalidPunycode", ["xn--"]],
	["xn--n3h.example.org", "hostErrorInvalidPunycode", ["xn--n3h"]],
	["xn--9999999999999a.example.org", "hostErrorInvalidPunycode", ["xn--9999999999999a"]],
	// Mixed scripts
	["mеet.example.org", "hostErrorMixedScript", ["mеet"]],
	["xn--met-rdd.example.org", "hostErrorMixedScript", ["mеet"]],
	["pαd.example.org", "hostErrorMixedScript", ["pαd"]],
	["meet.ѕуѕтеmlі.org", "hostErrorMixedScript", ["ѕуѕтеmlі"]],
	// Look-alikes of curated and listed hosts
	["meet.systemlі.org", "hostErrorLookalike", ["meet.systemli.org"]],
	["meet.sуstemli.org", "hostErrorLookalike", ["meet.systemli.org"]],
	["MEET.SYSTEMLІ.ORG", "hostErrorLookalike", ["meet.systemli.org"]],
	["meet.xn--systeml-xog.org", "hostErrorLookalike", ["meet.systemli.org"]],
	["pad.riseuр.net", "hostErrorLookalike", ["pad.riseup.net"]],
	["раԁ.riseup.net", "hostErrorLookalike", ["pad.riseup.net"]],
	["ѵс.autistici.org", "hostErrorLookalike", ["vc.autistici.org"]],
	["meet.systemlì.org", "hostErrorLookalike", ["meet.systemli.org"]],
	["mееt.immerda.ch", "hostErrorLookalike", ["meet.immerda.ch"]],
	["mǖnchen.example.org", "hostErrorLookalike", ["münchen.example.org"]],
	// Already listed
	["meet.systemli.org", "hostErrorDuplicate", ["meet.systemli.org"]],
	["https://MEET.SYSTEMLI.ORG/", "hostErrorDuplicate", ["meet.systemli.org"]],
	["pad.riseup.net.", "hostErrorDuplicate", ["pad.riseup.net"]],
	["meet.group.example.net:443", "hostErrorDuplicate", ["meet.group.example.net"]],
	["münchen.example.org", "hostErrorDuplicate", ["münchen.example.org"]],
	["xn--mnchen-3ya.example.org", "hostErrorDuplicate", ["münchen.example.org"]],
	// Passes our checks but not the URL parser's: a label starting with a combining mark
	["\u0301meet.example.org", "hostErrorInvalid"],
];

describe("parseInstanceHost refuses", () => {
	it.each(refusals)("%j with %s", (input, error, substitutions) => {
		const expected = substitutions === undefined ? { ok: false, error } : { ok: false, error, substitutions };
		expect(parseInstanceHost(input, existing)).toEqual(expected);
	});

	it("has a case above for every refusal", () => {
		expect(new Set(refusals.map(([, error]) => error))).toEqual(new Set(hostErrors));
	});

	it("refuses look-alikes of curated hosts even when the caller lists none", () => {
		expect(parseInstanceHost("pad.systemlі.org", [])).toMatchObject({ ok: false, error: "hostErrorLookalike" });
	});

	it("forgives a caller listing hosts in their typed form", () => {
		expect(parseInstanceHost("meet.example.org", [" Meet.Example.org. "])).toMatchObject({
			error: "hostErrorDuplicate",
		});
	});

	it("shortens long input it repeats in a message", () => {
		const result = parseInstanceHost(`meet.example.org:${"9".repeat(100)}`, []);
		expect(result).toMatchObject({ ok: false, error: "hostErrorPort" });
		expect(result.ok || [...(result.substitutions?.[0] ?? "")].length).toBe(40);
	});
});

describe("decodePunycode", () => {
	it.each([
		["mnchen-3ya", "münchen"],
		["bcher-kva", "bücher"],
		["1lqs71d", "東京"],
		["e1afmkfd", "пример"],
	])("decodes %s", (encoded, decoded) => {
		expect(decodePunycode(encoded)).toBe(decoded);
	});

	it.each(["-", "ab_c", "abc!", "zzzzzzzzzzzzzzzzzzzz"])("refuses %j", (encoded) => {
		expect(decodePunycode(encoded)).toBeUndefined();
	});
});

// Seeded, so a failure can be replayed: mostly host-like text, with the mistakes people make.
function randomInputs(count: number, seed: number): string[] {
	let state = seed;
	const pick = <T>(items: readonly T[]): T => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return items[Math.floor(state / 2 ** 16) % items.length] as T; // the low bits repeat too soon
	};
	const labels = ["meet", "pad", "jitsi", "example", "org", "net", "de", "a", "1", "0x7f", "xn--", "münchen", "пример"];
	const mistakes = ["-", "_", " ", "ü", "ß", "і", "а", "α", "東", "Ａ", "\u0301", "\u200d", "%", "*", "0"];
	const noise = [...mistakes, ...Array<string>(mistakes.length * 4).fill("")];
	const separators = [".", ".", ".", ".", "..", "。", ":"];
	const prefixes = ["", "", "", " ", "https://", "HTTPS://", "http://", "user@", "//", "[", "javascript:"];
	const suffixes = ["", "", "", ".", "/", ":443", ":8443", "/room", "?x", "#y", "]", "\t"];
	return Array.from({ length: count }, () => {
		const parts = Array.from({ length: pick([1, 2, 3, 4]) }, () => pick(noise) + pick(labels) + pick(noise));
		const name = parts.reduce((joined, part) => `${joined}${pick(separators)}${part}`);
		return pick(prefixes) + name + pick(suffixes);
	});
}

describe("every accepted host", () => {
	const inputs = [
		...randomInputs(5000, 42),
		"meet.example.org",
		"münchen.example.org",
		"https://Zürich.example.org/",
		"пример.рф",
		"東京.jp",
		"ｍｅｅｔ．ｅｘａｍｐｌｅ．ｏｒｇ",
	];
	const accepted = inputs.flatMap((input) => {
		const result = parseInstanceHost(input, []);
		return result.ok ? [{ input, ...result }] : [];
	});

	it("comes from enough inputs to mean something", () => {
		expect(accepted.length).toBeGreaterThan(50);
	});

	it("passes the settings' own check, so storage keeps it", () => {
		for (const { input, host } of accepted) expect(isStorableHost(host), input).toBe(true);
	});

	it("parses to itself, and shows a display form only when it differs", () => {
		for (const { input, host, display } of accepted) {
			expect(parseInstanceHost(host, []), input).toEqual(
				display === undefined ? { ok: true, host } : { ok: true, host, display },
			);
			expect(display, input).not.toBe(host);
		}
	});

	it("is then refused as a duplicate", () => {
		for (const { input, host } of accepted) {
			expect(parseInstanceHost(input, [host]), input).toMatchObject({ ok: false, error: "hostErrorDuplicate" });
		}
	});
});

it("refuses random input with known keys only, and never throws", () => {
	for (const input of randomInputs(5000, 7)) {
		const result = parseInstanceHost(input, existing);
		if (!result.ok) expect(hostErrors, input).toContain(result.error);
	}
});
