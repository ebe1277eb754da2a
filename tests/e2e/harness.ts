// The one way this repository starts a browser with the extension (startBrowser), and on top of
// it the interface every scenario is written against once, for both browsers (launch).
// One driver for both: puppeteer-core speaks the DevTools protocol to Chromium and WebDriver
// BiDi to Firefox ESR, whose stock build it installs a temporary add-on into.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startChromium } from "./chromium";
import { startFirefox } from "./firefox";
import { type ExtensionPage, pageAdapter, type Size } from "./page-adapter";
import { type BrowserSession, type Download, POPUP_VIEWPORT } from "./session";
import { assertLanguageInstalled, type BrowserName, browserPath, type Locale, makeTestCopy } from "./test-copy";

export type { AxeViolation, ExtensionPage, FocusInfo } from "./page-adapter";
export type { BrowserSession, Download } from "./session";
export type { BrowserName, Locale } from "./test-copy";
export { TIME_ZONE } from "./test-copy";
export type StorageArea = "sync" | "local";

export interface LaunchOptions {
	locale?: Locale;
	colorScheme?: "light" | "dark";
	/** The unpacked build to test; defaults to the project's dist/. */
	distDir?: string;
	/**
	 * Chromium only: hide the native `browser` namespace from extension pages, as in Chromium
	 * before 148, so the extension has to fall back to webextension-polyfill.
	 */
	withoutNativeBrowser?: boolean;
	/** Keep the browser's profile in a folder of its own, so that restart() finds its data. */
	restartable?: boolean;
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
	/** Clears the extension pages' own localStorage (where the popup keeps its first-frame copy). */
	clearPageStorage(): Promise<void>;
	/** The files downloaded so far, complete ones only, oldest first. */
	downloads(): Promise<Download[]>;
	clearDownloads(): Promise<void>;
	/**
	 * Closes the browser and starts it again on the same profile, as after a reboot; pages opened
	 * before are gone. Only for a browser launched with `restartable`.
	 */
	restart(): Promise<void>;
	close(): Promise<void>;
}

const root = join(import.meta.dirname, "..", "..");
export const screenshotDir = join(import.meta.dirname, "screenshots");

/**
 * Starts Debian's Chromium or Firefox ESR with a test copy of the build (makeTestCopy) and its
 * control page open. Closing the session removes the copy and the browser's profile.
 */
export async function startBrowser(
	name: BrowserName,
	opts: LaunchOptions = {},
	kept?: { copy: { dir: string; geckoId: string }; profileDir: string },
	downloadDir?: string,
): Promise<BrowserSession> {
	const locale = opts.locale ?? "en";
	assertLanguageInstalled(name, browserPath(name), locale);
	const copy = kept?.copy ?? (await makeTestCopy(opts.distDir ?? join(root, "dist"), name));
	const options = {
		locale,
		colorScheme: opts.colorScheme ?? "light",
		withoutNativeBrowser: opts.withoutNativeBrowser ?? false,
		profileDir: kept?.profileDir,
		downloadDir,
	};
	// A copy the caller keeps for a restart is the caller's to remove.
	const removeCopy = () => (kept ? Promise.resolve() : rm(copy.dir, { recursive: true, force: true }));
	try {
		const session =
			name === "chromium"
				? await startChromium(copy.dir, options)
				: await startFirefox(copy.dir, copy.geckoId, options);
		return { ...session, close: () => session.close().finally(removeCopy) };
	} catch (error) {
		await removeCopy();
		throw error;
	}
}

// Chromium and Firefox cap popups at 800x600 and the popup's CSS asks for 460 px; options pages
// sit in a wider settings view.
const viewports: Record<string, Size> = { "popup.html": POPUP_VIEWPORT, "options.html": { width: 700, height: 600 } };

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

/** A started browser as the scenarios use it. */
export async function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
	const kept = opts.restartable
		? {
				copy: await makeTestCopy(opts.distDir ?? join(root, "dist"), name),
				profileDir: await mkdtemp(join(tmpdir(), `plenum-e2e-${name}-profile-`)),
			}
		: undefined;
	const downloadDir = await mkdtemp(join(tmpdir(), `plenum-e2e-${name}-downloads-`));
	let session = await startBrowser(name, opts, kept, downloadDir);
	const allTabs = () =>
		session.control.evaluate(async () => {
			const tabs = await browser.tabs.query({});
			return tabs
				.sort((a, b) => a.windowId - b.windowId || a.index - b.index)
				.map((t) => ({ id: t.id ?? -1, url: t.pendingUrl || t.url || "" }));
		});
	// Tabs that were there before any scenario ran, or that the harness opened, are not the
	// extension's doing.
	let notOpenedByExtension = new Set((await allTabs()).map((t) => t.id));
	// Chromium may report a meeting tab's address as empty once its load (which fails here: no
	// network) has committed: the tab then counts with the last address it was seen with.
	const lastSeen = new Map<number, string>();
	const openedTabs = async () =>
		(await allTabs())
			.filter((t) => !notOpenedByExtension.has(t.id))
			.map((t) => {
				if (t.url) lastSeen.set(t.id, t.url);
				return { id: t.id, url: t.url || (lastSeen.get(t.id) ?? "") };
			});

	const control = () => session.control;
	// What the pages asked for before a restart still counts.
	const earlierRequests: string[] = [];
	return {
		name,
		origin: session.origin,
		async openPage(path) {
			const tab = await session.newTab();
			const viewport = viewports[path] ?? POPUP_VIEWPORT;
			await tab.setViewport(viewport);
			await session.show(tab, path);
			// `chrome` where a scenario hid `browser` from the page under test (withoutNativeBrowser).
			const tabId = await tab.evaluate(() => {
				const api = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
				return (api.browser ?? api.chrome).tabs.getCurrent().then((t) => t?.id ?? -1);
			});
			notOpenedByExtension.add(tabId);
			return pageAdapter(tab, viewport);
		},
		extensionRequests: () => [...earlierRequests, ...session.requests()],
		openTabUrls: async () => (await openedTabs()).map((t) => t.url),
		async closeOpenedTabs() {
			const ids = (await openedTabs()).map((t) => t.id);
			await control().evaluate((i) => browser.tabs.remove(i), ids);
		},
		readClipboard: () => control().evaluate(() => navigator.clipboard.readText()),
		setStorage: (area, items) => control().evaluate(([a, i]) => browser.storage[a].set(i), [area, items] as const),
		getStorage: (area) => control().evaluate((a) => browser.storage[a].get(null), area),
		clearStorage: (area) => control().evaluate((a) => browser.storage[a].clear(), area),
		clearPageStorage: () => control().evaluate(() => localStorage.clear()),
		downloads: () => session.downloads(),
		async clearDownloads() {
			for (const file of await readdir(downloadDir)) await rm(join(downloadDir, file), { force: true });
		},
		async restart() {
			if (!kept) throw new Error("restart() needs a browser launched with { restartable: true }");
			earlierRequests.push(...session.requests());
			await session.close();
			session = await startBrowser(name, opts, kept, downloadDir);
			notOpenedByExtension = new Set((await allTabs()).map((t) => t.id));
			// A new browser numbers its tabs anew.
			lastSeen.clear();
		},
		async close() {
			await session.close();
			await rm(downloadDir, { recursive: true, force: true });
			if (kept) {
				await rm(kept.copy.dir, { recursive: true, force: true });
				await rm(kept.profileDir, { recursive: true, force: true });
			}
		},
	};
}
