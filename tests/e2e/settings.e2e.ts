// The options page as a group sets it up once, and what an open popup makes of it. Its states,
// limits and refusals are component tests (tests/component/options.test.tsx); here, what needs
// the browser: storage shared by two pages, and the invitation's language read from the package.
import { describe, expect, it } from "vitest";
import type { ExtensionPage } from "./harness";
import {
	browsers,
	copiedLines,
	count,
	de,
	en,
	firstFrameSettings,
	message,
	noRequestLeftTheExtension,
	optionValues,
	padPattern,
	roomAndPad,
	roomPattern,
	storageRead,
	useBrowser,
} from "./scenario";

/** The group's own Jitsi instances as the options page lists them, each with its Remove button. */
function ownJitsiInstances(page: ExtensionPage): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('section[aria-labelledby="jitsi-heading"] li > button')].map(
			(button) => button.parentElement?.firstChild?.textContent?.trim() ?? "",
		),
	);
}

/** Every element announced as an alert, with its text. */
function alerts(page: ExtensionPage): Promise<string[]> {
	return page.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent ?? ""));
}

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });
		const sync = () => session.browser.getStorage("sync");

		it("reaches a popup that is already open: an own instance, the preferred ones, the pad switched off", async () => {
			const popup = await session.open("popup.html");
			expect((await roomAndPad(popup)).room).toMatch(roomPattern("meet.systemli.org"));

			// Added right below the picker, the group's own instance is the one chosen.
			const options = await session.open("options.html");
			await options.fill("#jitsi-new-host", "  HTTPS://Meet.Example.ORG/  ");
			await options.click("#jitsi-new-host ~ button[type=submit]");
			await expect.poll(sync).toMatchObject({
				customJitsiInstances: ["meet.example.org"],
				jitsiInstance: "meet.example.org",
			});
			await expect.poll(() => ownJitsiInstances(options)).toEqual(["meet.example.org"]);
			expect(await options.text("#jitsi-instance")).toBe("meet.example.org");
			await expect.poll(() => optionValues(popup, "#jitsi-instance")).toContain("meet.example.org");
			await expect.poll(async () => (await roomAndPad(popup)).room).toMatch(roomPattern("meet.example.org"));
			expect(await popup.text("#jitsi-instance")).toBe("meet.example.org");

			await options.select("#jitsi-instance", "meet.systemli.org");
			await expect.poll(async () => (await roomAndPad(popup)).room).toMatch(roomPattern("meet.systemli.org"));
			await options.select("#pad-instance", "pad.riseup.net");
			await expect.poll(async () => (await roomAndPad(popup)).pad).toMatch(padPattern("pad.riseup.net"));
			await options.click("#include-pad");
			await expect.poll(() => count(popup, "#pad-link")).toBe(0);
		});

		// The title has the focus at once so that Enter copies: the shortcut, then Enter, and the
		// invitation is on the clipboard, in the group's language, while the popup speaks the browser's.
		it("writes the invitation in the chosen language when Enter comes right after opening", async () => {
			const options = await session.open("options.html");
			await options.select("#invitation-language", "de");
			await expect.poll(sync).toMatchObject({ invitationLanguage: "de" });
			// What Enter right after opening copies in comes from the first frame's copy, which the
			// settings page updates a moment after the write: it must not be closed before.
			await expect.poll(() => firstFrameSettings(options)).toMatchObject({ invitationLanguage: "de" });
			expect(await options.text("h1")).toBe(message(en, "optionsTitle"));
			await options.close();

			// As soon as the page has loaded, as a person who presses Enter without looking.
			const popup = await session.browser.openPage("popup.html");
			try {
				await popup.press("Enter");
				await expect.poll(() => popup.text("#status")).toBe(message(en, "copiedStatus"));
				const lines = (await session.browser.readClipboard()).split("\n");
				expect(lines[0]).toBe(message(de, "invitationRoomHeadingMuted"));
				expect(lines).toContain(message(de, "invitationTipsHeading"));
				expect(lines).not.toContain(message(en, "invitationTipsHeading"));
				expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
				expect(await popup.text("#copy")).toBe(message(en, "copyButton"));
			} finally {
				await popup.close();
			}
		});

		// The group's own invitation: written once in the settings, copied from the popup exactly as
		// its preview shows it, with the pre-join check in the room link.
		it("copies the group's own invitation, as the popup's preview shows it", async () => {
			const options = await session.open("options.html");
			await options.select("#invitation-language", "de");
			await options.click("#prejoin-check");
			// The default invitation needs no writing: its text is folded under its heading.
			await options.click("#template-heading");
			await options.fill("#template-text", "{titel}\n{room}");
			await expect.poll(() => alerts(options)).toContain(message(en, "templateUnknown", "{titel}"));
			const own = "Hallo ihr Lieben!\n{title}\n{room}\n{pad}\nTagesordnung im Pad ergänzen!";
			await options.fill("#template-text", own);
			await expect.poll(sync).toMatchObject({ invitationTemplates: { de: own }, prejoinCheck: true });

			const popup = await session.open("popup.html");
			// The pre-join check is in the room link once the popup has read the settings.
			await storageRead(popup);
			await popup.fill("#title", "Plenum");
			const ours = await roomAndPad(popup);
			expect(ours.room).toContain("config.prejoinConfig.enabled=true");
			await popup.click("#invitation-details > summary");
			await popup.waitFor("#invitation-preview");
			const shown = await popup.text("#invitation-preview");
			const copied = await copiedLines(session, popup);
			expect(copied).toEqual([
				"Hallo ihr Lieben!",
				"Plenum",
				message(de, "invitationRoomHeadingMuted"),
				ours.room,
				message(de, "invitationPadHeading"),
				ours.pad,
				"Tagesordnung im Pad ergänzen!",
			]);
			expect(shown).toBe(copied.join("\n"));
		});

		noRequestLeftTheExtension(session);
	});
});
