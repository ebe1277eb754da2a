import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		// Vitest leaves one core free by default, which on a two-core machine runs the files one by
		// one: with both cores, unit and component tests took 47 s instead of 68.
		maxWorkers: availableParallelism(),
		projects: [
			{
				test: {
					name: "unit",
					include: ["tests/unit/**/*.test.ts"],
					// Thousands of generated inputs through the clients' models take seconds; on a loaded
					// machine more than vitest's default five, which is no failure of the extension.
					testTimeout: 30_000,
					// Removing a rebuilt checkout with its node_modules (package.test.ts) takes longer
					// than vitest's default ten seconds on a loaded machine.
					hookTimeout: 120_000,
				},
			},
			{
				// The pages and components in a DOM, against an in-memory browser module (fake-browser.ts).
				test: {
					name: "component",
					include: ["tests/component/**/*.test.tsx"],
					environment: "happy-dom",
					setupFiles: ["tests/component/setup.ts"],
					// A page renders, reads storage and renders again in a few hundred milliseconds; on a
					// loaded machine in more than vitest's default five seconds.
					testTimeout: 30_000,
				},
			},
		],
	},
});
