import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { storedPlenum } from "./helpers";

// The one module that touches the browser, replaced by an in-memory storage.local.
const stored = new Map<string, unknown>();
// Set, every read rejects as storage.local.get does on a broken profile or a full disk.
let readFailure: Error | undefined;
const writes = vi.fn();
vi.mock("../../src/platform/browser", () => ({
	readStorage: async (_area: string, keys: string[]) => {
		if (readFailure) throw readFailure;
		return structuredClone(
			Object.fromEntries(keys.filter((key) => stored.has(key)).map((key) => [key, stored.get(key)])),
		);
	},
	writeStorage: async (_area: string, items: Record<string, unknown>) => {
		writes(items);
		await new Promise((resolve) => setTimeout(resolve, 1));
		for (const [key, value] of Object.entries(items)) stored.set(key, structuredClone(value));
	},
}));

const { loadLocal, updateLocal } = await import("../../src/platform/storage/local");
const { forget, forgetAll, pin, share, renew, unpin } = await import("../../src/lib/plenum/lists");
const { forgetHistoryIfKept } = await import("../../src/platform/storage/forget");
const { plenumsVersion } = await import("../../src/lib/migrations/plenums");

const plenum = storedPlenum;

beforeEach(() => {
	stored.clear();
	readFailure = undefined;
	writes.mockClear();
});

// How each version's plenums are read and written back: migrations/plenums.test.ts.
describe("version 1 data", () => {
	const version1 = JSON.parse(readFileSync("tests/unit/fixtures/version-1-local.json", "utf8"));

	it("is rewritten once in this version's form when something changes", async () => {
		for (const [key, value] of Object.entries(version1)) stored.set(key, value);
		const before = await loadLocal();
		await updateLocal(forget(before.recent[1]?.id ?? ""));
		expect(stored.get("version")).toBe(plenumsVersion);
		expect(stored.get("pinned")).toEqual([expect.objectContaining({ room: before.pinned[0]?.room })]);
		expect((await loadLocal()).recent.map((p) => p.title)).toEqual(["VV"]);
	});
});

describe("updateLocal", () => {
	it("loses no change when pages change the lists at the same moment", async () => {
		stored.set("version", plenumsVersion);
		stored.set("recent", [plenum(1), plenum(2), plenum(3)]);
		await Promise.all([updateLocal(forget("id1")), updateLocal(forget("id3")), updateLocal(share(plenum(4), true))]);
		const { current, recent } = await loadLocal();
		expect(current?.id).toBe("id4");
		expect(recent.map((p) => p.id)).toEqual(["id2"]);
	});

	it("keeps the current plenum across a reload, and New room retires it to the recent ones", async () => {
		await updateLocal(share(plenum(1), true));
		expect((await loadLocal()).current).toEqual(plenum(1));
		await updateLocal(renew(true));
		expect(await loadLocal()).toEqual({ current: undefined, pinned: [], recent: [plenum(1)] });
	});

	it("never stores a plenum it would not read back", async () => {
		const injected = plenum(1, { title: "Plenum\nhttps://evil.example/" });
		await updateLocal(share(injected, true));
		// Cleaned to one line; the link rule keeps it out of the invitation where it is used.
		expect((await loadLocal()).current?.title).toBe("Plenum https://evil.example/");
	});
});

describe("a read that fails", () => {
	it("is a failure, never an empty store: no change writes anything, and what was stored stays", async () => {
		stored.set("version", plenumsVersion);
		stored.set("current", plenum(1));
		stored.set("pinned", [plenum(2)]);
		stored.set("recent", [plenum(3)]);
		const before = structuredClone(Object.fromEntries(stored));
		readFailure = new Error("IO error: .../LOCK: No further details");
		await expect(loadLocal()).rejects.toThrow("IO error");
		for (const change of [
			share(plenum(4), true),
			renew(true),
			renew(false),
			pin(plenum(4), "AG", undefined),
			unpin("id2"),
			forget("id3"),
			forgetAll,
		]) {
			await expect(updateLocal(change)).rejects.toBe(readFailure);
		}
		await expect(forgetHistoryIfKept()).rejects.toBe(readFailure);
		expect(writes).not.toHaveBeenCalled();
		readFailure = undefined;
		expect(Object.fromEntries(stored)).toEqual(before);
		expect(await loadLocal()).toEqual({ current: plenum(1), pinned: [plenum(2)], recent: [plenum(3)] });
	});
});

describe("history switched off on another device", () => {
	it("forgets this device's earlier plenums once, and writes nothing when there are none", async () => {
		stored.set("recent", [plenum(1), { id: "x9", voice: "matrix" }]);
		expect(await forgetHistoryIfKept()).toBe(true);
		expect(stored.get("recent")).toEqual([]);
		writes.mockClear();
		expect(await forgetHistoryIfKept()).toBe(false);
		expect(writes).not.toHaveBeenCalled();
	});
});
