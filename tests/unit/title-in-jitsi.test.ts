import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxTitleLength } from "../../src/lib/limits";
import { encodeUriPart } from "../../src/lib/links/encode-uri-part";
import { meetingOf } from "../../src/lib/links/meeting";
import { maxSubjectLength, roomUrl } from "../../src/lib/links/meeting-links";
import { bitsPerCharacter, randomLength, randomName } from "../../src/lib/names/random-name";
import { roomName } from "../../src/lib/names/room-name";
import { draftPlenum, newDraft } from "../../src/lib/plenum/plenum";
import { repairPlenum } from "../../src/lib/plenum/repair";
import { defaults } from "../../src/lib/settings";
import { cleanTitle } from "../../src/lib/title/clean-title";
import {
	configFromUrl,
	jitsiRoomOf,
	type ParsedParams,
	parseUrlParams2020,
	parseUrlParamsCurrent,
} from "./clients/jitsi";
import { configWhitelist } from "./clients/jitsi-config-whitelist";
import { rawTitle } from "./title-arbitrary";

const parsers: [string, (url: string) => ParsedParams][] = [
	["current", parseUrlParamsCurrent],
	["2020", parseUrlParams2020],
];

describe("jitsi-meet's list of config keys a link may override", () => {
	it("holds the keys the room link uses", () => {
		expect(configWhitelist.length).toBeGreaterThan(150);
		const keys = ["startWithAudioMuted", "startWithVideoMuted", "prejoinConfig.enabled", "requireDisplayName"];
		for (const key of [...keys, "doNotStoreRoom", "subject"]) expect(configWhitelist).toContain(key);
		expect(configWhitelist).not.toContain("hosts");
	});
});

type Flags = { audioMuted?: boolean; prejoin?: boolean; requireName?: boolean; doNotStore?: boolean };

/** A room link as the popup makes it: the title in the name (unless kept out) and in the subject. */
function link(
	host: string,
	title: string,
	{ titleInName = true, secret = randomName(), ...flags }: Flags & { titleInName?: boolean; secret?: string } = {},
) {
	const { audioMuted = true, ...more } = flags;
	return roomUrl(
		{ host, name: roomName(secret, titleInName ? title : "") },
		{ title, audioMuted, videoMuted: false, ...more },
	);
}

// The config each link option becomes once jitsi-meet has read the link and kept its whitelist.
const flagConfig: [keyof Flags, string, string?][] = [
	["audioMuted", "startWithAudioMuted"],
	["prejoin", "prejoinConfig", "enabled"],
	["requireName", "requireDisplayName"],
	["doNotStore", "doNotStoreRoom"],
];

describe.each(parsers)("the room link read by jitsi-meet's %s parser", (_era, parse) => {
	const host = "meet.systemli.org";

	it("gives the meeting every clean title as its subject, unchanged, and each option that is on, only those", () => {
		const flags = fc.record({
			audioMuted: fc.boolean(),
			prejoin: fc.boolean(),
			requireName: fc.boolean(),
			doNotStore: fc.boolean(),
		});
		fc.assert(
			fc.property(rawTitle, flags, (raw, on) => {
				const title = cleanTitle(raw);
				const url = link(host, title, on);
				const parsed = parse(url);
				expect(parsed.errors).toEqual([]);
				const config = configFromUrl(parsed, configWhitelist);
				expect(config.subject).toBe(title || undefined);
				const expected: string[] = title ? ["subject"] : [];
				for (const [flag, key, inner] of flagConfig) {
					const value = inner ? (config[key] as Record<string, unknown> | undefined)?.[inner] : config[key];
					expect(value).toBe(on[flag] || undefined);
					if (on[flag]) expected.push(key);
				}
				expect(Object.keys(config).sort()).toEqual(expected.sort());
			}),
			{ numRuns: 1000 },
		);
	}, 30_000);

	it("carries the longest, hardest clean title whole", () => {
		for (const unit of ["…", "“", "\\", '"', "„", "🏳️‍🌈"]) {
			const title = cleanTitle(unit.repeat(maxTitleLength));
			const url = link(host, title);
			expect(configFromUrl(parse(url), configWhitelist).subject).toBe(title);
			expect(url.length).toBeLessThan(maxSubjectLength + 200);
		}
	});
});

describe("what the escapes are for", () => {
	// The plain encoding jitsi-meet itself writes (uri.ts, _objectToURLParamsArray).
	const plainLink = (subject: string) =>
		`https://meet.systemli.org/x#config.startWithAudioMuted=true&config.subject=${encodeUriPart(JSON.stringify(subject))}`;

	it("typographic quotes: the current parser loses „German quotes“ and changes ’ without them", () => {
		expect(parseUrlParamsCurrent(plainLink("„Plenum“")).params["config.subject"]).toBeUndefined();
		expect(parseUrlParamsCurrent(plainLink("„Plenum“")).errors).toHaveLength(1);
		expect(parseUrlParamsCurrent(plainLink("it’s")).params["config.subject"]).toBe("it's");
		expect(parseUrlParams2020(plainLink("„Plenum“")).params["config.subject"]).toBe("„Plenum“");
	});

	it("a backslash before & breaks the subject in both generations without them", () => {
		for (const parse of [parseUrlParamsCurrent, parseUrlParams2020]) {
			expect(parse(plainLink("a\\&b")).params["config.subject"]).toBeUndefined();
			expect(parse(link("x.org", "a\\&b")).params["config.subject"]).toBe("a\\&b");
		}
	});
});

describe("room names through Jitsi's normalisation", () => {
	it("keep their whole secret, so at least 128 bits, whatever the title", () => {
		expect(randomLength * bitsPerCharacter).toBeGreaterThanOrEqual(128);
		fc.assert(
			fc.property(rawTitle, fc.boolean(), (raw, titleInName) => {
				const secret = randomName();
				const url = link("vc.autistici.org", cleanTitle(raw), { secret, titleInName });
				const room = jitsiRoomOf(url);
				expect(room).toBe(new URL(url).pathname.slice(1));
				expect(room).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*-)?[a-z0-9]{26}$/);
				expect(room.slice(-randomLength)).toBe(secret);
				if (!titleInName) expect(room).toBe(secret);
			}),
			{ numRuns: 1000 },
		);
	});

	it("leave the title out of room and pad names on request; the subject still carries it", () => {
		const draft = newDraft();
		const shown = (titleInNames: boolean) =>
			meetingOf(draftPlenum({ ...defaults, titleInNames }, draft, { title: "Plenum Nord", large: false }));
		const { roomUrl: url, padUrl } = shown(false);
		expect(new URL(url).pathname).toBe(`/${draft.room}`);
		expect(configFromUrl(parseUrlParamsCurrent(url), configWhitelist).subject).toBe("Plenum Nord");
		expect(padUrl).toBe(`https://pad.systemli.org/p/${draft.pad}`);
		expect(shown(true).padUrl).toBe(`https://pad.systemli.org/p/plenum-nord-${draft.pad}`);
	});
});

describe("the plenum options as settings", () => {
	it("go into the room and backup links only when on, and stay with the plenum once it is stored", () => {
		const settings = {
			...defaults,
			backupRoom: true,
			prejoinCheck: true,
			requireDisplayName: true,
			doNotStoreRoom: true,
		};
		const plenum = draftPlenum(settings, newDraft(), { title: "Plenum", large: false });
		const stored = repairPlenum(JSON.parse(JSON.stringify(plenum)));
		const { roomUrl: url, backupUrl } = meetingOf(stored ?? plenum);
		for (const link of [url, backupUrl ?? ""]) {
			const config = configFromUrl(parseUrlParamsCurrent(link), configWhitelist);
			expect(config).toMatchObject({
				prejoinConfig: { enabled: true },
				requireDisplayName: true,
				doNotStoreRoom: true,
			});
		}
		const plain = meetingOf(draftPlenum(defaults, newDraft(), { title: "Plenum", large: false })).roomUrl;
		expect(plain).not.toMatch(/prejoin|requireDisplayName|doNotStoreRoom/);
		expect(repairPlenum({ ...plenum, prejoin: "yes", requireName: 1, doNotStore: null })).not.toHaveProperty("prejoin");
	});
});
