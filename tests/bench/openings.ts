// Popup and blank page opened alternately in fresh tabs, each timed by the page's own paint timing.
import type { Page } from "puppeteer-core";
import type { BrowserSession } from "../e2e/harness";
import { type ReadySample, readReady, watchForElement } from "./in-page";
import { median, quantile, sleep, withTimeout } from "./stats";

export const BLANK_PAGE = "blank.html";
/**
 * The blank page with its line written by one tiny module script: the floor of any page whose
 * first frame shows what only a script knows (the popup's room link is made or read at opening).
 */
export const SCRIPTED_PAGE = "scripted.html";
/**
 * popup.html as built, byte for byte, under a name of its own: the browsers load a test copy of
 * the build (tests/e2e/test-copy.ts), whose popup.html has a parser-blocking test script added
 * before its own, which the shipped page has not (nor have the blank page and the base build's).
 */
export const POPUP = "bench-popup.html";
/** The popup as built from another commit (`BENCH_BASE`), measured in the same alternation. */
export const BASE_POPUP = "base/popup.html";
/** What "ready" waits for in each page: the room link, and the blank pages' one line. */
const watched = {
	[POPUP]: "#room-link",
	[BASE_POPUP]: "#room-link",
	[BLANK_PAGE]: "#blank-line",
	[SCRIPTED_PAGE]: "#blank-line",
} as const;
export type MeasuredPage = keyof typeof watched;

const WARMUP_PAIRS = 3;
const PAIRS = 15;
// A pause before each opening, so the last tab's teardown is not inside the next measurement.
const SETTLE_MS = 100;
const SAMPLE_TIMEOUT_MS = 20_000;

export interface Opening extends ReadySample {
	/** The time this bench calls ready: the element's own paint where measurable, else first contentful paint. */
	ready: number;
}

/**
 * Opens `path` in a fresh tab, with the CPU slowed `cpuSlowdown` times (Chromium), and returns
 * its timings; `during` runs with the page ready, before the tab closes.
 */
export async function openOnce<T = undefined>(
	session: BrowserSession,
	path: MeasuredPage,
	cpuSlowdown: number,
	during?: (tab: Page, opening: Opening) => Promise<T>,
): Promise<{ opening: Opening; result: T | undefined }> {
	const tab = await session.newTab();
	try {
		if (session.name === "chromium") {
			await tab.evaluateOnNewDocument(watchForElement, watched[path]);
			await tab.emulateCPUThrottling(cpuSlowdown > 1 ? cpuSlowdown : null);
		}
		await withTimeout(session.show(tab, path), SAMPLE_TIMEOUT_MS, `loading ${path}`);
		const sample = await withTimeout(tab.evaluate(readReady, watched[path]), SAMPLE_TIMEOUT_MS, `${path}'s paint`);
		if (!sample.href.endsWith(`/${path}`)) throw new Error(`measured ${sample.href} instead of ${path}`);
		// The link is shown shortened, "meet.systemli.org/plenum-…3kx9": its host first.
		if (watched[path] === "#room-link" && !/^[a-z0-9-]+(\.[a-z0-9-]+)+\//.test(sample.text)) {
			throw new Error(`the popup painted without a room link (#room-link text: "${sample.text}")`);
		}
		const opening = { ...sample, ready: sample.shown ?? sample.fcp };
		return { opening, result: await during?.(tab, opening) };
	} finally {
		await tab.close().catch(() => undefined);
	}
}

export interface OpeningStats {
	popup: Opening[];
	blank: Opening[];
	ratios: number[];
	/** The scripted blank page, and its ratios to the blank page. */
	scripted: Opening[];
	scriptedRatios: number[];
	/** With a base build: its popup, its ratios to the blank page, and this popup's to it, opening for opening. */
	base: Opening[];
	baseRatios: number[];
	againstBase: number[];
}

/**
 * Warm-up rounds (first compile, first storage access, disk cache) discarded, then measured
 * rounds of the popup and the blank page (and the base build's popup, when given); the order
 * turns every round, so each page is as often first as last. The same load on the machine
 * falls on all of them, which makes their ratios comparable where absolute times are not.
 */
export async function alternate(session: BrowserSession, cpuSlowdown: number, withBase = false): Promise<OpeningStats> {
	const stats: OpeningStats = {
		popup: [],
		blank: [],
		ratios: [],
		scripted: [],
		scriptedRatios: [],
		base: [],
		baseRatios: [],
		againstBase: [],
	};
	const pages: MeasuredPage[] = [POPUP, BLANK_PAGE, SCRIPTED_PAGE];
	if (withBase) pages.push(BASE_POPUP);
	for (let i = 0; i < WARMUP_PAIRS + PAIRS; i++) {
		const order = [...pages.slice(i % pages.length), ...pages.slice(0, i % pages.length)];
		const round: Partial<Record<MeasuredPage, Opening>> = {};
		for (const path of order) {
			await sleep(SETTLE_MS);
			round[path] = (await openOnce(session, path, cpuSlowdown)).opening;
		}
		const { [POPUP]: popup, [BLANK_PAGE]: blank, [SCRIPTED_PAGE]: scripted, [BASE_POPUP]: base } = round;
		if (i < WARMUP_PAIRS || !popup || !blank || !scripted) continue;
		stats.popup.push(popup);
		stats.blank.push(blank);
		stats.ratios.push(popup.ready / blank.ready);
		stats.scripted.push(scripted);
		stats.scriptedRatios.push(scripted.ready / blank.ready);
		if (base) {
			stats.base.push(base);
			stats.baseRatios.push(base.ready / blank.ready);
			stats.againstBase.push(popup.ready / base.ready);
		}
	}
	return stats;
}

export function summary(stats: OpeningStats) {
	const ready = (list: Opening[]) => median(list.map((o) => o.ready));
	return {
		popup: ready(stats.popup),
		blank: ready(stats.blank),
		ratio: median(stats.ratios),
		ratioIqr: [quantile(stats.ratios, 0.25), quantile(stats.ratios, 0.75)],
		ratioRange: [Math.min(...stats.ratios), Math.max(...stats.ratios)],
		scripted: ready(stats.scripted),
		scriptedRatio: median(stats.scriptedRatios),
		scriptedRatioIqr: [quantile(stats.scriptedRatios, 0.25), quantile(stats.scriptedRatios, 0.75)],
		base: ready(stats.base),
		baseRatio: median(stats.baseRatios),
		baseRatioIqr: [quantile(stats.baseRatios, 0.25), quantile(stats.baseRatios, 0.75)],
		againstBase: median(stats.againstBase),
		againstBaseIqr: [quantile(stats.againstBase, 0.25), quantile(stats.againstBase, 0.75)],
		/** Popups whose first contentful paint was the frame that showed the room link (Chromium only). */
		linkAtFcp: stats.popup.filter((o) => o.shown !== null && o.shown <= o.fcp).length,
	};
}
