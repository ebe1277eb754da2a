// One puppeteer page as the scenarios see it: the same calls in both browsers.
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { KeyInput, Page } from "puppeteer-core";

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
export type Size = { width: number; height: number };

export interface ExtensionPage {
	evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
	click(selector: string): Promise<void>;
	fill(selector: string, text: string): Promise<void>;
	select(selector: string, value: string): Promise<void>;
	/** One key, or one with modifiers held ("Shift+Tab"). */
	press(key: string): Promise<void>;
	/** `value` of form controls, `textContent` of anything else. */
	text(selector: string): Promise<string>;
	/** Resolves once the element is in the DOM and visible. */
	waitFor(selector: string): Promise<void>;
	/** Resize the page's viewport, in CSS pixels (a narrow one stands in for a zoomed page). */
	setViewport(width: number, height: number): Promise<void>;
	/**
	 * Make this the active tab again, as a popup always is. Tabs in the background get no
	 * animation frames, on which a click waits.
	 */
	bringToFront(): Promise<void>;
	focused(): Promise<FocusInfo>;
	/** Make the next copies fail the way a browser refuses a clipboard write. */
	refuseClipboard(): Promise<void>;
	axe(): Promise<AxeViolation[]>;
	/** The accessible name a screen reader announces, computed by axe-core as the accessibility tree does. */
	accessibleName(selector: string): Promise<string>;
	screenshot(file: string): Promise<void>;
	/**
	 * A picture of one element's border box, to compare how it looks in two states: for what the
	 * browser draws inside it itself, such as the focus on the calendar button of Chromium's date
	 * field, which no style of the page shows.
	 */
	picture(selector: string): Promise<Uint8Array>;
	close(): Promise<void>;
}

let axeSource: string | undefined;

export function pageAdapter(page: Page, viewport: Size): ExtensionPage {
	// puppeteer's types unwrap element handles in arguments; plain JSON values pass unchanged.
	const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (a: unknown) => never, arg);
	async function injectAxe() {
		// Passed as a script source, not eval'd in the page: the extension CSP forbids eval,
		// but the driver's own evaluation is not bound by the page's CSP.
		axeSource ??= await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
		await page.evaluate(axeSource);
	}
	return {
		evaluate: (fn, arg) => evaluate(fn, arg as never),
		click: (s) => page.locator(s).click(),
		fill: (s, t) => page.locator(s).fill(t),
		select: (s, v) => page.select(s, v).then(() => undefined),
		async press(keys) {
			// Scenarios say "Space"; WebDriver BiDi's keyboard knows that key only as " ", and so does the DevTools protocol.
			const [key, ...modifiers] = keys
				.split("+")
				.reverse()
				.map((k) => (k === "Space" ? " " : k) as KeyInput);
			for (const modifier of modifiers) await page.keyboard.down(modifier);
			await page.keyboard.press(key ?? (keys as KeyInput));
			for (const modifier of modifiers) await page.keyboard.up(modifier);
		},
		waitFor: (s) => page.waitForSelector(s, { visible: true }).then(() => undefined),
		setViewport: (width, height) => page.setViewport({ width, height }),
		bringToFront: () => page.bringToFront(),
		close: () => page.close(),
		text: (selector) =>
			evaluate((s) => {
				const el = document.querySelector(s);
				if (!el) throw new Error(`No element matches ${s}`);
				const field =
					el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
				return field ? el.value : (el.textContent ?? "");
			}, selector),
		focused: () =>
			evaluate(() => {
				const el = document.activeElement ?? document.body;
				const style = getComputedStyle(el);
				const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
				const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
				return { id: el.id, tag: el.tagName.toLowerCase(), visible: outline || shadow };
			}, undefined),
		refuseClipboard: () =>
			evaluate(() => {
				const refuse = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
				navigator.clipboard.writeText = refuse;
				navigator.clipboard.write = refuse;
				// An older-style fallback must not succeed either.
				const execCommand = document.execCommand.bind(document);
				document.execCommand = (command, ...rest) => command !== "copy" && execCommand(command, ...rest);
			}, undefined),
		async accessibleName(selector) {
			await injectAxe();
			return evaluate((s) => {
				const { axe } = window as unknown as { axe: typeof import("axe-core") };
				const el = document.querySelector(s);
				if (!el) throw new Error(`No element matches ${s}`);
				axe.setup(document);
				try {
					return axe.commons.text.accessibleText(el);
				} finally {
					axe.teardown();
				}
			}, selector);
		},
		async axe() {
			await injectAxe();
			return evaluate(async () => {
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
		async picture(selector) {
			const box = await evaluate((s) => {
				const rect = document.querySelector(s)?.getBoundingClientRect();
				if (!rect) throw new Error(`No element matches ${s}`);
				// In the document's coordinates, which the screenshot's clip takes.
				const [x, y] = [rect.x + window.scrollX, rect.y + window.scrollY];
				return { x, y, width: rect.width, height: rect.height };
			}, selector);
			return page.screenshot({ clip: box, type: "png", captureBeyondViewport: true });
		},
		async screenshot(file) {
			await mkdir(dirname(file), { recursive: true });
			// A real popup is as tall as its content: shrink the viewport to the content, so the
			// picture has no empty band below it.
			await page.setViewport({ width: viewport.width, height: 100 });
			const height = await evaluate(() => document.documentElement.scrollHeight, undefined);
			await page.setViewport({ width: viewport.width, height });
			await page.screenshot({ path: file as `${string}.png`, fullPage: true });
			await page.setViewport(viewport);
		},
	};
}
