import { describe, expect, it } from "vitest";
import { encodeUriPart } from "../../src/lib/links/encode-uri-part";
import {
	encodeJitsiOption,
	fittedSubject,
	maxSubjectLength,
	padUrl,
	roomUrl,
	startsWith,
} from "../../src/lib/links/meeting-links";
import { padName } from "../../src/lib/names/pad-name";
import { randomName } from "../../src/lib/names/random-name";
import { roomName } from "../../src/lib/names/room-name";
import { parseUrlParamsCurrent } from "./clients/jitsi";
import { isLinkSneaky, signalLinkify } from "./clients/signal";

/** The hash options as jitsi-meet reads them today; a value it fails to read is an error here. */
function jitsiHashOptions(url: string): Record<string, unknown> {
	const { params, errors } = parseUrlParamsCurrent(url);
	expect(errors).toEqual([]);
	return params;
}

// RFC 3986: the characters Signal Desktop accepts in a link's path and fragment.
const rfc3986 = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

const titles = [
	'Plenum "Nord"',
	'„Plenum Nord“ ‘Süd’ \\& \\\\"',
	"Küche & Kasse",
	"#1 = first",
	"a=b&c=d#e",
	"🌱🏳️‍🌈 Garten",
	"Übergabe – Straßenfest, Donnerstag 19:00",
	"it's (not) *that* hard!",
	"100% ~ tilde",
	"Warten...-Plenum..._a..~",
	"x".repeat(500),
	"🏳️‍🌈".repeat(500),
];

describe("roomUrl", () => {
	const secret = randomName();
	const link = (host: string, title = "", audioMuted = true, videoMuted = false) =>
		roomUrl({ host, name: roomName(secret, title) }, { title, audioMuted, videoMuted });

	it("starts the joiner muted and carries no subject without a title", () => {
		const url = link("meet.systemli.org");
		expect(url).toBe(`https://meet.systemli.org/${secret}#config.startWithAudioMuted=true`);
	});

	it("can leave the microphone to Jitsi's default", () => {
		expect(link("meet.immerda.ch", "", false)).toBe(`https://meet.immerda.ch/${secret}`);
	});

	it("starts the joiner with the camera off when asked, an option Jitsi takes from a link", () => {
		const options = jitsiHashOptions(link("meet.immerda.ch", "", true, true));
		expect(options).toEqual({ "config.startWithAudioMuted": true, "config.startWithVideoMuted": true });
		expect(startsWith(link("meet.immerda.ch", "", false, true), "VideoMuted")).toBe(true);
		expect(startsWith(link("meet.immerda.ch", "", false, true), "AudioMuted")).toBe(false);
	});

	it("asks for the pre-join check, a name and no entry in the recent list only when on", () => {
		const place = { host: "meet.systemli.org", name: secret };
		const base = { title: "", audioMuted: false, videoMuted: false };
		expect(roomUrl(place, { ...base, prejoin: false, requireName: false, doNotStore: false })).toBe(
			`https://meet.systemli.org/${secret}`,
		);
		expect(jitsiHashOptions(roomUrl(place, { ...base, prejoin: true, requireName: true, doNotStore: true }))).toEqual({
			"config.prejoinConfig.enabled": true,
			"config.requireDisplayName": true,
			"config.doNotStoreRoom": true,
		});
		expect(jitsiHashOptions(roomUrl(place, { ...base, requireName: true }))).toEqual({
			"config.requireDisplayName": true,
		});
	});

	it.each(titles)("gives Jitsi the exact subject %#", (title) => {
		const url = link("vc.autistici.org", title);
		const options = jitsiHashOptions(url);
		expect(options["config.startWithAudioMuted"]).toBe(true);
		expect(options["config.subject"]).toBe(fittedSubject(title));
		expect(title.startsWith(fittedSubject(title))).toBe(true);
	});

	it.each(titles)("is RFC 3986-safe and below Signal's 4096 characters %#", (title) => {
		const url = link("meet.mayfirst.org", title);
		expect(url).toMatch(rfc3986);
		expect(url.length).toBeLessThan(maxSubjectLength + 100);
		expect(isLinkSneaky(url)).toBe(false);
		expect(signalLinkify.match(`${title}\n${url}\n`)?.map((match) => match.url)).toEqual([url]);
		expect(url).not.toMatch(/[!'()*]/); // percent-encoded too: messengers end links on them
	});

	it("keeps a long title whole up to the limit, cutting only whole graphemes", () => {
		expect(fittedSubject("x".repeat(500))).toBe("x".repeat(500));
		const flags = fittedSubject("🏳️‍🌈".repeat(500));
		expect(encodeJitsiOption(flags).length).toBeLessThanOrEqual(maxSubjectLength);
		expect(flags.length % "🏳️‍🌈".length).toBe(0);
		expect(flags.length).toBeGreaterThan(0);
	});
});

describe("encodeJitsiOption", () => {
	it("encodes a string as JSON with its quotes", () => {
		expect(encodeJitsiOption('a "b"')).toBe("%22a%20%5C%22b%5C%22%22");
		expect(encodeJitsiOption(true)).toBe("true");
	});

	it("writes what jitsi-meet would rewrite as JSON escapes: backslashes and typographic quotes", () => {
		expect(decodeURIComponent(encodeJitsiOption("„a“ ‘b’ \\ \\&"))).toBe(
			String.raw`"\u201ea\u201c \u2018b\u2019 \u005c \u005c&"`,
		);
		expect(decodeURIComponent(encodeJitsiOption('\\"\n'))).toBe(String.raw`"\u005c\"\n"`);
	});
});

describe("encodeUriPart", () => {
	it("never throws, not even on half a surrogate pair", () => {
		expect(encodeUriPart("a\ud800b\udfff")).toBe("a%EF%BF%BDb%EF%BF%BD");
		expect(encodeUriPart("🌱 (x)")).toBe("%F0%9F%8C%B1%20%28x%29");
	});
});

describe("padUrl", () => {
	it("makes an Etherpad /p/ link", () => {
		const secret = randomName();
		expect(padUrl({ host: "pad.riseup.net", name: padName(secret) })).toBe(`https://pad.riseup.net/p/${secret}`);
		expect(padUrl({ host: "pad.systemli.org", name: padName(secret, "AG Küche") })).toBe(
			`https://pad.systemli.org/p/ag-kuche-${secret}`,
		);
	});
});
