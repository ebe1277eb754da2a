// What a started browser offers everyone who drives it: the scenarios (through harness.ts), the
// benchmark and any script that needs the extension's pages in a real browser. Both browsers
// are driven by puppeteer-core: Chromium over the DevTools protocol, Firefox over WebDriver BiDi.
import type { Browser, Page } from "puppeteer-core";
import type { BrowserName, Locale } from "./test-copy";

export interface StartOptions {
	locale: Locale;
	colorScheme: "light" | "dark";
	/**
	 * Chromium only: hide the native `browser` namespace from extension pages, as in Chromium
	 * before 148, so the extension has to fall back to webextension-polyfill.
	 */
	withoutNativeBrowser: boolean;
	/** A profile folder of the caller's, kept when the browser closes, so a restart finds its data. */
	profileDir?: string;
	/** Where downloads land, without asking; the browser's default downloads folder when unset. */
	downloadDir?: string;
}

/** A file the browser finished downloading: the name the page gave it, and its text. */
export type Download = { name: string; text: string };

export interface BrowserSession {
	readonly name: BrowserName;
	/** chrome-extension://ID or moz-extension://UUID, no trailing slash. */
	readonly origin: string;
	readonly browser: Browser;
	/** A blank extension page that stays open, from which the extension's APIs are used. */
	readonly control: Page;
	/** A new, active tab on about:blank. */
	newTab(): Promise<Page>;
	/** Shows an extension page (`popup.html`) in a tab from newTab(); resolves after its load event. */
	show(tab: Page, path: string): Promise<void>;
	/** Every request an extension page made that would have left the machine. */
	requests(): string[];
	/** The files downloaded into StartOptions.downloadDir so far, complete ones only, oldest first. */
	downloads(): Promise<Download[]>;
	close(): Promise<void>;
}

/** Both browsers' viewport for a new tab: the popup's width (its body's CSS width), the popups' height cap. */
export const POPUP_VIEWPORT = { width: 460, height: 600 };
