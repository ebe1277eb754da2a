// How the popup and the options page lay out their longest content in a real browser's layout.
// Recurring, recent and pinned plenums, the QR code and large assemblies are component tests
// (tests/component/plenum-life.test.tsx, extras.test.tsx).
import { describe, expect, it } from "vitest";
import { browsers, noRequestLeftTheExtension, popupFullyOpen, storageRead, useBrowser, widths } from "./scenario";

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });

		it("never scrolls sideways: as a popup, as Firefox for Android's full page on a phone, at 200% zoom", async () => {
			const long = "Vollversammlung der Mieter*innen-Initiative Nordstadt-Süd ";
			const unbroken = "Vollversammlungsprotokollabstimmungsverfahrensordnung".repeat(4);
			const title = `${long}${unbroken} ${long.repeat(8)}`.slice(0, 500);
			const popup = await popupFullyOpen(session, unbroken);
			await popup.fill("#title", title);
			// 460 px is the popup; Firefox for Android shows it as a page as wide as a phone (360 px);
			// 230 px is the popup at 200% zoom.
			for (const width of [460, 360, 230]) {
				await popup.setViewport(width, 600);
				const { viewport, scrollWidth, clientWidth } = await widths(popup);
				expect(viewport).toBe(width);
				expect(scrollWidth, `popup at ${width} px`).toBeLessThanOrEqual(clientWidth);
			}

			await session.browser.setStorage("sync", {
				version: 2,
				customJitsiInstances: [`${"a".repeat(63)}.${"b".repeat(63)}.example.org`],
			});
			const options = await session.open("options.html");
			// The long stored instance is listed once the page has read the settings.
			await storageRead(options, ["plenum:settings-read"]);
			await options.fill("#jitsi-new-host", `https://${unbroken}.example.org/and/a/path`);
			await options.click("#jitsi-new-host ~ button[type=submit]");
			await options.waitFor('[role="alert"]');
			for (const width of [350, 175]) {
				await options.setViewport(width, 600);
				const { viewport, scrollWidth, clientWidth } = await widths(options);
				expect(viewport).toBe(width);
				expect(scrollWidth, `options page at ${width} px`).toBeLessThanOrEqual(clientWidth);
			}
		});

		noRequestLeftTheExtension(session);
	});
});
