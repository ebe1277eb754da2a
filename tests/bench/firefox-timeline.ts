// One popup opening in Firefox, from the page's own performance entries.
import type { BrowserSession } from "../e2e/harness";
import type { TimelineRow } from "./chromium-trace";
import { MARKS } from "./chromium-trace";
import { readEntries } from "./in-page";
import { openOnce, POPUP } from "./openings";

export async function firefoxTimeline(session: BrowserSession): Promise<{ rows: TimelineRow[]; notes: string[] }> {
	const { opening, result } = await openOnce(session, POPUP, 1, (tab) => tab.evaluate(readEntries));
	if (!result) throw new Error("no performance entries");
	const nav = result.navigation;
	const rows: TimelineRow[] = [
		{ start: 0, what: "navigation start" },
		{ start: nav.fetchStart ?? Number.NaN, what: "fetchStart" },
		{ start: nav.responseStart ?? Number.NaN, what: "responseStart (first byte)" },
		{ start: nav.responseEnd ?? Number.NaN, what: "responseEnd" },
		{ start: nav.domInteractive ?? Number.NaN, what: "domInteractive (parser done; module scripts run after it)" },
		{
			start: nav.domContentLoadedEventStart ?? Number.NaN,
			end: nav.domContentLoadedEventEnd,
			what: "DOMContentLoaded",
		},
		...result.resources.map((r) => ({ start: r.start, end: r.end, what: `${r.name}: fetch` })),
		...MARKS.map((mark) => {
			const at = opening.marks[mark];
			return { start: at ?? Number.NaN, what: at === undefined ? `${mark}: not marked` : mark };
		}),
		{ start: opening.fcp, what: "first contentful paint (the popup's one render, #room-link included)" },
		{ start: nav.loadEventStart ?? Number.NaN, what: "load event" },
	];
	const notes = [];
	if (result.resources.length === 0) {
		notes.push("Firefox keeps no resource timing for moz-extension:// files, and no page entry says when a");
		notes.push("script was compiled or run: see Chromium's trace for the scripts.");
	}
	if (!(Number(nav.responseStart) > 0)) notes.push("Firefox reports 0 for the first byte of a moz-extension:// page.");
	return {
		rows: rows.sort((a, b) => (Number.isNaN(a.start) ? 1 : Number.isNaN(b.start) ? -1 : a.start - b.start)),
		notes,
	};
}
