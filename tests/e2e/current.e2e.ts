// The current plenum: once its invitation has left the popup, the popup shows exactly it at
// every opening, across a browser restart, until "New room"; saved ones come back with "Use".
import { describe, expect, it } from "vitest";
import type { ExtensionPage } from "./harness";
import {
	browsers,
	copiedLines,
	count,
	firstFrameSettings,
	firstRenderRoom,
	links,
	noRequestLeftTheExtension,
	openSaved,
	roomAndPad,
	roomPattern,
	setStart,
	settle,
	storageRead,
	useBrowser,
} from "./scenario";

type Stored = { id: string; title: string; room: { host: string; name: string }; pad?: { name: string } };

/** The room name in a room link: the secret that must never change under the people invited. */
const roomName = (url: string) => new URL(url).pathname.slice(1);

/** The entry buttons of the n-th (1-based) plenum in `#pinned` or `#recent`: Use, then Unpin or Forget. */
const entryButton = (list: "#pinned" | "#recent", n: number, action: "use" | "remove") =>
	`${list} > li:nth-child(${n}) .saved-actions > button:nth-child(${action === "use" ? 1 : 2})`;

/** The room link once the popup has read both storage areas and rendered what they said. */
async function settledRoom(page: ExtensionPage): Promise<string> {
	await storageRead(page);
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

		// Each step's states (the fixed places, the cleared date, the lists) are component tests
		// (tests/component/plenum-life.test.tsx); here, the real storage across openings and a restart.
		it("lives from the first copy across openings and a restart until New room, and comes back with Use", async () => {
			// Typing, choosing and dating a plenum shares nothing: each opening proposes afresh.
			const seen: string[] = [];
			for (let i = 0; i < 2; i++) {
				const draft = await session.open("popup.html");
				await draft.fill("#title", "Draft plenum");
				await setStart(draft, { date: "2027-03-04", time: "18:30" });
				const { room, pad } = await roomAndPad(draft);
				seen.push(roomName(room), pad);
				await settle();
				await draft.close();
			}
			expect(new Set(seen).size).toBe(4);
			expect((await local()).current).toBeUndefined();

			const popup = await session.open("popup.html");
			await popup.fill("#title", "Plenum Süd");
			const { room, pad } = await roomAndPad(popup);
			const lines = await copiedLines(session, popup);
			expect(lines).toEqual(expect.arrayContaining(["Plenum Süd", room, pad]));
			await popup.close();

			const fixed = { room, pad, title: "Plenum Süd", pickers: 0, largeDisabled: true };
			const { popup: again, shown } = await reopen();
			expect(shown).toEqual(fixed);
			// Its title and start can still be corrected; the room and pad stay.
			await again.fill("#title", "Plenum, Saal 2");
			await setStart(again, { date: "2027-03-04", time: "18:30" });
			await expect.poll(async () => (await local()).current?.title).toBe("Plenum, Saal 2");
			await again.close();

			await session.browser.restart();
			const { popup: afterRestart, shown: restarted } = await reopen();
			expect(restarted.title).toBe("Plenum, Saal 2");
			expect([await afterRestart.text("#when-date"), await afterRestart.text("#when-time")]).toEqual([
				"2027-03-04",
				"18:30",
			]);
			expect(roomName(restarted.room)).toBe(roomName(room));
			expect(restarted.room).toContain("config.subject=%22Plenum%2C%20Saal%202%22");
			expect(restarted.pad).toBe(pad);

			await afterRestart.click("#start");
			await expect.poll(() => session.browser.openTabUrls()).toEqual([restarted.room, pad]);
			await settle();
			expect(await session.browser.openTabUrls()).toEqual([restarted.room, pad]);
			const { current } = await local();
			expect(current?.room.name).toBe(roomName(room));

			// New room retires it among the recent plenums; Use brings it back, at the next opening too.
			await afterRestart.bringToFront();
			await afterRestart.click("#new-room");
			await expect.poll(async () => (await roomAndPad(afterRestart)).room).not.toBe(restarted.room);
			await expect.poll(async () => (await local()).recent?.map((p) => p.id)).toEqual([current?.id]);
			await openSaved(afterRestart);
			await afterRestart.waitFor("#recent li");
			await afterRestart.click(entryButton("#recent", 1, "use"));
			await expect.poll(() => roomAndPad(afterRestart)).toEqual({ room: restarted.room, pad });
			await expect.poll(async () => (await local()).current?.id).toBe(current?.id);
			await afterRestart.close();
			expect((await reopen()).shown).toMatchObject({ room: restarted.room, pad, title: "Plenum, Saal 2" });
		});

		// As when a person's other browser changed the preferred instance and storage.sync brought it
		// here while no page of the extension was open: the first frame's copy cannot know it yet. The
		// popup takes it as soon as storage answers, keeps the room's secret, and the next opening
		// paints it at once. Once shared, the plenum is the first frame, after a restart too.
		it("paints its first frame with the preferred instance, one that came through sync, then the current plenum", async () => {
			const options = await session.open("options.html");
			await options.select("#jitsi-instance", "meet.mayfirst.org");
			await expect.poll(() => session.browser.getStorage("sync")).toMatchObject({ jitsiInstance: "meet.mayfirst.org" });
			// The settings page updates the first frame's copy a moment after the write: closed before,
			// it would leave the popup nothing to paint the choice from.
			await expect.poll(() => firstFrameSettings(options)).toMatchObject({ jitsiInstance: "meet.mayfirst.org" });
			await options.close();
			const mayfirst = await session.open("popup.html");
			expect(await firstRenderRoom(mayfirst)).toMatch(roomPattern("meet.mayfirst.org"));
			await mayfirst.close();

			await session.browser.setStorage("sync", { version: 2, jitsiInstance: "meet.immerda.ch" });
			const popup = await session.open("popup.html");
			const settled = await settledRoom(popup);
			expect(settled).toMatch(roomPattern("meet.immerda.ch"));
			const first = new URL((await firstRenderRoom(popup)) ?? "");
			expect(first.host).toBe("meet.mayfirst.org");
			expect(first.pathname).toBe(new URL(settled).pathname);
			await popup.close();

			const next = await session.open("popup.html");
			const painted = await firstRenderRoom(next);
			expect(painted).toMatch(roomPattern("meet.immerda.ch"));
			// No second room name: what the first frame showed is what stays.
			expect(await settledRoom(next)).toBe(painted);
			await copiedLines(session, next);
			await next.close();

			for (const restart of [false, true]) {
				if (restart) await session.browser.restart();
				const again = await session.open("popup.html");
				expect(await firstRenderRoom(again)).toBe(painted);
				expect(await settledRoom(again)).toBe(painted);
				await again.close();
			}
		});

		noRequestLeftTheExtension(session);
	});
});
