import { describe, expect, it } from "vitest";
import { type HostError, hostErrors, parseInstanceHost } from "../../../src/lib/host";
import { jitsiInstances, padInstances } from "../../../src/lib/instances";
import { translator } from "../helpers";

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
	// Letters that show nothing (default-ignorable): a Hangul filler (NFKC makes U+3164 U+1160)
	["meet\u3164.example.org", "hostErrorCharacter", ["U+1160"]],
	["me\ufe0fet.example.org", "hostErrorCharacter", ["U+FE0F"]],
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
	// Public names that lead back to one's own computer (more in loopback.test.ts)
	["127.0.0.1.nip.io", "hostErrorLoopback", ["nip.io"]],
	["https://meet.localtest.me/", "hostErrorLoopback", ["localtest.me"]],
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
	// Latin letters beyond ASCII that Unicode's confusables data maps to ASCII ones
	["meet.systemǀi.org", "hostErrorLookalike", ["meet.systemli.org"]], // U+01C0 dental click
	["ɱeet.systemli.org", "hostErrorLookalike", ["meet.systemli.org"]], // U+0271 m with hook
	["meet.sʏstemli.org", "hostErrorLookalike", ["meet.systemli.org"]], // U+028F small capital Y
	["meet.systemli.օrg", "hostErrorLookalike", ["meet.systemli.org"]], // Armenian o, alone in its label
	["meet٠systemli.org", "hostErrorLookalike", ["meet.systemli.org"]], // Arabic-Indic zero as a dot
	// ASCII that reads like another name
	["rneet.systemli.org", "hostErrorLookalikeLetters", ["meet.systemli.org"]],
	["pad.system1i.org", "hostErrorLookalikeLetters", ["pad.systemli.org"]],
	["meet.group.exarnple.net", "hostErrorLookalikeLetters", ["meet.group.example.net"]],
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

// With ports allowed, as for a Mumble server (more in port.test.ts).
const portRefusals: [string, HostError, string[]?][] = [
	["mumble.example.org:0", "hostErrorPortNumber", ["0"]],
	["mumble.example.org:65536", "hostErrorPortNumber", ["65536"]],
	["mumble.example.org:abc", "hostErrorPortNumber", ["abc"]],
	["mumble.example.org:-1", "hostErrorPortNumber", ["-1"]],
	["mumble.example.org:80:80", "hostErrorPortNumber", ["80:80"]],
	["mumble.example.org:+80", "hostErrorPortNumber", ["+80"]],
	["[::1]:64738", "hostErrorIpAddress", ["[::1]:64738"]],
	["mumble.example.org:64738/channel", "hostErrorPath"],
];

const refusal = (error: HostError, substitutions?: string[]) =>
	substitutions === undefined ? { ok: false, error } : { ok: false, error, substitutions };

describe("parseInstanceHost refuses", () => {
	it.each(refusals)("%j with %s", (input, error, substitutions) => {
		expect(parseInstanceHost(input, existing)).toEqual(refusal(error, substitutions));
	});

	it.each(portRefusals)("%j with ports allowed with %s", (input, error, substitutions) => {
		expect(parseInstanceHost(input, [], { port: "allowed" })).toEqual(refusal(error, substitutions));
	});

	it("has a case above for every refusal", () => {
		const covered = [...refusals, ...portRefusals].map(([, error]) => error);
		expect(new Set(covered)).toEqual(new Set(hostErrors));
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

describe("what the person reads", () => {
	const english = translator("en");
	const read = (input: string, options = {}) => {
		const result = parseInstanceHost(input, existing, options);
		return result.ok ? "accepted" : english(result.error, result.substitutions);
	};

	it.each<[string, string, object?]>([
		[
			"meet.systemǀi.org",
			"This is not meet.systemli.org, it only looks like it: some letters come from another alphabet or carry accents. To use meet.systemli.org, choose it from the list.",
		],
		[
			"rneet.systemli.org",
			"This is not meet.systemli.org, it only looks like it: some characters are easy to mistake for others, like “rn” for “m” or “1” for “l”. To use meet.systemli.org, choose it from the list.",
		],
		[
			"https://127.0.0.1.nip.io/",
			"Names under “nip.io” are made for testing: they lead to the computer of whoever opens them, or to an address written into the name, so the people you invite wouldn't reach the instance. Type the instance's own public host name.",
		],
		[
			"mumble.example.org:70000",
			"“70000” isn't a port number. Ports are whole numbers from 1 to 65535; leave the port out if the server uses Mumble's usual 64738.",
			{ port: "allowed" },
		],
		[
			"meet.example.org:8443",
			"Leave out “:8443”. Links to the instance are made without a port, so it has to be reachable on the usual https port.",
		],
	])("%j", (input, message, options) => {
		expect(read(input, options)).toBe(message);
	});

	it.each([...refusals, ...portRefusals])("%j gets a whole message, with what it repeats", (input) => {
		const options = { port: portRefusals.some(([typed]) => typed === input) ? "allowed" : "refused" } as const;
		const result = parseInstanceHost(input, existing, options);
		if (result.ok) throw new Error(`${input} was accepted`);
		const message = english(result.error, result.substitutions);
		expect(message.length, input).toBeGreaterThan(20);
		expect(message, input).not.toMatch(/\$\d/);
		for (const part of result.substitutions ?? []) expect(message, input).toContain(part);
	});
});
