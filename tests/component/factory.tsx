// Test settings and plenums, and the pages rendered as the browser's entry scripts render them
// (src/popup/main.tsx, src/options/main.tsx): the first frame from the page's synchronous copy, then storage.
import { render, screen, waitFor } from "@testing-library/preact";
import { expect } from "vitest";
import type en from "../../_locales/en/messages.json";
import { plenumsVersion } from "../../src/lib/migrations/plenums";
import { settingsVersion } from "../../src/lib/migrations/settings";
import { repairPlenum } from "../../src/lib/plenum/repair";
import { defaults, type Settings } from "../../src/lib/settings";
import { Options } from "../../src/options/options-page";
import { firstFrameCurrent, firstFrameSettings } from "../../src/platform/first-frame";
import { Popup } from "../../src/popup/popup-page";
import { fake, getMessage } from "./fake-browser";

/** A message in the fake browser's language, with its substitutions; a missing key fails the test. */
export function message(key: keyof typeof en, ...substitutions: string[]): string {
	const text = getMessage(key, substitutions);
	if (text === "") throw new Error(`No message ${key}`);
	return text;
}

/** A message in another language than the browser's. */
export function inLanguage(language: string, key: string, ...substitutions: string[]): string {
	const browserLanguage = fake.language;
	fake.language = language;
	try {
		return getMessage(key, substitutions);
	} finally {
		fake.language = browserLanguage;
	}
}

/** Settings as stored by this version, with the given choices. */
export function testSettings(choices: Partial<Settings> = {}): Record<string, unknown> {
	return { version: settingsVersion, ...defaults, ...choices };
}

const secret = (kind: "r" | "p", n: number) => `${kind}${String(n).padStart(25, "0")}`;

/** A version-2 plenum as the popup stores it, told apart by `n`. */
export function testPlenum(n: number, fields: Record<string, unknown> = {}) {
	return {
		id: `seeded${n}`,
		created: 1_700_000_000_000 + n,
		title: `Plenum ${n}`,
		voice: "jitsi",
		room: { host: "meet.systemli.org", name: secret("r", n) },
		audioMuted: true,
		videoMuted: false,
		pad: { host: "pad.systemli.org", name: secret("p", n) },
		name: `Plenum ${n}`,
		...fields,
	};
}

/** The links of testPlenum(n) as jitsi-meet reads them: muted start, the title as the subject. */
export function testLinks(n: number, title = `Plenum ${n}`) {
	return {
		room: `https://meet.systemli.org/${secret("r", n)}#config.startWithAudioMuted=true&config.subject=${encodeURIComponent(`"${title}"`)}`,
		pad: `https://pad.systemli.org/p/${secret("p", n)}`,
	};
}

/** Seeds storage as an earlier opening, another page or another device left it. */
export async function seed(data: { sync?: Record<string, unknown>; local?: Record<string, unknown> }) {
	if (data.sync) await fake.store("sync", data.sync);
	if (data.local) await fake.store("local", { version: plenumsVersion, ...data.local });
}

/** Waits until a page has read storage (the marks the pages set for the bench and the tests). */
export async function storageRead(...marks: string[]) {
	await waitFor(() => {
		for (const mark of marks) expect(performance.getEntriesByName(mark).length).toBeGreaterThan(0);
	});
}

/** The popup's first render, as popup.tsx makes it from the first frame's copy, before storage answers. */
export function renderPopupFrame() {
	performance.clearMarks();
	const frame = { settings: firstFrameSettings(), current: repairPlenum(firstFrameCurrent()) };
	return render(<Popup frame={frame} />);
}

/**
 * The popup as popup.tsx renders it, once it has read settings and plenums; `firstRoom` is the
 * room link its first frame showed, before storage answered.
 */
export async function renderPopup() {
	const view = renderPopupFrame();
	const firstRoom = shownLinks().room;
	await storageRead("plenum:settings-read", "plenum:storage-read");
	return Object.assign(view, { firstRoom });
}

/** The settings page's first render, as options.tsx makes it from the first frame's copy. */
export function renderOptionsFrame() {
	performance.clearMarks();
	return render(<Options initialSettings={firstFrameSettings()} />);
}

/**
 * The settings page as options.tsx renders it, once it has read the settings and its later parts
 * (the invitation's text down to the reset, src/options/options-later.tsx) have arrived.
 */
export async function renderOptions() {
	const view = renderOptionsFrame();
	await storageRead("plenum:settings-read");
	await findById("reset-heading");
	return view;
}

/** The element with this id; fails when it is missing. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
	const element = document.getElementById(id);
	if (!element) throw new Error(`No #${id}`);
	return element as T;
}

/**
 * The element with this id once it is there: the pages' later parts (the popup's QR code, pinning,
 * saved plenums, preview and organiser's note; the settings page's own invitation text and what
 * follows it) arrive after the first paint (src/shared/later-slot.tsx).
 */
export function findById<T extends HTMLElement = HTMLElement>(id: string): Promise<T> {
	// Their first import in a test run is slow on a busy machine: the generous timeout of setup.ts
	// applies (a shorter one of its own here failed where every other wait would still have waited).
	return waitFor(() => byId<T>(id));
}

/** The room and pad links' targets. */
export function shownLinks() {
	return {
		room: document.getElementById("room-link")?.getAttribute("href") ?? "",
		pad: document.getElementById("pad-link")?.getAttribute("href") ?? "",
		backup: document.getElementById("backup-link")?.getAttribute("href") ?? "",
	};
}

export const roomPattern = (host: string) =>
	new RegExp(`^https://${host.replaceAll(".", "\\.")}/[a-z0-9]{26}#config\\.startWithAudioMuted=true$`);
export const padPattern = (host: string) => new RegExp(`^https://${host.replaceAll(".", "\\.")}/p/[a-z0-9]{26}$`);

export { screen };
