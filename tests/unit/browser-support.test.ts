import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Which Firefox versions can run the extension, from MDN's browser compatibility data (the
// @mdn/browser-compat-data package; its webextensions/ and javascript/ folders). Every
// extension API and manifest key below is one the extension really uses; the tests derive the
// used ones from src/ and manifest.json too, so a new one cannot be used without being checked.

type Statement = {
	version_added: string | boolean | null;
	version_removed?: string | boolean;
	flags?: unknown;
	prefix?: string;
	alternative_name?: string;
	partial_implementation?: boolean;
};
type Feature = { __compat?: { support: Record<string, Statement | Statement[]> }; [key: string]: unknown };
const bcd: Feature = createRequire(import.meta.url)("@mdn/browser-compat-data");

/** What the extension uses, as paths into the data, with where it uses it. */
const used: Record<string, string> = {
	"webextensions.manifest.manifest_version.v3": "manifest.json",
	"webextensions.manifest.name": "manifest.json",
	"webextensions.manifest.description": "manifest.json",
	"webextensions.manifest.version": "manifest.json",
	"webextensions.manifest.default_locale": "manifest.json, _locales/",
	"webextensions.manifest.icons": "manifest.json",
	"webextensions.manifest.action": "the toolbar button",
	"webextensions.manifest.action.default_popup": "the popup",
	"webextensions.manifest.action.default_title": "the toolbar button's tooltip",
	"webextensions.manifest.action.default_icon": "the toolbar button",
	"webextensions.manifest.options_ui": "the settings page",
	"webextensions.manifest.options_ui.page": "the settings page",
	"webextensions.manifest.commands": "the keyboard shortcut",
	"webextensions.manifest.commands._execute_action": "Alt+Shift+J opens the popup",
	"webextensions.manifest.permissions": "manifest.json",
	"webextensions.manifest.permissions.storage": "settings, pinned and recent plenums",
	"webextensions.manifest.browser_specific_settings": "manifest.json",
	"webextensions.manifest.browser_specific_settings.gecko": "the add-on id",
	"webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions": "no data collected",
	"webextensions.manifest.browser_specific_settings.gecko_android": "Firefox for Android's minimum",
	"webextensions.api.storage.sync": "src/platform/browser.ts: the settings",
	"webextensions.api.storage.sync.get": "src/platform/storage/settings.ts",
	"webextensions.api.storage.sync.set": "src/platform/storage/settings.ts",
	"webextensions.api.storage.sync.clear": "src/platform/storage/settings.ts (reset)",
	"webextensions.api.storage.local": "src/platform/browser.ts: this device's plenums",
	"webextensions.api.storage.local.get": "src/platform/storage/local.ts",
	"webextensions.api.storage.local.set": "src/platform/storage/local.ts",
	"webextensions.api.storage.onChanged": "src/platform/browser.ts: pages follow changes made elsewhere",
	"webextensions.api.tabs.create": "Start plenum",
	"webextensions.api.tabs.create.active": "the pad opens in a background tab",
	"webextensions.api.i18n.getMessage": "every visible string",
	"webextensions.api.runtime.getURL": "src/platform/browser.ts: the invitation's own language",
	"webextensions.api.runtime.openOptionsPage": "the popup's Settings link",
	"webextensions.api.runtime.id": "src/platform/browser.ts: is the native `browser` there",
	"api.Clipboard.writeText": "Copy invitation",
	"api.Crypto.getRandomValues": "nanoid: room and pad names",
	"api.fetch": "src/lib/i18n.ts: reads a locale file from the package",
	"javascript.builtins.Intl.DisplayNames": "the settings' language names",
	"javascript.builtins.Intl.Segmenter":
		"src/lib/links/meeting-links.ts, src/lib/title/clean-title.ts: cutting long titles",
	"javascript.builtins.Intl.DateTimeFormat": "dates in the invitation and the saved plenums",
	"javascript.builtins.Intl.NumberFormat": "the settings' durations",
	"javascript.builtins.Intl.Locale": "src/lib/i18n.ts: the region of the browser's preferred locales",
	"api.LockManager.request": "src/platform/storage/lock.ts: pages never lose each other's writes",
	"api.Window.localStorage": "src/platform/first-frame.ts: the popup's first frame",
	"api.Performance.mark": "src/popup/main.tsx: marks that npm run bench reads",
	"html.elements.input.type_date": "src/popup/start-field.tsx: the day the plenum starts",
	"html.elements.input.type_time": "src/popup/start-field.tsx: the time it starts",
	"javascript.operators.import": "code loaded on demand",
	"html.elements.script.type.module": "popup.html, options.html",
	"html.elements.link.rel.modulepreload": "scripts/build.js preloads the pages' chunks",
	"css.properties.color-scheme": "src/styles/base.css",
	"css.at-rules.media.prefers-color-scheme": "src/styles/base.css",
};

// Firefox for Android has no keyboard shortcuts: the popup opens from the add-ons menu instead.
const notOnAndroid: Record<string, string> = {
	"webextensions.manifest.commands": "no keyboard shortcuts on Android",
	"webextensions.manifest.commands._execute_action": "no keyboard shortcuts on Android",
};

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const declared = {
	firefox: Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version),
	firefox_android: Number.parseFloat(manifest.browser_specific_settings.gecko_android.strict_min_version),
};

function feature(path: string): Feature | undefined {
	return path.split(".").reduce<Feature | undefined>((node, key) => node?.[key] as Feature | undefined, bcd);
}

/** The deepest path under `base` that the data describes, following `keys` as far as it goes. */
function deepest(base: string, keys: string[]): string {
	let path = base;
	for (const key of keys) {
		if (!feature(`${path}.${key}`)?.__compat) break;
		path = `${path}.${key}`;
	}
	return path;
}

/** The first version that supports `path` without flags or prefixes; undefined: not supported. */
function since(path: string, browser: "firefox" | "firefox_android"): number | undefined {
	const support = feature(path)?.__compat?.support[browser];
	const statements = [support ?? []].flat();
	const versions = statements
		.filter((s) => !s.flags && !s.prefix && !s.alternative_name && !s.version_removed)
		.map((s) => (typeof s.version_added === "string" ? Number.parseFloat(s.version_added.replace("≤", "")) : NaN))
		.filter((v) => !Number.isNaN(v));
	return versions.length > 0 ? Math.min(...versions) : undefined;
}

function manifestFeatures(node: Record<string, unknown>, keys: string[] = []): string[] {
	return Object.entries(node).flatMap(([key, value]) => {
		const path = [...keys, key];
		// The data describes each manifest version under its own key: v3 for `"manifest_version": 3`.
		const own = deepest("webextensions.manifest", key === "manifest_version" ? [key, `v${value}`] : path);
		const inner = value && typeof value === "object" && !Array.isArray(value);
		return [own, ...(inner ? manifestFeatures(value as Record<string, unknown>, path) : [])];
	});
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

function codeFeatures(): string[] {
	const found = new Set<string>();
	for (const file of sourceFiles("src")) {
		const code = readFileSync(file, "utf8");
		for (const [, ...keys] of code.matchAll(/\bbrowser\.(\w+)\.(\w+)(?:\.(\w+))?/g)) {
			const path = deepest(
				"webextensions.api",
				keys.filter((k): k is string => Boolean(k)),
			);
			found.add(path === "webextensions.api" ? `webextensions.api.${keys[0]}` : path);
		}
		// Intl's option types (Intl.DateTimeFormatOptions) are TypeScript's, not the browser's.
		for (const [, name] of code.matchAll(/\bIntl\.(\w+)(?<!Options)\b/g)) found.add(`javascript.builtins.Intl.${name}`);
		for (const [, name] of code.matchAll(/\bnavigator\.clipboard\.(\w+)/g)) found.add(`api.Clipboard.${name}`);
	}
	return [...found];
}

describe("the features the extension uses", () => {
	it("are all listed: every manifest key, permission and browser API found in manifest.json and src/", () => {
		const fromManifest = manifestFeatures(manifest).filter((path) => path !== "webextensions.manifest");
		const permissions = (manifest.permissions as string[]).map((p) => `webextensions.manifest.permissions.${p}`);
		const fromCode = codeFeatures();
		expect(fromCode).toContain("webextensions.api.tabs.create");
		expect(fromCode).toContain("webextensions.api.storage.sync");
		const unlisted = [...fromManifest, ...permissions, ...fromCode].filter((path) => !(path in used));
		expect([...new Set(unlisted)]).toEqual([]);
		expect(manifestFeatures({ a_key_that_no_browser_knows: 1 })).toEqual(["webextensions.manifest"]);
	});

	it.each(Object.keys(used))("%s is in MDN's data", (path) => {
		expect(feature(path)?.__compat).toBeDefined();
	});
});

describe.each(["firefox", "firefox_android"] as const)("%s", (browser) => {
	it.each(Object.keys(used))("supports %s at the declared strict_min_version", (path) => {
		const version = since(path, browser);
		if (browser === "firefox_android" && path in notOnAndroid) {
			expect(version, `${path} now works on Android: drop it from notOnAndroid`).toBeUndefined();
			return;
		}
		if (browser === "firefox" && path.includes("gecko_android")) return; // Android's own key
		expect(version, `${path} is not supported`).toBeDefined();
		expect(version, path).toBeLessThanOrEqual(declared[browser]);
	});

	it("declares the lowest minimum that all of them allow", () => {
		const needed = Object.keys(used)
			.filter((path) => !(browser === "firefox_android" && path in notOnAndroid))
			.filter((path) => !(browser === "firefox" && path.includes("gecko_android")))
			.map((path) => since(path, browser) ?? Number.POSITIVE_INFINITY);
		expect(Math.max(...needed)).toBe(declared[browser]);
	});
});

it("builds for no newer Firefox than the manifest lets install the extension", () => {
	const target = readFileSync("scripts/build.js", "utf8").match(/"firefox(\d+)"/)?.[1];
	expect(Number(target)).toBeGreaterThan(100);
	expect(Number(target)).toBeLessThanOrEqual(Math.min(declared.firefox, declared.firefox_android));
});
