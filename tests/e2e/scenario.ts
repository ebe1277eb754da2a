// What the scenario files share: one browser per group of scenarios, the built messages, and the
// few steps that every scenario takes the same way (see harness.ts for the driver).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { type BrowserName, type ExtensionBrowser, type ExtensionPage, type LaunchOptions, launch } from "./harness";

export type Messages = Record<string, { message: string }>;
const messages = (locale: string): Messages =>
	JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "dist", "_locales", locale, "messages.json"), "utf8"));
export const en = messages("en");
export const de = messages("de");

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

/** One browser for a group of scenarios; each scenario starts with no pages, tabs or settings of the last. */
export function useBrowser(name: BrowserName, options: LaunchOptions = {}): Session {
	const session = {} as Session;
	let pages: ExtensionPage[] = [];
	beforeAll(async () => {
		session.browser = await launch(name, options);
	});
	afterEach(async () => {
		// A page may already be gone (closed by a scenario): that is no failure of the next one.
		await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
		pages = [];
		await session.browser.closeOpenedTabs();
		await session.browser.clearStorage("sync");
		await session.browser.clearStorage("local");
		await session.browser.clearPageStorage();
	});
	afterAll(async () => {
		await session.browser?.close();
	});
	session.open = async (path) => {
		const page = await session.browser.openPage(path);
		pages.push(page);
		if (path === "popup.html") await page.waitFor("#room-link");
		else await page.waitFor("#jitsi-instance");
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

/** Click "Copy invitation" and wait until the popup says it is done. */
export async function copyInvitation(page: ExtensionPage): Promise<void> {
	await page.click("#copy");
	await page.waitFor("#status:not(:empty)");
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

/** A valid entry for storage.local's `pinned` or `recent`, as the popup writes them. */
export function savedMeeting(n: number, name = `Plenum ${n}`) {
	return {
		voice: "jitsi",
		title: name,
		roomUrl: `https://meet.systemli.org/seededroom${n}#config.startWithAudioMuted=true`,
		padUrl: `https://pad.systemli.org/p/seededpad${n}`,
		name,
		time: 1_700_000_000_000 + n,
	};
}

/** Opens "Pinned and recent plenums", a <details> that reads storage only once opened. */
export async function openSaved(page: ExtensionPage): Promise<void> {
	await page.click("#saved > summary");
	await page.waitFor("#saved h2");
}

/** The popup with everything open at once: the QR code, the pin form and the saved plenums. */
export async function popupFullyOpen(session: Session, pinnedName = "Monday plenum"): Promise<ExtensionPage> {
	await session.browser.setStorage("local", {
		pinned: [savedMeeting(1, pinnedName), savedMeeting(2)],
		recent: [savedMeeting(3), savedMeeting(4)],
	});
	const popup = await session.open("popup.html");
	await popup.click("#show-qr");
	await popup.waitFor("svg#qr-code");
	await popup.click("#pin");
	await popup.waitFor("#pin-name");
	await openSaved(popup);
	await popup.waitFor("#pinned li");
	await popup.waitFor("#recent li");
	return popup;
}

/** For checking that something did NOT happen: the time an asynchronous write would take at most. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

export function noRequestLeftTheExtension(session: { browser: ExtensionBrowser }) {
	it("made no network request from an extension page", () => {
		expect(session.browser.extensionRequests()).toEqual([]);
	});
}

export const browsers: BrowserName[] = ["chromium", "firefox"];
