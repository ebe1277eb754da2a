// The popup and options page as people use them, in real Chromium and Firefox (see harness.ts).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ExtensionPage, screenshotDir } from "./harness";
import {
	browsers,
	copyInvitation,
	de,
	en,
	fallbackText,
	message,
	noRequestLeftTheExtension,
	padPattern,
	popupFullyOpen,
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

			await session.browser.setStorage("sync", { version: 1, jitsiInstance: "meet.mayfirst.org" });
			const again = await session.open("popup.html");
			expect((await roomAndPad(again)).room).toMatch(roomPattern("meet.mayfirst.org"));
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

		it("still proposes a room and a pad when the stored settings are corrupt", async () => {
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
				startMuted: "yes",
				includeTips: null,
				includePad: "no",
				openPadWithRoom: [],
				defaultTitle: "x".repeat(8000),
				unknownKey: { deep: [1, 2, 3] },
			});
			const popup = await session.open("popup.html");
			const { room, pad } = await roomAndPad(popup);
			expect(room).toMatch(roomPattern("meet.systemli.org"));
			expect(pad).toMatch(padPattern("pad.systemli.org"));
			expect(await popup.text("#title")).toBe("");
		});

		it("works with the keyboard alone, with a visible focus indicator on every control", async () => {
			const popup = await session.open("popup.html");
			const before = await roomAndPad(popup);
			const seen: Awaited<ReturnType<ExtensionPage["focused"]>>[] = [];
			const tabTo = async (id: string) => {
				for (let i = 0; i < 40; i++) {
					await popup.press("Tab");
					const focused = await popup.focused();
					seen.push(focused);
					if (focused.id === id) return;
				}
				throw new Error(`Tab never reached #${id}; reached ${seen.map((f) => f.id || f.tag).join(", ")}`);
			};

			await tabTo("copy");
			await popup.press("Enter");
			await popup.waitFor("#status:not(:empty)");
			expect((await session.browser.readClipboard()).split("\n")).toContain(before.room);

			await tabTo("new-room");
			await popup.press("Space");
			await expect.poll(async () => (await roomAndPad(popup)).room).not.toBe(before.room);

			await tabTo("open-options");
			expect(seen.filter((f) => !f.visible)).toEqual([]);
			for (const id of ["title", "jitsi-instance", "room-link", "pad-instance", "pad-link", "start"]) {
				expect(seen.map((f) => f.id)).toContain(id);
			}
		});

		it("has no axe violations on the popup and the options page", async () => {
			const popup = await session.open("popup.html");
			expect(await popup.axe()).toEqual([]);
			const options = await session.open("options.html");
			expect(await options.axe()).toEqual([]);
		});

		it("has no axe violations with the QR code, the pin form and the saved plenums open", async () => {
			const popup = await popupFullyOpen(session);
			expect(await popup.axe()).toEqual([]);
		});

		it("takes the screenshots for the README", async () => {
			const popup = await session.open("popup.html");
			await popup.screenshot(join(screenshotDir, name, "popup-en-light.png"));
			const options = await session.open("options.html");
			await options.screenshot(join(screenshotDir, name, "options-en-light.png"));
		});

		noRequestLeftTheExtension(session);
	});

	describe("English, dark", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "dark" });

		it("has no axe violations on the popup and the options page", async () => {
			const popup = await session.open("popup.html");
			expect(await popup.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
			expect(await popup.axe()).toEqual([]);
			await popup.screenshot(join(screenshotDir, name, "popup-en-dark.png"));
			const options = await session.open("options.html");
			expect(await options.axe()).toEqual([]);
		});

		// The same session as above, so the dark scheme costs no extra browser launch.
		it("has no axe violations with the QR code, the pin form and the saved plenums open", async () => {
			const popup = await popupFullyOpen(session);
			expect(await popup.axe()).toEqual([]);
		});

		noRequestLeftTheExtension(session);
	});

	describe.each(["light", "dark"] as const)("German, %s", (colorScheme) => {
		const session = useBrowser(name, { locale: "de", colorScheme });

		it("speaks German and writes a German invitation", async () => {
			const popup = await session.open("popup.html");
			expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
			expect(await popup.text("#copy")).toBe(message(de, "copyButton"));
			expect(await popup.text("#copy")).not.toBe(message(en, "copyButton"));

			await popup.screenshot(join(screenshotDir, name, `popup-de-${colorScheme}.png`));

			const { room, pad } = await roomAndPad(popup);
			await copyInvitation(popup);
			const lines = (await session.browser.readClipboard()).split("\n");
			expect(lines).toEqual(
				expect.arrayContaining([
					message(de, "invitationRoomHeadingMuted"),
					room,
					message(de, "invitationPadHeading"),
					pad,
					message(de, "invitationTipsHeading"),
				]),
			);
			expect(lines).not.toContain(message(en, "invitationRoomHeadingMuted"));
		});

		noRequestLeftTheExtension(session);
	});
});
