// Debian's Firefox ESR with the test copy installed as a temporary add-on, through puppeteer-core
// over WebDriver BiDi (webExtension.install).
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { type BrowserSession, type Download, POPUP_VIEWPORT, type StartOptions } from "./session";
import {
	browserPath,
	CONTROL_PAGE,
	DEAD_PROXY,
	FIREFOX_EXTENSION_UUID,
	languageEnv,
	staysOnTheMachine,
	uiLanguage,
} from "./test-copy";

function firefoxPrefs(geckoId: string, opts: StartOptions) {
	return {
		"extensions.webextensions.uuids": JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
		// Extension i18n follows the app locale, which can only be German with the German
		// langpack installed (Debian: firefox-esr-l10n-de); without it this pref is ignored.
		"intl.locale.requested": uiLanguage("firefox", opts.locale),
		"intl.accept_languages": acceptLanguages[opts.locale],
		"layout.css.prefers-color-scheme.content-override": opts.colorScheme === "dark" ? 0 : 1,
		// Every http(s) request goes to a proxy that is not there, so meeting tabs fail on the
		// machine instead of reaching the network.
		"network.proxy.type": 1,
		"network.proxy.http": DEAD_PROXY.host,
		"network.proxy.http_port": DEAD_PROXY.port,
		"network.proxy.ssl": DEAD_PROXY.host,
		"network.proxy.ssl_port": DEAD_PROXY.port,
		// A temporary add-on is removed when Firefox closes; these keep its storage and its
		// moz-extension:// origin for the same add-on installed again after a restart.
		"extensions.webextensions.keepStorageOnUninstall": true,
		"extensions.webextensions.keepUuidOnUninstall": true,
		...(opts.downloadDir && downloadPrefs(opts.downloadDir)),
	};
}

// What a person in each language would have set: the page's preferred locales (navigator.languages).
const acceptLanguages: Record<StartOptions["locale"], string> = {
	en: "en-US, en",
	de: "de-DE, de",
	fr: "fr-FR, fr",
	it: "it-IT, it",
	es: "es-ES, es",
};

/** Every download straight into `dir`, with no dialog and no panel, as with "Always ask" off. */
function downloadPrefs(dir: string) {
	return {
		"browser.download.dir": dir,
		"browser.download.folderList": 2,
		"browser.download.useDownloadDir": true,
		"browser.download.always_ask_before_handling_new_types": false,
		"browser.download.start_downloads_in_tmp_dir": false,
		"browser.download.alwaysOpenPanel": false,
		"browser.helperApps.neverAsk.saveToDisk": "text/calendar",
	};
}

// The few extension APIs that functions evaluated in the control page call. Declared here, not
// globally: these names exist only in the page, where the functions are serialized to run.
interface TabsApi {
	create(properties: { url: string }): Promise<{ id?: number }>;
	update(id: number, properties: { url: string }): Promise<unknown>;
	onUpdated: {
		addListener(listener: (id: number, change: { status?: string }, tab: { url?: string }) => void): void;
		removeListener(listener: (id: number, change: { status?: string }, tab: { url?: string }) => void): void;
	};
}
declare const browser: { tabs: TabsApi };

export async function startFirefox(copy: string, geckoId: string, opts: StartOptions): Promise<BrowserSession> {
	if (opts.withoutNativeBrowser) throw new Error("withoutNativeBrowser is for Chromium");
	const firefox = await puppeteer.launch({
		browser: "firefox",
		executablePath: browserPath("firefox"),
		headless: true,
		defaultViewport: POPUP_VIEWPORT,
		userDataDir: opts.profileDir,
		env: languageEnv(opts.locale),
		extraPrefsFirefox: firefoxPrefs(geckoId, opts),
	});
	try {
		const requests = await recordRequests(firefox);
		const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
		const known = new Set(await firefox.pages());
		await firefox.installExtension(copy);
		const control = await newPageShowing(firefox, known, `${origin}/${CONTROL_PAGE}`);
		// Puppeteer cannot tell a page's tab id, which tabs.update needs: newTab() remembers it.
		const tabIds = new WeakMap<Page, number>();
		return {
			name: "firefox",
			origin,
			browser: firefox,
			control,
			async newTab() {
				const before = new Set(await firefox.pages());
				const id = await control.evaluate(() =>
					browser.tabs.create({ url: "about:blank" }).then((tab) => tab.id ?? -1),
				);
				const tab = await newPageShowing(firefox, before, "about:blank");
				tabIds.set(tab, id);
				return tab;
			},
			async show(tab, path) {
				const id = tabIds.get(tab);
				if (id === undefined) throw new Error("show() takes a tab from newTab()");
				// BiDi may not navigate to moz-extension:// URLs, but the extension may open its own
				// pages; the control page waits for the load event without polling the page under test.
				await control.evaluate(
					([tabId, url]) =>
						new Promise<void>((resolve) => {
							const loaded = (id: number, change: { status?: string }, tab: { url?: string }) => {
								if (id !== tabId || change.status !== "complete" || tab.url !== url) return;
								browser.tabs.onUpdated.removeListener(loaded);
								resolve();
							};
							browser.tabs.onUpdated.addListener(loaded);
							void browser.tabs.update(tabId, { url });
						}),
					[id, `${origin}/${path}`] as const,
				);
			},
			requests: () => [...requests],
			downloads: () => (opts.downloadDir ? downloadedFiles(opts.downloadDir) : Promise.resolve([])),
			close: () => firefox.close(),
		};
	} catch (error) {
		await firefox.close();
		throw error;
	}
}

/**
 * The complete files in the download folder, oldest first. Firefox gives a second file of the same
 * name a number ("x(1).ics"), and writes a download into "x.part" beside an empty "x" that it
 * fills when done. The empty "x" is created before "x.part", so for a moment it stands alone:
 * an empty file counts as not yet written (the extension saves no empty files).
 */
async function downloadedFiles(dir: string): Promise<Download[]> {
	const all = await readdir(dir);
	const partial = all.filter((file) => file.endsWith(".part")).map((file) => file.slice(0, -".part".length));
	const settled = all.filter((file) => !file.endsWith(".part") && !partial.includes(file));
	const files = await Promise.all(
		settled.map(async (name) => {
			const path = join(dir, name);
			return { name, text: await readFile(path, "utf8"), time: (await stat(path)).mtimeMs };
		}),
	);
	return files
		.filter(({ text }) => text !== "")
		.sort((a, b) => a.time - b.time)
		.map(({ name, text }) => ({ name, text }));
}

/**
 * Puppeteer reports every extension page's url() and frame URL as about:blank, so requests
 * cannot be attributed by URL as in Chromium. The only pages here are extension pages and
 * meeting tabs that fail at the dead proxy and so load nothing: a request that is not a tab's
 * own navigation came from an extension page.
 */
async function recordRequests(firefox: Browser): Promise<string[]> {
	const requests: string[] = [];
	const watch = (page: Page) =>
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
	return requests;
}

/** The page of the first tab not in `known` whose document is `href` (puppeteer's url() is not to be trusted here). */
async function newPageShowing(firefox: Browser, known: Set<Page>, href: string): Promise<Page> {
	for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
		for (const page of await firefox.pages()) {
			if (known.has(page)) continue;
			const shown = await page
				.evaluate(() => (document.readyState === "complete" ? location.href : ""))
				.catch(() => "");
			if (shown === href) return page;
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`Firefox did not open ${href}`);
}
