// What the store images show, taken from the built extension in Chromium: the popup after Copy,
// the invitation it put on the clipboard, the settings page, and the composed canvases.
import type { Page } from "puppeteer-core";
import type { BrowserSession } from "../../tests/e2e/harness";
import { dataUrl } from "./pages";
import { pngSize } from "./png";

export type Size = { width: number; height: number };
export type Shot = { png: Buffer; size: Size };

// Chromium and Firefox show a popup at most 600 px tall; the popup's CSS makes it 460 px wide.
const POPUP = { width: 460, maxHeight: 600 };
// The settings as wide as their column (40rem, src/styles/options.css), cut where the canvas ends.
const SETTINGS = { width: 600, maxHeight: 660 };
const CHAT = { width: 600, maxHeight: 660 };

/**
 * The page as tall as its content, at one pixel per CSS pixel. A page taller than `maxHeight` is
 * cut at the lowest line within it that runs through no text and no control, as a window's
 * edge would cut it, but never through the middle of a word.
 */
async function shoot(tab: Page, width: number, maxHeight: number): Promise<Shot> {
	await tab.setViewport({ width, height: 100, deviceScaleFactor: 1 });
	const height = await tab.evaluate(async (max) => {
		await document.fonts.ready;
		const content = document.documentElement.scrollHeight;
		if (content <= max) return content;
		const hasText = (el: Element) =>
			[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
		const boxes = [...document.body.querySelectorAll("*")]
			.filter((el) => el.children.length === 0 || hasText(el))
			.map((el) => el.getBoundingClientRect())
			.filter((box) => box.height > 0);
		const clear = (y: number) => boxes.every((box) => box.bottom <= y || box.top >= y);
		// Some air below the last line kept, as much as there is up to the next.
		const below = (y: number) => Math.min(y + 12, ...boxes.map((box) => box.top).filter((top) => top >= y));
		const cuts = boxes.map((box) => below(box.bottom)).filter((y) => y <= max && clear(y));
		return cuts.length > 0 ? Math.ceil(Math.max(...cuts)) : max;
	}, maxHeight);
	await tab.setViewport({ width, height, deviceScaleFactor: 1 });
	const png = Buffer.from(await tab.screenshot({ type: "png" }));
	return { png, size: pngSize(png) };
}

/** A page of the script's own as a data: URL: it is all in the address, and nothing leaves it. */
const htmlUrl = (html: string) => dataUrl("text/html;charset=utf-8", Buffer.from(html));

export type Plenum = { title: string; date: string; time: string };

/**
 * Opens the popup, types the plenum's title, date and time, clicks Copy and waits until it says
 * so; gives back its picture and what it copied, read from the control page's clipboard.
 */
export async function popupAfterCopy(
	session: BrowserSession,
	plenum: Plenum,
	copiedStatus: string,
): Promise<{ shot: Shot; invitation: string }> {
	const tab = await session.newTab();
	await tab.setViewport({ width: POPUP.width, height: POPUP.maxHeight, deviceScaleFactor: 1 });
	await session.show(tab, "popup.html");
	await tab.waitForSelector("#room-link", { visible: true });
	await tab.locator("#title").fill(plenum.title);
	await tab.locator("#when-date").fill(plenum.date);
	await tab.locator("#when-time").fill(plenum.time);
	await tab.locator("#copy").click();
	const status = await tab.waitForFunction(
		(expected) => {
			const text = document.querySelector("#status")?.textContent ?? "";
			return text === "" ? undefined : text === expected ? "copied" : text;
		},
		{},
		copiedStatus,
	);
	const said = await status.jsonValue();
	if (said !== "copied") throw new Error(`the popup did not copy: it says "${said}"`);
	const invitation = await session.control.evaluate(() => navigator.clipboard.readText());
	if (!invitation.startsWith(`${plenum.title}\n`)) {
		throw new Error(`the copied invitation does not start with the title:\n${invitation}`);
	}
	const shot = await shoot(tab, POPUP.width, POPUP.maxHeight);
	await tab.close();
	return { shot, invitation };
}

export async function settingsPage(session: BrowserSession): Promise<Shot> {
	const tab = await session.newTab();
	await tab.setViewport({ width: SETTINGS.width, height: SETTINGS.maxHeight, deviceScaleFactor: 1 });
	await session.show(tab, "options.html");
	await tab.waitForSelector("#jitsi-instance", { visible: true });
	const shot = await shoot(tab, SETTINGS.width, SETTINGS.maxHeight);
	await tab.close();
	return shot;
}

/** A page of the script's own (no request leaves it), photographed at its content's height. */
export async function ownPage(session: BrowserSession, html: string, width = CHAT.width): Promise<Shot> {
	const tab = await session.newTab();
	await tab.setViewport({ width, height: 100, deviceScaleFactor: 1 });
	await tab.goto(htmlUrl(html), { waitUntil: "load" });
	const shot = await shoot(tab, width, CHAT.maxHeight);
	await tab.close();
	return shot;
}

/** A page of the script's own at exactly `size`, as the stores want it. */
export async function fixedPage(session: BrowserSession, html: string, size: Size): Promise<Buffer> {
	const tab = await session.newTab();
	await tab.setViewport({ ...size, deviceScaleFactor: 1 });
	await tab.goto(htmlUrl(html), { waitUntil: "load" });
	// Nothing may be cut off at the edge: a long caption in one language must not lose words.
	const outside = await tab.evaluate(async () => {
		await document.fonts.ready;
		return [...document.body.querySelectorAll("*")]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight;
			})
			.map((el) => el.outerHTML.slice(0, 80));
	});
	if (outside.length > 0) throw new Error(`cut off at the edge of ${size.width}x${size.height}: ${outside.join(", ")}`);
	const png = Buffer.from(await tab.screenshot({ type: "png" }));
	await tab.close();
	return png;
}
