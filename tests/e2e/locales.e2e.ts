// The popup in each language the extension speaks, each in a browser whose UI speaks it (one
// launch per language): its words, the date line, and that it fits a popup. Browsers show a
// popup at most 600 px high; this one is 460 px wide (its body's CSS).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatStart } from "../../src/lib/time/start-time";
import { type ExtensionPage, type Locale, screenshotDir, TIME_ZONE } from "./harness";
import {
	axeEverywhere,
	browsers,
	copyInvitation,
	en,
	locales,
	message,
	messagesOf,
	noRequestLeftTheExtension,
	popupForScreenshot,
	popupHeight,
	roomAndPad,
	type Session,
	setStart,
	useBrowser,
	widths,
	wrappedButtons,
} from "./scenario";

const maxHeight = 600;
const popupWidth = 460;
// Sixty characters: a long title as groups write them.
const longTitle = "Plenum der Mieter*innen-Initiative Nordstadt-Süd: Sommerfest";

const measured: string[] = [];
afterAll(() => {
	console.log(`Popup heights (px, at most ${maxHeight}; width ${popupWidth}):\n${measured.join("\n")}`);
});

/** The popup as it is now fits: its height (recorded), no sideways scrolling, every button on one line. */
async function expectFits(page: ExtensionPage, label: string) {
	const height = await popupHeight(page, popupWidth);
	measured.push(`  ${label}: ${height}`);
	const { viewport, scrollWidth, clientWidth } = await widths(page);
	// Soft: every state is measured and reported, not only the first that does not fit.
	expect
		.soft(
			{ fits: height <= maxHeight, viewport, sideways: scrollWidth > clientWidth, wrapped: await wrappedButtons(page) },
			`${label}: ${height} px`,
		)
		.toEqual({ fits: true, viewport: popupWidth, sideways: false, wrapped: [] });
}

// Each part of the popup that opens, with what shows it is open; one at a time, the popup still fits.
const sections = [
	["#invitation-details > summary", "#invitation-preview"],
	["#show-qr", "svg.qr"],
	["#pin", ".pin-form"],
	["#saved > summary", "#saved h2"],
	["#organiser-note > summary", "#organiser-note li"],
] as const;

/** Whether each group of elements stands on one row: date and time, and the three main buttons. */
function rowsHold(page: ExtensionPage): Promise<Record<string, boolean>> {
	return page.evaluate(() => {
		const oneRow = (...ids: string[]) =>
			new Set(ids.map((id) => Math.round(document.querySelector(id)?.getBoundingClientRect().top ?? -1))).size === 1;
		return { dateAndTime: oneRow("#when-date", "#when-time"), buttons: oneRow("#copy", "#start", "#new-room") };
	});
}

async function fitsEverywhere(session: Session, name: string, locale: Locale) {
	const label = (state: string) => `${name} ${locale} ${state}`;
	const first = await session.open("popup.html");
	await expectFits(first, label("first open, default settings"));
	await first.close();

	await session.browser.setStorage("sync", { version: 2, backupRoom: true });
	const popup = await session.open("popup.html");
	await popup.fill("#title", longTitle);
	await setStart(popup, { date: "2027-09-23", time: "19:00" });
	await popup.waitFor("#backup-link");
	await expectFits(popup, label("60-character title, date, backup room"));
	expect.soft(await rowsHold(popup), label("rows")).toEqual({ dateAndTime: true, buttons: true });
	for (const [opener, shown] of sections) {
		await popup.click(opener);
		await popup.waitFor(shown);
		await expectFits(popup, label(`the same, ${opener.split(" ")[0]} open`));
		await popup.click(opener);
	}
	await copyInvitation(popup);
	await expectFits(popup, label("the same, copied"));

	await popup.click("#new-room");
	await popup.click("#large");
	await popup.fill("#title", longTitle);
	await setStart(popup, { date: "2027-09-23", time: "19:00" });
	await expect
		.poll(() => popup.evaluate(() => document.querySelector("#room-link")?.getAttribute("href")))
		.toMatch(/^https:\/\/talk\.systemli\.org/);
	await expectFits(popup, label("Large assembly, title, date"));
	await copyInvitation(popup);
	await expectFits(popup, label("Large assembly, copied"));
}

describe.each(browsers)("%s", (name) => {
	describe.each(locales)("%s", (locale) => {
		const session = useBrowser(name, { locale, colorScheme: "light" });
		const m = messagesOf[locale];
		const languages = (page: ExtensionPage) => page.evaluate(() => [...navigator.languages]);

		it("speaks the language, writes the invitation in it, and fits a popup with the longest content", async () => {
			const popup = await session.open("popup.html");
			expect(await popup.evaluate(() => document.documentElement.lang)).toBe(locale);
			expect(await popup.text("#copy")).toBe(message(m, "copyButton"));
			const name = await popup.accessibleName("#room-link");
			expect(name.startsWith(message(m, "roomLinkOn", "meet.systemli.org")), name).toBe(true);

			await popup.fill("#title", "Plenum");
			const start = { date: "2027-03-04", time: "19:00", zone: TIME_ZONE };
			await setStart(popup, start);
			const { room, pad } = await roomAndPad(popup);
			await copyInvitation(popup);
			const lines = (await session.browser.readClipboard()).split("\n");
			expect(lines.slice(0, 2)).toEqual([
				"Plenum",
				message(m, "invitationWhen", formatStart(start, locale, await languages(popup))),
			]);
			expect(lines).toEqual(
				expect.arrayContaining([
					message(m, "invitationRoomHeadingMuted"),
					room,
					message(m, "invitationPadHeading"),
					pad,
					message(m, "invitationTipsHeading"),
					`- ${message(m, "invitationTipHeadset")}`,
				]),
			);
			if (locale !== "en") expect(lines).not.toContain(message(en, "invitationRoomHeadingMuted"));
			await popup.close();

			// The copy made that plenum the current one: the popup's states are measured from a fresh start.
			await session.browser.clearStorage("local");
			await session.browser.clearPageStorage();
			await fitsEverywhere(session, name, locale);
		});

		if (locale === "de")
			it("has no axe violations, with everything open, and shows itself for the README", async () => {
				const popup = await popupForScreenshot(session, "Plenum, Donnerstag 19:00");
				await popup.screenshot(join(screenshotDir, name, "popup-de-light.png"));
				await popup.close();
				expect(await axeEverywhere(session)).toEqual({ popup: [], everything: [], options: [] });
			});

		noRequestLeftTheExtension(session);
	});

	describe("de, dark", () => {
		const session = useBrowser(name, { locale: "de", colorScheme: "dark" });

		it("has no axe violations, with everything open, and shows itself for the README", async () => {
			const popup = await popupForScreenshot(session, "Plenum, Donnerstag 19:00");
			expect(await popup.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
			await popup.screenshot(join(screenshotDir, name, "popup-de-dark.png"));
			await popup.close();
			expect(await axeEverywhere(session)).toEqual({ popup: [], everything: [], options: [] });
		});

		noRequestLeftTheExtension(session);
	});
});
