// A DevTools performance trace of one popup opening in Chromium, read into a timeline.
import type { BrowserSession } from "../e2e/harness";
import { openOnce, POPUP } from "./openings";
import { sleep } from "./stats";

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { frame?: string; data?: Record<string, unknown> & { frame?: string; url?: string; requestId?: string } };
}

export interface TimelineRow {
	/** ms from navigation start; `end` for spans. */
	start: number;
	end?: number;
	what: string;
}

const categories = [
	"devtools.timeline",
	"disabled-by-default-devtools.timeline",
	"disabled-by-default-v8.compile",
	"v8",
	"v8.execute",
	"blink.user_timing",
	"loading",
];
export const MARKS = ["plenum:settings-read", "plenum:storage-read", "plenum:first-render", "plenum:room-link-shown"];

/** Traces one opening of the popup (the browser must be warm) and reads the timeline out of the trace. */
export async function chromiumTimeline(session: BrowserSession): Promise<TimelineRow[]> {
	// The trace is browser-wide: a background tab records it while a fresh tab opens the popup.
	const tracer = await session.newTab();
	try {
		await tracer.tracing.start({ categories });
		const { opening } = await openOnce(session, POPUP, 1, () => sleep(200));
		const trace = await tracer.tracing.stop();
		if (!trace) throw new Error("Chromium returned no trace");
		const events: TraceEvent[] = JSON.parse(Buffer.from(trace).toString("utf8")).traceEvents;
		return readTimeline(events, opening.href, opening.shown);
	} finally {
		await tracer.close();
	}
}

// The renderer's own steps from a change of the DOM to pixels, as the trace names them.
const rendering: Record<string, string> = {
	UpdateLayoutTree: "style",
	Layout: "layout",
	FireAnimationFrame: "animation frame callbacks",
	Paint: "paint",
	Commit: "commit to the compositor",
	TimerFire: "timer",
	ParseHTML: "parse HTML",
};

/**
 * What the page's main thread did to draw, up to the room link's paint: where a frame is lost
 * between the first render and the paint, these say on what. Steps under 0.5 ms are left out;
 * a step the trace nests in another of the list (a layout forced by a script, say) is kept.
 */
function renderingWork(events: TraceEvent[], start: TraceEvent, shown: number | null): TimelineRow[] {
	const until = start.ts + (shown ?? 1000) * 1000;
	return events
		.filter((e) => e.tid === start.tid && e.ph === "X" && e.name in rendering && e.ts <= until)
		.filter((e) => (e.dur ?? 0) >= 500)
		.map((e) => {
			const begin = (e.ts - start.ts) / 1000;
			return { start: begin, end: begin + (e.dur ?? 0) / 1000, what: `main thread: ${rendering[e.name]}` };
		});
}

function readTimeline(events: TraceEvent[], url: string, shown: number | null): TimelineRow[] {
	const start = events.find((e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL === url);
	if (!start) throw new Error(`the trace has no navigation to ${url}`);
	const frame = start.args?.frame;
	const inFrame = (e: TraceEvent) => (e.args?.frame ?? e.args?.data?.frame) === frame && e.ts >= start.ts;
	const at = (e: TraceEvent | undefined) => (e ? (e.ts - start.ts) / 1000 : Number.NaN);
	const after = events.filter((e) => e.pid === start.pid && e.ts >= start.ts);
	const first = (name: string) => events.find((e) => e.name === name && inFrame(e));
	const rows: TimelineRow[] = [{ start: 0, what: "navigation start" }];

	const navigationId = start.args?.data?.navigationId;
	const response = events.find((e) => e.name === "ResourceReceiveResponse" && e.args?.data?.requestId === navigationId);
	rows.push({ start: at(response), what: "first byte of popup.html (its response)" });

	for (const request of events.filter((e) => e.name === "ResourceSendRequest" && inFrame(e))) {
		const { url: file, requestId } = request.args?.data ?? {};
		if (typeof file !== "string" || !/\.(js|css)$/.test(file)) continue;
		const name = file.slice(url.lastIndexOf("/") + 1);
		const finish = events.find((e) => e.name === "ResourceFinish" && e.args?.data?.requestId === requestId);
		rows.push({ start: at(request), end: at(finish), what: `${name}: fetch` });
		for (const compile of after.filter((e) => /^v8\.(compileModule|parseOnBackground)$/.test(e.name))) {
			if (compile.args?.data?.url !== file) continue;
			const how = compile.name === "v8.compileModule" ? "compile" : "parse (background)";
			rows.push({ start: at(compile), end: at(compile) + (compile.dur ?? 0) / 1000, what: `${name}: ${how}` });
		}
	}
	for (const run of after.filter((e) => e.name === "v8.evaluateModule")) {
		rows.push({
			start: at(run),
			end: at(run) + (run.dur ?? 0) / 1000,
			what: "run: the module graph (popup.js and its chunks)",
		});
	}
	rows.push(...renderingWork(after, start, shown));
	rows.push({ start: at(first("MarkDOMContent")), what: "DOMContentLoaded" });
	for (const mark of MARKS) {
		const found = after.find((e) => e.name === mark);
		rows.push({ start: at(found), what: found ? mark : `${mark}: not marked` });
	}
	rows.push({ start: at(first("firstContentfulPaint")), what: "first contentful paint" });
	rows.push({ start: shown ?? Number.NaN, what: "#room-link painted (Element Timing renderTime)" });
	rows.push({ start: at(first("MarkLoad")), what: "load event" });
	return rows.sort((a, b) => (Number.isNaN(a.start) ? 1 : Number.isNaN(b.start) ? -1 : a.start - b.start));
}
