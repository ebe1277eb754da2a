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
const { schemaVersion } = await import("../../src/lib/settings");
const { meetingOf } = await import("../../src/lib/links/meeting");

const plenum = storedPlenum;

beforeEach(() => {
	stored.clear();
	readFailure = undefined;
	writes.mockClear();
});

describe("version 1 data", () => {
	const version1 = JSON.parse(readFileSync("tests/unit/fixtures/version-1-local.json", "utf8"));

	it("is read as plenums with the same links, and a corrupt entry is dropped", async () => {
		for (const [key, value] of Object.entries(version1)) stored.set(key, value);
		const { pinned, recent, current } = await loadLocal();
		expect(current).toBeUndefined();
		expect(pinned.map((p) => meetingOf(p).roomUrl)).toEqual([version1.pinned[0].roomUrl]);
		expect(pinned.map((p) => meetingOf(p).padUrl)).toEqual([version1.pinned[0].padUrl]);
		expect(pinned[0]).toMatchObject({ title: "Montagsplenum", name: "Montagsplenum", created: 1700000000000 });
		// The large assembly meets where it met: same server, port and channel, and the same pad.
		expect(recent.map((p) => meetingOf(p))).toEqual([
			{
				voice: "mumble",
				title: "VV",
				roomUrl: expect.stringMatching(
					/^mumble:\/\/mumble\.example\.org\/Plenum\/Gro%C3%9Fer%20Saal\?version=1\.2\.0&title=VV$/,
				),
				padUrl: version1.recent[0].padUrl,
				mumble: { host: "mumble.example.org", port: 64738, channel: ["Plenum", "Großer Saal"] },
			},
			{
				voice: "jitsi",
				title: "",
				roomUrl: "https://meet.immerda.ch/abcdefghijklmnopqrstuvwxyz",
				padUrl: undefined,
				backupUrl: undefined,
			},
		]);
	});

	it("is rewritten once in this version's form when something changes", async () => {
		for (const [key, value] of Object.entries(version1)) stored.set(key, value);
		const before = await loadLocal();
		await updateLocal(forget(before.recent[1]?.id ?? ""));
		expect(stored.get("version")).toBe(schemaVersion);
		expect(stored.get("pinned")).toEqual([expect.objectContaining({ room: before.pinned[0]?.room })]);
		expect((await loadLocal()).recent.map((p) => p.title)).toEqual(["VV"]);
	});
});

describe("newer data", () => {
	it("keeps what a newer version wrote: its version, entries it cannot read and fields it does not know", async () => {
		const future = { ...plenum(1), futureField: "kept" };
		const unreadable = { id: "x9", voice: "matrix", room: "!abc:example.org" };
		stored.set("version", schemaVersion + 1);
		stored.set("recent", [future, unreadable, plenum(2)]);
		expect((await loadLocal()).recent.map((p) => p.id)).toEqual(["id1", "id2"]);
		await updateLocal(forget("id2"));
		expect(stored.get("version")).toBe(schemaVersion + 1);
		expect(stored.get("recent")).toEqual([future, unreadable]);
	});
});

describe("newer data, changed", () => {
	it("keeps a newer version's fields on the current plenum when this version changes it", async () => {
		stored.set("version", schemaVersion + 1);
		stored.set("current", { ...plenum(1), futureField: { kept: true } });
		await updateLocal(share({ ...plenum(1), title: "Plenum 1, corrected" }, true));
		expect(stored.get("current")).toEqual({ ...plenum(1), title: "Plenum 1, corrected", futureField: { kept: true } });
	});

	it("keeps a plenum's own fields with it when New room retires it to the recent ones", async () => {
		stored.set("version", schemaVersion + 1);
		stored.set("current", { ...plenum(1), futureField: "kept" });
		stored.set("recent", [{ ...plenum(2), other: "kept too" }]);
		await updateLocal(renew(true));
		expect(stored.get("recent")).toEqual([
			{ ...plenum(1), futureField: "kept" },
			{ ...plenum(2), other: "kept too" },
		]);
	});
});

describe("updateLocal", () => {
	it("loses no change when pages change the lists at the same moment", async () => {
		stored.set("version", schemaVersion);
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
		stored.set("version", schemaVersion);
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

describe("a current plenum only a newer version can read", () => {
	const unreadable = { id: "x9", created: 1, voice: "matrix", room: "!abc:example.org", futureField: 1 };
	beforeEach(() => {
		stored.set("version", schemaVersion + 1);
		stored.set("current", unreadable);
		stored.set("recent", [plenum(2)]);
	});

	it("moves to the recent ones, whole, on New room and when another plenum is shared", async () => {
		await updateLocal(renew(true));
		expect(stored.get("current")).toBeNull();
		expect(stored.get("recent")).toEqual([unreadable, plenum(2)]);

		stored.set("current", unreadable);
		stored.set("recent", [plenum(2)]);
		await updateLocal(share(plenum(1), true));
		expect(stored.get("current")).toEqual(plenum(1));
		expect(stored.get("recent")).toEqual([unreadable, plenum(2)]);
		expect(stored.get("version")).toBe(schemaVersion + 1);
	});

	it("is left alone by changes that do not replace it, and forgotten only when history is off", async () => {
		await updateLocal(forget("id2"));
		expect(stored.get("current")).toEqual(unreadable);
		await updateLocal(renew(false));
		expect(stored.get("current")).toBeNull();
		expect(stored.get("recent")).toEqual([]);
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
