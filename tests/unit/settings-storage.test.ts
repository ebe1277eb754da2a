import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The one module that touches the browser, replaced by an in-memory storage.sync.
const stored = new Map<string, unknown>();
const writeStorage = vi.fn(async (_area: string, items: Record<string, unknown>) => {
	// Like storage.sync, every read sees a write only once it is done.
	await new Promise((resolve) => setTimeout(resolve, 1));
	for (const [key, value] of Object.entries(items)) stored.set(key, structuredClone(value));
});
// Set, every read rejects as storage.sync.get does on a broken profile.
let readFailure: Error | undefined;
vi.mock("../../src/platform/browser", () => ({
	readStorage: async () => {
		if (readFailure) throw readFailure;
		return structuredClone(Object.fromEntries(stored));
	},
	writeStorage: (area: string, items: Record<string, unknown>) => writeStorage(area, items),
	clearStorage: async () => stored.clear(),
	onStorageChanged: () => () => undefined,
}));

const { loadSettings, saveSettings, updateSettings, InvalidSettings } = await import(
	"../../src/platform/storage/settings"
);
const { defaults } = await import("../../src/lib/settings");
const { settingsVersion } = await import("../../src/lib/migrations/settings");

beforeEach(() => {
	readFailure = undefined;
	stored.clear();
	writeStorage.mockClear();
});

describe("saveSettings", () => {
	it("stores a valid change with the settings' version", async () => {
		stored.set("version", settingsVersion);
		const saved = await saveSettings({ jitsiInstance: "meet.immerda.ch" });
		expect(saved.jitsiInstance).toBe("meet.immerda.ch");
		expect(Object.fromEntries(stored)).toEqual({ jitsiInstance: "meet.immerda.ch", version: settingsVersion });
		expect((await loadSettings()).jitsiInstance).toBe("meet.immerda.ch");
	});

	it("refuses an invalid value without writing anything, and says which", async () => {
		stored.set("padInstance", "pad.riseup.net");
		const refused = saveSettings({ jitsiInstance: "evil.example", includeTips: false });
		await expect(refused).rejects.toBeInstanceOf(InvalidSettings);
		await expect(refused).rejects.toMatchObject({ keys: ["jitsiInstance"] });
		expect(writeStorage).not.toHaveBeenCalled();
		expect(Object.fromEntries(stored)).toEqual({ padInstance: "pad.riseup.net" });
	});

	it("passes a quota error on to the caller, who reports it, and keeps what was stored", async () => {
		stored.set("defaultTitle", "Plenum");
		writeStorage.mockRejectedValueOnce(new Error("QUOTA_BYTES_PER_ITEM quota exceeded"));
		await expect(saveSettings({ defaultTitle: "Vollversammlung" })).rejects.toThrow(/QUOTA/);
		expect(Object.fromEntries(stored)).toEqual({ defaultTitle: "Plenum" });
	});

	// Every version's reading and writing back: migrations/settings.test.ts. Here, that storage uses them.
	it("writes version 1 data whole in this version's form, once", async () => {
		const version1 = JSON.parse(readFileSync("tests/unit/fixtures/version-1-sync.json", "utf8"));
		for (const [key, value] of Object.entries(version1)) stored.set(key, value);
		await saveSettings({ includeTips: false });
		expect(stored.get("version")).toBe(settingsVersion);
		expect(stored.get("startAudioMuted")).toBe(false);
		expect(stored.get("includeTips")).toBe(false);
		expect(stored.get("mumbleChannel")).toBe("Plenum/Großer Saal");
		expect(await loadSettings()).toMatchObject({
			startAudioMuted: false,
			includeTips: false,
			invitationLanguage: "de",
		});
	});
});

describe("updateSettings", () => {
	it("loses no change when two pages change the same list at the same moment", async () => {
		stored.set("version", settingsVersion);
		const add = (host: string) =>
			updateSettings((fresh) => ({ customJitsiInstances: [...fresh.customJitsiInstances, host] }));
		await Promise.all([add("meet.example.org"), add("meet.example.net"), add("jitsi.example.com")]);
		expect(stored.get("customJitsiInstances")).toEqual(["meet.example.org", "meet.example.net", "jitsi.example.com"]);
	});
});

describe("loadSettings", () => {
	it("repairs what it reads", async () => {
		stored.set("jitsiInstance", 42);
		stored.set("includeTips", false);
		expect(await loadSettings()).toEqual({ ...defaults, includeTips: false });
	});
});

describe("a read that fails", () => {
	it("is a failure: no change writes defaults over the stored settings", async () => {
		stored.set("version", settingsVersion);
		stored.set("jitsiInstance", "meet.immerda.ch");
		stored.set("keepHistory", false);
		readFailure = new Error("An unexpected error occurred");
		await expect(loadSettings()).rejects.toBe(readFailure);
		await expect(saveSettings({ includeTips: false })).rejects.toBe(readFailure);
		await expect(updateSettings((fresh) => ({ durationMinutes: fresh.durationMinutes + 15 }))).rejects.toBe(
			readFailure,
		);
		expect(writeStorage).not.toHaveBeenCalled();
		readFailure = undefined;
		expect(await loadSettings()).toEqual({ ...defaults, jitsiInstance: "meet.immerda.ch", keepHistory: false });
	});
});
