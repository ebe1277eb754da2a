import { describe, expect, it } from "vitest";
import { maxCustomInstances, maxTitleLength } from "../../src/lib/limits";
import { defaults, invalidKeys, repairSettings } from "../../src/lib/settings";

describe("repairSettings", () => {
	it("gives the defaults for nothing stored", () => {
		expect(repairSettings({})).toEqual(defaults);
		expect(defaults.jitsiInstance).toBe("meet.systemli.org");
		expect(defaults.padInstance).toBe("pad.systemli.org");
	});

	it.each([null, undefined, 42, "settings", [], true])("gives the defaults for a stored %j", (stored) => {
		expect(repairSettings(stored)).toEqual(defaults);
	});

	it("keeps valid values", () => {
		const chosen = {
			...defaults,
			jitsiInstance: "meet.example.org",
			padInstance: "pad.riseup.net",
			customJitsiInstances: ["meet.example.org"],
			invitationLanguage: "de",
			startAudioMuted: false,
			startVideoMuted: true,
			secondLanguage: "fr",
			invitationTemplates: { de: "Hallo ihr Lieben!\n{room}\n\n{pad}", en: "{title}\n{room}" },
			prejoinCheck: true,
			requireDisplayName: true,
			doNotStoreRoom: true,
			includeTips: false,
			defaultTitle: "Plenum",
			mumblePort: 10000,
		};
		expect(repairSettings(chosen)).toEqual(chosen);
	});

	it("drops unknown keys", () => {
		const repaired = repairSettings({ telemetry: true, __proto__: { evil: 1 }, version: 1 });
		expect(Object.keys(repaired).sort()).toEqual(Object.keys(defaults).sort());
	});

	it.each([
		["jitsiInstance", "evil.example"],
		["jitsiInstance", 7],
		["jitsiInstance", "MEET.SYSTEMLI.ORG"],
		["padInstance", "javascript:alert(1)"],
		["padInstance", ""],
		["customJitsiInstances", "meet.example.org"],
		["customPadInstances", { 0: "pad.example.org" }],
		["invitationLanguage", "klingon"],
		["invitationLanguage", null],
		["startAudioMuted", "false"],
		["startVideoMuted", 1],
		["secondLanguage", "klingon"],
		["secondLanguage", "auto"],
		["secondLanguage", 3],
		["invitationTemplates", "{room}"],
		["invitationTemplates", ["{room}"]],
		["invitationTemplates", null],
		["prejoinCheck", "true"],
		["requireDisplayName", 1],
		["doNotStoreRoom", null],
		["durationMinutes", 5],
		["durationMinutes", 2.5],
		["mumblePort", 0],
		["mumblePort", 65536],
		["includeTips", 0],
		["includePad", null],
		["openPadWithRoom", []],
		["defaultTitle", 42],
	])("repairs a bad %s (%j) and keeps every other value", (key, bad) => {
		const good = { ...defaults, padInstance: "pad.riseup.net", startAudioMuted: false, includeTips: false };
		const repaired = repairSettings({ ...good, [key]: bad });
		expect(repaired).toEqual({ ...good, [key]: defaults[key as keyof typeof defaults] });
	});

	it("keeps each usable template and drops the others, one by one", () => {
		const repaired = repairSettings({
			invitationTemplates: {
				de: "Hallo ihr Lieben!\n{room}",
				en: "{title}\n{pad}",
				fr: "{titre}\n{room}",
				it: "Ordine del giorno: evil.example.com\n{room}",
				es: 42,
				klingon: "{room}",
			},
		});
		// A template the link rule refuses is kept, as a stored title is: shown marked, never used.
		expect(repaired.invitationTemplates).toEqual({
			de: "Hallo ihr Lieben!\n{room}",
			it: "Ordine del giorno: evil.example.com\n{room}",
		});
	});

	it("keeps the templates within storage.sync's limit for one item, the first languages first", () => {
		const long = `{room}\n${"Tagesordnung im Pad ergänzen! ".repeat(150)}`;
		const repaired = repairSettings({ invitationTemplates: { de: long, en: long, fr: "{room}" } });
		expect(repaired.invitationTemplates).toEqual({ de: long, fr: "{room}" });
	});

	it("filters bad, curated and duplicate entries from the group's own instances", () => {
		const repaired = repairSettings({
			customJitsiInstances: ["meet.example.org", "meet.example.org", "meet.systemli.org", "http://x", 5, "localhost"],
		});
		expect(repaired.customJitsiInstances).toEqual(["meet.example.org"]);
	});

	it("holds a stored default title to the rules typed titles meet", () => {
		expect(repairSettings({ defaultTitle: "x".repeat(1_000_000) }).defaultTitle).toBe("x".repeat(maxTitleLength));
		expect(repairSettings({ defaultTitle: "Plenum\u2029Nord" }).defaultTitle).toBe("Plenum Nord");
		// Kept, not emptied: the popup and the settings show it marked, and keep it out of the invitation.
		expect(repairSettings({ defaultTitle: "Plenum\nhttps://evil.example/" }).defaultTitle).toBe(
			"Plenum https://evil.example/",
		);
		expect(repairSettings({ mumbleChannel: "Plenum\r\nhttps://evil.example/" }).mumbleChannel).toBe(
			"Plenum https://evil.example/",
		);
	});

	it("keeps more of the group's own instances than can be added, as an older version may have stored", () => {
		const many = Array.from({ length: maxCustomInstances + 5 }, (_, i) => `meet${i}.example.org`);
		expect(repairSettings({ customJitsiInstances: many }).customJitsiInstances).toEqual(many);
	});

	it("falls back when the preferred instance was removed from the group's list", () => {
		expect(repairSettings({ jitsiInstance: "meet.example.org", customJitsiInstances: [] }).jitsiInstance).toBe(
			defaults.jitsiInstance,
		);
	});
});

describe("invalidKeys", () => {
	it("names the values that would not be stored as given", () => {
		expect(invalidKeys(defaults, { jitsiInstance: "meet.immerda.ch" })).toEqual([]);
		expect(invalidKeys(defaults, { jitsiInstance: "evil.example", includeTips: false })).toEqual(["jitsiInstance"]);
	});
});
