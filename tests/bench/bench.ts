// `npm run bench`: where the popup's opening time goes, against a blank page of the same
// extension, in Debian's Chromium (at full speed and with the CPU slowed fourfold) and Firefox
// ESR, started the way the end-to-end tests start them (tests/e2e/harness.ts). It reports and
// compares with the goals, and never fails on a timing: the exit code is 1 only when a browser
// cannot be launched or measured.
//
// Run by jiti: Node 20 cannot run TypeScript itself, and tsx, the usual runner, compiles with
// esbuild's keepNames, which wraps named inner functions in a __name() helper that does not
// exist in the pages puppeteer serializes those functions into.

import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { type BrowserName, type BrowserSession, startBrowser } from "../e2e/harness";
import { baseBuild, benchBuild, firstLoad, shippedBytes } from "./bench-build";
import { chromiumTimeline, type TimelineRow } from "./chromium-trace";
import { firefoxTimeline } from "./firefox-timeline";
import { copyLatencies, heapUsed } from "./heap-and-copy";
import { alternate, POPUP, summary } from "./openings";
import { median, ms, quantile } from "./stats";

const variants: { label: string; browser: BrowserName; cpuSlowdown: number; goal: number; details: boolean }[] = [
	{ label: "Chromium", browser: "chromium", cpuSlowdown: 1, goal: 1.15, details: true },
	{ label: "Chromium, CPU 4x slower", browser: "chromium", cpuSlowdown: 4, goal: 1.3, details: false },
	{ label: "Firefox ESR", browser: "firefox", cpuSlowdown: 1, goal: 1.2, details: true },
];
const COPY_GOAL_MS = 16;
const budgets: Record<string, number> = { popup: 16 * 1024, options: 16 * 1024 };
const SHIPPED_CEILING = 64 * 1024;

const definition = `Ready: the popup's #room-link is in the DOM with its text and painted; the blank page's one line is painted.
  Chromium: the renderTime of the Element Timing entry of that text. A script injected before the page's own
  sets elementtiming on the element the moment it is in the DOM with its text, and Chromium reports the frame
  that first paints it (in 4 ms steps, as its paint timing).
  Firefox: the page's first contentful paint (Firefox has neither Element Timing nor injected scripts in
  extension pages). popup.html's body is empty until its first render, which inserts the room link with
  the whole first view (the later sections follow after that paint), so its first paint shows the link;
  the Chromium run checks that on this build.
  Both: ms from the page's navigation start in a fresh tab. The popup is popup.html as built (the test copy
  of the build adds a test script to popup.html itself, so it is opened under another name); blank.html is
  popup.html's head without any script and one line of text; scripted.html is that head with one module
  script of four lines that writes the line, the floor of any first frame a script fills in. 3 warm-up rounds,
  then 15 rounds alternating popup, blank and scripted, each page first in turn; the harness's control page stays open (the extension's process is running);
  empty storage.`;

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const verdict = (met: boolean) => (met ? "goal met" : "goal missed");
const out = (line = "") => console.log(line);

function printTimeline(title: string, rows: TimelineRow[]) {
	out(title);
	for (const row of rows) {
		const span = row.end === undefined ? "" : `-${ms(row.end)}`;
		out(`  ${`${ms(row.start)}${span}`.padStart(13)}  ${row.what}`);
	}
}

async function details(session: BrowserSession): Promise<void> {
	if (session.name === "chromium") {
		printTimeline(
			"\nTimeline of one popup opening, Chromium (a DevTools performance trace; ms from navigation start):",
			await chromiumTimeline(session),
		);
		const popup = await heapUsed(session, POPUP);
		const blank = await heapUsed(session, "blank.html");
		out("\nJS heap used after a garbage collection, page open (DevTools Performance.getMetrics, JSHeapUsedSize;");
		out("  all extension pages share one process and heap, so both include the control page):");
		out(`  popup ${kib(popup)}, blank ${kib(blank)}: the popup's own ${kib(popup - blank)}`);
	} else {
		const { rows, notes } = await firefoxTimeline(session);
		printTimeline(
			"\nTimeline of one popup opening, Firefox (the page's performance entries; ms from navigation start):",
			rows,
		);
		for (const note of notes) out(`  ${note}`);
		out("\nJS heap, Firefox: not measurable here (no performance.memory, nothing in WebDriver BiDi).");
	}
	const copies = await copyLatencies(session);
	const copy = median(copies);
	out(
		`\nCopy latency, ${session.name === "chromium" ? "Chromium" : "Firefox"} at 1x: click on #copy (its timeStamp) to navigator.clipboard.writeText,`,
	);
	out(
		`  median ${ms(copy)} ms over ${copies.length} clicks (IQR ${ms(quantile(copies, 0.25))}-${ms(quantile(copies, 0.75))}),` +
			` goal <= ${COPY_GOAL_MS} ms (one frame): ${verdict(copy <= COPY_GOAL_MS)}`,
	);
	if (session.name === "firefox") out("  (Firefox's event and performance clocks move in 1 ms steps)");
}

async function main(): Promise<number> {
	process.chdir(join(import.meta.dirname, "..", ".."));
	const load = loadavg()[0] ?? 0;
	const build = await benchBuild();
	// BENCH_BASE=<commit>: that commit's popup is measured in the same alternation (A/B).
	const baseRef = process.env.BENCH_BASE;
	if (baseRef) await baseBuild(build.dir, baseRef);
	let failed = false;
	const table: string[] = [];
	try {
		out(
			`npm run bench, ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, 1-minute load ${load.toFixed(2)}`,
		);
		out(definition);
		out("\nFirst load, gzip -9 of the page's HTML, CSS and statically imported JS:");
		for (const page of ["popup", "options"]) {
			const { files, bytes } = firstLoad(build.dir, build.metafile, page);
			out(
				`  ${`${page}.html`.padEnd(13)} ${kib(bytes).padStart(9)}  budget ${kib(budgets[page] ?? 0)}  (${files.join(", ")})`,
			);
		}
		const outputs = build.metafile.outputs as Record<string, { inputs: Record<string, unknown> }>;
		const later = Object.entries(outputs).find(([, o]) => "src/popup/popup-later.tsx" in o.inputs);
		if (later) {
			const file = relative(build.dir, resolve(later[0]));
			out(
				`  ${"popup later".padEnd(13)} ${kib(gzipped(join(build.dir, file))).padStart(9)}  after the first paint (${file})`,
			);
		}
		const shipped = shippedBytes(build.metafile, build.dir);
		out(
			`  ${"all shipped".padEnd(13)} ${kib(shipped.all).padStart(9)}  goal ${kib(SHIPPED_CEILING)}` +
				`  (of it, loaded only on use: the link finder ${kib(shipped.linkFinder)})`,
		);
		for (const variant of variants) {
			let session: BrowserSession;
			try {
				session = await startBrowser(variant.browser, { distDir: build.dir });
			} catch (error) {
				table.push(`${variant.label.padEnd(24)} FAILED TO LAUNCH: ${error instanceof Error ? error.message : error}`);
				failed = true;
				continue;
			}
			try {
				out(`\n${variant.label}: ${await session.browser.version()}`);
				const result = summary(await alternate(session, variant.cpuSlowdown, baseRef !== undefined));
				const [q1, q3] = result.ratioIqr;
				const [low, high] = result.ratioRange;
				table.push(
					`${variant.label.padEnd(24)} ${ms(result.popup).padStart(8)} ${ms(result.blank).padStart(8)}` +
						`  ${result.ratio.toFixed(2)} (IQR ${q1?.toFixed(2)}-${q3?.toFixed(2)}, min-max ${low?.toFixed(2)}-${high?.toFixed(2)})` +
						`  <= ${variant.goal.toFixed(2)}: ${verdict(result.ratio <= variant.goal)}`,
				);
				const [s1, s3] = result.scriptedRatioIqr;
				table.push(
					`${"  blank, by one script".padEnd(24)} ${ms(result.scripted).padStart(8)} ${ms(result.blank).padStart(8)}` +
						`  ${result.scriptedRatio.toFixed(2)} (IQR ${s1?.toFixed(2)}-${s3?.toFixed(2)}): the floor of a scripted first frame`,
				);
				if (baseRef) {
					const [b1, b3] = result.baseRatioIqr;
					const [a1, a3] = result.againstBaseIqr;
					table.push(
						`${`  base ${baseRef}`.slice(0, 24).padEnd(24)} ${ms(result.base).padStart(8)} ${ms(result.blank).padStart(8)}` +
							`  ${result.baseRatio.toFixed(2)} (IQR ${b1?.toFixed(2)}-${b3?.toFixed(2)});` +
							` popup/base ${result.againstBase.toFixed(2)} (IQR ${a1?.toFixed(2)}-${a3?.toFixed(2)})`,
					);
				}
				if (variant.browser === "chromium") {
					out(`  the room link's paint was the popup's first contentful paint in ${result.linkAtFcp} of 15 openings`);
				}
				if (variant.details) await details(session);
			} catch (error) {
				table.push(`${variant.label.padEnd(24)} MEASUREMENT FAILED: ${error instanceof Error ? error.message : error}`);
				failed = true;
			} finally {
				await session.close();
			}
		}
	} finally {
		await rm(build.dir, { recursive: true, force: true });
	}
	out(
		`\n${"Medians".padEnd(24)} ${"popup ms".padStart(8)} ${"blank ms".padStart(8)}  ratio popup/blank (spread)  goal`,
	);
	for (const line of table) out(line);
	return failed ? 1 : 0;
}

process.exitCode = await main().catch((error) => {
	console.error(`bench: ${error instanceof Error ? error.stack : error}`);
	return 1;
});
