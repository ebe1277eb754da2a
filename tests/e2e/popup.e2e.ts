// The popup and options page as people use them, in real Chromium and Firefox (see harness.ts).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { screenshotDir } from "./harness";
import {
	axeEverywhere,
	browsers,
	copyInvitation,
	en,
	fallbackText,
	message,
	noRequestLeftTheExtension,
	padPattern,
	popupForScreenshot,
	roomAndPad,
	roomPattern,
	useBrowser,
} from "./scenario";

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });

		it("proposes a room on the preferred instance and a pad, without a click", async () => {
			const popup = await session.open("popup.html");
			const { room, pad } = await roomAndPad(popup);
			expect(room).toMatch(roomPattern("meet.systemli.org"));
			expect(pad).toMatch(padPattern("pad.systemli.org"));
			await popup.close();

			await session.browser.setStorage("sync", { version: 2, jitsiInstance: "meet.mayfirst.org" });
			const again = await session.open("popup.html");
			await expect.poll(async () => (await roomAndPad(again)).room).toMatch(roomPattern("meet.mayfirst.org"));
		});

		it("keeps the instances chosen in the popup after closing and reopening it", async () => {
			const popup = await session.open("popup.html");
			await popup.select("#jitsi-instance", "vc.autistici.org");
			await popup.select("#pad-instance", "pad.riseup.net");
			await expect
				.poll(() => roomAndPad(popup))
				.toEqual({
					room: expect.stringMatching(roomPattern("vc.autistici.org")),
					pad: expect.stringMatching(padPattern("pad.riseup.net")),
				});
			await expect
				.poll(() => session.browser.getStorage("sync"))
				.toMatchObject({ jitsiInstance: "vc.autistici.org", padInstance: "pad.riseup.net" });
			await popup.close();

			const reopened = await session.open("popup.html");
			expect(await reopened.text("#jitsi-instance")).toBe("vc.autistici.org");
			expect(await reopened.text("#pad-instance")).toBe("pad.riseup.net");
			const { room, pad } = await roomAndPad(reopened);
			expect(room).toMatch(roomPattern("vc.autistici.org"));
			expect(pad).toMatch(padPattern("pad.riseup.net"));
		});

		it("copies exactly the invitation, with both links whole on their own lines", async () => {
			const popup = await session.open("popup.html");
			const { room, pad } = await roomAndPad(popup);
			await copyInvitation(popup);
			expect(await popup.text("#status")).toBe(message(en, "copiedStatus"));
			const copied = await session.browser.readClipboard();

			expect(copied).toBe(await fallbackText(popup));
			const lines = copied.split("\n");
			expect(lines).toContain(room);
			expect(lines).toContain(pad);
			expect(lines).toContain(message(en, "invitationTipsHeading"));
			expect(lines.filter((line) => line.startsWith("- "))).toHaveLength(3);
		});

		it("shows the invitation selected, ready to copy by hand, when the clipboard refuses", async () => {
			const popup = await session.open("popup.html");
			const { room, pad } = await roomAndPad(popup);
			const text = await fallbackText(popup);
			expect(text.split("\n")).toEqual(expect.arrayContaining([room, pad]));
			expect(
				await popup.evaluate(() => {
					const area = document.querySelector("#fallback") as HTMLTextAreaElement;
					return {
						focused: document.activeElement === area,
						start: area.selectionStart,
						end: area.selectionEnd,
						length: area.value.length,
					};
				}),
			).toEqual({ focused: true, start: 0, end: text.length, length: text.length });
		});

		it("starts the plenum: exactly two tabs, the room and the pad, with the exact links", async () => {
			const popup = await session.open("popup.html");
			const { room, pad } = await roomAndPad(popup);
			await popup.click("#start");
			await expect.poll(() => session.browser.openTabUrls()).toEqual([room, pad]);
			// Nothing else comes late.
			await new Promise((resolve) => setTimeout(resolve, 500));
			expect(await session.browser.openTabUrls()).toEqual([room, pad]);
		});

		it("proposes new names for both room and pad on New room", async () => {
			const popup = await session.open("popup.html");
			const before = await roomAndPad(popup);
			await popup.click("#new-room");
			await expect.poll(async () => (await roomAndPad(popup)).room).not.toBe(before.room);
			const after = await roomAndPad(popup);
			expect(after.pad).not.toBe(before.pad);
			expect(after.room).toMatch(roomPattern("meet.systemli.org"));
			expect(after.pad).toMatch(padPattern("pad.systemli.org"));
		});

		it("still proposes a room and a pad when the stored settings and plenums are corrupt", async () => {
			// storage.sync refuses items over 8 KiB in both browsers, so a 1 MB title cannot be there;
			// the largest title it takes is the worst a popup can meet.
			await expect(session.browser.setStorage("sync", { defaultTitle: "x".repeat(1_000_000) })).rejects.toThrow();
			await session.browser.setStorage("sync", {
				version: 99,
				jitsiInstance: "evil.example",
				padInstance: 42,
				customJitsiInstances: "meet.evil.example",
				customPadInstances: [null, 7, "no host", "../p"],
				invitationLanguage: { en: true },
				startAudioMuted: "yes",
				startVideoMuted: 1,
				backupRoom: "on",
				includeTips: null,
				includePad: "no",
				openPadWithRoom: [],
				durationMinutes: -5,
				keepHistory: "never",
				// A long stored title is cut to a title's length, as typing cuts it (a unit test checks): here
				// it is no text at all.
				defaultTitle: { text: "x".repeat(8000) },
				unknownKey: { deep: [1, 2, 3] },
			});
			await session.browser.setStorage("local", {
				version: 2,
				current: { id: "../../etc", room: { host: "evil.example", name: "x" } },
				pinned: "none",
				recent: [null, 7, { id: "a", voice: "jitsi" }],
			});
			const popup = await session.open("popup.html");
			const { room, pad } = await roomAndPad(popup);
			expect(room).toMatch(roomPattern("meet.systemli.org"));
			expect(pad).toMatch(padPattern("pad.systemli.org"));
			expect(await popup.text("#title")).toBe("");
			expect(await popup.text("#jitsi-instance")).toBe("meet.systemli.org");
		});

		it("is ready for the keyboard: title focused, Enter copies, Copy next, a visible focus on every stop", async () => {
			const popup = await session.open("popup.html");
			await expect.poll(async () => (await popup.focused()).id).toBe("title");
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
				"when-date",
				"when-time",
				"large",
				"jitsi-instance",
				"room-link",
				"pad-instance",
				"pad-link",
				"show-qr",
				"pin",
				"summary",
				expect.stringMatching(/^(body|title)$/),
			]);
		});

		// Chromium gives an extension page's body a smaller font of its own (11.25 px for 15 px seen in
		// Chromium 156): the popup's text is only the stylesheet's size if the stylesheet sets it on the body too.
		it("shows its text at the size its stylesheet sets, in both browsers", async () => {
			const popup = await session.open("popup.html");
			const sizes = await popup.evaluate(() =>
				["html", "body", "#copy", "#title", "#jitsi-instance"].map(
					(selector) => getComputedStyle(document.querySelector(selector) as Element).fontSize,
				),
			);
			expect(sizes.slice(1)).toEqual(Array(4).fill(sizes[0]));
		});

		it("names the links for screen readers by what and where they are", async () => {
			const popup = await session.open("popup.html");
			// What and where first; WCAG 2.5.3 (label in name, axe's label-content-name-mismatch) lets the
			// shown text follow, so that people who speak to their computer can say what they see.
			const room = await popup.accessibleName("#room-link");
			expect(room.startsWith(message(en, "roomLinkOn", "meet.systemli.org")), room).toBe(true);
			const pad = await popup.accessibleName("#pad-link");
			expect(pad.startsWith(message(en, "padLinkOn", "pad.systemli.org")), pad).toBe(true);
		});

		it("has no axe violations on the popup, with everything open, and on the options page", async () => {
			expect(await axeEverywhere(session)).toEqual({ popup: [], everything: [], options: [] });
		});

		it("takes the screenshots for the README", async () => {
			const popup = await popupForScreenshot(session, "Plenum, Thursday 19:00");
			await popup.screenshot(join(screenshotDir, name, "popup-en-light.png"));
			const options = await session.open("options.html");
			await options.screenshot(join(screenshotDir, name, "options-en-light.png"));
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
