import { describe, expect, it } from "vitest";
import {
	maxRecent,
	repairMeetings,
	type SavedMeeting,
	without,
	withPinned,
	withRecent,
} from "../../src/lib/meeting-history";

const entry = (n: number, extra: Partial<SavedMeeting> = {}): SavedMeeting => ({
	voice: "jitsi",
	title: `Plenum ${n}`,
	roomUrl: `https://meet.systemli.org/room${n}`,
	padUrl: `https://pad.systemli.org/p/pad${n}`,
	name: `Plenum ${n}`,
	time: n,
	...extra,
});

describe("recent rooms", () => {
	it("keeps at most 10, newest first, each once", () => {
		let recent: SavedMeeting[] = [];
		for (let n = 0; n < 15; n++) recent = withRecent(recent, entry(n));
		recent = withRecent(recent, entry(10, { time: 99 }));
		expect(recent).toHaveLength(maxRecent);
		expect(recent.map((m) => m.time)).toEqual([99, 14, 13, 12, 11, 9, 8, 7, 6, 5]);
	});

	it("forgets one", () => {
		expect(without([entry(1), entry(2)], entry(1))).toEqual([entry(2)]);
	});

	it("keeps large assemblies on one Mumble server apart by their pads", () => {
		const mumble = (n: number) => entry(n, { voice: "mumble", roomUrl: "https://talk.systemli.org/" });
		const recent = withRecent(withRecent([], mumble(1)), mumble(2));
		expect(recent).toEqual([mumble(2), mumble(1)]);
		expect(withPinned([mumble(1)], mumble(2))).toEqual([mumble(1), mumble(2)]);
		expect(without(recent, mumble(1))).toEqual([mumble(2)]);
	});
});

describe("pinned plenums", () => {
	it("adds at the end and replaces a re-pinned room", () => {
		const pinned = withPinned(withPinned([entry(1)], entry(2)), entry(1, { name: "Monday plenum" }));
		expect(pinned.map((m) => m.name)).toEqual(["Plenum 2", "Monday plenum"]);
	});
});

describe("repairMeetings", () => {
	it("keeps good entries and drops bad ones one by one", () => {
		const stored = [
			entry(1),
			{ ...entry(2), roomUrl: "javascript:alert(1)" },
			{ ...entry(3), padUrl: "http://pad.example.org/p/x" },
			{ ...entry(4), voice: "zoom" },
			"nonsense",
			null,
			{ ...entry(5), voice: "mumble", roomUrl: "mumble://mumble.example.org/?version=1.2.0", name: 7, time: "x" },
		];
		expect(repairMeetings(stored, 20)).toEqual([
			entry(1),
			{ ...entry(5), voice: "mumble", roomUrl: "mumble://mumble.example.org/?version=1.2.0", name: "", time: 0 },
		]);
	});

	it.each([undefined, null, {}, "[]", 5])("gives an empty list for %j", (stored) => {
		expect(repairMeetings(stored, 10)).toEqual([]);
	});

	it("caps the list", () => {
		expect(
			repairMeetings(
				Array.from({ length: 50 }, (_, n) => entry(n)),
				10,
			),
		).toHaveLength(10);
	});
});
