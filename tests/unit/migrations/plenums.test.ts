import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { meetingOf } from "../../../src/lib/links/meeting";
import { plenumFromVersion1 } from "../../../src/lib/migrations/plenum-version-1";
import { plenumsSteps, plenumsToWrite, plenumsVersion, readStoredPlenums } from "../../../src/lib/migrations/plenums";
import { type Change, forget, renew, share } from "../../../src/lib/plenum/lists";
import { storedPlenum as plenum } from "../helpers";

// Plenums as storage.local holds them, from every version: read, and what a change writes back.

/** storage.local after a change: `set` writes the keys it is given over the stored ones. */
function changed(stored: Record<string, unknown>, change: Change): Record<string, unknown> {
	const read = readStoredPlenums(stored);
	return { ...stored, ...plenumsToWrite(read, change(read.data)) };
}

describe("version 1 data", () => {
	const version1 = JSON.parse(readFileSync("tests/unit/fixtures/version-1-local.json", "utf8"));

	it("is read as plenums with the same links, and a corrupt entry is dropped", () => {
		const { pinned, recent, current } = readStoredPlenums(version1).data;
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

	it("gives a plenum both pinned and recent one id, its room's random end", () => {
		const entry = version1.pinned[0];
		const { pinned, recent } = readStoredPlenums({ pinned: [entry], recent: [entry] }).data;
		// montagsplenum-0123456789abcdefghijklmnop
		expect(pinned[0]?.id).toBe("0123456789abcdefghijklmnop");
		expect(recent[0]?.id).toBe("0123456789abcdefghijklmnop");
	});

	it("is written whole in this version's form on the first change, and read the same afterwards", () => {
		const before = readStoredPlenums(version1).data;
		const after = changed(version1, forget(before.recent[1]?.id ?? ""));
		expect(after.version).toBe(plenumsVersion);
		expect(after.pinned).toEqual(before.pinned);
		expect(readStoredPlenums(after).data).toEqual({ ...before, recent: [before.recent[0]] });
	});

	it("drops what is no version-1 entry", () => {
		for (const value of [null, 7, "https://meet.systemli.org/x", { roomUrl: 5 }]) {
			expect(readStoredPlenums({ recent: [value] }).data.recent, JSON.stringify(value)).toEqual([]);
		}
		// A pad link that leads elsewhere costs the whole entry, not just its pad.
		expect(plenumFromVersion1({ ...version1.pinned[0], padUrl: "https://pad.systemli.org/x" })).toBeUndefined();
	});
});

describe("what the current release stores", () => {
	const version2 = { version: 2, current: plenum(1), pinned: [plenum(2, { name: "AG" })], recent: [plenum(3)] };

	it("is read as it is", () => {
		expect(readStoredPlenums(version2).data).toEqual({
			current: plenum(1),
			pinned: [plenum(2, { name: "AG" })],
			recent: [plenum(3)],
		});
	});

	it("gets only what changed written, with version 2", () => {
		const read = readStoredPlenums(version2);
		expect(plenumsToWrite(read, forget("id3")(read.data))).toEqual({ version: 2, recent: [] });
	});

	it("is repaired where it is corrupt: bad entries and duplicates dropped, the others kept", () => {
		const corrupt = { version: 2, current: 7, pinned: "x", recent: [null, plenum(3), { id: "x9" }, plenum(3)] };
		expect(readStoredPlenums(corrupt)).toMatchObject({
			data: { current: undefined, pinned: [], recent: [plenum(3)] },
			unread: { pinned: [], recent: [], current: undefined },
		});
	});
});

describe("newer data", () => {
	it("keeps what a newer version wrote: its version, entries it cannot read and fields it does not know", () => {
		const future = { ...plenum(1), futureField: "kept" };
		const unreadable = { id: "x9", voice: "matrix", room: "!abc:example.org" };
		const stored = { version: plenumsVersion + 1, recent: [future, unreadable, plenum(2)] };
		expect(readStoredPlenums(stored).data.recent.map((p) => p.id)).toEqual(["id1", "id2"]);
		const after = changed(stored, forget("id2"));
		expect(after.version).toBe(plenumsVersion + 1);
		expect(after.recent).toEqual([future, unreadable]);
	});

	it("keeps a newer version's fields on the current plenum when this version changes it", () => {
		const stored = { version: plenumsVersion + 1, current: { ...plenum(1), futureField: { kept: true } } };
		const after = changed(stored, share({ ...plenum(1), title: "Plenum 1, corrected" }, true));
		expect(after.current).toEqual({ ...plenum(1), title: "Plenum 1, corrected", futureField: { kept: true } });
	});

	it("keeps a plenum's own fields with it when New room retires it to the recent ones", () => {
		const stored = {
			version: plenumsVersion + 1,
			current: { ...plenum(1), futureField: "kept" },
			recent: [{ ...plenum(2), other: "kept too" }],
		};
		expect(changed(stored, renew(true)).recent).toEqual([
			{ ...plenum(1), futureField: "kept" },
			{ ...plenum(2), other: "kept too" },
		]);
	});
});

describe("a current plenum only a newer version can read", () => {
	const unreadable = { id: "x9", created: 1, voice: "matrix", room: "!abc:example.org", futureField: 1 };
	const stored = { version: plenumsVersion + 1, current: unreadable, recent: [plenum(2)] };

	it("moves to the recent ones, whole, on New room and when another plenum is shared", () => {
		expect(changed(stored, renew(true))).toEqual({ ...stored, current: null, recent: [unreadable, plenum(2)] });
		expect(changed(stored, share(plenum(1), true))).toEqual({
			version: plenumsVersion + 1,
			current: plenum(1),
			pinned: [],
			recent: [unreadable, plenum(2)],
		});
	});

	it("is left alone by changes that do not replace it, and forgotten only when history is off", () => {
		const forgotten = changed(stored, forget("id2"));
		expect(forgotten).toEqual({ ...stored, recent: [] });
		expect(changed(forgotten, renew(false))).toEqual({ ...stored, current: null, recent: [] });
	});
});

describe("the plenums' steps", () => {
	it("take every stored version up to the one written", () => {
		expect(plenumsSteps).toHaveLength(plenumsVersion - 1);
	});
});
