import { describe, expect, it } from "vitest";
import { defaults, invalidKeys, maxCustomInstances, migrate, repairSettings } from "../../src/lib/settings";

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
			startMuted: false,
			includeTips: false,
			defaultTitle: "Plenum",
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
		["startMuted", "false"],
		["includeTips", 0],
		["includePad", null],
		["openPadWithRoom", []],
		["defaultTitle", 42],
		["defaultTitle", "x".repeat(1_000_000)],
	])("repairs a bad %s (%j) and keeps every other value", (key, bad) => {
		const good = { ...defaults, padInstance: "pad.riseup.net", startMuted: false, includeTips: false };
		const repaired = repairSettings({ ...good, [key]: bad });
		expect(repaired).toEqual({ ...good, [key]: defaults[key as keyof typeof defaults] });
	});

	it("filters bad, curated and duplicate entries from the group's own instances", () => {
		const repaired = repairSettings({
			customJitsiInstances: ["meet.example.org", "meet.example.org", "meet.systemli.org", "http://x", 5, "localhost"],
		});
		expect(repaired.customJitsiInstances).toEqual(["meet.example.org"]);
	});

	it("caps the group's own instances", () => {
		const many = Array.from({ length: 100 }, (_, i) => `meet${i}.example.org`);
		expect(repairSettings({ customJitsiInstances: many }).customJitsiInstances).toHaveLength(maxCustomInstances);
	});

	it("falls back when the preferred instance was removed from the group's list", () => {
		expect(repairSettings({ jitsiInstance: "meet.example.org", customJitsiInstances: [] }).jitsiInstance).toBe(
			defaults.jitsiInstance,
		);
	});
});

describe("migrate", () => {
	it("reads data from a future schema version key by key", () => {
		const future = { version: 99, jitsiInstance: "meet.immerda.ch", newFeature: { x: 1 }, includeTips: "yes" };
		expect(migrate(future)).toEqual({ ...defaults, jitsiInstance: "meet.immerda.ch" });
	});
});

describe("invalidKeys", () => {
	it("names the values that would not be stored as given", () => {
		expect(invalidKeys(defaults, { jitsiInstance: "meet.immerda.ch" })).toEqual([]);
		expect(invalidKeys(defaults, { jitsiInstance: "evil.example", includeTips: false })).toEqual(["jitsiInstance"]);
	});
});
