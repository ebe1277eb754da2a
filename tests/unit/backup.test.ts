import { beforeEach, describe, expect, it, vi } from "vitest";
import { storedPlenum } from "./helpers";

// The one module that touches the browser, replaced by in-memory storage areas.
const areas = { sync: new Map<string, unknown>(), local: new Map<string, unknown>() };
type Area = keyof typeof areas;
let refuseSyncWrites: Error | undefined;
vi.mock("../../src/platform/browser", () => ({
	readStorage: async (area: Area, keys: string[] | null) => {
		const stored = areas[area];
		const wanted = keys ?? [...stored.keys()];
		return structuredClone(Object.fromEntries(wanted.filter((k) => stored.has(k)).map((k) => [k, stored.get(k)])));
	},
	writeStorage: async (area: Area, items: Record<string, unknown>) => {
		if (area === "sync" && refuseSyncWrites) throw refuseSyncWrites;
		for (const [key, value] of Object.entries(items)) areas[area].set(key, structuredClone(value));
	},
	clearStorage: async (area: Area) => areas[area].clear(),
	onStorageChanged: () => () => undefined,
}));

const { backupFileName, maxBackupBytes, parseBackup, serializeBackup } = await import(
	"../../src/lib/backup/backup-file"
);
const { restorePlan } = await import("../../src/lib/backup/merge");
const { backupData, restoreBackup } = await import("../../src/platform/storage/backup");
const { loadLocal } = await import("../../src/platform/storage/local");
const { loadSettings } = await import("../../src/platform/storage/settings");
const { defaults } = await import("../../src/lib/settings");
const { settingsVersion } = await import("../../src/lib/migrations/settings");
const { plenumsVersion } = await import("../../src/lib/migrations/plenums");
const { maxPinned } = await import("../../src/lib/limits");

const plenum = storedPlenum;
const now = new Date("2026-12-04T05:00:00Z");
const settings = { ...defaults, jitsiInstance: "meet.immerda.ch", keepHistory: false };
const lists = { current: plenum(1), pinned: [plenum(2, { name: "AG" })], recent: [plenum(3)] };
const file = (value: unknown) => JSON.stringify(value);
const valid = () => JSON.parse(serializeBackup(settings, lists, now));

beforeEach(() => {
	areas.sync.clear();
	areas.local.clear();
	refuseSyncWrites = undefined;
});

describe("a backup file", () => {
	it("reads back what was saved, under a dated name", () => {
		expect(backupFileName(now)).toBe("plenum-launcher-backup-2026-12-04.json");
		expect(parseBackup(serializeBackup(settings, lists, now))).toEqual({
			backup: { settings, plenums: lists },
			dropped: 0,
		});
	});

	it.each([
		["an empty file", "", "notJson"],
		["cut off in the middle", serializeBackup(settings, lists, now).slice(0, 200), "notJson"],
		["another program's JSON", file({ settings: {}, plenums: {} }), "notBackup"],
		["a JSON array", file([valid()]), "notBackup"],
		["a backup without its plenums", file({ ...valid(), plenums: undefined }), "notBackup"],
		["a backup with settings that are a list", file({ ...valid(), settings: [] }), "notBackup"],
		["a version not yet known", file({ ...valid(), version: 2 }), "newerBackup"],
		["more than a backup could hold", " ".repeat(maxBackupBytes + 1), "tooLarge"],
	])("is refused whole when it is %s", (_what, text, problem) => {
		expect(parseBackup(text)).toEqual({ problem });
	});

	it("is repaired like stored data: damaged plenums are left out and counted, odd times made unknown", () => {
		const damaged = valid();
		damaged.plenums.pinned.push({ ...plenum(4), room: { host: "evil.example/x", name: "x" } }, "plenum", null);
		damaged.plenums.recent[0].created = 1e20;
		damaged.plenums.recent.push({ ...plenum(5), created: "yesterday", title: "Plenum\nhttps://evil.example" });
		damaged.plenums.current = { id: "../x" };
		const read = parseBackup(file(damaged));
		if ("problem" in read) throw new Error(read.problem);
		expect(read.dropped).toBe(4);
		expect(read.backup.plenums).toEqual({
			current: undefined,
			pinned: [plenum(2, { name: "AG" })],
			// A title the link rule refuses is kept, cleaned, as any stored text: the popup shows it
			// marked and keeps it out of the invitation until it is changed.
			recent: [plenum(3, { created: 0 }), plenum(5, { created: 0, title: "Plenum https://evil.example" })],
		});
	});
});

describe("restorePlan", () => {
	const backup = { settings, plenums: lists };

	it("adds only what is not here, keeps the current plenum current and the backup's among the recent ones", () => {
		const here = { current: plenum(9), pinned: [plenum(3)], recent: [plenum(8)] };
		const plan = restorePlan(here, defaults, backup);
		expect(plan.lists.pinned.map((p) => p.id)).toEqual(["id3", "id2"]);
		expect(plan.lists.recent.map((p) => p.id)).toEqual(["id8", "id1"]);
		expect(plan.addedPinned.map((p) => p.id)).toEqual(["id2"]);
		expect(plan.addedRecent.map((p) => p.id)).toEqual(["id1"]);
		expect(plan.settings).toEqual({ jitsiInstance: "meet.immerda.ch", keepHistory: false });
		// Restoring the same file twice adds nothing the second time.
		const again = restorePlan({ ...here, ...plan.lists }, { ...defaults, ...plan.settings }, backup);
		expect([again.addedPinned, again.addedRecent, again.settings]).toEqual([[], [], {}]);
	});

	it("stays within the lists' limits, and the preview counts only what fits", () => {
		const full = { pinned: Array.from({ length: maxPinned }, (_, i) => plenum(100 + i)), recent: [] };
		const plan = restorePlan(full, defaults, backup);
		expect(plan.lists.pinned).toHaveLength(maxPinned);
		expect(plan.addedPinned).toEqual([]);
	});

	it("refuses a setting a typed one would be refused for, and leaves it as it is", () => {
		const odd = { ...backup, settings: { jitsiInstance: "evil.example", includeTips: false, durationMinutes: 5 } };
		const plan = restorePlan(lists, defaults, odd);
		expect(plan.settings).toEqual({ includeTips: false });
		expect(plan.refused.sort()).toEqual(["durationMinutes", "jitsiInstance"]);
	});
});

describe("restoreBackup", () => {
	it("saves, is wiped, and restores to the same settings and plenums", async () => {
		areas.sync.set("version", settingsVersion);
		for (const [key, value] of Object.entries(settings)) areas.sync.set(key, value);
		areas.local.set("version", plenumsVersion);
		for (const [key, value] of Object.entries(lists)) areas.local.set(key, value);
		const { settings: saved, plenums } = await backupData();
		const text = serializeBackup(saved, plenums, now);
		areas.sync.clear();
		areas.local.clear();
		const read = parseBackup(text);
		if ("problem" in read) throw new Error(read.problem);
		await restoreBackup(read.backup);
		expect(await loadSettings()).toEqual(settings);
		// The file's current plenum is the newest of the recent ones: this device's current one stays.
		expect(await loadLocal()).toEqual({ current: undefined, pinned: lists.pinned, recent: [plenum(1), plenum(3)] });
	});

	it("applies nothing of the file when its settings cannot be stored", async () => {
		areas.local.set("version", plenumsVersion);
		areas.local.set("recent", [plenum(7)]);
		refuseSyncWrites = new Error("QUOTA_BYTES_PER_ITEM quota exceeded");
		await expect(restoreBackup({ settings, plenums: lists })).rejects.toBe(refuseSyncWrites);
		expect(await loadLocal()).toEqual({ current: undefined, pinned: [], recent: [plenum(7)] });
		expect(areas.sync.size).toBe(0);
	});
});
