import { defineConfig } from "vitest/config";
import type { BrowserName } from "./tests/e2e/test-copy";

// How long every `expect.poll` waits for what a busy machine makes slow: a clipboard write, a
// storage write that another page hears of, a page the browser draws. Vitest's own default of
// one second fails on a loaded CI machine, where nothing is wrong with the extension.
const pollTimeout = 15_000;

// Only Chromium has a path of its own: the polyfill, for Chromium before 148.
const onlyIn: Partial<Record<BrowserName, string[]>> = { chromium: ["tests/e2e/legacy-chromium.e2e.ts"] };
const browsers: BrowserName[] = ["chromium", "firefox"];

// End-to-end scenarios in real Chromium and Firefox (tests/e2e/harness.ts). Each browser is a
// project of its own, which runs every scenario file in it (`scenario.ts` reads which one), so a
// file's Chromium half and its Firefox half can run at the same time; `--project firefox` runs
// one browser only.
export default defineConfig({
	test: {
		globalSetup: ["tests/e2e/global-setup.ts"],
		// Two files at a time: a scenario spends much of its time waiting for a browser (a launch, a
		// storage write, a frame), time the other worker's scenario uses. On two cores this took the
		// end-to-end run from 388 to about 300 s; split by browser, no one file is left running alone
		// at the end.
		fileParallelism: true,
		maxWorkers: 2,
		projects: browsers.map((browser) => ({
			test: {
				name: browser,
				include: ["tests/e2e/**/*.e2e.ts"],
				exclude: Object.entries(onlyIn).flatMap(([other, files]) => (other === browser ? [] : files)),
				provide: { browser },
				// A worker runs its files one after the other in one module graph, so the browser most
				// groups use is started once per worker, not once per file (scenario.ts, sharedBrowser).
				isolate: false,
				// A browser launch takes seconds, a cold one on a loaded CI machine more, and a scenario
				// follows a person through several openings and a restart.
				testTimeout: 180_000,
				hookTimeout: 120_000,
				expect: { poll: { timeout: pollTimeout } },
			},
		})),
	},
});

declare module "vitest" {
	export interface ProvidedContext {
		browser: BrowserName;
	}
}
