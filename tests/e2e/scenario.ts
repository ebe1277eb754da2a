// What the scenario files share: one browser per group of scenarios, the built messages, and the
// few steps that every scenario takes the same way (see harness.ts for the driver).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import {
	type BrowserName,
	type ExtensionBrowser,
	type ExtensionPage,
	type LaunchOptions,
	type Locale,
	launch,
} from "./harness";

export type Messages = Record<string, { message: string }>;
const messages = (locale: string): Messages =>
	JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "dist", "_locales", locale, "messages.json"), "utf8"));
export const locales: Locale[] = ["en", "de", "fr", "it", "es"];
/** Each language's messages as built into dist/. */
export const messagesOf = Object.fromEntries(locales.map((l) => [l, messages(l)])) as Record<Locale, Messages>;
export const en = messagesOf.en;
export const de = messagesOf.de;

/** A message as the browser's i18n gives it: `$1`… replaced by the substitutions. */
export function message(m: Messages, key: string, ...substitutions: string[]): string {
	const text = m[key]?.message;
	if (text === undefined) throw new Error(`No message ${key}`);
	return text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? "");
}

const literal = (host: string) => host.replaceAll(".", "\\.");
export const roomPattern = (host: string) =>
	new RegExp(`^https://${literal(host)}/[a-z0-9]{26}#config\\.startWithAudioMuted=true$`);
export const padPattern = (host: string) => new RegExp(`^https://${literal(host)}/p/[a-z0-9]{26}$`);

export type Session = {
	browser: ExtensionBrowser;
	/** Opens a page and waits until it shows its first content. */
	open(path: "popup.html" | "options.html"): Promise<ExtensionPage>;
};

/**
 * The browsers started with the options most groups use (English, light), kept for every group
 * and file after them: a launch costs seconds, a cleared browser nothing. Each keeps its profile
 * in a folder of its own, so that the groups that restart it can share it too.
 * A worker runs its files in one module graph (isolate: false), so that they find them here;
 * global-setup.ts removes what they leave when the run ends.
 */
const sharedBrowsers = new Map<BrowserName, Promise<ExtensionBrowser>>();
const sharable = (o: LaunchOptions) =>
	(o.locale ?? "en") === "en" &&
	(o.colorScheme ?? "light") === "light" &&
	!o.withoutNativeBrowser &&
	o.distDir === undefined;

async function sharedBrowser(name: BrowserName): Promise<ExtensionBrowser> {
	let started = sharedBrowsers.get(name);
	if (!started) {
		started = launch(name, { restartable: true });
		sharedBrowsers.set(name, started);
		// A launch that failed is tried again by the next group, not handed to it.
		started.catch(() => sharedBrowsers.delete(name));
	}
	const browser = await started;
	// The group sees the requests made since it began, and cannot close what others use.
	const before = browser.extensionRequests().length;
	return { ...browser, extensionRequests: () => browser.extensionRequests().slice(before), close: async () => {} };
}

/** One browser for a group of scenarios; each scenario starts with no pages, tabs or settings of the last. */
export function useBrowser(name: BrowserName, options: LaunchOptions = {}): Session {
	const session = {} as Session;
	let pages: ExtensionPage[] = [];
	const reset = async () => {
		// A page may already be gone (closed by a scenario): that is no failure of the next one.
		await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
		pages = [];
		await session.browser.closeOpenedTabs();
		await session.browser.clearStorage("sync");
		await session.browser.clearStorage("local");
		await session.browser.clearPageStorage();
		await session.browser.clearDownloads();
	};
	beforeAll(async () => {
		session.browser = sharable(options) ? await sharedBrowser(name) : await launch(name, options);
		// A shared browser comes from another group: it starts as cleared as a new one.
		await reset();
	});
	afterEach(reset);
	afterAll(async () => {
		await session.browser?.close();
	});
	session.open = async (path) => {
		const page = await session.browser.openPage(path);
		pages.push(page);
		// The room link and the instances are in the first frame; the parts below them arrive just
		// after the first paint (src/shared/later-slot.tsx).
		if (path === "popup.html") await page.waitFor("#room-link").then(() => page.waitFor("#organiser-note"));
		else await page.waitFor("#jitsi-instance").then(() => page.waitFor("#reset-heading"));
		return page;
	};
	return session;
}

/**
 * The links as written in the page: the whole address as target and tooltip, a shortened one as
 * text, and a name that says what and where ("Room link on meet.systemli.org").
 */
export function links(page: ExtensionPage) {
	return page.evaluate(() => {
		const link = (selector: string) => {
			const a = document.querySelector(selector);
			return {
				href: a?.getAttribute("href") ?? "",
				title: a?.getAttribute("title") ?? "",
				text: a?.textContent ?? "",
				label: a?.getAttribute("aria-label") ?? "",
			};
		};
		return { room: link("#room-link"), pad: link("#pad-link"), backup: link("#backup-link") };
	});
}

/** The room and pad links, after checking that each shows its own address, shortened, and names its host. */
export async function roomAndPad(page: ExtensionPage): Promise<{ room: string; pad: string }> {
	const { room, pad } = await links(page);
	for (const link of [room, pad]) {
		const { host, pathname } = new URL(link.href);
		expect(link.title).toBe(link.href);
		expect(link.text.startsWith(host)).toBe(true);
		expect(link.text.length).toBeLessThan(48);
		expect(decodeURIComponent(pathname).endsWith(link.text.split("…").at(-1) ?? "")).toBe(true);
		expect(link.label).toContain(host);
	}
	return { room: room.href, pad: pad.href };
}

/**
 * Click "Copy invitation" and wait until the popup says, in its own language, that it copied.
 * Any status at all would not do: one left from before (New room's, say) is there at once, and
 * the copy, which stores the plenum too, would still be under way.
 */
export async function copyInvitation(page: ExtensionPage): Promise<void> {
	const lang = await page.evaluate(() => document.documentElement.lang);
	const language = locales.find((l) => l === lang);
	if (!language) throw new Error(`copyInvitation: no messages for the page's language "${lang}"`);
	const copied = message(messagesOf[language], "copiedStatus");
	if ((await page.text("#status")) === copied) {
		throw new Error("copyInvitation: the popup already says copied, so it cannot tell when this copy is done");
	}
	await page.click("#copy");
	await expect.poll(() => page.text("#status")).toBe(copied);
}

/**
 * Click a copy button and give back the invitation it put on the clipboard, line by line
 * (English sessions only). The popup must not say "copied" yet: clear it with New room, or the
 * wait below would pass before this copy is done.
 */
export async function copiedLines(session: Session, page: ExtensionPage, button = "#copy"): Promise<string[]> {
	if ((await page.text("#status")) === message(en, "copiedStatus")) {
		throw new Error("copiedLines: the popup already says copied, so it cannot tell when this copy is done");
	}
	await page.click(button);
	await expect.poll(() => page.text("#status")).toBe(message(en, "copiedStatus"));
	return (await session.browser.readClipboard()).split("\n");
}

/** What the popup would show for people to copy by hand: the invitation text itself. */
export async function fallbackText(page: ExtensionPage): Promise<string> {
	await page.refuseClipboard();
	await page.click("#copy");
	await page.waitFor("#fallback");
	return page.text("#fallback");
}

/** Whether a checkbox (or any element with `checked`) is checked; throws when it is not there. */
export function isChecked(page: ExtensionPage, selector: string): Promise<boolean> {
	return page.evaluate((s) => {
		const el = document.querySelector(s);
		if (!(el instanceof HTMLInputElement)) throw new Error(`No input matches ${s}`);
		return el.checked;
	}, selector);
}

/** The values a <select> offers, in order. */
export function optionValues(page: ExtensionPage, selector: string): Promise<string[]> {
	return page.evaluate(
		(s) => [...document.querySelectorAll(`${s} option`)].map((o) => (o as HTMLOptionElement).value),
		selector,
	);
}

/** How many elements match: 0 when none is there (waitFor covers the other direction). */
export function count(page: ExtensionPage, selector: string): Promise<number> {
	return page.evaluate((s) => document.querySelectorAll(s).length, selector);
}

/** Sideways scrolling of the whole page: the width of its content and of its viewport. */
export function widths(page: ExtensionPage) {
	return page.evaluate(() => ({
		viewport: window.innerWidth,
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth,
	}));
}

/** A secret name as the popup makes them: 26 of [a-z0-9], here told apart by `n` and the kind. */
const seededName = (kind: "r" | "p", n: number) => `${kind}${String(n).padStart(25, "0")}`;

/** A valid version-2 plenum for storage.local's `current`, `pinned` or `recent`, as the popup writes them. */
export function savedPlenum(n: number, name = `Plenum ${n}`) {
	return {
		id: `seeded${n}`,
		created: 1_700_000_000_000 + n,
		title: name,
		voice: "jitsi",
		room: { host: "meet.systemli.org", name: seededName("r", n) },
		audioMuted: true,
		videoMuted: false,
		pad: { host: "pad.systemli.org", name: seededName("p", n) },
		name,
	};
}

/**
 * The links of savedPlenum(n, name), written out by hand from jitsi-meet's hash options: start
 * muted, then the title as the subject, a JSON string percent-encoded (name: letters, digits, spaces).
 */
export function savedLinks(n: number, name = `Plenum ${n}`) {
	const subject = encodeURIComponent(`"${name}"`);
	return {
		room: `https://meet.systemli.org/${seededName("r", n)}#config.startWithAudioMuted=true&config.subject=${subject}`,
		pad: `https://pad.systemli.org/p/${seededName("p", n)}`,
	};
}

/** Seeds storage.local in the version-2 form the popup writes. */
export function seedLocal(browser: ExtensionBrowser, data: { current?: object; pinned?: object[]; recent?: object[] }) {
	return browser.setStorage("local", { version: 2, ...data });
}

/** Opens "Pinned and recent plenums", a <details> that reads storage only once opened. */
export async function openSaved(page: ExtensionPage): Promise<void> {
	await page.click("#saved > summary");
	await page.waitFor("#saved h2");
}

/** The popup with everything open at once: the QR code, the pin form and the saved plenums. */
export async function popupFullyOpen(session: Session, pinnedName = "Monday plenum"): Promise<ExtensionPage> {
	await seedLocal(session.browser, {
		pinned: [savedPlenum(1, pinnedName), savedPlenum(2)],
		recent: [savedPlenum(3), savedPlenum(4)],
	});
	const popup = await session.open("popup.html");
	await setStart(popup, { date: "2027-06-17", time: "19:00" });
	await popup.waitFor("#calendar");
	await popup.click("#show-qr");
	await popup.waitFor("svg#qr-code");
	await popup.click("#pin");
	await popup.waitFor("#pin-name");
	await openSaved(popup);
	await popup.waitFor("#pinned li");
	await popup.waitFor("#recent li");
	await popup.click("#organiser-note > summary");
	await popup.waitFor("#organiser-note li");
	return popup;
}

/** The popup as the README shows it: a titled plenum with a date, just copied. */
export async function popupForScreenshot(session: Session, title: string): Promise<ExtensionPage> {
	const popup = await session.open("popup.html");
	await popup.fill("#title", title);
	await setStart(popup, { date: "2027-06-17", time: "19:00" });
	await copyInvitation(popup);
	return popup;
}

/**
 * Axe on the popup as first opened (no plenum kept, no first-frame copy), with everything open, and on
 * the options page, reported together.
 */
export async function axeEverywhere(session: Session) {
	await session.browser.clearStorage("local");
	await session.browser.clearPageStorage();
	const fresh = await session.open("popup.html");
	const popup = await fresh.axe();
	await fresh.close();
	const everything = await (await popupFullyOpen(session)).axe();
	const options = await (await session.open("options.html")).axe();
	return { popup, everything, options };
}

/** Types a start into the date and time fields, as a person picks them. */
export async function setStart(page: ExtensionPage, { date, time }: { date: string; time: string }): Promise<void> {
	await page.fill("#when-date", date);
	await page.fill("#when-time", time);
	await expect.poll(() => page.text("#when-date")).toBe(date);
	await expect.poll(() => page.text("#when-time")).toBe(time);
}

/** The room link the popup's first painted frame showed (the `plenum:first-render` mark). */
export function firstRenderRoom(page: ExtensionPage): Promise<string | undefined> {
	return page.evaluate(() => {
		const mark = performance.getEntriesByName("plenum:first-render")[0] as PerformanceMark | undefined;
		return (mark?.detail as { room?: string } | undefined)?.room ?? undefined;
	});
}

/**
 * The height the popup asks for, as a browser sizes a popup: with a short viewport at the
 * popup's width, the document's scrollHeight (browsers show at most 600 px of it).
 */
export async function popupHeight(page: ExtensionPage, width = 460): Promise<number> {
	await page.setViewport(width, 200);
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	await page.setViewport(width, 600);
	return height;
}

/** Buttons whose label takes more than one line or does not fit inside the button. */
export function wrappedButtons(page: ExtensionPage): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll("button")]
			.filter((button) => button.getClientRects().length > 0)
			.filter((button) => {
				const range = document.createRange();
				range.selectNodeContents(button);
				const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
				return tops.size > 1 || button.scrollWidth > button.clientWidth;
			})
			.map((button) => button.id || button.textContent || ""),
	);
}

/**
 * Waits until the page has read storage, as its performance marks say (the popup:
 * `plenum:settings-read` and `plenum:storage-read`; the options page: the first), and has rendered
 * what it read: Preact renders a state change in a microtask and runs effects after the next frame,
 * so two frames, each followed by a task, see every render those reads cause, however slow the
 * machine. The page must be the active tab: background tabs get no frames.
 */
export async function storageRead(
	page: ExtensionPage,
	marks: string[] = ["plenum:settings-read", "plenum:storage-read"],
): Promise<void> {
	await expect
		.poll(() => page.evaluate((names) => names.every((n) => performance.getEntriesByName(n).length > 0), marks))
		.toBe(true);
	for (let frame = 0; frame < 2; frame++)
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
}

/**
 * The settings in the first frame's copy (src/platform/first-frame.ts), which the next page to open
 * paints from. A page updates the copy only once its own storage write has resolved, a moment after
 * other pages can already read the write: a scenario that closes the page that changed a setting and
 * then looks at the next page's first frame waits for this copy first.
 */
export function firstFrameSettings(page: ExtensionPage): Promise<Record<string, unknown>> {
	return page.evaluate(() => JSON.parse(localStorage.getItem("first-frame") ?? "{}").settings ?? {});
}

/** For checking that something did NOT happen: the time an asynchronous write would take at most. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/**
 * After a group of scenarios: no extension page made a network request. A check of the whole
 * group rather than a scenario of its own; a request fails the group's run all the same.
 */
export function noRequestLeftTheExtension(session: { browser: ExtensionBrowser }) {
	afterAll(() => {
		expect(session.browser.extensionRequests(), "network requests from an extension page").toEqual([]);
	});
}

/**
 * The browser this run's project drives (vitest.e2e.config.ts): every file runs once per browser,
 * so the scenarios name it in a `describe.each` of one.
 */
export const browsers: BrowserName[] = [inject("browser")];
