// An in-memory stand-in for src/platform/browser.ts, the one module that touches the WebExtension API.
// The component tests replace that module with this one (setup.ts) and nothing else: no fake
// `browser` global. It behaves as the browsers do where the pages can tell: storage hands out
// copies and announces changes after the write, getMessage reads _locales/<lang>/messages.json
// with its placeholders and $1-$9, and opened tabs are recorded instead of opened.
import { readFileSync } from "node:fs";
import { join } from "node:path";

type Area = "sync" | "local";
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const root = join(import.meta.dirname, "..", "..");
const areas: Record<Area, Map<string, unknown>> = { sync: new Map(), local: new Map() };
const listeners: Record<Area, Set<(changed: string[]) => void>> = { sync: new Set(), local: new Set() };
const messageFiles = new Map<string, Messages>();

/** What a test sets up and reads back: the browser's language, the tabs asked for, refused writes. */
export const fake = {
	/** The browser's UI language, which getMessage speaks. */
	language: "en",
	tabs: [] as { url: string; active: boolean }[],
	optionsOpened: 0,
	/** When set, writes to that area are refused with this error (a full quota, say). */
	refuseWrites: {} as Partial<Record<Area, Error>>,
	reset() {
		fake.language = "en";
		fake.tabs = [];
		fake.optionsOpened = 0;
		fake.refuseWrites = {};
		for (const area of ["sync", "local"] as const) {
			areas[area].clear();
			listeners[area].clear();
		}
	},
	/** Everything stored in one area, as a copy. */
	stored(area: Area): Record<string, unknown> {
		return copy(Object.fromEntries(areas[area]));
	},
	/** Stores as another page or device would: the pages hear of it through onChanged. */
	store(area: Area, items: Record<string, unknown>): Promise<void> {
		return writeStorage(area, items);
	},
};

/** Storage keeps JSON: a page never holds the stored object itself. */
const copy = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

function messagesOf(language: string): Messages {
	let messages = messageFiles.get(language);
	if (!messages) {
		messages = JSON.parse(readFileSync(join(root, "_locales", language, "messages.json"), "utf8")) as Messages;
		messageFiles.set(language, messages);
	}
	return messages;
}

/** i18n.getMessage: named placeholders first, then $1-$9 (missing ones empty) and $$. */
export function getMessage(key: string, substitutions?: string | string[]): string {
	const entry = messagesOf(fake.language)[key];
	if (!entry) return "";
	const list = typeof substitutions === "string" ? [substitutions] : (substitutions ?? []);
	const named = entry.message.replace(
		/\$([a-z0-9_@]+)\$/gi,
		(match, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? match,
	);
	return named.replace(/\$(\d|\$)/g, (_, ref: string) => (ref === "$" ? "$" : (list[Number(ref) - 1] ?? "")));
}

export async function readStorage(area: Area, keys: string[] | null): Promise<Record<string, unknown>> {
	const all = fake.stored(area);
	if (keys === null) return all;
	return Object.fromEntries(keys.filter((key) => key in all).map((key) => [key, all[key]]));
}

export async function writeStorage(area: Area, items: Record<string, unknown>): Promise<void> {
	const refusal = fake.refuseWrites[area];
	if (refusal) throw refusal;
	for (const [key, value] of Object.entries(copy(items))) areas[area].set(key, value);
	announce(area, Object.keys(items));
}

export async function clearStorage(area: Area): Promise<void> {
	const keys = [...areas[area].keys()];
	areas[area].clear();
	announce(area, keys);
}

/** As in the browsers, listeners hear of a change after the write, not inside it. */
function announce(area: Area, changed: string[]) {
	if (changed.length === 0) return;
	setTimeout(() => {
		for (const listener of listeners[area]) listener(changed);
	});
}

export function onStorageChanged(area: Area, listener: (changed: string[]) => void): () => void {
	const own = (changed: string[]) => listener(changed);
	listeners[area].add(own);
	return () => listeners[area].delete(own);
}

export async function openTab(url: string, active = true): Promise<void> {
	fake.tabs.push({ url, active });
}

export async function openOptionsPage(): Promise<void> {
	fake.optionsOpened++;
}

/** A file of the package as a data: URL, so the page's fetch reads it without a network or a server. */
export async function packageUrl(path: string): Promise<string> {
	const bytes = readFileSync(join(root, path));
	return `data:application/octet-stream;base64,${bytes.toString("base64")}`;
}

/** The page's own clipboard (happy-dom's, which the tests spy on, as a browser's would take it). */
export function copyText(text: string): Promise<void> {
	return navigator.clipboard.writeText(text);
}
