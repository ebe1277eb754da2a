import { beforeEach, describe, expect, it, vi } from "vitest";

// The one module that touches the browser, replaced by an in-memory storage.sync.
const stored = new Map<string, unknown>();
const set = vi.fn(async (items: Record<string, unknown>) => {
	for (const [key, value] of Object.entries(items)) stored.set(key, value);
});
vi.mock("../../src/lib/browser", () => ({
	browser: {
		storage: {
			sync: {
				get: async () => Object.fromEntries(stored),
				set: (items: Record<string, unknown>) => set(items),
				clear: async () => stored.clear(),
			},
			onChanged: { addListener() {}, removeListener() {} },
		},
	},
}));

const { loadSettings, saveSettings } = await import("../../src/lib/settings-storage");
const { defaults, schemaVersion } = await import("../../src/lib/settings");

beforeEach(() => {
	stored.clear();
	set.mockClear();
});

describe("saveSettings", () => {
	it("stores a valid change with the schema version", async () => {
		const saved = await saveSettings(defaults, { jitsiInstance: "meet.immerda.ch" });
		expect(saved.jitsiInstance).toBe("meet.immerda.ch");
		expect(Object.fromEntries(stored)).toEqual({ jitsiInstance: "meet.immerda.ch", version: schemaVersion });
		expect((await loadSettings()).jitsiInstance).toBe("meet.immerda.ch");
	});

	it("refuses an invalid value without writing anything", async () => {
		stored.set("padInstance", "pad.riseup.net");
		await expect(saveSettings(defaults, { jitsiInstance: "evil.example", includeTips: false })).rejects.toThrow(
			/jitsiInstance/,
		);
		expect(set).not.toHaveBeenCalled();
		expect(Object.fromEntries(stored)).toEqual({ padInstance: "pad.riseup.net" });
	});

	it("passes a quota error on to the caller, who reports it, and keeps what was stored", async () => {
		stored.set("defaultTitle", "Plenum");
		set.mockRejectedValueOnce(new Error("QUOTA_BYTES_PER_ITEM quota exceeded"));
		await expect(saveSettings(defaults, { defaultTitle: "Vollversammlung" })).rejects.toThrow(/QUOTA/);
		expect(Object.fromEntries(stored)).toEqual({ defaultTitle: "Plenum" });
	});
});

describe("loadSettings", () => {
	it("repairs what it reads", async () => {
		stored.set("jitsiInstance", 42);
		stored.set("includeTips", false);
		expect(await loadSettings()).toEqual({ ...defaults, includeTips: false });
	});
});
