import { describe, expect, it } from "vitest";
import { maxTitleLength } from "../../src/lib/limits";
import { meetingOf } from "../../src/lib/links/meeting";
import { shortLink } from "../../src/lib/links/short-link";
import { forget, forgetAll, pin, renew, share, unpin } from "../../src/lib/plenum/lists";
import { backupInstance, draftPlenum, newDraft, type Plenum } from "../../src/lib/plenum/plenum";
import { repairPlenum } from "../../src/lib/plenum/repair";
import { defaults } from "../../src/lib/settings";

const draft = newDraft(1_764_000_000_000);
const shown = (title = "Plenum Nord", large = false, settings = defaults) =>
	draftPlenum(settings, draft, { title, large });

describe("draftPlenum", () => {
	it("gives room, pad and backup room each their own secret", () => {
		const plenum = shown("", false, { ...defaults, backupRoom: true });
		const names = [plenum.room?.name, plenum.pad?.name, plenum.backup?.name];
		expect(new Set(names).size).toBe(3);
		for (const name of names) expect(name).toMatch(/^[a-z0-9]{26}$/);
	});

	it("follows the title in names until the group keeps titles out of them", () => {
		expect(shown().room?.name).toBe(`plenum-nord-${draft.room}`);
		expect(shown().pad?.name).toBe(`plenum-nord-${draft.pad}`);
		const { room, pad } = shown("Plenum Nord", false, { ...defaults, titleInNames: false });
		expect([room?.name, pad?.name]).toEqual([draft.room, draft.pad]);
		const meeting = meetingOf(shown("Plenum Nord", false, { ...defaults, titleInNames: false }));
		expect(meeting.roomUrl).toContain("config.subject=%22Plenum%20Nord%22");
	});

	it("puts the backup room on another trusted instance than the main one", () => {
		for (const main of ["meet.systemli.org", "vc.autistici.org", "meet.example.org"]) {
			const plenum = shown("x", false, { ...defaults, backupRoom: true, jitsiInstance: main });
			expect(plenum.backup?.host).toBe(backupInstance(main));
			expect(plenum.backup?.host).not.toBe(main);
		}
		expect(shown("x", true, { ...defaults, backupRoom: true }).backup).toBeUndefined();
	});

	it("keeps the same names while the secrets stay, whatever is re-rendered", () => {
		expect(shown()).toEqual(shown());
		expect(draftPlenum(defaults, newDraft(), { title: "", large: false }).room).not.toEqual(shown("").room);
	});
});

describe("repairPlenum", () => {
	const good = shown();

	it("keeps a valid plenum as it is", () => {
		expect(repairPlenum(JSON.parse(JSON.stringify(good)))).toEqual(good);
	});

	it.each([
		["a room on a host that is no host", { room: { host: "evil.example/x", name: good.room?.name } }],
		["a room name with a line break", { room: { host: "meet.systemli.org", name: `x\n${draft.room}` } }],
		["a room name without its secret", { room: { host: "meet.systemli.org", name: "plenum" } }],
		["a pad that is there but broken", { pad: { host: "pad.systemli.org", name: "a b" } }],
		["an id that is not one", { id: "../x" }],
		["a Mumble plenum without its server", { voice: "mumble" }],
	])("drops a plenum with %s", (_what, patch) => {
		expect(repairPlenum({ ...good, ...patch })).toBeUndefined();
	});

	it.each([
		[
			"a line break that would start a line with a link",
			"Plenum\nhttps://evil.example/",
			"Plenum https://evil.example/",
		],
		["a line separator", "Plenum\u2028Join here", "Plenum Join here"],
		["a bidi override that stops Signal linking anything", "Plenum \u202eNord", "Plenum Nord"],
		["more than a title's length", "x".repeat(1000), "x".repeat(maxTitleLength)],
	])("keeps the places, and cleans the title of %s", (_what, title, cleaned) => {
		expect(repairPlenum({ ...good, title })).toEqual({ ...good, title: cleaned });
	});

	it.each([
		["far beyond what a date can hold", 1e20],
		["before 1970", -1],
		["not a number", Number.NaN],
		["infinite", Number.POSITIVE_INFINITY],
		["a fraction", 1.5],
		["a string", "2026-12-04"],
		["missing", undefined],
	])("keeps the plenum, with its time of making unknown, when that is %s", (_what, created) => {
		const repaired = repairPlenum({ ...good, created });
		expect(repaired).toEqual({ ...good, created: 0 });
		// What the saved lists do with it: a date that cannot be formatted threw "Invalid time value".
		expect(() => new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(repaired?.created)).not.toThrow();
	});

	it("keeps a time of making up to the last instant a date can hold", () => {
		expect(repairPlenum({ ...good, created: 8.64e15 })?.created).toBe(8.64e15);
		expect(repairPlenum({ ...good, created: 8.64e15 + 1 })?.created).toBe(0);
	});

	it("drops a start that is not a date, and a repeat without a start", () => {
		expect(repairPlenum({ ...good, start: { date: "4.12.2026", time: "19:00", zone: "Europe/Berlin" } })).toEqual(good);
		expect(repairPlenum({ ...good, start: { date: "2026-12-04", time: "19:00", zone: "Mars/Olympus" } })).toEqual(good);
		expect(repairPlenum({ ...good, repeat: "weekly" })).toEqual(good);
		const start = { date: "2026-12-04", time: "19:00", zone: "Europe/Berlin" };
		expect(repairPlenum({ ...good, start, repeat: "daily" })).toEqual({ ...good, start });
		expect(repairPlenum({ ...good, start, repeat: "monthly" })).toEqual({ ...good, start, repeat: "monthly" });
	});
});

describe("the plenum lists", () => {
	const a: Plenum = { ...shown("A"), id: "a" };
	const b: Plenum = { ...shown("B"), id: "b" };
	const c: Plenum = { ...shown("C"), id: "c" };
	const empty = { pinned: [], recent: [] };

	it("makes a shared plenum the current one, and retires the one before to the recent ones", () => {
		expect(share(a, true)(empty)).toEqual({ current: a, keepsHistory: true, recent: [], pinned: [] });
		expect(share(b, true)({ ...empty, current: a })).toEqual({
			current: b,
			keepsHistory: true,
			recent: [a],
			pinned: [],
		});
		expect(share(b, false)({ ...empty, current: a })).toEqual({
			current: b,
			keepsHistory: false,
			recent: [],
			pinned: [],
		});
	});

	it("brings a recent plenum back as the current one, once", () => {
		expect(share(b, true)({ current: a, pinned: [], recent: [b, c] })).toEqual({
			current: b,
			keepsHistory: true,
			recent: [a, c],
			pinned: [],
		});
	});

	it("keeps an edited plenum's pinned entry in step, under its pinned name and repeat", () => {
		const pinned = { ...a, name: "Montagsplenum", repeat: undefined };
		const edited = { ...a, title: "A, korrigiert" };
		expect(share(edited, true)({ current: a, pinned: [pinned], recent: [] }).pinned).toEqual([
			{ ...edited, name: "Montagsplenum", repeat: undefined },
		]);
	});

	it("retires the current plenum on New room", () => {
		expect(renew(true)({ current: a, pinned: [], recent: [b] })).toEqual({
			current: undefined,
			keepsHistory: true,
			recent: [a, b],
		});
		expect(renew(false)({ current: a, pinned: [], recent: [b] })).toEqual({
			current: undefined,
			keepsHistory: false,
			recent: [b],
		});
	});

	it("pins once, repeats only with a start, and forgets", () => {
		const start = { date: "2026-12-03", time: "19:00", zone: "Europe/Berlin" };
		expect(pin(a, "AG", "weekly")(empty).pinned).toEqual([{ ...a, name: "AG", repeat: undefined }]);
		expect(pin({ ...a, start }, "AG", "weekly")({ ...empty, pinned: [a] }).pinned).toEqual([
			{ ...a, start, name: "AG", repeat: "weekly" },
		]);
		// The current plenum pinned as recurring repeats from now on; another current one is left alone.
		const pinnedCurrent = pin({ ...a, start }, "AG", "weekly")({ ...empty, current: { ...a, start } });
		expect(pinnedCurrent.current).toEqual({ ...a, start, name: "AG", repeat: "weekly" });
		expect(pin(b, "AG", "weekly")({ ...empty, current: a })).not.toHaveProperty("current");
		expect(unpin("a")({ ...empty, pinned: [a, b] })).toEqual({ pinned: [b] });
		expect(forget("b")({ ...empty, recent: [a, b, c] })).toEqual({ recent: [a, c] });
		expect(forgetAll({ ...empty, recent: [a] })).toEqual({ recent: [] });
	});
});

describe("shortLink", () => {
	it("shows the host and the start and end of the name, on one line", () => {
		const url = `https://meet.systemli.org/plenum-donnerstag-${"k".repeat(26)}#config.subject=%22x%22`;
		expect(shortLink(url)).toBe("meet.systemli.org/plenum-donn…kkkkkk");
		expect(shortLink("https://talk.systemli.org")).toBe("talk.systemli.org");
		expect(shortLink("https://talk.systemli.org/?channelName=Plenum")).toBe("talk.systemli.org");
		expect(shortLink("https://pad.riseup.net/p/abc")).toBe("pad.riseup.net/p/abc");
	});
});
