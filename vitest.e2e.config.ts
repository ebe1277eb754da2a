import { defineConfig } from "vitest/config";

// How long every `expect.poll` waits for what a busy machine makes slow: a clipboard write, a
// storage write that another page hears of, a page the browser draws. Vitest's own default of
// one second fails on a loaded CI machine, where nothing is wrong with the extension.
const pollTimeout = 15_000;

// End-to-end scenarios in real Chromium and Firefox (tests/e2e/harness.ts).
export default defineConfig({
	test: {
		include: ["tests/e2e/**/*.e2e.ts"],
		// Two cores and two browsers: one test file at a time, or browsers starve each other.
		fileParallelism: false,
		// All files in one worker, one after the other: the browsers most groups use are started
		// once for the whole run, not once per file (scenario.ts, sharedBrowser).
		isolate: false,
		globalSetup: ["tests/e2e/global-setup.ts"],
		// A browser launch takes seconds, a cold one on a loaded CI machine more, and a scenario
		// follows a person through several openings and a restart.
		testTimeout: 180_000,
		hookTimeout: 120_000,
		expect: { poll: { timeout: pollTimeout } },
	},
});
