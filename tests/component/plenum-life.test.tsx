// A plenum's life in the popup: a draft until its invitation leaves the popup, then the current
// plenum at every opening until New room, which keeps it among the recent ones; pinned plenums;
// Use, Forget and Unpin. (Reopening is a new render on the same storage and first-frame copy.)
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { recordClipboard } from "./clipboard";
import {
	byId,
	findById,
	message,
	renderPopup,
	roomPattern,
	seed,
	shownLinks,
	testLinks,
	testPlenum,
	testSettings,
} from "./factory";
import { fake } from "./fake-browser";
import { copy, entryButton, listed, openSaved, setStart } from "./saved";

type Stored = { id: string; title: string; name?: string; room?: { name: string }; pad?: { name: string } };
const local = () => fake.stored("local") as { current?: Stored | null; pinned?: Stored[]; recent?: Stored[] };
const nameIn = (url: string) => new URL(url).pathname.split("/").at(-1) ?? "";
const title = () => byId<HTMLInputElement>("title");
const pickers = () => document.querySelectorAll("#jitsi-instance, #pad-instance").length;

describe("the current plenum", () => {
	it("is a fresh proposal at each opening until something leaves the popup", async () => {
		const seen: string[] = [];
		for (let i = 0; i < 3; i++) {
			const view = await renderPopup();
			fireEvent.input(title(), { target: { value: "Draft plenum" } });
			setStart("2027-03-04", "18:30");
			seen.push(nameIn(shownLinks().room), shownLinks().pad);
			view.unmount();
		}
		expect(new Set(seen).size).toBe(6);
		expect(local().current).toBeUndefined();
	});

	it("once copied, is shown at the next opening with its places fixed, its title and start editable", async () => {
		recordClipboard();
		const first = await renderPopup();
		fireEvent.input(title(), { target: { value: "Plenum" } });
		const before = shownLinks();
		await copy();
		expect(pickers()).toBe(0);
		expect(byId<HTMLInputElement>("large").disabled).toBe(true);
		fireEvent.input(title(), { target: { value: "Plenum, Saal 2" } });
		setStart("2027-03-04", "18:30");
		await waitFor(() =>
			expect(local().current).toMatchObject({ title: "Plenum, Saal 2", start: { date: "2027-03-04" } }),
		);
		first.unmount();

		const again = await renderPopup();
		expect(title().value).toBe("Plenum, Saal 2");
		expect([byId<HTMLInputElement>("when-date").value, byId<HTMLInputElement>("when-time").value]).toEqual([
			"2027-03-04",
			"18:30",
		]);
		// The same room and pad; only the subject in the link's options follows the title.
		expect(nameIn(shownLinks().room)).toBe(nameIn(before.room));
		expect(shownLinks().room).toContain("config.subject=%22Plenum%2C%20Saal%202%22");
		expect(shownLinks().pad).toBe(before.pad);
		expect(again.firstRoom).toBe(shownLinks().room);
		expect(pickers()).toBe(0);
	});

	it("is retired by New room: a fresh room with the title and date typed, the old one among the recent, back with Use", async () => {
		recordClipboard();
		await renderPopup();
		fireEvent.input(title(), { target: { value: "Plenum A" } });
		setStart("2027-03-04", "18:30");
		const old = shownLinks();
		await copy();
		const current = local().current;

		fireEvent.click(byId("new-room"));
		const fresh = shownLinks();
		expect(fresh.room).not.toBe(old.room);
		expect(fresh.pad).not.toBe(old.pad);
		expect(nameIn(fresh.room)).toMatch(/^plenum-a-[a-z0-9]{26}$/);
		expect(title().value).toBe("Plenum A");
		expect([byId<HTMLInputElement>("when-date").value, byId<HTMLInputElement>("when-time").value]).toEqual([
			"2027-03-04",
			"18:30",
		]);
		await waitFor(() => expect(local().recent?.map((p) => p.id)).toEqual([current?.id]));
		// Storage cannot hold `undefined`: no current plenum is written as null.
		expect(local().current).toBeNull();
		expect(local().recent?.[0]).toEqual(current);

		await openSaved();
		expect(listed("recent")).toEqual(["Plenum A"]);
		// A plenum with a date is listed with its date and time, as the organiser set them.
		expect(document.querySelector("#recent .saved-details")?.textContent).toBe(
			"Thu, Mar 4, 2027, 6:30 PM · meet.systemli.org",
		);
		const use = entryButton("recent", "Plenum A", "use");
		expect(use.textContent).toBe(message("useAgain"));
		fireEvent.click(use);
		expect(shownLinks()).toMatchObject(old);
		expect(title().value).toBe("Plenum A");
		await waitFor(() => expect(local().current?.id).toBe(current?.id));
		expect(local().recent).toEqual([]);
	});

	it("takes a preferred instance that came through sync, keeping the room's name, and paints it first next time", async () => {
		// The first frame's copy knows the old preference; storage, synced meanwhile, the new one.
		await seed({ sync: testSettings() });
		(await renderPopup()).unmount();
		await fake.store("sync", { jitsiInstance: "meet.immerda.ch" });
		// No page of the extension is open: the copy cannot know yet.
		localStorage.setItem(
			"first-frame",
			JSON.stringify({ ...JSON.parse(localStorage.getItem("first-frame") ?? "{}"), settings: testSettings() }),
		);
		const popup = await renderPopup();
		expect(popup.firstRoom).toMatch(roomPattern("meet.systemli.org"));
		await waitFor(() => expect(shownLinks().room).toMatch(roomPattern("meet.immerda.ch")));
		expect(nameIn(shownLinks().room)).toBe(nameIn(popup.firstRoom));
		popup.unmount();

		expect((await renderPopup()).firstRoom).toMatch(roomPattern("meet.immerda.ch"));
	});
});

describe("pinned and recent plenums", () => {
	it("forgets one plenum, then all, and keeps the pinned ones; a stored plenum gives exactly its links", async () => {
		await seed({ local: { pinned: [testPlenum(4)], recent: [testPlenum(1), testPlenum(2), testPlenum(3)] } });
		await renderPopup();
		await openSaved();
		expect(listed("recent")).toEqual(["Plenum 1", "Plenum 2", "Plenum 3"]);
		const forget = entryButton("recent", "Plenum 2", "remove");
		expect(forget.textContent).toBe(message("forget"));
		fireEvent.click(forget);
		await waitFor(() => expect(listed("recent")).toEqual(["Plenum 1", "Plenum 3"]));
		expect(local().recent?.map((p) => p.id)).toEqual(["seeded1", "seeded3"]);

		fireEvent.click(byId("forget-all"));
		await waitFor(() => expect(document.getElementById("recent")).toBeNull());
		expect(local().recent).toEqual([]);
		expect(byId("saved").textContent).toContain(message("recentEmpty"));
		expect(local().pinned).toEqual([testPlenum(4)]);
		expect(listed("pinned")).toEqual(["Plenum 4"]);
		expect(entryButton("pinned", "Plenum 4", "remove").textContent).toBe(message("unpin"));

		fireEvent.click(entryButton("pinned", "Plenum 4", "use"));
		expect(shownLinks()).toMatchObject(testLinks(4));
	});

	it("pins a room and pad under a name, and uses it again after New room, still pinned", async () => {
		const copies = recordClipboard();
		const first = await renderPopup();
		const name = "Plenum, Monday 19:00";
		fireEvent.input(title(), { target: { value: name } });
		// Its ":" has the link finder read the title first: the plenum (and so the pin form's
		// suggestion) takes it once the verdict is in, which the room link's subject shows.
		const subject = `config.subject=${encodeURIComponent(`"${name}"`)}`;
		await waitFor(() => expect(shownLinks().room).toContain(subject));
		const { room, pad } = shownLinks();
		fireEvent.click(await findById("pin"));
		// The form stands where the buttons were until it is done.
		expect(document.getElementById("pin")).toBeNull();
		const pinName = byId<HTMLInputElement>("pin-name");
		expect(pinName.value).toBe(name);
		await waitFor(() => expect(document.activeElement).toBe(pinName));
		// Without a date there is nothing to repeat, and the form says so.
		expect(byId<HTMLSelectElement>("pin-repeat").disabled).toBe(true);
		expect(byId("pin-repeat-hint").textContent).toBe(message("repeatNeedsDate"));
		fireEvent.input(pinName, { target: { value: "Monday plenum" } });
		fireEvent.click(byId("pin-save"));
		await waitFor(() => expect(byId("status").textContent).toBe(message("pinnedStatus", "Monday plenum")));
		expect(document.getElementById("pin-name")).toBeNull();
		await waitFor(() => expect(document.activeElement).toBe(byId("pin")));
		// Pinning shares it: it is the current plenum, stored in version 2's parts.
		const { current, pinned } = local();
		expect(pinned).toEqual([
			{
				id: current?.id,
				created: expect.any(Number),
				title: name,
				voice: "jitsi",
				room: { host: "meet.systemli.org", name: nameIn(room) },
				audioMuted: true,
				videoMuted: false,
				pad: { host: "pad.systemli.org", name: nameIn(pad) },
				name: "Monday plenum",
			},
		]);
		first.unmount();

		await renderPopup();
		expect(shownLinks()).toMatchObject({ room, pad });
		fireEvent.click(byId("new-room"));
		const fresh = shownLinks();
		expect(fresh.pad).not.toBe(pad);
		await openSaved();
		expect(listed("pinned")).toEqual(["Monday plenum"]);
		fireEvent.click(entryButton("pinned", "Monday plenum", "use"));
		expect(shownLinks()).toMatchObject({ room, pad });
		expect(title().value).toBe(name);
		await copy();
		const lines = copies.at(-1)?.split("\n") ?? [];
		expect(lines[0]).toBe(name);
		expect(lines).toEqual(expect.arrayContaining([room, pad]));
		expect(lines).not.toContain(fresh.room);
		expect(local().pinned?.map((p) => p.name)).toEqual(["Monday plenum"]);
	});

	it("records the plenums New room retires, keeps the last 10, and forgets the newest on request", async () => {
		recordClipboard();
		await seed({ local: { pinned: [testPlenum(1)] } });
		await renderPopup();
		const rooms: string[] = [];
		for (let i = 0; i < 12; i++) {
			rooms.push(shownLinks().room);
			if (i === 1) {
				fireEvent.click(byId("start"));
				await waitFor(() => expect(fake.tabs).toHaveLength(2));
			} else await copy();
			await waitFor(() => expect(local().current?.room?.name).toBe(nameIn(rooms[i] ?? "")));
			fireEvent.click(byId("new-room"));
			await waitFor(() => expect(local().recent?.[0]?.room?.name).toBe(nameIn(rooms[i] ?? "")));
		}
		expect(new Set(rooms).size).toBe(12);
		expect(local().recent?.map((p) => p.room?.name)).toEqual(rooms.slice(-10).reverse().map(nameIn));

		await openSaved();
		expect(document.querySelectorAll("#recent > li")).toHaveLength(10);
		const newest = document.querySelector("#recent > li .saved-actions > button:nth-child(2)") as HTMLButtonElement;
		fireEvent.click(newest);
		await waitFor(() => expect(document.querySelectorAll("#recent > li")).toHaveLength(9));
		expect(local().recent?.map((p) => p.room?.name)).toEqual(rooms.slice(-10, -1).reverse().map(nameIn));
		expect(local().pinned).toEqual([testPlenum(1)]);
	});

	it("records nothing when the group keeps no history", async () => {
		recordClipboard();
		await seed({ sync: testSettings({ keepHistory: false }) });
		await renderPopup();
		await copy();
		fireEvent.click(byId("start"));
		await waitFor(() => expect(fake.tabs).toHaveLength(2));
		fireEvent.click(byId("new-room"));
		await waitFor(() => expect(local().current).toBeNull());
		expect(local().recent ?? []).toEqual([]);
		await openSaved();
		expect(byId("saved").textContent).toContain(message("recentEmpty"));
	});

	it("forgets both plenums when Forget is clicked on two of them in one moment", async () => {
		await seed({ local: { recent: [testPlenum(1), testPlenum(2), testPlenum(3), testPlenum(4)] } });
		await renderPopup();
		await openSaved();
		const buttons = ["Plenum 1", "Plenum 2"].map((name) => entryButton("recent", name, "remove"));
		for (const button of buttons) fireEvent.click(button);
		await waitFor(() => expect(listed("recent")).toEqual(["Plenum 3", "Plenum 4"]));
		expect(local().recent?.map((p) => p.id)).toEqual(["seeded3", "seeded4"]);
	});

	it("empties an open list when another page forgets the recent plenums", async () => {
		await seed({ local: { pinned: [testPlenum(1)], recent: [testPlenum(2), testPlenum(3)] } });
		await renderPopup();
		await openSaved();
		expect(listed("recent")).toEqual(["Plenum 2", "Plenum 3"]);
		await fake.store("local", { recent: [] });
		await waitFor(() => expect(document.getElementById("recent")).toBeNull());
		expect(listed("pinned")).toEqual(["Plenum 1"]);
	});
});
