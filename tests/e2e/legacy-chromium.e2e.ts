// Chromium before 148 has no promise-based `browser` namespace; there, and only there, the
// extension loads webextension-polyfill (src/platform/browser.ts). Debian's Chromium is newer, so
// the harness hides the native namespace to walk that path too.
import { describe, expect, it } from "vitest";
import {
	copiedLines,
	en,
	message,
	noRequestLeftTheExtension,
	padPattern,
	roomAndPad,
	roomPattern,
	useBrowser,
} from "./scenario";

describe("chromium without a native browser namespace (as before 148)", () => {
	const session = useBrowser("chromium", { withoutNativeBrowser: true });

	it("proposes, remembers, copies and starts through the polyfill", async () => {
		const popup = await session.open("popup.html");
		expect(await popup.evaluate(() => typeof (globalThis as { browser?: unknown }).browser)).toBe("undefined");
		expect(await popup.text("#copy")).toBe(message(en, "copyButton"));

		await popup.select("#jitsi-instance", "meet.immerda.ch");
		await expect.poll(() => session.browser.getStorage("sync")).toMatchObject({ jitsiInstance: "meet.immerda.ch" });
		// The popup takes the choice once its own write has resolved, a moment after storage shows it.
		await expect.poll(async () => (await roomAndPad(popup)).room).toMatch(roomPattern("meet.immerda.ch"));
		const { room, pad } = await roomAndPad(popup);
		expect(pad).toMatch(padPattern("pad.systemli.org"));

		const lines = await copiedLines(session, popup);
		expect(lines).toEqual(expect.arrayContaining([room, pad]));

		await popup.click("#start");
		await expect.poll(() => session.browser.openTabUrls()).toEqual([room, pad]);
		await popup.close();

		// Kept through the polyfill too: the same plenum at the next opening.
		const again = await session.open("popup.html");
		expect(await roomAndPad(again)).toEqual({ room, pad });
	});

	noRequestLeftTheExtension(session);
});
