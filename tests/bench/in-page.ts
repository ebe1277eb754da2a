// Functions the benchmark runs inside the extension's pages (serialized by puppeteer).

/** What "ready" is made of, read in the page after it has painted. */
export interface ReadySample {
	href: string;
	/** first-contentful-paint, ms from navigation start. */
	fcp: number;
	/** Chromium: the Element Timing renderTime of the watched element's text; null where the browser has no Element Timing. */
	shown: number | null;
	/** The watched element's text when read. */
	text: string;
	domContentLoaded: number;
	load: number;
	/** The page's own performance marks named plenum:…, ms from navigation start. */
	marks: Record<string, number>;
}

/**
 * Injected before the page's own scripts (Chromium only: Firefox runs no injected script in
 * extension pages). Gives the element `elementtiming` the moment it is in the DOM with its
 * text, in the same task, so the browser reports the frame that first paints that text.
 */
export function watchForElement(selector: string): void {
	const observer = new MutationObserver(() => {
		const element = document.querySelector(selector);
		if (!element?.textContent) return;
		element.setAttribute("elementtiming", "bench-ready");
		observer.disconnect();
	});
	observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Waits for the page's first contentful paint (and, where there is Element Timing, the element's paint) and reads the rest. */
export function readReady(selector: string): Promise<ReadySample> {
	const withElementTiming = PerformanceObserver.supportedEntryTypes.includes("element");
	let fcp: number | undefined;
	let shown: number | null | undefined = withElementTiming ? undefined : null;
	return new Promise((resolve) => {
		const finish = () => {
			if (fcp === undefined || shown === undefined) return;
			const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
			const marks = performance.getEntriesByType("mark").filter((mark) => mark.name.startsWith("plenum:"));
			resolve({
				href: location.href,
				fcp,
				shown,
				text: document.querySelector(selector)?.textContent ?? "",
				domContentLoaded: navigation?.domContentLoadedEventStart ?? Number.NaN,
				load: navigation?.loadEventStart ?? Number.NaN,
				marks: Object.fromEntries(marks.map((mark) => [mark.name, mark.startTime])),
			});
		};
		new PerformanceObserver((list) => {
			fcp ??= list.getEntriesByName("first-contentful-paint")[0]?.startTime;
			finish();
		}).observe({ type: "paint", buffered: true });
		if (!withElementTiming) return;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { identifier?: string; renderTime?: number })[]) {
				if (entry.identifier === "bench-ready") shown = entry.renderTime ?? null;
			}
			finish();
		}).observe({ type: "element", buffered: true });
	});
}

/**
 * Replaces the clipboard write with one that records when the text was handed over and
 * resolves at once, and records the timeStamp of every click on the copy button (a capture
 * listener on the document runs before the button's own).
 */
export function recordCopies(): void {
	const record = window as unknown as { benchClicks: number[]; benchWrites: number[] };
	record.benchClicks = [];
	record.benchWrites = [];
	document.addEventListener(
		"click",
		(event) => {
			if (event.target instanceof Element && event.target.closest("#copy")) record.benchClicks.push(event.timeStamp);
		},
		true,
	);
	navigator.clipboard.writeText = () => {
		record.benchWrites.push(performance.now());
		return Promise.resolve();
	};
}

/** The page's navigation and resource timing, ms from navigation start (for the Firefox timeline). */
export function readEntries() {
	const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
	const pick = (keys: (keyof PerformanceNavigationTiming)[]) =>
		Object.fromEntries(keys.map((key) => [key, navigation ? Number(navigation[key]) : Number.NaN]));
	return {
		navigation: pick([
			"fetchStart",
			"responseStart",
			"responseEnd",
			"domInteractive",
			"domContentLoadedEventStart",
			"domContentLoadedEventEnd",
			"loadEventStart",
		]),
		resources: performance.getEntriesByType("resource").map((entry) => ({
			name: entry.name,
			start: entry.startTime,
			end: (entry as PerformanceResourceTiming).responseEnd,
		})),
	};
}
