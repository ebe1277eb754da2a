// The options page as a group sets it up once, and what the popup makes of it.
import { describe, expect, it } from "vitest";
import { defaults } from "../../src/lib/settings";
import type { ExtensionPage } from "./harness";
import {
	browsers,
	copiedLines,
	count,
	de,
	en,
	isChecked,
	links,
	message,
	noRequestLeftTheExtension,
	optionValues,
	padPattern,
	roomAndPad,
	roomPattern,
	settle,
	useBrowser,
} from "./scenario";

const addJitsi = "#jitsi-new-host ~ button[type=submit]";

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

		it("adds an own Jitsi instance typed as a sloppy link, stored as its bare host", async () => {
			const options = await session.open("options.html");
			expect(await ownJitsiInstances(options)).toEqual([]);
			await options.fill("#jitsi-new-host", "  HTTPS://Meet.Example.ORG/  ");
			await options.click(addJitsi);

			await expect.poll(sync).toMatchObject({ customJitsiInstances: ["meet.example.org"] });
			await expect.poll(() => ownJitsiInstances(options)).toEqual(["meet.example.org"]);
			expect(await options.text("#jitsi-new-host")).toBe("");
			expect(await alerts(options)).toEqual([]);
			expect(await optionValues(options, "#jitsi-instance")).toContain("meet.example.org");
			// Added, not chosen: the preferred instance stays what it was.
			expect(await options.text("#jitsi-instance")).toBe("meet.systemli.org");

			const popup = await session.open("popup.html");
			expect(await optionValues(popup, "#jitsi-instance")).toContain("meet.example.org");
			await popup.select("#jitsi-instance", "meet.example.org");
			await expect.poll(async () => (await roomAndPad(popup)).room).toMatch(roomPattern("meet.example.org"));
		});

		it("refuses an insecure or non-web link with a spoken reason and changes nothing", async () => {
			await session.browser.setStorage("sync", {
				version: 2,
				customJitsiInstances: ["meet.example.net"],
				jitsiInstance: "meet.example.net",
				includeTips: false,
			});
			const options = await session.open("options.html");
			const before = await sync();

			const cases = [
				["http://meet.example.org", message(en, "hostErrorInsecure")],
				["javascript:alert(1)", message(en, "hostErrorScheme", "javascript:")],
			] as const;
			for (const [typed, reason] of cases) {
				await options.fill("#jitsi-new-host", typed);
				await options.click(addJitsi);
				await expect.poll(() => alerts(options)).toEqual([reason]);
				expect(
					await options.evaluate(() => {
						const input = document.querySelector("#jitsi-new-host");
						const described = input?.getAttribute("aria-describedby") ?? "";
						return {
							invalid: input?.getAttribute("aria-invalid"),
							description: document.getElementById(described)?.getAttribute("role"),
						};
					}),
				).toEqual({ invalid: "true", description: "alert" });
				// What was typed stays, to be corrected.
				expect(await options.text("#jitsi-new-host")).toBe(typed);
				expect(await ownJitsiInstances(options)).toEqual(["meet.example.net"]);
				expect(await sync()).toEqual(before);
			}
			// Nor does anything arrive late.
			await settle();
			expect(await sync()).toEqual(before);
		});

		it("makes meet.systemli.org preferred again when the preferred own instance is removed", async () => {
			await session.browser.setStorage("sync", {
				version: 2,
				customJitsiInstances: ["meet.example.org", "meet.example.net"],
				jitsiInstance: "meet.example.org",
			});
			const options = await session.open("options.html");
			await expect.poll(() => options.text("#jitsi-instance")).toBe("meet.example.org");
			await options.click(`button[aria-label="${message(en, "removeInstanceLabel", "meet.example.org")}"]`);

			await expect
				.poll(sync)
				.toMatchObject({ customJitsiInstances: ["meet.example.net"], jitsiInstance: "meet.systemli.org" });
			await expect.poll(() => options.text("#jitsi-instance")).toBe("meet.systemli.org");
			expect(await ownJitsiInstances(options)).toEqual(["meet.example.net"]);
			expect(await optionValues(options, "#jitsi-instance")).not.toContain("meet.example.org");

			const popup = await session.open("popup.html");
			expect((await roomAndPad(popup)).room).toMatch(roomPattern("meet.systemli.org"));
		});

		it("writes the invitation in the chosen language while the popup speaks the browser's", async () => {
			const options = await session.open("options.html");
			await options.select("#invitation-language", "de");
			await expect.poll(sync).toMatchObject({ invitationLanguage: "de" });
			expect(await options.text("h1")).toBe(message(en, "optionsTitle"));

			const popup = await session.open("popup.html");
			expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
			expect(await popup.text("#copy")).toBe(message(en, "copyButton"));
			expect(await popup.text('label[for="title"]')).toBe(message(en, "titleLabel"));

			const { room, pad } = await roomAndPad(popup);
			// The language's messages load after the first frame; copying at once is the next scenario.
			await settle();
			const lines = await copiedLines(session, popup);
			expect(lines).toEqual(
				expect.arrayContaining([
					message(de, "invitationRoomHeadingMuted"),
					room,
					message(de, "invitationPadHeading"),
					pad,
					message(de, "invitationTipsHeading"),
					`- ${message(de, "invitationTipHeadset")}`,
				]),
			);
			for (const key of ["invitationRoomHeadingMuted", "invitationPadHeading", "invitationTipsHeading"]) {
				expect(lines).not.toContain(message(en, key));
			}
			// The popup's own words stay English after the copy too.
			expect(await popup.text("#status")).toBe(message(en, "copiedStatus"));
			await popup.close();

			// The group's own invitation: a misspelt placeholder is refused with the reason, then
			// the template, with the pre-join check on, is what the popup shows and copies.
			await options.bringToFront();
			await options.click("#prejoin-check");
			await options.fill("#template-text", "{titel}\n{room}");
			await expect.poll(() => alerts(options)).toContain(message(en, "templateUnknown", "{titel}"));
			const own = "Hallo ihr Lieben!\n{title}\n{room}\n{pad}\nTagesordnung im Pad ergänzen!";
			await options.fill("#template-text", own);
			await expect.poll(sync).toMatchObject({ invitationTemplates: { de: own }, prejoinCheck: true });
			const custom = await session.open("popup.html");
			// The plenum copied above keeps its link; a new room takes the new option.
			await custom.click("#new-room");
			await custom.fill("#title", "Plenum");
			const ours = await roomAndPad(custom);
			expect(ours.room).toContain("config.prejoinConfig.enabled=true");
			await custom.click("#invitation-details > summary");
			await custom.waitFor("#invitation-preview");
			const shown = await custom.text("#invitation-preview");
			const copied = await copiedLines(session, custom);
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

		// The title has the focus at once so that Enter copies: the shortcut, then Enter, and the
		// invitation is on the clipboard, in the group's language.
		it("writes the invitation in the chosen language when Enter comes right after opening", async () => {
			const options = await session.open("options.html");
			await options.select("#invitation-language", "de");
			await expect.poll(sync).toMatchObject({ invitationLanguage: "de" });
			await options.close();

			// As soon as the page has loaded, as a person who presses Enter without looking.
			const popup = await session.browser.openPage("popup.html");
			try {
				await popup.press("Enter");
				await expect.poll(() => popup.text("#status")).toBe(message(en, "copiedStatus"));
				const lines = (await session.browser.readClipboard()).split("\n");
				expect(lines[0]).toBe(message(de, "invitationRoomHeadingMuted"));
				expect(lines).toContain(message(de, "invitationTipsHeading"));
			} finally {
				await popup.close();
			}
		});

		it("leaves out tips and pad, and the muted start, when switched off", async () => {
			const options = await session.open("options.html");
			for (const id of ["#include-tips", "#include-pad", "#start-muted"]) {
				expect(await isChecked(options, id)).toBe(true);
				await options.click(id);
			}
			await expect.poll(sync).toMatchObject({ includeTips: false, includePad: false, startAudioMuted: false });
			for (const id of ["#include-tips", "#include-pad", "#start-muted"]) {
				expect(await isChecked(options, id)).toBe(false);
			}

			const popup = await session.open("popup.html");
			expect(await count(popup, "#pad-link")).toBe(0);
			expect(await count(popup, "#pad-instance")).toBe(0);
			const room = await popup.evaluate(() => document.querySelector("#room-link")?.getAttribute("href") ?? "");
			expect(room).toMatch(/^https:\/\/meet\.systemli\.org\/[a-z0-9]{26}$/);
			expect(room).not.toContain("startWithAudioMuted");

			const lines = await copiedLines(session, popup);
			expect(lines).toContain(room);
			expect(lines).toContain(message(en, "invitationRoomHeading"));
			expect(lines).not.toContain(message(en, "invitationRoomHeadingMuted"));
			expect(lines).not.toContain(message(en, "invitationPadHeading"));
			expect(lines).not.toContain(message(en, "invitationTipsHeading"));
			expect(lines.filter((line) => line.startsWith("- "))).toEqual([]);
			expect(lines.filter((line) => line.startsWith("https://"))).toEqual([room]);
		});

		it("lets people join with the camera off, and the invitation says so", async () => {
			const options = await session.open("options.html");
			expect(await isChecked(options, "#start-video-muted")).toBe(false);
			await options.click("#start-video-muted");
			await expect.poll(sync).toMatchObject({ startVideoMuted: true, version: 2 });

			const popup = await session.open("popup.html");
			const { room } = await roomAndPad(popup);
			expect(room).toMatch(
				/^https:\/\/meet\.systemli\.org\/[a-z0-9]{26}#config\.startWithAudioMuted=true&config\.startWithVideoMuted=true$/,
			);
			const lines = await copiedLines(session, popup);
			expect(lines.slice(0, 2)).toEqual([message(en, "invitationRoomHeadingMutedCameraOff"), room]);
			await popup.close();

			// Camera off alone: the heading says only that.
			await options.bringToFront();
			await options.click("#start-muted");
			await expect.poll(sync).toMatchObject({ startAudioMuted: false, startVideoMuted: true });
			await session.browser.clearStorage("local");
			await session.browser.clearPageStorage();
			const other = await session.open("popup.html");
			const alone = (await roomAndPad(other)).room;
			expect(alone).toMatch(/^https:\/\/meet\.systemli\.org\/[a-z0-9]{26}#config\.startWithVideoMuted=true$/);
			const otherLines = await copiedLines(session, other);
			expect(otherLines.slice(0, 2)).toEqual([message(en, "invitationRoomHeadingCameraOff"), alone]);
		});

		it("adds a backup room on another collective's instance; Start opens only the room and the pad", async () => {
			const options = await session.open("options.html");
			await options.click("#backup-room");
			await expect.poll(sync).toMatchObject({ backupRoom: true });

			const popup = await session.open("popup.html");
			await popup.waitFor("#backup-link");
			const { room, pad } = await roomAndPad(popup);
			const { backup } = await links(popup);
			expect(room).toMatch(roomPattern("meet.systemli.org"));
			const host = new URL(backup.href).host;
			expect(host).not.toBe("meet.systemli.org");
			expect(backup.href).toMatch(roomPattern(host));
			expect(new URL(backup.href).pathname).not.toBe(new URL(room).pathname);
			expect(backup.title).toBe(backup.href);
			expect(backup.label.startsWith(message(en, "backupLinkOn", host)), backup.label).toBe(true);
			expect(backup.text.startsWith(host)).toBe(true);

			const lines = await copiedLines(session, popup);
			const at = lines.indexOf(message(en, "invitationBackupHeading"));
			expect(at).toBeGreaterThan(lines.indexOf(room));
			expect(lines[at + 1]).toBe(backup.href);
			expect(lines).toContain(pad);
			expect(lines.filter((line) => line.startsWith("https://"))).toEqual([room, pad, backup.href]);

			await popup.click("#start");
			await expect.poll(() => session.browser.openTabUrls()).toEqual([room, pad]);
			await settle();
			expect(await session.browser.openTabUrls()).toEqual([room, pad]);
		});

		it("reaches a popup that is already open, without reopening it", async () => {
			const popup = await session.open("popup.html");
			expect((await roomAndPad(popup)).room).toMatch(roomPattern("meet.systemli.org"));

			const options = await session.open("options.html");
			await options.select("#jitsi-instance", "vc.autistici.org");
			await expect.poll(async () => (await roomAndPad(popup)).room).toMatch(roomPattern("vc.autistici.org"));
			expect(await popup.text("#jitsi-instance")).toBe("vc.autistici.org");

			await options.select("#pad-instance", "pad.riseup.net");
			await expect.poll(async () => (await roomAndPad(popup)).pad).toMatch(padPattern("pad.riseup.net"));

			await options.click("#include-pad");
			await expect.poll(() => count(popup, "#pad-link")).toBe(0);
		});

		it("resets only after a confirmation, to the defaults", async () => {
			const stored = {
				version: 2,
				customJitsiInstances: ["meet.example.org"],
				jitsiInstance: "meet.example.org",
				invitationLanguage: "de",
				includeTips: false,
				defaultTitle: "Plenum",
			};
			await session.browser.setStorage("sync", stored);
			const options = await session.open("options.html");
			const shown = async () => ({
				jitsi: await options.text("#jitsi-instance"),
				language: await options.text("#invitation-language"),
				tips: await isChecked(options, "#include-tips"),
				title: await options.text("#default-title"),
				own: await ownJitsiInstances(options),
			});
			const custom = { jitsi: "meet.example.org", language: "de", tips: false, title: "Plenum" };
			// The first frame may come from the page's own copy of the settings; storage has the last word.
			await expect.poll(shown).toEqual({ ...custom, own: ["meet.example.org"] });

			await options.click("#reset");
			await options.waitFor("#reset-cancel");
			expect(await options.text("#reset-confirm")).toBe(message(en, "resetConfirm"));
			// A second Enter must not wipe the settings: focus waits on Cancel.
			await expect.poll(async () => (await options.focused()).id).toBe("reset-cancel");
			await options.click("#reset-cancel");
			await options.waitFor("#reset");
			expect(await count(options, "#reset-confirm")).toBe(0);
			// Keyboard users keep their place: focus returns to the button that asked.
			await expect.poll(async () => (await options.focused()).id).toBe("reset");
			expect(await session.browser.getStorage("sync")).toEqual(stored);
			// The first frame may come from the page's own copy of the settings; storage has the last word.
			await expect.poll(shown).toEqual({ ...custom, own: ["meet.example.org"] });

			await options.click("#reset");
			await options.click("#reset-confirm");
			await expect.poll(() => options.text("#status")).toBe(message(en, "resetDone"));
			await expect.poll(async () => (await options.focused()).id).toBe("reset");
			// Cleared or written back as the defaults: either way, nothing of the group's choices.
			const after = await session.browser.getStorage("sync");
			for (const [key, value] of Object.entries(after)) {
				if (key !== "version") expect(value).toEqual(defaults[key as keyof typeof defaults]);
			}
			expect(await shown()).toEqual({
				jitsi: defaults.jitsiInstance,
				language: defaults.invitationLanguage,
				tips: defaults.includeTips,
				title: defaults.defaultTitle,
				own: [],
			});
			expect(await options.text('section[aria-labelledby="jitsi-heading"] .hint')).toBe(
				message(en, "ownInstancesEmpty"),
			);
		});

		noRequestLeftTheExtension(session);
	});
});
