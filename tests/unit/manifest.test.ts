import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Runs against the build: `npm test` builds first.
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));

function namedFiles(): string[] {
	return [
		...Object.values<string>(manifest.icons),
		...Object.values<string>(manifest.action.default_icon),
		manifest.action.default_popup,
		manifest.options_ui.page,
		`_locales/${manifest.default_locale}/messages.json`,
	];
}

describe("manifest.json", () => {
	it.each(namedFiles())("names %s, which the build contains", (file) => {
		expect(existsSync(`dist/${file}`)).toBe(true);
	});

	it("ships the manifest as written", () => {
		expect(readFileSync("dist/manifest.json", "utf8")).toBe(readFileSync("manifest.json", "utf8"));
	});

	it("asks for storage only: no host permissions, content scripts or background", () => {
		expect(manifest.permissions).toEqual(["storage"]);
		expect(manifest.host_permissions).toBeUndefined();
		expect(manifest.optional_permissions).toBeUndefined();
		expect(manifest.content_scripts).toBeUndefined();
		expect(manifest.background).toBeUndefined();
	});

	it("declares no data collection to Firefox", () => {
		expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ["none"] });
	});

	it("loads every script of its pages from the package (no remote code)", () => {
		for (const page of ["popup.html", "options.html"]) {
			const html = readFileSync(`dist/${page}`, "utf8");
			const sources = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
			expect(sources.length).toBeGreaterThan(0);
			for (const source of sources) expect(existsSync(`dist/${source}`), source).toBe(true);
		}
	});
});
