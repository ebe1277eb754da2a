// The popup and options page as people use them, in real Chromium and Firefox (see harness.ts).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { screenshotDir } from "./harness";
import {
	axeEverywhere,
	browsers,
	copyInvitation,
	en,
	firstFrameSettings,
	message,
	noRequestLeftTheExtension,
	padPattern,
	popupForScreenshot,
	roomAndPad,
	roomPattern,
	settle,
	useBrowser,
} from "./scenario";

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });

		// The states, messages and refusals in between are component tests (tests/component/popup.test.tsx).
		it("proposes a room and starts exactly it; keeps the instance chosen across a reopening and copies the invitation whole", async () => {
			const popup = await session.open("popup.html");
			const proposed = await roomAndPad(popup);
			expect(proposed.room).toMatch(roomPattern("meet.systemli.org"));
			expect(proposed.pad).toMatch(padPattern("pad.systemli.org"));
			await popup.click("#start");
			await expect.poll(() => session.browser.openTabUrls()).toEqual([proposed.room, proposed.pad]);
			// Nothing else comes late.
			await settle();
			expect(await session.browser.openTabUrls()).toEqual([proposed.room, proposed.pad]);

			await popup.bringToFront();
			await popup.click("#new-room");
			await expect.poll(async () => (await roomAndPad(popup)).room).not.toBe(proposed.room);
			await popup.select("#jitsi-instance", "vc.autistici.org");
			await expect.poll(() => session.browser.getStorage("sync")).toMatchObject({ jitsiInstance: "vc.autistici.org" });
			// The reopened popup's first frame shows what this one left in the first frame's copy.
			await expect.poll(() => firstFrameSettings(popup)).toMatchObject({ jitsiInstance: "vc.autistici.org" });
			await popup.close();

			const reopened = await session.open("popup.html");
			expect(await reopened.text("#jitsi-instance")).toBe("vc.autistici.org");
			const { room, pad } = await roomAndPad(reopened);
			expect(room).toMatch(roomPattern("vc.autistici.org"));
			expect(pad).toMatch(padPattern("pad.systemli.org"));

			await copyInvitation(reopened);
			expect(await reopened.text("#status")).toBe(message(en, "copiedStatus"));
			const lines = (await session.browser.readClipboard()).split("\n");
			expect(lines).toContain(room);
			expect(lines).toContain(pad);
			expect(lines).toContain(message(en, "invitationTipsHeading"));
			expect(lines.filter((line) => line.startsWith("- "))).toHaveLength(3);
		});

		it("is ready for the keyboard: title focused, Enter copies, Copy next, a visible focus on every stop", async () => {
			const popup = await session.open("popup.html");
			await expect.poll(async () => (await popup.focused()).id).toBe("title");
			// Focused in the first frame already: the caret is there when the popup appears.
			const firstFocus = await popup.evaluate(
				() => (performance.getEntriesByName("plenum:first-render")[0] as PerformanceMark | undefined)?.detail?.focused,
			);
			expect(firstFocus).toBe("title");
			// How the date and time fields look unfocused: Chromium draws the focus on their calendar
			// and clock buttons itself, where no style of the page can show it. Taken anew whenever the
			// layout may have moved, since a field's picture changes with its fractional position.
			const unfocused = new Map<string, Uint8Array>();
			const pictureUnfocused = async () => {
				for (const id of ["when-date", "when-time"]) unfocused.set(id, await popup.picture(`#${id}`));
			};
			const stops: { id: string; visible: boolean }[] = [];
			const tab = async (keys = "Tab") => {
				await popup.press(keys);
				const focused = await popup.focused();
				const before = unfocused.get(focused.id);
				const drawn = before !== undefined && !Buffer.from(before).equals(await popup.picture(`#${focused.id}`));
				stops.push({ id: focused.id || focused.tag, visible: focused.visible || drawn });
				return focused.id || focused.tag;
			};

			// The settings link sits before the title.
			expect(await tab("Shift+Tab")).toBe("open-options");
			expect(await tab()).toBe("title");

			await popup.fill("#title", "Keyboard plenum");
			const { room } = await roomAndPad(popup);
			await popup.press("Enter");
			await expect.poll(() => popup.text("#status")).toBe(message(en, "copiedStatus"));
			const copied = (await session.browser.readClipboard()).split("\n");
			expect(copied[0]).toBe("Keyboard plenum");
			expect(copied).toContain(room);

			expect(await tab()).toBe("copy");
			expect(await tab()).toBe("start");
			expect(await tab()).toBe("new-room");
			await popup.press("Space");
			await expect.poll(async () => (await roomAndPad(popup)).room).not.toBe(room);
			await pictureUnfocused();

			// Every further stop, to the end of the page.
			for (let i = 0; i < 40 && !["body", "title"].includes(await tab()); i++);
			// Past the last control focus leaves the page (the browser's own controls come next).
			expect(stops.filter((stop) => !stop.visible && stop.id !== "body")).toEqual([]);
			expect([...new Set(stops.map((stop) => stop.id))]).toEqual([
				"open-options",
				"title",
				"copy",
				"start",
				"new-room",
				"large",
				"jitsi-instance",
				"room-link",
				"pad-instance",
				"pad-link",
				"when-date",
				"when-time",
				"show-qr",
				"pin",
				"summary",
				expect.stringMatching(/^(body|title)$/),
			]);
		});

		// Chromium gives an extension page's body a smaller font of its own (11.25 px for 15 px seen in
		// Chromium 156): the popup's text is only the stylesheet's size if the stylesheet sets it on the body too.
		it("shows its text at the stylesheet's size, has no axe violations, and shows itself and its invitation for the README", async () => {
			const fresh = await session.open("popup.html");
			const sizes = await fresh.evaluate(() =>
				["html", "body", "#copy", "#title", "#jitsi-instance"].map(
					(selector) => getComputedStyle(document.querySelector(selector) as Element).fontSize,
				),
			);
			expect(sizes.slice(1)).toEqual(Array(4).fill(sizes[0]));
			await fresh.close();
			const popup = await popupForScreenshot(session, "Plenum, Thursday 19:00");
			await popup.screenshot(join(screenshotDir, name, "popup-en-light.png"));
			// The same plenum with "Show invitation" open: the text Copy just wrote.
			await popup.click("#invitation-details > summary");
			await popup.waitFor("#invitation-preview");
			await popup.screenshot(join(screenshotDir, name, "popup-preview-en-light.png"));
			await popup.close();
			const options = await session.open("options.html");
			await options.screenshot(join(screenshotDir, name, "options-en-light.png"));
			await options.close();
			expect(await axeEverywhere(session)).toEqual({ popup: [], everything: [], options: [] });
		});

		noRequestLeftTheExtension(session);
	});

	describe("English, dark", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "dark" });

		it("has no axe violations on the popup, with everything open, and on the options page", async () => {
			const popup = await popupForScreenshot(session, "Plenum, Thursday 19:00");
			expect(await popup.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
			await popup.screenshot(join(screenshotDir, name, "popup-en-dark.png"));
			await popup.close();
			expect(await axeEverywhere(session)).toEqual({ popup: [], everything: [], options: [] });
		});

		noRequestLeftTheExtension(session);
	});
});
