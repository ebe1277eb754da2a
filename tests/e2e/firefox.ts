// Debian's Firefox ESR with the test copy installed as a temporary add-on, through puppeteer-core
// over WebDriver BiDi (webExtension.install).
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { type BrowserSession, POPUP_VIEWPORT, type StartOptions } from "./session";
import {
	browserPath,
	CONTROL_PAGE,
	DEAD_PROXY,
	FIREFOX_EXTENSION_UUID,
	languageEnv,
	staysOnTheMachine,
} from "./test-copy";

function firefoxPrefs(geckoId: string, opts: StartOptions) {
	return {
		"extensions.webextensions.uuids": JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
		// Extension i18n follows the app locale, which can only be German with the German
		// langpack installed (Debian: firefox-esr-l10n-de); without it this pref is ignored.
		"intl.locale.requested": opts.locale === "de" ? "de" : "en-US",
		"intl.accept_languages": opts.locale === "de" ? "de-DE, de" : "en-US, en",
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
			close: () => firefox.close(),
		};
	} catch (error) {
		await firefox.close();
		throw error;
	}
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
