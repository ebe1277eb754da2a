// Several open pages of the extension changing the same stored data at the same moment: only a
// real browser shares storage and Web Locks between pages. Quick double and triple clicks on one
// page are component tests (tests/component/popup.test.tsx).
import { describe, expect, it } from "vitest";
import type { ExtensionPage } from "./harness";
import { alerts, clickQuickly, ownInstances, setValue, shownLinks, storedPlenum } from "./hostile-helpers";
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

const hosts = (n: number) => Array.from({ length: n }, (_, i) => `meet-${String(i + 1).padStart(2, "0")}.example.org`);

/** Clicks Forget on the recent plenums with these titles, all within one task. */
function forget(page: ExtensionPage, ...titles: string[]): Promise<void> {
	return page.evaluate((names) => {
		// Each named by its title: a list another page just shortened has moved its entries up.
		const entries = [...document.querySelectorAll("#recent > li")];
		const buttons = names.map((title) => {
			const entry = entries.find((li) => li.querySelector("strong")?.textContent === title);
			const button = entry?.querySelector(".saved-actions > button:nth-child(2)");
			if (!(button instanceof HTMLButtonElement)) throw new Error(`No Forget for ${title}`);
			return button;
		});
		for (const button of buttons) button.click();
	}, titles);
}

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });
		const local = () => session.browser.getStorage("local");
		const sync = () => session.browser.getStorage("sync");
		const stored = async () => [...(((await sync()).customJitsiInstances as string[] | undefined) ?? [])].sort();

		it("keeps both own instances two options tabs add at the same moment, and the limit too", async () => {
			const first = await session.open("options.html");
			const second = await session.open("options.html");
			const added: string[] = [];
			for (const round of [1, 2, 3]) {
				const pair = [`meet-a${round}.example.org`, `meet-b${round}.example.org`];
				added.push(...pair);
				await Promise.all([
					setValue(first, "#jitsi-new-host", pair[0] ?? ""),
					setValue(second, "#jitsi-new-host", pair[1] ?? ""),
				]);
				await Promise.all([submitForm(first, "#jitsi-new-host"), submitForm(second, "#jitsi-new-host")]);
				await expect.poll(stored).toEqual([...added].sort());
			}
			for (const page of [first, second]) {
				await expect.poll(async () => (await ownInstances(page, "jitsi")).sort()).toEqual([...added].sort());
				expect(await page.text("#jitsi-new-host")).toBe("");
			}

			// One place left, taken by both tabs at once: one gets it, the other says the list is full.
			await session.browser.setStorage("sync", { version: 2, customJitsiInstances: hosts(19) });
			for (const page of [first, second]) await expect.poll(() => ownInstances(page, "jitsi")).toHaveLength(19);
			await setValue(first, "#jitsi-new-host", "meet.example.net");
			await setValue(second, "#jitsi-new-host", "meet.example.com");
			await Promise.all([submitForm(first, "#jitsi-new-host"), submitForm(second, "#jitsi-new-host")]);
			const full = message(en, "ownInstancesFull", "20");
			await expect.poll(async () => [...(await alerts(first)), ...(await alerts(second))]).toEqual([full]);
			await settle();
			expect(await stored()).toHaveLength(20);
		});

		it("forgets what two popups forget at once, and keeps no history whichever comes first, the switch or a share", async () => {
			await session.browser.setStorage("local", {
				version: 2,
				recent: [storedPlenum(1), storedPlenum(2)],
			});
			const popup = await session.open("popup.html");
			const other = await session.open("popup.html");
			for (const page of [popup, other]) {
				await openSaved(page);
				await page.waitFor("#recent li");
			}
			await Promise.all([forget(popup, "Plenum 1"), forget(other, "Plenum 2")]);
			await expect.poll(async () => ids((await local()).recent)).toEqual([]);
			for (const page of [popup, other]) await expect.poll(() => count(page, "#recent > li")).toBe(0);
			await popup.close();
			await other.close();

			for (const after of [false, true]) {
				// Each round from scratch, as the first opening of a new profile.
				await session.browser.clearStorage("sync");
				await session.browser.clearStorage("local");
				await session.browser.clearPageStorage();
				await session.browser.setStorage("local", { version: 2, recent: [storedPlenum(2)] });
				const sharing = await session.open("popup.html");
				await expect
					.poll(() => sharing.evaluate(() => performance.getEntriesByName("plenum:storage-read").length))
					.toBe(1);
				const { room } = await shownLinks(sharing);
				// Another popup made a plenum current meanwhile: sharing this one retires it.
				await session.browser.setStorage("local", { current: storedPlenum(1) });
				const options = await session.open("options.html");
				const switchOff = () => clickQuickly(options, "#keep-history", 1);
				const share = () => clickQuickly(sharing, "#copy", 1);
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
				// A share that came before the popup heard of the switch retires the other plenum among the
				// recent ones, and the switch (here, or the popup once it hears of it) forgets it again: wait
				// for the forgetting, then make sure nothing brings it back.
				const which = after ? "switch first" : "at the same moment";
				await expect.poll(async () => ids((await local()).recent), { message: which }).toEqual([]);
				await settle();
				expect(ids((await local()).recent), which).toEqual([]);
				await sharing.close();
				await options.close();
			}
		});

		noRequestLeftTheExtension(session);
	});
});
