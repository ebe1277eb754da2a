// Impatient people and several open pages: double and triple clicks, and two pages of the
// extension changing the same stored data at the same moment.
import { describe, expect, it } from "vitest";
import type { ExtensionPage } from "./harness";
import {
	clickQuickly,
	copies,
	jitsiInvitation,
	ownInstances,
	recordCopies,
	setValue,
	shownLinks,
	storedPlenum,
} from "./hostile-helpers";
import { browsers, count, en, message, noRequestLeftTheExtension, openSaved, settle, useBrowser } from "./scenario";

/** Submits a page's form that holds `selector`, as pressing Enter in it does; works in a background tab. */
function submitForm(page: ExtensionPage, selector: string): Promise<void> {
	return page.evaluate((s) => {
		const input = document.querySelector(s);
		if (!(input instanceof HTMLInputElement) || !input.form) throw new Error(`No form around ${s}`);
		input.form.requestSubmit();
	}, selector);
}

/** The ids of stored plenums in a list of storage.local. */
const ids = (list: unknown) => ((list ?? []) as { id: string }[]).map((plenum) => plenum.id);

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });
		const local = () => session.browser.getStorage("local");
		const sync = () => session.browser.getStorage("sync");

		it.each([2, 3])("opens the room and the pad once when Start is clicked %i times quickly", async (times) => {
			const popup = await session.open("popup.html");
			const { room, pad } = await shownLinks(popup);
			await clickQuickly(popup, "#start", times);
			await expect.poll(() => session.browser.openTabUrls()).toEqual([room, pad]);
			await settle();
			expect(await session.browser.openTabUrls()).toEqual([room, pad]);
			const stored = await local();
			expect(stored.current).toMatchObject({ room: { host: "meet.systemli.org" } });
			expect(ids(stored.recent)).toEqual([]);
			expect(await popup.text("#status")).toBe("");
		});

		it("opens the room and the pad once when Enter is pressed twice on Start", async () => {
			const popup = await session.open("popup.html");
			const { room, pad } = await shownLinks(popup);
			await popup.evaluate(() => (document.querySelector("#start") as HTMLButtonElement).focus());
			await Promise.all([popup.press("Enter"), popup.press("Enter")]);
			await expect.poll(() => session.browser.openTabUrls()).toEqual([room, pad]);
			await settle();
			expect(await session.browser.openTabUrls()).toEqual([room, pad]);
		});

		it("copies once per finished copy when Copy is clicked twice, without an error", async () => {
			const popup = await session.open("popup.html");
			await recordCopies(popup);
			await popup.fill("#title", "Plenum Nord");
			await Promise.all([popup.click("#copy"), popup.click("#copy")]);
			await expect.poll(() => popup.text("#status")).toBe(message(en, "copiedStatus"));
			await settle();
			const { room, pad } = await shownLinks(popup);
			const invitation = jitsiInvitation("Plenum Nord", room, pad);
			const copied = await copies(popup);
			expect(copied.length).toBeGreaterThanOrEqual(1);
			expect(copied.length).toBeLessThanOrEqual(2);
			expect(new Set(copied)).toEqual(new Set([invitation]));
			expect(await session.browser.readClipboard()).toBe(invitation);
			expect(await count(popup, "#fallback")).toBe(0);
			expect(await popup.text("#status")).toBe(message(en, "copiedStatus"));
			const stored = await local();
			expect(stored.current).toMatchObject({ title: "Plenum Nord" });
			expect(ids(stored.recent)).toEqual([]);

			// Clicks landing in one task: the second finds the first at work and does nothing.
			await clickQuickly(popup, "#copy", 2);
			await settle();
			expect(await copies(popup)).toEqual([...copied, invitation]);
			expect(await popup.text("#status")).toBe(message(en, "copiedStatus"));
			expect(await count(popup, "#fallback")).toBe(0);
		});

		it("keeps both own instances added in two options tabs at the same moment", async () => {
			const first = await session.open("options.html");
			const second = await session.open("options.html");
			const added: string[] = [];
			for (const round of [1, 2, 3]) {
				const hosts = [`meet-a${round}.example.org`, `meet-b${round}.example.org`];
				added.push(...hosts);
				await Promise.all([
					setValue(first, "#jitsi-new-host", hosts[0] ?? ""),
					setValue(second, "#jitsi-new-host", hosts[1] ?? ""),
				]);
				await Promise.all([submitForm(first, "#jitsi-new-host"), submitForm(second, "#jitsi-new-host")]);
				await expect
					.poll(async () => [...(((await sync()).customJitsiInstances as string[] | undefined) ?? [])].sort())
					.toEqual([...added].sort());
			}
			for (const page of [first, second]) {
				await expect.poll(async () => (await ownInstances(page, "jitsi")).sort()).toEqual([...added].sort());
				expect(await page.text("#jitsi-new-host")).toBe("");
			}
		});

		it("forgets both recent plenums when Forget is clicked on two of them quickly", async () => {
			await session.browser.setStorage("local", {
				version: 2,
				recent: [storedPlenum(1), storedPlenum(2), storedPlenum(3), storedPlenum(4)],
			});
			const popup = await session.open("popup.html");
			await openSaved(popup);
			await popup.waitFor("#recent li");
			// Each named by its title: a list another page just shortened has moved its entries up.
			const forget = (page: ExtensionPage, ...titles: string[]) =>
				page.evaluate((names) => {
					const entries = [...document.querySelectorAll("#recent > li")];
					const buttons = names.map((title) => {
						const entry = entries.find((li) => li.querySelector("strong")?.textContent === title);
						const button = entry?.querySelector(".saved-actions > button:nth-child(2)");
						if (!(button instanceof HTMLButtonElement)) throw new Error(`No Forget for ${title}`);
						return button;
					});
					for (const button of buttons) button.click();
				}, titles);
			await forget(popup, "Plenum 1", "Plenum 2");
			await expect.poll(async () => ids((await local()).recent)).toEqual(ids([storedPlenum(3), storedPlenum(4)]));
			await expect.poll(() => count(popup, "#recent > li")).toBe(2);

			// The same from two popups at once.
			const other = await session.open("popup.html");
			await openSaved(other);
			await other.waitFor("#recent li");
			await Promise.all([forget(popup, "Plenum 3"), forget(other, "Plenum 4")]);
			await expect.poll(async () => ids((await local()).recent)).toEqual([]);
			for (const page of [popup, other]) await expect.poll(() => count(page, "#recent > li")).toBe(0);
		});

		it.each([
			["at the same moment", false],
			["right after the switch has done its work", true],
		])("keeps no history when a popup shares a plenum %s as the options switch history off", async (_, after) => {
			const earlier = storedPlenum(2);
			await session.browser.setStorage("local", { version: 2, recent: [earlier] });
			const popup = await session.open("popup.html");
			const { room } = await shownLinks(popup);
			await expect.poll(() => popup.evaluate(() => performance.getEntriesByName("plenum:storage-read").length)).toBe(1);
			// Another popup made a plenum current meanwhile: sharing this one retires it.
			const other = storedPlenum(1);
			await session.browser.setStorage("local", { current: other });
			const options = await session.open("options.html");
			const switchOff = () => clickQuickly(options, "#keep-history", 1);
			const share = () => clickQuickly(popup, "#copy", 1);
			if (after) {
				await switchOff();
				await expect.poll(sync).toMatchObject({ keepHistory: false });
				await expect.poll(async () => ids((await local()).recent)).toEqual([]);
				await share();
			} else {
				await Promise.all([switchOff(), share()]);
			}
			await expect.poll(sync).toMatchObject({ keepHistory: false });
			await expect
				.poll(async () => (await local()).current)
				.toMatchObject({ room: { name: new URL(room).pathname.slice(1) } });
			await settle();
			expect(ids((await local()).recent)).toEqual([]);
		});

		noRequestLeftTheExtension(session);
	});
});
