import { describe, expect, it } from "vitest";
import {
	encodeJitsiOption,
	fittedSubject,
	maxSubjectLength,
	padUrl,
	roomUrl,
	startsWith,
} from "../../src/lib/meeting-links";
import { randomName } from "../../src/lib/random-name";
import { roomName } from "../../src/lib/room-name";

// Jitsi's reading of hash options (parseURLParams.ts): split on &, then on the first =,
// decodeURIComponent, JSON.parse.
function jitsiHashOptions(url: string): Record<string, unknown> {
	const hash = new URL(url).hash.slice(1);
	const options: Record<string, unknown> = {};
	for (const part of hash.split("&").filter(Boolean)) {
		const [key = "", ...rest] = part.split("=");
		options[key] = JSON.parse(decodeURIComponent(rest.join("=")));
	}
	return options;
}

// RFC 3986: the characters Signal Desktop accepts in a link's path and fragment.
const rfc3986 = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

const titles = [
	'Plenum "Nord"',
	"Küche & Kasse",
	"#1 = first",
	"a=b&c=d#e",
	"🌱🏳️‍🌈 Garten",
	"Übergabe – Straßenfest, Donnerstag 19:00",
	"it's (not) *that* hard!",
	"100% ~ tilde",
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

	it.each(titles)("gives Jitsi the exact subject %#", (title) => {
		const url = link("vc.autistici.org", title);
		const options = jitsiHashOptions(url);
		expect(options["config.startWithAudioMuted"]).toBe(true);
		expect(options["config.subject"]).toBe(fittedSubject(title));
		expect(title.startsWith(fittedSubject(title))).toBe(true);
	});

	it.each(titles)("is RFC 3986-safe and far below Signal's 4096 characters %#", (title) => {
		const url = link("meet.mayfirst.org", title);
		expect(url).toMatch(rfc3986);
		expect(url.length).toBeLessThan(1200);
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
});

describe("padUrl", () => {
	it("makes an Etherpad /p/ link", () => {
		const secret = randomName();
		expect(padUrl({ host: "pad.riseup.net", name: secret })).toBe(`https://pad.riseup.net/p/${secret}`);
	});
});
