// Memory after opening, and how long a click on "Copy invitation" takes to reach the clipboard.
import type { BrowserSession } from "../e2e/harness";
import { recordCopies } from "./in-page";
import { type MeasuredPage, openOnce, POPUP } from "./openings";
import { median, sleep } from "./stats";

const HEAP_SAMPLES = 3;
const COPY_CLICKS = 9;

/**
 * Chromium: the JS heap in use (DevTools Performance.getMetrics, JSHeapUsedSize) after a
 * garbage collection, with the page open and ready. All extension pages share one process and
 * heap, so both figures include the control page; their difference is the page's own.
 */
export async function heapUsed(session: BrowserSession, path: MeasuredPage): Promise<number> {
	const samples: number[] = [];
	for (let i = 0; i < HEAP_SAMPLES; i++) {
		const { result } = await openOnce(session, path, 1, async (tab) => {
			const cdp = await tab.createCDPSession();
			await cdp.send("HeapProfiler.collectGarbage");
			await cdp.send("Performance.enable");
			const { metrics } = await cdp.send("Performance.getMetrics");
			return metrics.find((m) => m.name === "JSHeapUsedSize")?.value;
		});
		if (result === undefined) throw new Error("Chromium reported no JSHeapUsedSize");
		samples.push(result);
	}
	return median(samples);
}

/**
 * ms from the click on #copy (the click event's timeStamp) to the popup handing the text to
 * navigator.clipboard.writeText, replaced in the page by a recorder that resolves at once.
 */
export async function copyLatencies(session: BrowserSession): Promise<number[]> {
	const { result } = await openOnce(session, POPUP, 1, async (tab) => {
		await tab.evaluate(recordCopies);
		for (let i = 1; i <= COPY_CLICKS; i++) {
			await tab.locator("#copy").click();
			await tab.waitForFunction((n) => (window as unknown as { benchWrites: number[] }).benchWrites.length >= n, {}, i);
			await sleep(50);
		}
		const { clicks, writes } = await tab.evaluate(() => {
			const record = window as unknown as { benchClicks: number[]; benchWrites: number[] };
			return { clicks: record.benchClicks, writes: record.benchWrites };
		});
		return writes.map((write, i) => write - (clicks[i] ?? Number.NaN));
	});
	return result ?? [];
}
