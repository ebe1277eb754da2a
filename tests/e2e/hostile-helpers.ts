// What the hostile scenarios need beyond scenario.ts: input that no keyboard can type, a record of
// every clipboard write, the invitation as it must be, Signal Desktop's view of it, and stored
// plenums in both storage formats.
import { expect } from "vitest";
import { configFromUrl, parseUrlParamsCurrent } from "../unit/clients/jitsi";
import { findLinks, linkifyComponentLinks, messageBodyLinks } from "../unit/clients/signal";
import type { ExtensionPage } from "./harness";
import { en, type Messages, message, type Session } from "./scenario";

/** The embeddings, overrides and isolates, and the marks that also turn text around. */
export const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Every break some client starts a new line on. */
export const lineBreakCharacters = /[\n\v\f\r\u0085\u2028\u2029]/u;

/**
 * Gives a field a value and dispatches `input`, as a paste would: for text no keyboard can type (a
 * lone surrogate), or more than the field's maxlength lets a person type. The text travels as
 * UTF-16 code units, so a lone surrogate reaches the page whole. Gives how long the page's main
 * thread took to handle it, up to its next task: a frozen popup would show here.
 */
export function setValue(page: ExtensionPage, selector: string, text: string): Promise<number> {
	const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
	return page.evaluate(
		async ([s, codes]) => {
			const input = document.querySelector(s);
			if (!(input instanceof HTMLInputElement)) throw new Error(`No input matches ${s}`);
			const begin = performance.now();
			input.focus();
			// One code unit at a time: spreading 500 arguments is fine, a long paste is not.
			input.value = codes.map((code) => String.fromCharCode(code)).join("");
			input.dispatchEvent(new Event("input", { bubbles: true }));
			await new Promise((resolve) => setTimeout(resolve, 0));
			return performance.now() - begin;
		},
		[selector, units] as const,
	);
}

/** The field's value as UTF-16 code units (a lone surrogate would not survive the trip as text). */
export function valueUnits(page: ExtensionPage, selector: string): Promise<number[]> {
	return page.evaluate((s) => {
		const input = document.querySelector(s) as HTMLInputElement;
		return Array.from({ length: input.value.length }, (_, i) => input.value.charCodeAt(i));
	}, selector);
}

/**
 * From now on the page keeps every text it hands to the clipboard (`window.copies`) and how each
 * write ended (`window.written`: true when the clipboard took it), and the clipboard still gets it:
 * the record says how many copies there were, the clipboard what arrived.
 */
export function recordCopies(page: ExtensionPage): Promise<void> {
	return page.evaluate(() => {
		const record = window as unknown as { copies: string[]; written: boolean[] };
		record.copies = [];
		record.written = [];
		const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
		navigator.clipboard.writeText = (text: string) => {
			record.copies.push(text);
			const writing = writeText(text);
			writing.then(
				() => record.written.push(true),
				() => record.written.push(false),
			);
			return writing;
		};
	});
}

export function copies(page: ExtensionPage): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { copies?: string[] }).copies ?? []);
}

function written(page: ExtensionPage): Promise<boolean[]> {
	return page.evaluate(() => (window as unknown as { written?: boolean[] }).written ?? []);
}

/**
 * Clicks Copy in a page that records its copies, waits for exactly one more copy to reach the
 * clipboard and for the popup to say so, and gives the text, after checking it is what the
 * clipboard holds.
 */
export async function copyRecorded(session: Session, page: ExtensionPage, button = "#copy"): Promise<string> {
	const before = (await copies(page)).length;
	await page.click(button);
	await expect.poll(() => written(page), { timeout: 20_000 }).toHaveLength(before + 1);
	expect(await written(page)).not.toContain(false);
	expect(await copies(page)).toHaveLength(before + 1);
	await expect.poll(() => page.text("#status"), { timeout: 20_000 }).toBe(message(en, "copiedStatus"));
	const text = (await copies(page)).at(-1) ?? "";
	expect(await session.browser.readClipboard()).toBe(text);
	return text;
}

/** The room (or Mumble) link and the pad link as the popup shows them; "" for one not there. */
export function shownLinks(page: ExtensionPage): Promise<{ room: string; pad: string }> {
	return page.evaluate(() => ({
		room: document.querySelector("#room-link")?.getAttribute("href") ?? "",
		pad: document.querySelector("#pad-link")?.getAttribute("href") ?? "",
	}));
}

/** The invitation for a Jitsi room with the default settings: muted start, pad, tips. */
export function jitsiInvitation(title: string, room: string, pad: string, m: Messages = en): string {
	const blocks = [
		[message(m, "invitationRoomHeadingMuted"), room],
		[message(m, "invitationPadHeading"), pad],
		tipsBlock(m, ["invitationTipHeadset", "invitationTipMute", "invitationTipTryFirst"]),
	];
	return withTitle(title, blocks);
}

export const systemliWebClient = "https://talk.systemli.org";

/** The invitation for a large assembly on a Mumble server, with the default settings. */
export function mumbleInvitation(
	title: string,
	server: { host: string; port: number; web?: string; channel?: string },
	pad: string,
) {
	const browser = server.web
		? [message(en, "invitationMumbleWebHeading"), server.web]
		: [message(en, "invitationMumbleNoWeb")];
	// The links stand above Signal's fold: the web client (if any) and the pad, then the app's details.
	const blocks = [
		[message(en, "invitationMumbleHeading"), ...browser],
		[message(en, "invitationPadHeading"), pad],
		[
			message(en, "invitationMumbleAppHeading"),
			message(en, "invitationMumbleServer", server.host),
			message(en, "invitationMumblePort", String(server.port)),
			...(server.channel ? [message(en, "invitationMumbleChannel", server.channel)] : []),
		],
		tipsBlock(en, ["invitationTipHeadset", "invitationTipPushToTalk", "invitationTipJoinEarly"]),
	];
	return withTitle(title, blocks);
}

function tipsBlock(m: Messages, keys: string[]): string[] {
	return [message(m, "invitationTipsHeading"), ...keys.map((key) => `- ${message(m, key)}`)];
}

function withTitle(title: string, blocks: string[][]): string {
	return [...(title ? [[title]] : []), ...blocks].map((block) => block.join("\n")).join("\n\n");
}

/**
 * The links Signal Desktop makes clickable in the message body must be exactly `expected`, in order
 * (tests/unit/clients/signal.ts). A description (the Linkify component) and the composer's link
 * preview also take bare host names ("talk.systemli.org"): there only `servers`, the Mumble server
 * line the invitation writes on purpose, may add one.
 */
export function expectSignalLinks(text: string, expected: string[], servers: string[] = []): void {
	expect(messageBodyLinks(text)).toEqual(expected);
	const bare = (links: string[]) => links.filter((link) => !expected.includes(link));
	expect(bare(linkifyComponentLinks(text))).toEqual(servers.map((host) => `http://${host}`));
	expect(bare(findLinks(text))).toEqual(servers);
	for (const found of [linkifyComponentLinks(text), findLinks(text)]) {
		expect(found.filter((link) => expected.includes(link))).toEqual(expected);
	}
}

/** The meeting subject Jitsi Meet takes from a room link (tests/unit/clients/jitsi.ts), and any errors. */
export function jitsiSubject(room: string): { subject: unknown; errors: string[] } {
	const parsed = parseUrlParamsCurrent(room);
	const config = configFromUrl(parsed, ["subject"]);
	return { subject: config.subject, errors: parsed.errors };
}

/** Clicks an element `times` times within one task, as a quick double or triple click lands. */
export function clickQuickly(page: ExtensionPage, selector: string, times: number): Promise<void> {
	return page.evaluate(
		([s, n]) => {
			const element = document.querySelector(s);
			if (!(element instanceof HTMLElement)) throw new Error(`No element matches ${s}`);
			for (let i = 0; i < n; i++) element.click();
		},
		[selector, times] as const,
	);
}

/** Every element announced as an alert, with its text. */
export function alerts(page: ExtensionPage): Promise<string[]> {
	return page.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent ?? ""));
}

/** The group's own instances of one kind as the options page lists them (each has a Remove button). */
export function ownInstances(page: ExtensionPage, kind: "jitsi" | "pad"): Promise<string[]> {
	return page.evaluate(
		(k) =>
			[...document.querySelectorAll(`section[aria-labelledby="${k}-heading"] li > button`)].map(
				(button) => button.parentElement?.firstChild?.textContent?.trim() ?? "",
			),
		kind,
	);
}

/** A room or pad name as the extension makes them: 26 characters of [a-z0-9]. */
export function secret(seed: number | string): string {
	return `${seed}`
		.replace(/[^a-z0-9]/g, "")
		.padEnd(26, "k")
		.slice(0, 26);
}

/** A plenum as version 2 stores it (src/lib/plenum.ts), on systemli's Jitsi and pad. */
export function storedPlenum(n: number, changes: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: secret(`id${n}`),
		created: 1_700_000_000_000 + n,
		title: `Plenum ${n}`,
		voice: "jitsi",
		room: { host: "meet.systemli.org", name: secret(`room${n}`) },
		audioMuted: true,
		videoMuted: false,
		pad: { host: "pad.systemli.org", name: secret(`pad${n}`) },
		...changes,
	};
}

/** A plenum as version 1 stored it: its links. */
export function storedLinks(n: number, changes: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		voice: "jitsi",
		title: `Plenum ${n}`,
		roomUrl: `https://meet.systemli.org/${secret(`room${n}`)}#config.startWithAudioMuted=true`,
		padUrl: `https://pad.systemli.org/p/${secret(`pad${n}`)}`,
		name: `Plenum ${n}`,
		time: 1_700_000_000_000 + n,
		...changes,
	};
}

/** The visible text of the popup or options page, as one string. */
export function pageText(page: ExtensionPage): Promise<string> {
	return page.evaluate(() => document.body.innerText);
}
