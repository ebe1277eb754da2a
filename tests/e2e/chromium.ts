// Debian's Chromium with the test copy loaded as an unpacked extension, through puppeteer-core
// over the DevTools protocol.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import puppeteer, { type CDPSession, CDPSessionEvent, type Connection, type Protocol } from "puppeteer-core";
import { type BrowserSession, type Download, POPUP_VIEWPORT, type StartOptions } from "./session";
import {
	browserPath,
	CHROMIUM_EXTENSION_ID,
	CONTROL_PAGE,
	DEAD_PROXY,
	isExtensionUrl,
	type Locale,
	languageEnv,
	staysOnTheMachine,
	uiLanguage,
} from "./test-copy";

function chromiumArgs(locale: Locale): string[] {
	return [
		"--no-sandbox",
		"--disable-gpu",
		// Without these Chromium keeps reaching for the (closed) network.
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--no-first-run",
		// The extension's i18n follows the browser's UI language, which only --lang and
		// LANGUAGE set, and only when the locale's .pak is installed (Debian: chromium-l10n).
		`--lang=${uiLanguage("chromium", locale)}`,
		// Meeting tabs must not reach any network; nothing can stub them in time, as a tab opened
		// by tabs.create starts loading before a driver could intercept its requests.
		`--proxy-server=http://${DEAD_PROXY.host}:${DEAD_PROXY.port}`,
	];
}

export async function startChromium(copy: string, opts: StartOptions): Promise<BrowserSession> {
	const browser = await puppeteer.launch({
		executablePath: browserPath("chromium"),
		headless: true,
		args: chromiumArgs(opts.locale),
		env: languageEnv(opts.locale),
		defaultViewport: POPUP_VIEWPORT,
		userDataDir: opts.profileDir,
		// Puppeteer's own way to load an unpacked extension (the DevTools protocol's
		// Extensions.loadUnpacked, which needs the pipe): unlike --load-extension, it is not
		// going away. The manifest's `key` in the test copy fixes the ID.
		enableExtensions: [copy],
		pipe: true,
	});
	const requests: string[] = [];
	try {
		const browserSession = await browser.target().createCDPSession();
		const connection = browserSession.connection();
		if (!connection) throw new Error("puppeteer gave no DevTools connection");
		prepareEveryPage(connection, opts, requests);
		const downloads = await recordDownloads(browserSession, opts.downloadDir);
		const origin = `chrome-extension://${CHROMIUM_EXTENSION_ID}`;
		const show = async (tab: Parameters<BrowserSession["show"]>[0], path: string) => {
			await tab.goto(`${origin}/${path}`, { waitUntil: "load" });
		};
		const control = await browser.newPage();
		await showWhenLoaded(() => show(control, CONTROL_PAGE));
		return {
			name: "chromium",
			origin,
			browser,
			control,
			newTab: () => browser.newPage(),
			show,
			requests: () => [...requests],
			downloads,
			close: () => browser.close(),
		};
	} catch (error) {
		await browser.close();
		throw error;
	}
}

/**
 * Chromium may still be registering the extension when the first page asks for it, and then
 * answers ERR_BLOCKED_BY_CLIENT: ask again for a few seconds.
 */
async function showWhenLoaded(show: () => Promise<void>): Promise<void> {
	for (const deadline = Date.now() + 10_000; ; ) {
		try {
			return await show();
		} catch (error) {
			if (!String(error).includes("ERR_BLOCKED_BY_CLIENT") || Date.now() > deadline) throw error;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
}

/**
 * Every download lands in `dir` at once, as with Chrome's "ask where to save" off. Saved under
 * its download id (Browser.setDownloadBehavior "allowAndName"), since a file of the same name
 * would be overwritten; the name the page gave it comes with the download's events.
 */
async function recordDownloads(session: CDPSession, dir?: string): Promise<() => Promise<Download[]>> {
	if (!dir) return async () => [];
	const names = new Map<string, string>();
	const done: string[] = [];
	session.on("Browser.downloadWillBegin", (event) => names.set(event.guid, event.suggestedFilename));
	session.on("Browser.downloadProgress", (event) => {
		if (event.state === "completed") done.push(event.guid);
	});
	await session.send("Browser.setDownloadBehavior", {
		behavior: "allowAndName",
		downloadPath: dir,
		eventsEnabled: true,
	});
	// A file removed since (the harness clears the folder between scenarios) is no longer listed.
	return async () => {
		const files = await Promise.all(
			done.map(async (guid) => ({
				name: names.get(guid) ?? guid,
				text: await readFile(join(dir, guid), "utf8").catch(() => undefined),
			})),
		);
		return files.flatMap(({ name, text }) => (text === undefined ? [] : [{ name, text }]));
	};
}

/**
 * Every page and worker, also those the extension opens itself, is set up before its first
 * request: puppeteer attaches to each new target paused (waitForDebuggerOnStart) and resumes it
 * only after its own listeners ran, and ours, registered first, send their commands first.
 */
function prepareEveryPage(connection: Connection, opts: StartOptions, requests: string[]): void {
	// A request counts when the document its page (or worker) shows is the extension's: that
	// page's scripts, its subresources and the frames it embeds.
	const record = (target: Protocol.Target.TargetInfo) => {
		let shown = target.url;
		return (event: Protocol.Network.RequestWillBeSentEvent) => {
			// A page's own navigation, as when a meeting tab opened by the popup loads, is no request of the extension's.
			if (event.type === "Document" && event.frameId === target.targetId) shown = event.request.url;
			else if (isExtensionUrl(shown) && !staysOnTheMachine(event.request.url)) requests.push(event.request.url);
		};
	};
	const prepare = (session: CDPSession, info: Protocol.Target.TargetInfo) => {
		session.on("Network.requestWillBeSent", record(info));
		const commands: Promise<unknown>[] = [session.send("Network.enable")];
		if (info.type === "page" || info.type === "iframe") {
			commands.push(
				session.send("Emulation.setEmulatedMedia", {
					features: [{ name: "prefers-color-scheme", value: opts.colorScheme }],
				}),
				// Headless pages are never focused; the clipboard API wants a focused document.
				session.send("Emulation.setFocusEmulationEnabled", { enabled: true }),
			);
		}
		if (info.type === "page" && opts.withoutNativeBrowser) {
			// The harness's own control page keeps it: the harness speaks `browser` there.
			const source = `if (!location.pathname.endsWith("/${CONTROL_PAGE}")) delete globalThis.browser;`;
			commands.push(session.send("Page.addScriptToEvaluateOnNewDocument", { source }));
		}
		// A command fails only when the target is already gone, and with it anything it could request.
		void Promise.all(commands).catch(() => undefined);
	};
	const watched = new Set(["page", "iframe", "worker", "shared_worker"]);
	connection.on(CDPSessionEvent.SessionAttached, (parent: CDPSession) => {
		parent.on("Target.attachedToTarget", (event: Protocol.Target.AttachedToTargetEvent) => {
			const session = connection.session(event.sessionId);
			if (session && watched.has(event.targetInfo.type)) prepare(session, event.targetInfo);
		});
	});
}
