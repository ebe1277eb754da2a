// The current plenum: once its invitation has left the popup, the popup shows exactly it at
// every opening, across a browser restart, until "New room"; saved ones come back with "Use".
import { describe, expect, it } from "vitest";
import type { ExtensionPage } from "./harness";
import {
	browsers,
	copiedLines,
	count,
	en,
	firstRenderRoom,
	links,
	message,
	noRequestLeftTheExtension,
	openSaved,
	roomAndPad,
	roomPattern,
	savedLinks,
	savedPlenum,
	seedLocal,
	setStart,
	settle,
	useBrowser,
} from "./scenario";

type Stored = { id: string; title: string; room: { host: string; name: string }; pad?: { name: string } };

/** The room name in a room link: the secret that must never change under the people invited. */
const roomName = (url: string) => new URL(url).pathname.slice(1);

/** The entry buttons of the n-th (1-based) plenum in `#pinned` or `#recent`: Use, then Unpin or Forget. */
const entryButton = (list: "#pinned" | "#recent", n: number, action: "use" | "remove") =>
	`${list} > li:nth-child(${n}) .saved-actions > button:nth-child(${action === "use" ? 1 : 2})`;

/** The room link once the popup has read storage (the `plenum:storage-read` mark) and settled. */
async function settledRoom(page: ExtensionPage): Promise<string> {
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName("plenum:storage-read").length))
		.toBeGreaterThan(0);
	await settle();
	return (await links(page)).room.href;
}

describe.each(browsers)("%s", (name) => {
	describe("English, light, one profile across restarts", () => {
		const session = useBrowser(name, { locale: "en", restartable: true });
		const local = async () => (await session.browser.getStorage("local")) as { current?: Stored; recent?: Stored[] };

		/** The popup as reopened: its links, title and whether the places can still change. */
		async function reopen() {
			const popup = await session.open("popup.html");
			await settledRoom(popup);
			return {
				popup,
				shown: {
					...(await roomAndPad(popup)),
					title: await popup.text("#title"),
					pickers: await count(popup, "#jitsi-instance, #pad-instance"),
					largeDisabled: await popup.evaluate(() => (document.querySelector("#large") as HTMLInputElement).disabled),
				},
			};
		}

		it("proposes a fresh room at each opening until something leaves the popup", async () => {
			const seen: string[] = [];
			for (let i = 0; i < 3; i++) {
				const popup = await session.open("popup.html");
				// Typing, choosing and dating a plenum shares nothing.
				await popup.fill("#title", "Draft plenum");
				await setStart(popup, { date: "2027-03-04", time: "18:30" });
				const { room, pad } = await roomAndPad(popup);
				seen.push(roomName(room), pad);
				await settle();
				await popup.close();
			}
			expect(new Set(seen).size).toBe(6);
			expect((await local()).current).toBeUndefined();
		});

		it("shows the copied plenum at every opening and after a restart; Start opens exactly it", async () => {
			const popup = await session.open("popup.html");
			await popup.fill("#title", "Plenum Süd");
			const { room, pad } = await roomAndPad(popup);
			const lines = await copiedLines(session, popup);
			expect(lines).toEqual(expect.arrayContaining(["Plenum Süd", room, pad]));
			await popup.close();

			const fixed = { room, pad, title: "Plenum Süd", pickers: 0, largeDisabled: true };
			expect((await reopen()).shown).toEqual(fixed);
			expect((await reopen()).shown).toEqual(fixed);
			await session.browser.restart();
			const { popup: afterRestart, shown } = await reopen();
			expect(shown).toEqual(fixed);

			await afterRestart.click("#start");
			await expect.poll(() => session.browser.openTabUrls()).toEqual([room, pad]);
			await settle();
			expect(await session.browser.openTabUrls()).toEqual([room, pad]);
			expect((await local()).current?.room.name).toBe(roomName(room));
		});

		it("keeps the title and the start editable once shared, its places fixed", async () => {
			const popup = await session.open("popup.html");
			await popup.fill("#title", "Plenum");
			const before = await roomAndPad(popup);
			await copiedLines(session, popup);
			await popup.fill("#title", "Plenum, Saal 2");
			await setStart(popup, { date: "2027-03-04", time: "18:30" });
			await expect.poll(async () => (await local()).current?.title).toBe("Plenum, Saal 2");
			await popup.close();

			const { popup: again, shown } = await reopen();
			expect(shown.title).toBe("Plenum, Saal 2");
			expect([await again.text("#when-date"), await again.text("#when-time")]).toEqual(["2027-03-04", "18:30"]);
			// The same room and pad; only the subject in the link's options follows the title.
			expect(roomName(shown.room)).toBe(roomName(before.room));
			expect(shown.room).toContain("config.subject=%22Plenum%2C%20Saal%202%22");
			expect(shown.pad).toBe(before.pad);
		});

		it("retires it on New room: a fresh room, the old one in recent, back with Use", async () => {
			const popup = await session.open("popup.html");
			await popup.fill("#title", "Plenum A");
			const old = await roomAndPad(popup);
			await copiedLines(session, popup);
			const { current } = await local();

			await popup.click("#new-room");
			await expect.poll(async () => (await roomAndPad(popup)).room).not.toBe(old.room);
			const fresh = await roomAndPad(popup);
			expect(fresh.pad).not.toBe(old.pad);
			expect(fresh.room).toMatch(roomPattern("meet.systemli.org"));
			expect(await popup.text("#title")).toBe("");
			await expect.poll(async () => (await local()).recent?.map((p) => p.id)).toEqual([current?.id]);
			// Storage cannot hold `undefined`: no current plenum is written as null.
			expect((await local()).current ?? null).toBeNull();
			expect((await local()).recent?.[0]).toEqual(current);

			await openSaved(popup);
			await popup.waitFor("#recent li");
			expect(await count(popup, "#recent > li")).toBe(1);
			expect(await popup.text("#recent .saved-name strong")).toBe("Plenum A");
			expect(await popup.text("#recent .saved-details")).toMatch(/^meet\.systemli\.org · made \S/);
			expect(await popup.text(entryButton("#recent", 1, "use"))).toBe(message(en, "useAgain"));

			await popup.click(entryButton("#recent", 1, "use"));
			await expect.poll(() => roomAndPad(popup)).toEqual(old);
			expect(await popup.text("#title")).toBe("Plenum A");
			await expect.poll(async () => (await local()).current?.id).toBe(current?.id);
			expect((await local()).recent).toEqual([]);
			await popup.close();
			expect((await reopen()).shown).toMatchObject({ ...old, title: "Plenum A" });
		});

		it("clears the date for the fresh plenum on New room", async () => {
			const popup = await session.open("popup.html");
			await setStart(popup, { date: "2027-03-04", time: "18:30" });
			await copiedLines(session, popup);
			await popup.click("#new-room");
			await expect.poll(() => count(popup, "#calendar")).toBe(0);
			// The fields show what the new plenum has: no date, as its invitation says none.
			expect([await popup.text("#when-date"), await popup.text("#when-time")]).toEqual(["", ""]);
		});

		it("forgets one plenum, then all, and keeps the pinned ones", async () => {
			await seedLocal(session.browser, {
				pinned: [savedPlenum(4)],
				recent: [savedPlenum(1), savedPlenum(2), savedPlenum(3)],
			});
			const popup = await session.open("popup.html");
			await openSaved(popup);
			await popup.waitFor("#recent li");
			expect(await count(popup, "#recent > li")).toBe(3);
			expect(await popup.text(entryButton("#recent", 2, "remove"))).toBe(message(en, "forget"));
			await popup.click(entryButton("#recent", 2, "remove"));
			await expect.poll(async () => (await local()).recent?.map((p) => p.id)).toEqual(["seeded1", "seeded3"]);
			await expect.poll(() => count(popup, "#recent > li")).toBe(2);

			await popup.click("#forget-all");
			await expect.poll(async () => (await local()).recent).toEqual([]);
			await expect.poll(() => count(popup, "#recent")).toBe(0);
			expect(await popup.text("#saved")).toContain(message(en, "recentEmpty"));
			expect((await session.browser.getStorage("local")).pinned).toEqual([savedPlenum(4)]);
			expect(await count(popup, "#pinned > li")).toBe(1);

			// A plenum read from storage gives exactly its links.
			await popup.click(entryButton("#pinned", 1, "use"));
			await expect.poll(() => roomAndPad(popup)).toEqual(savedLinks(4));
		});

		it("paints its first frame with the preferred instance, then with the current plenum", async () => {
			const options = await session.open("options.html");
			await options.select("#jitsi-instance", "meet.mayfirst.org");
			await expect.poll(() => session.browser.getStorage("sync")).toMatchObject({ jitsiInstance: "meet.mayfirst.org" });
			await options.close();

			const popup = await session.open("popup.html");
			const first = await firstRenderRoom(popup);
			expect(first).toMatch(roomPattern("meet.mayfirst.org"));
			// No second room name: what the first frame showed is what stays.
			expect(await settledRoom(popup)).toBe(first);
			await copiedLines(session, popup);
			await popup.close();

			for (const restart of [false, true]) {
				if (restart) await session.browser.restart();
				const again = await session.open("popup.html");
				expect(await firstRenderRoom(again)).toBe(first);
				expect(await settledRoom(again)).toBe(first);
				await again.close();
			}
		});

		// As when a person's other browser changed the preferred instance and storage.sync brought it
		// here while no page of the extension was open: the first frame's copy cannot know it yet. The
		// popup takes it as soon as storage answers, keeps the room's secret, and the next opening
		// paints it at once.
		it("takes a preferred instance that came through sync, keeping the room's name, and paints it first next time", async () => {
			await session.browser.setStorage("sync", { version: 2, jitsiInstance: "meet.immerda.ch" });
			const popup = await session.open("popup.html");
			const settled = await settledRoom(popup);
			expect(settled).toMatch(roomPattern("meet.immerda.ch"));
			const first = new URL((await firstRenderRoom(popup)) ?? "");
			expect(first.pathname).toBe(new URL(settled).pathname);
			await popup.close();

			const again = await session.open("popup.html");
			expect(await firstRenderRoom(again)).toMatch(roomPattern("meet.immerda.ch"));
		});

		noRequestLeftTheExtension(session);
	});
});
