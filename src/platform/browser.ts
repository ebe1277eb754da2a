// The one module that touches the WebExtension API (`browser.*` / `chrome.*`), and the only one
// that knows about webextension-polyfill. Everything else asks through these functions, so the
// unit tests replace this file and nothing else.
import type { Browser, Storage } from "webextension-polyfill";

type StorageArea = "sync" | "local";
type Globals = { browser?: Browser; chrome?: Browser };

// Firefox and Chromium 148+ have the promise-based `browser` themselves; only older Chromium
// needs the polyfill, loaded on demand so that no other opening pays for its 10 KB. There is no
// top-level await on this path: the popup paints before any of it is needed.
let loading: Promise<Browser> | undefined;
function api(): Promise<Browser> {
	const native = (globalThis as Globals).browser;
	loading ??= native?.runtime?.id ? Promise.resolve(native) : import("./polyfill").then((module) => module.default);
	return loading;
}

/**
 * `i18n.getMessage`, synchronous in both browsers with or without the polyfill, so the first
 * frame can be localized before anything asynchronous has run.
 */
export function getMessage(key: string, substitutions?: string | string[]): string {
	const { browser, chrome } = globalThis as Globals;
	return (browser ?? chrome)?.i18n.getMessage(key, substitutions) ?? "";
}

/** storage.sync holds a person's choices on all their browsers; storage.local this device's own. */
async function storage(area: StorageArea): Promise<Storage.StorageArea> {
	const browser = await api();
	return area === "sync" ? browser.storage.sync : browser.storage.local;
}

export async function readStorage(area: StorageArea, keys: string[] | null): Promise<Record<string, unknown>> {
	return (await storage(area)).get(keys);
}

/** Throws when storage refuses (a quota, say): the caller says so, nothing is half-written. */
export async function writeStorage(area: StorageArea, items: Record<string, unknown>): Promise<void> {
	await (await storage(area)).set(items);
}

export async function clearStorage(area: StorageArea): Promise<void> {
	await (await storage(area)).clear();
}

/** Calls `listener` with the changed keys on every change to one area; returns the way to stop. */
export function onStorageChanged(area: StorageArea, listener: (changed: string[]) => void): () => void {
	const handle = (changes: Record<string, Storage.StorageChange>, changedArea: string) => {
		if (changedArea === area) listener(Object.keys(changes));
	};
	let stopped = false;
	void api().then((browser) => {
		if (!stopped) browser.storage.onChanged.addListener(handle);
	});
	return () => {
		stopped = true;
		void api().then((browser) => browser.storage.onChanged.removeListener(handle));
	};
}

/** A new tab; needs no permission. */
export async function openTab(url: string, active = true): Promise<void> {
	const browser = await api();
	await browser.tabs.create({ url, active });
}

export async function openOptionsPage(): Promise<void> {
	const browser = await api();
	await browser.runtime.openOptionsPage();
}

/** A file of the extension's own package, as a URL the page can fetch without the network. */
export async function packageUrl(path: string): Promise<string> {
	const browser = await api();
	return browser.runtime.getURL(path);
}

/**
 * Puts text on the clipboard. Inside a click it needs no permission in either browser; it is
 * refused (the promise rejects) where the page has no user activation.
 */
export function copyText(text: string): Promise<void> {
	return navigator.clipboard.writeText(text);
}
