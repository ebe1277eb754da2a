// The popup in each language the extension speaks, each in a browser whose UI speaks it (one
// launch per language): its words, the date line, and that it fits a popup. Browsers show a
// popup at most 600 px high; this one is 460 px wide (its body's CSS).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { maxPinned, maxRecent } from "../../src/lib/limits";
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
	savedPlenum,
	seedLocal,
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

// Each part of the popup that opens, with what shows it is open and what closes it; one at a time,
// the popup still fits. The QR code comes last: showing it fixes the plenum's places, whose rows
// are shorter then, and the others are measured at their tallest, before.
const sections = [
	["#invitation-details > summary", "#invitation-preview", "#invitation-details > summary"],
	["#pin", ".pin-form", "#pin-cancel"],
	["#saved > summary", "#recent li", "#saved > summary"],
	["#organiser-note > summary", "#organiser-note li", "#organiser-note > summary"],
	["#show-qr", "svg.qr", "#show-qr"],
] as const;

/**
 * As many plenums as the lists keep (limits.ts), weekly, fortnightly and monthly ones pinned under
 * long names, and recent ones of one title: the saved lists at their longest.
 */
function fullLists() {
	const start = { date: "2027-09-23", time: "19:00", zone: TIME_ZONE };
	const repeats = ["weekly", "biweekly", "monthly"] as const;
	return {
		pinned: Array.from({ length: maxPinned }, (_, i) => ({
			...savedPlenum(i + 1, `${longTitle} ${i + 1}`),
			start,
			repeat: repeats[i % 3],
		})),
		recent: Array.from({ length: maxRecent }, (_, i) => savedPlenum(100 + i, longTitle)),
	};
}

// The README's gallery: one state of the first walk in each language, as Chromium shows it.
const gallery: Partial<Record<Locale, string[]>> = {
	en: ["half-start", "qr"],
	de: ["large-channel", "new-room"],
	fr: ["copied"],
	it: ["saved"],
	es: ["pin"],
};

const sectionShots: Record<string, string> = { "#pin": "pin", "#show-qr": "qr", "#saved > summary": "saved" };

async function shoot(page: ExtensionPage, name: string, locale: Locale, state: string) {
	if (name === "chromium" && gallery[locale]?.includes(state))
		await page.screenshot(join(screenshotDir, name, `walk-${state}-${locale}.png`));
}

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
	await seedLocal(session.browser, fullLists());
	const popup = await session.open("popup.html");
	await popup.fill("#title", longTitle);
	// Half a start is held back with a message, not dropped.
	await popup.fill("#when-date", "2027-09-23");
	await popup.click("#copy");
	await popup.waitFor("#when-problem");
	await expectFits(popup, label("a date without a time, held back"));
	await shoot(popup, name, locale, "half-start");
	await setStart(popup, { date: "2027-09-23", time: "19:00" });
	await popup.waitFor("#backup-link");
	await expectFits(popup, label("60-character title, date, backup room"));
	expect.soft(await rowsHold(popup), label("rows")).toEqual({ dateAndTime: true, buttons: true });
	// A title that a chat app would turn into a link: the popup says so, and still fits.
	await popup.fill("#title", "AG.Berlin");
	await popup.waitFor("#title-problem");
	await expectFits(popup, label("a refused title"));
	await popup.fill("#title", longTitle);
	for (const [opener, shown, closer] of sections) {
		await popup.click(opener);
		await popup.waitFor(shown);
		await expectFits(popup, label(`the same, ${opener.split(" ")[0]} open`));
		await shoot(popup, name, locale, sectionShots[opener] ?? "");
		if (opener === "#pin") {
			// A pin's name that a chat app would turn into a link: the form says so, and still fits.
			await popup.fill("#pin-name", "AG.Berlin");
			await popup.waitFor("#pin-name-problem");
			await expectFits(popup, label("the same, the pin form refusing a name"));
		}
		if (opener === "#saved > summary") {
			// Every entry is reachable: the lists scroll inside the popup.
			const region = await popup.evaluate(() => {
				const lists = document.querySelector(".saved-lists");
				return {
					scrolls: (lists?.scrollHeight ?? 0) > (lists?.clientHeight ?? 0),
					entries: lists?.querySelectorAll("li").length,
				};
			});
			expect(region, label("saved lists")).toEqual({ scrolls: true, entries: maxPinned + maxRecent });
		}
		await popup.click(closer);
	}
	await copyInvitation(popup);
	await expectFits(popup, label("the same, copied"));
	await shoot(popup, name, locale, "copied");

	await popup.click("#new-room");
	// The status says "copied" until New room's own words replace it.
	await expect.poll(() => popup.text("#status")).toContain(message(messagesOf[locale], "newRoomMade"));
	await shoot(popup, name, locale, "new-room");
	await popup.click("#large");
	await popup.fill("#title", longTitle);
	await setStart(popup, { date: "2027-09-23", time: "19:00" });
	await expect
		.poll(() => popup.evaluate(() => document.querySelector("#room-link")?.getAttribute("href")))
		.toMatch(/^https:\/\/talk\.systemli\.org/);
	await expectFits(popup, label("Large assembly, title, date"));
	await shoot(popup, name, locale, "large-channel");
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
			const roomLink = await popup.accessibleName("#room-link");
			expect(roomLink.startsWith(message(m, "roomLinkOn", "meet.systemli.org")), roomLink).toBe(true);

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
