import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
	readStoredSettings,
	settingsSteps,
	settingsToWrite,
	settingsVersion,
} from "../../../src/lib/migrations/settings";
import { storedVersion } from "../../../src/lib/migrations/stored-version";
import { defaults } from "../../../src/lib/settings";

// Settings as storage.sync holds them, from every version: read, and what a change writes back.

const version1 = JSON.parse(readFileSync("tests/unit/fixtures/version-1-sync.json", "utf8"));
/** What the release that still shared one version with the plenums wrote: every key, version 2. */
const version2 = {
	...defaults,
	jitsiInstance: "meet.immerda.ch",
	startAudioMuted: false,
	startVideoMuted: true,
	invitationTemplates: { de: "Hallo ihr!\n{room}" },
	version: 2,
};

describe("readStoredSettings", () => {
	it("reads settings stored by version 1, keeping every choice, the microphone one under its new name", () => {
		expect(storedVersion(version1)).toBe(1);
		expect(readStoredSettings(version1)).toEqual({
			...defaults,
			jitsiInstance: "meet.example.org",
			padInstance: "pad.riseup.net",
			customJitsiInstances: ["meet.example.org"],
			invitationLanguage: "de",
			startAudioMuted: false,
			openPadWithRoom: false,
			defaultTitle: "Plenum Nord",
			mumbleServer: "mumble.example.org",
			mumbleChannel: "Plenum/Großer Saal",
		});
	});

	it("counts data without a version as version 1", () => {
		expect(readStoredSettings({ startMuted: false }).startAudioMuted).toBe(false);
		expect(readStoredSettings({ version: "2", startMuted: false }).startAudioMuted).toBe(false);
	});

	it("does not take version 1's key over version 2's own", () => {
		expect(readStoredSettings({ version: 2, startMuted: false }).startAudioMuted).toBe(true);
		expect(readStoredSettings({ version: 1, startMuted: false, startAudioMuted: true }).startAudioMuted).toBe(true);
	});

	it("reads what the current release stores as it is", () => {
		const { version: _, ...settings } = version2;
		expect(readStoredSettings(version2)).toEqual(settings);
	});

	it("reads data from a future version key by key", () => {
		const future = { version: 99, jitsiInstance: "meet.immerda.ch", newFeature: { x: 1 }, includeTips: "yes" };
		expect(storedVersion(future)).toBe(99);
		expect(readStoredSettings(future)).toEqual({ ...defaults, jitsiInstance: "meet.immerda.ch" });
	});

	it("repairs corrupt values one by one, in every version", () => {
		for (const version of [1, 2, 3]) {
			const stored = { version, jitsiInstance: 42, includeTips: "no", durationMinutes: 90, startMuted: "off" };
			expect(readStoredSettings(stored), `version ${version}`).toEqual({ ...defaults, durationMinutes: 90 });
		}
	});
});

describe("settingsToWrite", () => {
	const write = (stored: Record<string, unknown>, patch: Parameters<typeof settingsToWrite>[2]) =>
		settingsToWrite(stored, readStoredSettings(stored), patch);

	it("writes version 1 data whole in this version's form, so its steps run once", () => {
		const written = write(version1, { includeTips: false });
		expect(written).toEqual({ ...readStoredSettings(version1), includeTips: false, version: settingsVersion });
		expect(readStoredSettings({ ...version1, ...written })).toEqual({
			...readStoredSettings(version1),
			includeTips: false,
		});
	});

	it("writes only the change to what the current release stored, which keeps version 2", () => {
		expect(write(version2, { includeTips: false })).toEqual({ includeTips: false, version: 2 });
	});

	it("never writes a newer version's data back with an older version number or over its own keys", () => {
		const future = { version: settingsVersion + 1, futureSetting: { kept: true }, jitsiInstance: "meet.immerda.ch" };
		expect(write(future, { includeTips: false })).toEqual({ includeTips: false, version: settingsVersion + 1 });
	});
});

describe("the settings' steps", () => {
	it("take every stored version up to the one written", () => {
		expect(settingsSteps).toHaveLength(settingsVersion - 1);
	});
});
