// Data written by a newer version of the extension: this version reads what it understands and,
// whatever it changes, keeps the version number and every key, field and entry it does not know.
import { describe, expect, it } from "vitest";
import { copyRecorded, recordCopies, secret, shownLinks, storedPlenum } from "./hostile-helpers";
import { browsers, noRequestLeftTheExtension, settle, useBrowser } from "./scenario";

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });
		const local = () => session.browser.getStorage("local");
		const sync = () => session.browser.getStorage("sync");

		it("keeps a newer version's number, keys, fields and entries through changes in the popup and the options", async () => {
			const future = { nested: { list: [1, "two", null] }, since: "v3" };
			await session.browser.setStorage("sync", { version: 3, futureSetting: future, includeTips: true });
			const unreadable = (n: number) => ({ id: `future${n}`, voice: "matrix", matrix: { room: `!r${n}:example.org` } });
			const pinnedEntry = storedPlenum(1, { color: "red" });
			const recentEntry = storedPlenum(2, { reactions: ["👍"] });
			const currentEntry = storedPlenum(3, { futureField: { kept: true } });
			await session.browser.setStorage("local", {
				version: 3,
				current: currentEntry,
				pinned: [pinnedEntry, unreadable(1)],
				recent: [recentEntry, unreadable(2)],
				futureList: ["kept"],
			});

			const popup = await session.open("popup.html");
			await expect.poll(async () => (await shownLinks(popup)).room).toContain(secret("room3"));
			// The current plenum retired by New room, an instance chosen for the next one, and that one copied.
			await popup.click("#new-room");
			await popup.select("#pad-instance", "pad.riseup.net");
			await expect.poll(sync).toMatchObject({ padInstance: "pad.riseup.net" });
			// The popup takes the choice once its own write has resolved, a moment after storage shows
			// it: copied before, the next plenum would still be on the old pad.
			await expect.poll(async () => (await shownLinks(popup)).pad).toMatch(/^https:\/\/pad\.riseup\.net\//);
			await recordCopies(popup);
			await copyRecorded(session, popup);
			await expect.poll(async () => (await local()).current).toMatchObject({ pad: { host: "pad.riseup.net" } });

			const options = await session.open("options.html");
			await options.click("#include-tips");
			await expect.poll(sync).toMatchObject({ includeTips: false });
			await settle();

			expect(await sync()).toEqual({
				version: 3,
				futureSetting: future,
				includeTips: false,
				padInstance: "pad.riseup.net",
			});
			const stored = await local();
			expect(stored.version).toBe(3);
			expect(stored.futureList).toEqual(["kept"]);
			expect(stored.pinned).toEqual([pinnedEntry, unreadable(1)]);
			expect(stored.recent).toEqual([currentEntry, recentEntry, unreadable(2)]);
		});

		it("keeps a newer version's current plenum when it is shared again unchanged, and when New room retires it", async () => {
			const currentEntry = storedPlenum(3, { futureField: { kept: true } });
			await session.browser.setStorage("local", { version: 3, current: currentEntry });
			const popup = await session.open("popup.html");
			await expect.poll(async () => (await shownLinks(popup)).room).toContain(secret("room3"));
			await recordCopies(popup);
			await copyRecorded(session, popup);
			await settle();
			const stored = await local();
			expect(stored.version).toBe(3);
			expect(stored.current).toEqual(currentEntry);
			await popup.close();

			// A current plenum only the newer version can read moves to the recent ones on New room...
			const unreadable = { id: "future1", voice: "matrix", matrix: { room: "!r1:example.org" }, created: 1 };
			await session.browser.setStorage("local", { version: 3, current: unreadable, recent: [currentEntry] });
			const renewing = await session.open("popup.html");
			await renewing.click("#new-room");
			await expect.poll(async () => (await local()).recent).toEqual([unreadable, currentEntry]);
			expect((await local()).current).toBeNull();
			// ...and history switched off on another device (the setting syncs) is applied here too.
			await session.browser.setStorage("sync", { version: 3, keepHistory: false });
			await expect.poll(async () => (await local()).recent).toEqual([]);
		});

		noRequestLeftTheExtension(session);
	});
});
