// One adapter over two drivers, so every scenario is written once and runs in both browsers.
// Chromium through playwright-core: its persistent context loads an unpacked extension.
// Firefox through puppeteer-core over WebDriver BiDi, which installs a temporary add-on into
// Debian's stock Firefox (playwright drives only its own patched Firefox build).
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import puppeteer, { type KeyInput, type Page as PpPage } from "puppeteer-core";
import {
	browserPath,
	CHROMIUM_EXTENSION_ID,
	CONTROL_PAGE,
	chromiumArgs,
	FIREFOX_EXTENSION_UUID,
	firefoxPrefs,
	languageEnv,
	patchTestCopy,
} from "./test-browsers.js";

export type BrowserName = "chromium" | "firefox";
export type StorageArea = "sync" | "local";
export interface LaunchOptions {
	locale?: "en" | "de";
	colorScheme?: "light" | "dark";
	/** The unpacked build to test; defaults to the project's dist/. */
	distDir?: string;
	/**
	 * Chromium only: hide the native `browser` namespace from extension pages, as in Chromium
	 * before 148, so the extension has to fall back to webextension-polyfill.
	 */
	withoutNativeBrowser?: boolean;
}
export interface FocusInfo {
	id: string;
	tag: string;
	/** An outline or box-shadow is drawn: a sighted keyboard user can see where focus is. */
	visible: boolean;
}
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

export interface ExtensionPage {
	evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
	click(selector: string): Promise<void>;
	fill(selector: string, text: string): Promise<void>;
	select(selector: string, value: string): Promise<void>;
	press(key: string): Promise<void>;
	/** `value` of form controls, `textContent` of anything else. */
	text(selector: string): Promise<string>;
	/** Resolves once the element is in the DOM and visible. */
	waitFor(selector: string): Promise<void>;
	/** Resize the page's viewport, in CSS pixels (a narrow one stands in for a zoomed page). */
	setViewport(width: number, height: number): Promise<void>;
	/**
	 * Make this the active tab again, as a popup always is. Tabs in the background get no
	 * animation frames, on which both drivers wait before a click.
	 */
	bringToFront(): Promise<void>;
	focused(): Promise<FocusInfo>;
	/** Make the next copies fail the way a browser refuses a clipboard write. */
	refuseClipboard(): Promise<void>;
	axe(): Promise<AxeViolation[]>;
	screenshot(file: string): Promise<void>;
	close(): Promise<void>;
}

export interface ExtensionBrowser {
	readonly name: BrowserName;
	/** chrome-extension://ID or moz-extension://UUID, no trailing slash. */
	readonly origin: string;
	openPage(path: "popup.html" | "options.html"): Promise<ExtensionPage>;
	/** Every request made by an extension page, except for the extension's own files, blob: and data: URLs. */
	extensionRequests(): string[];
	/** URLs of the tabs opened since launch other than by the harness, in tab order. */
	openTabUrls(): Promise<string[]>;
	/** Close the tabs that openTabUrls() lists, so the next scenario starts without them. */
	closeOpenedTabs(): Promise<void>;
	readClipboard(): Promise<string>;
	setStorage(area: StorageArea, items: Record<string, unknown>): Promise<void>;
	getStorage(area: StorageArea): Promise<Record<string, unknown>>;
	clearStorage(area: StorageArea): Promise<void>;
	close(): Promise<void>;
}

const root = join(import.meta.dirname, "..", "..");
export const screenshotDir = join(import.meta.dirname, "screenshots");

type Size = { width: number; height: number };
// Chromium caps popups at 800x600 and the popup's CSS asks for 380 px; options pages sit in a
// wider settings view.
const viewports: Record<string, Size> = {
	"popup.html": { width: 380, height: 600 },
	"options.html": { width: 700, height: 600 },
};
const defaultViewport = viewports["popup.html"] as Size;

/** A German run without the browser's German files would silently show English. */
function assertGermanInstalled(name: BrowserName, executablePath: string): void {
	// Debian's /usr/bin/chromium is a wrapper script; the browser and its locales live in /usr/lib.
	const dir = dirname(realpathSync(executablePath));
	const langpacks = join(dir, "browser", "extensions");
	const found =
		name === "chromium"
			? [join(dir, "locales", "de.pak"), "/usr/lib/chromium/locales/de.pak"].some((f) => existsSync(f))
			: existsSync(langpacks) && readdirSync(langpacks).some((f) => f.startsWith("langpack-de@"));
	if (!found) {
		const pkg = name === "chromium" ? "chromium-l10n" : "firefox-esr-l10n-de";
		throw new Error(`${name} has no German UI files, so the extension cannot be German: apt-get install -y ${pkg}`);
	}
}

function isExtensionUrl(url: string): boolean {
	return url.startsWith("chrome-extension://") || url.startsWith("moz-extension://");
}

/** The extension's own files, and what a page made in its own memory (blob: of its origin, data:). */
function staysOnTheMachine(url: string): boolean {
	return isExtensionUrl(url) || isExtensionUrl(url.replace(/^blob:/, "")) || url.startsWith("data:");
}

/** Copy the build and patch only the copy, so nothing test-only can reach dist/ or a store. */
export async function makeTestCopy(distDir: string, name: BrowserName): Promise<string> {
	if (!existsSync(join(distDir, "manifest.json"))) {
		throw new Error(`No build at ${distDir}: run \`npm run build\` first`);
	}
	const dir = await mkdtemp(join(tmpdir(), `plenum-e2e-${name}-`));
	await cp(distDir, dir, { recursive: true });
	// `tabs` lets tabs.query show the URLs of the meeting tabs; `clipboardRead` lets a test read
	// back what the popup copied.
	await patchTestCopy(dir, name, ["tabs", "clipboardRead"]);
	return dir;
}

export async function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
	const executablePath = browserPath(name);
	if (opts.locale === "de") assertGermanInstalled(name, executablePath);
	const copy = await makeTestCopy(opts.distDir ?? join(root, "dist"), name);
	if (opts.withoutNativeBrowser && name !== "chromium") throw new Error("withoutNativeBrowser is for Chromium");
	const options = {
		locale: opts.locale ?? "en",
		colorScheme: opts.colorScheme ?? "light",
		withoutNativeBrowser: opts.withoutNativeBrowser ?? false,
	} as const;
	const removeCopy = () => rm(copy, { recursive: true, force: true });
	let session: Session | undefined;
	try {
		session =
			name === "chromium"
				? await launchChromium(executablePath, copy, options)
				: await launchFirefox(executablePath, copy, options);
		const closeBrowser = session.close;
		return await extensionBrowser({ ...session, close: () => closeBrowser().finally(removeCopy) });
	} catch (error) {
		await session?.close();
		await removeCopy();
		throw error;
	}
}

// What a page adapter needs from either driver; the rest is shared.
interface Driver {
	evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
	evaluateScript(source: string): Promise<unknown>;
	click(selector: string): Promise<void>;
	fill(selector: string, text: string): Promise<void>;
	select(selector: string, value: string): Promise<void>;
	press(key: string): Promise<void>;
	waitFor(selector: string): Promise<void>;
	setViewport(size: Size): Promise<void>;
	bringToFront(): Promise<void>;
	screenshot(file: string): Promise<void>;
	close(): Promise<void>;
}

let axeSource: string | undefined;

function pageAdapter(driver: Driver, viewport: Size): ExtensionPage {
	return {
		evaluate: (fn, arg) => driver.evaluate(fn, arg as never),
		click: (s) => driver.click(s),
		fill: (s, t) => driver.fill(s, t),
		select: (s, v) => driver.select(s, v),
		press: (k) => driver.press(k),
		waitFor: (s) => driver.waitFor(s),
		setViewport: (width, height) => driver.setViewport({ width, height }),
		bringToFront: () => driver.bringToFront(),
		close: () => driver.close(),
		text: (selector) =>
			driver.evaluate((s) => {
				const el = document.querySelector(s);
				if (!el) throw new Error(`No element matches ${s}`);
				const field =
					el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
				return field ? el.value : (el.textContent ?? "");
			}, selector),
		focused: () =>
			driver.evaluate(() => {
				const el = document.activeElement ?? document.body;
				const style = getComputedStyle(el);
				const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
				const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
				return { id: el.id, tag: el.tagName.toLowerCase(), visible: outline || shadow };
			}, undefined),
		refuseClipboard: () =>
			driver.evaluate(() => {
				const refuse = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
				navigator.clipboard.writeText = refuse;
				navigator.clipboard.write = refuse;
				// An older-style fallback must not succeed either.
				const execCommand = document.execCommand.bind(document);
				document.execCommand = (command, ...rest) => command !== "copy" && execCommand(command, ...rest);
			}, undefined),
		async axe() {
			// Passed as a script source, not eval'd in the page: the extension CSP forbids eval,
			// but the driver's own evaluation is not bound by the page's CSP.
			axeSource ??= await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
			await driver.evaluateScript(axeSource);
			return driver.evaluate(async () => {
				const { axe } = window as unknown as { axe: typeof import("axe-core") };
				const result = await axe.run(document);
				return result.violations.map((v) => ({
					id: v.id,
					impact: v.impact ?? null,
					help: v.help,
					targets: v.nodes.map((n) => n.target.join(" ")),
				}));
			}, undefined);
		},
		async screenshot(file) {
			await mkdir(dirname(file), { recursive: true });
			// A real popup is as tall as its content: shrink the viewport to the content, so the
			// picture has no empty band below it.
			await driver.setViewport({ width: viewport.width, height: 100 });
			const height = await driver.evaluate(() => document.documentElement.scrollHeight, undefined);
			await driver.setViewport({ width: viewport.width, height });
			await driver.screenshot(file);
			await driver.setViewport(viewport);
		},
	};
}

// The few extension APIs that functions evaluated in extension pages call. Declared here, not
// globally: these names exist only in the page, where the functions are serialized to run.
interface Tab {
	id?: number;
	url?: string;
	pendingUrl?: string;
	windowId: number;
	index: number;
}
interface ExtensionApi {
	tabs: {
		query(query: object): Promise<Tab[]>;
		getCurrent(): Promise<Tab | undefined>;
		create(properties: { url: string }): Promise<Tab>;
		remove(ids: number[]): Promise<void>;
	};
	storage: Record<
		StorageArea,
		{
			get(keys: null): Promise<Record<string, unknown>>;
			set(items: Record<string, unknown>): Promise<void>;
			clear(): Promise<void>;
		}
	>;
}
// Both browsers have `browser` (Chromium since 148); the rest of the harness never uses these.
declare const browser: ExtensionApi;

/** What each browser's launcher provides; everything else is shared. */
interface Session {
	name: BrowserName;
	origin: string;
	/** A blank extension page that stays open, from which the harness uses the extension's APIs. */
	control: Driver;
	/** Open an extension page in a new tab. */
	open(path: string): Promise<Driver>;
	requests: string[];
	close(): Promise<void>;
}

async function extensionBrowser(session: Session): Promise<ExtensionBrowser> {
	const { control } = session;
	// `chrome` where a scenario hid `browser` from the page under test (withoutNativeBrowser).
	const tabId = (driver: Driver) =>
		driver.evaluate(() => {
			const api = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
			return (api.browser ?? api.chrome).tabs.getCurrent().then((tab) => tab?.id ?? -1);
		}, undefined);
	const allTabs = () =>
		control.evaluate(async () => {
			const tabs = await browser.tabs.query({});
			return tabs
				.sort((a, b) => a.windowId - b.windowId || a.index - b.index)
				.map((t) => ({ id: t.id ?? -1, url: t.pendingUrl || t.url || "" }));
		}, undefined);
	// Tabs that were there before any scenario ran, or that the harness opened, are not the
	// extension's doing.
	const notOpenedByExtension = new Set((await allTabs()).map((t) => t.id));
	const openedTabs = async () => (await allTabs()).filter((t) => !notOpenedByExtension.has(t.id));

	return {
		name: session.name,
		origin: session.origin,
		async openPage(path) {
			const driver = await session.open(path);
			notOpenedByExtension.add(await tabId(driver));
			const viewport = viewports[path] ?? defaultViewport;
			await driver.setViewport(viewport);
			return pageAdapter(driver, viewport);
		},
		extensionRequests: () => [...session.requests],
		openTabUrls: async () => (await openedTabs()).map((t) => t.url),
		async closeOpenedTabs() {
			const ids = (await openedTabs()).map((t) => t.id);
			await control.evaluate((i) => browser.tabs.remove(i), ids);
		},
		readClipboard: () => control.evaluate(() => navigator.clipboard.readText(), undefined),
		setStorage: (area, items) => control.evaluate(([a, i]) => browser.storage[a].set(i), [area, items] as const),
		getStorage: (area) => control.evaluate((a) => browser.storage[a].get(null), area),
		clearStorage: (area) => control.evaluate((a) => browser.storage[a].clear(), area),
		close: () => session.close(),
	};
}

type Options = { locale: "en" | "de"; colorScheme: "light" | "dark"; withoutNativeBrowser: boolean };

async function launchChromium(executablePath: string, copy: string, opts: Options): Promise<Session> {
	const origin = `chrome-extension://${CHROMIUM_EXTENSION_ID}`;
	const profile = await mkdtemp(join(tmpdir(), "plenum-e2e-chromium-profile-"));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		ignoreDefaultArgs: ["--disable-extensions"],
		args: chromiumArgs(copy, opts.locale),
		env: languageEnv(opts.locale),
		// navigator.language and Intl; the extension's own i18n follows --lang (chromiumArgs).
		locale: opts.locale === "de" ? "de-DE" : "en-US",
		colorScheme: opts.colorScheme,
		viewport: defaultViewport,
	});
	if (opts.withoutNativeBrowser) {
		// The harness's own control page keeps it: the harness speaks `browser` there.
		await context.addInitScript((control) => {
			if (!location.pathname.endsWith(`/${control}`)) delete (globalThis as { browser?: unknown }).browser;
		}, CONTROL_PAGE);
	}

	const requests: string[] = [];
	context.on("request", (request) => {
		const url = request.url();
		if (staysOnTheMachine(url)) return;
		let from: string;
		try {
			from = request.serviceWorker()?.url() ?? request.frame().url();
		} catch {
			return; // a worker's request that belongs to no page of this context
		}
		// A meeting tab's own navigation is attributed to that tab (about:blank or its error
		// page), so this keeps only requests made while an extension document is loaded.
		if (isExtensionUrl(from)) requests.push(url);
	});

	const open = async (path: string): Promise<Driver> => {
		const page = await context.newPage();
		await page.goto(`${origin}/${path}`);
		return {
			// playwright's types unbox handles in arguments; plain JSON values pass unchanged.
			evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
			evaluateScript: (source) => page.evaluate(source),
			click: (s) => page.click(s),
			fill: (s, t) => page.fill(s, t),
			select: (s, v) => page.selectOption(s, v).then(() => undefined),
			press: (k) => page.keyboard.press(k),
			waitFor: (s) => page.waitForSelector(s, { state: "visible" }).then(() => undefined),
			setViewport: (size) => page.setViewportSize(size),
			bringToFront: () => page.bringToFront(),
			screenshot: (file) => page.screenshot({ path: file, fullPage: true }).then(() => undefined),
			close: () => page.close(),
		};
	};

	const close = async () => {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	};
	try {
		return { name: "chromium", origin, control: await open(CONTROL_PAGE), open, requests, close };
	} catch (error) {
		await close();
		throw error;
	}
}

async function launchFirefox(executablePath: string, copy: string, opts: Options): Promise<Session> {
	const manifest = JSON.parse(await readFile(join(copy, "manifest.json"), "utf8"));
	const geckoId: string = manifest.browser_specific_settings.gecko.id;
	const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
	const firefox = await puppeteer.launch({
		browser: "firefox",
		executablePath,
		headless: true,
		defaultViewport,
		env: languageEnv(opts.locale),
		extraPrefsFirefox: firefoxPrefs(geckoId, opts.locale, opts.colorScheme),
	});

	// Puppeteer reports every extension page's url() and frame URL as about:blank, so requests
	// cannot be attributed by URL as in Chromium. The only pages here are extension pages and
	// meeting tabs that fail at the dead proxy and so load nothing: a request that is not a
	// tab's own navigation came from an extension page.
	const requests: string[] = [];
	const watch = (page: PpPage) =>
		page.on("request", (request) => {
			const url = request.url();
			const tabNavigation = request.isNavigationRequest() && request.frame()?.parentFrame() == null;
			if (!staysOnTheMachine(url) && !tabNavigation) requests.push(url);
		});
	for (const page of await firefox.pages()) watch(page);
	firefox.on("targetcreated", async (target) => {
		const page = await target.page();
		if (page) watch(page);
	});

	const driverFor = (page: PpPage): Driver => ({
		// puppeteer's types unwrap element handles in arguments; plain JSON values pass unchanged.
		evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
		evaluateScript: (source) => page.evaluate(source),
		click: (s) => page.locator(s).click(),
		fill: (s, t) => page.locator(s).fill(t),
		select: (s, v) => page.select(s, v).then(() => undefined),
		// Scenarios use playwright's key names; puppeteer's BiDi keyboard knows the space bar only as ' '.
		press: (k) => page.keyboard.press((k === "Space" ? " " : k) as KeyInput),
		waitFor: (s) => page.waitForSelector(s, { visible: true }).then(() => undefined),
		setViewport: (size) => page.setViewport(size),
		bringToFront: () => page.bringToFront(),
		screenshot: (file) => page.screenshot({ path: file as `${string}.png`, fullPage: true }).then(() => undefined),
		close: () => page.close(),
	});

	/** The page of the first tab not in `known` that shows `path` of the extension. */
	const waitForExtensionPage = async (known: Set<PpPage>, path: string): Promise<PpPage> => {
		const href = `${origin}/${path}`;
		for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
			for (const page of await firefox.pages()) {
				if (known.has(page)) continue;
				const shown = await page
					.evaluate(() => (document.readyState === "complete" ? location.href : ""))
					.catch(() => "");
				if (shown === href) return page;
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error(`Firefox did not open ${href}`);
	};

	try {
		const known = new Set(await firefox.pages());
		await firefox.installExtension(copy);
		const control = driverFor(await waitForExtensionPage(known, CONTROL_PAGE));
		return {
			name: "firefox",
			origin,
			control,
			async open(path) {
				const before = new Set(await firefox.pages());
				// BiDi may not navigate to moz-extension:// URLs, but the extension may open its own pages.
				await control.evaluate((url) => browser.tabs.create({ url: `/${url}` }), path);
				return driverFor(await waitForExtensionPage(before, path));
			},
			requests,
			close: () => firefox.close(),
		};
	} catch (error) {
		await firefox.close();
		throw error;
	}
}
