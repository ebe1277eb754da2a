import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: "unit",
					include: ["tests/unit/**/*.test.ts"],
					// Thousands of generated inputs through the clients' models take seconds; on a loaded
					// machine more than vitest's default five, which is no failure of the extension.
					testTimeout: 30_000,
				},
			},
			{
				// The pages and components in a DOM, against an in-memory browser module (fake-browser.ts).
				test: {
					name: "component",
					include: ["tests/component/**/*.test.tsx"],
					environment: "happy-dom",
					setupFiles: ["tests/component/setup.ts"],
				},
			},
		],
	},
});
