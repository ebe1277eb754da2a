// The copy of dist/ that the browsers load, and the browser binaries: what every launch needs,
// whichever browser it is and whoever asks (the scenarios, `npm run bench`).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export type BrowserName = "chromium" | "firefox";
export type Locale = "en" | "de" | "fr" | "it" | "es";

/** The browsers' own name for each UI language, and the Debian package that brings Firefox's. */
const uiLanguages: Record<Locale, { chromium: string; firefox: string; region: string; firefoxPackage?: string }> = {
	en: { chromium: "en-US", firefox: "en-US", region: "en_US" },
	de: { chromium: "de", firefox: "de", region: "de_DE", firefoxPackage: "firefox-esr-l10n-de" },
	fr: { chromium: "fr", firefox: "fr", region: "fr_FR", firefoxPackage: "firefox-esr-l10n-fr" },
	it: { chromium: "it", firefox: "it", region: "it_IT", firefoxPackage: "firefox-esr-l10n-it" },
	es: { chromium: "es", firefox: "es-ES", region: "es_ES", firefoxPackage: "firefox-esr-l10n-es-es" },
};

/** The UI language as Chromium's --lang and Firefox's intl.locale.requested name it. */
export const uiLanguage = (name: BrowserName, locale: Locale) => uiLanguages[locale][name];

/**
 * The time zone every browser runs in: the invitation's date line and the calendar file name
 * it, and the scenarios compute what to expect for the same zone.
 */
export const TIME_ZONE = "Europe/Berlin";

// Test-only key pair, made once with node:crypto (RSA 2048, SPKI DER, base64). The private half
// was thrown away: only the public key is needed to pin the ID of an unpacked extension.
const PUBLIC_KEY =
	"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsF0KwBqIhREaw1dN/Hdc8PcZc3HeWxvC87rWuvUjlIifYR/ZxMlzqm3hPiet5+yQfEzQvJ/CVYIC8awIOP35nGU+1+B6RCptNVvVQWBupMfW+XfQyGgCWsfChNCMJNIgnezUCwoit37Rwu30t57G7HHyqOf4rEkihbIRlsDRlD05F/YqS/H1x2iUAeZJRl+TQN1W79A/WK1LQ/tODeW9jX701PoADPNsETDzBVLzr+OlJPNAxfbCA8rE7+9l5TQaliPrtlxbGznbFPkk1mimG1PKKQs1qUf59S2KEFCvOxRyiqDhFFTE5afb8lqgHcod/nFAllXnXD5/1K1FWi6hNQIDAQAB";

/** Chromium's rule: first 128 bits of sha256(DER), each hex digit 0-f written as a-p. */
export const CHROMIUM_EXTENSION_ID = [
	...createHash("sha256").update(Buffer.from(PUBLIC_KEY, "base64")).digest("hex").slice(0, 32),
]
	.map((hex) => String.fromCharCode(97 + Number.parseInt(hex, 16)))
	.join("");
export const FIREFOX_EXTENSION_UUID = "0d7f6a52-3b1c-4e8e-9a35-5c0e2f1b7d64";

// A blank extension page with the extension's powers (tabs, storage, clipboard) that no
// scenario looks at, so reading tabs or the clipboard never disturbs the page under test.
export const CONTROL_PAGE = "test-control.html";
const FIREFOX_BACKGROUND = "test-background.js";
/**
 * Makes the extension's pages see storage fail as a broken profile or a full disk does: while the
 * extension's localStorage holds STORAGE_FAULTS_KEY = "reads", every `storage.local.get` and
 * `storage.sync.get` rejects. Loaded before the page's own script, in the test copy only.
 */
const STORAGE_FAULTS = "test-storage-faults.js";
export const STORAGE_FAULTS_KEY = "test-storage-faults";
const storageFaults = `(() => {
	const api = globalThis.browser ?? globalThis.chrome;
	for (const name of ["local", "sync"]) {
		const area = api && api.storage && api.storage[name];
		if (!area) continue;
		const get = area.get;
		Object.defineProperty(area, "get", {
			configurable: true,
			writable: true,
			value(...args) {
				if (localStorage.getItem(${JSON.stringify(STORAGE_FAULTS_KEY)}) === "reads") {
					return Promise.reject(new Error("IO error: storage." + name + " could not be read"));
				}
				return get.apply(this, args);
			},
		});
	}
})();
`;
// Nothing listens on the discard port: any proxied request fails at once, on the machine.
export const DEAD_PROXY = { host: "127.0.0.1", port: 9 };

/**
 * The browser binary; fails, never skips, when it is missing: a green run without a browser
 * would prove nothing.
 */
export function browserPath(name: BrowserName): string {
	const path =
		name === "chromium"
			? (process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")
			: (process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr");
	if (!existsSync(path)) {
		const pkg = name === "chromium" ? "chromium chromium-l10n" : "firefox-esr firefox-esr-l10n-de";
		throw new Error(`${name} not found at ${path}: apt-get install -y ${pkg} (or set ${name.toUpperCase()}_PATH)`);
	}
	return path;
}

/**
 * A run in a language whose browser files are missing would silently show English: fails,
 * naming the Debian package to install (scripts/install-browsers.sh installs them all).
 */
export function assertLanguageInstalled(name: BrowserName, executablePath: string, locale: Locale): void {
	if (locale === "en") return;
	// Debian's /usr/bin/chromium is a wrapper script; the browser and its locales live in /usr/lib.
	const dir = dirname(realpathSync(executablePath));
	const langpacks = join(dir, "browser", "extensions");
	const language = uiLanguage(name, locale);
	const found =
		name === "chromium"
			? [join(dir, "locales", `${language}.pak`), `/usr/lib/chromium/locales/${language}.pak`].some(existsSync)
			: existsSync(langpacks) && readdirSync(langpacks).some((f) => f.startsWith(`langpack-${language}@`));
	if (!found) {
		const pkg = name === "chromium" ? "chromium-l10n" : uiLanguages[locale].firefoxPackage;
		throw new Error(
			`${name} has no ${locale} UI files, so the extension cannot speak ${locale}: apt-get install -y ${pkg}`,
		);
	}
}

/** LANGUAGE and LANG for a browser in this UI language, and the fixed time zone. */
export function languageEnv(locale: Locale): NodeJS.ProcessEnv {
	const { chromium, region } = uiLanguages[locale];
	return { ...process.env, LANGUAGE: chromium, LANG: `${region}.UTF-8`, TZ: TIME_ZONE };
}

/**
 * Copies the build and patches only the copy, so nothing test-only can reach dist/ or a store:
 * a fixed ID (Chromium) or a background page that opens the control page (Firefox), and
 * `tabs` (tabs.query shows the meeting tabs' URLs) and `clipboardRead` (a test reads back what
 * the popup copied). Returns the copy's folder and the gecko id, which Firefox's prefs need.
 */
export async function makeTestCopy(distDir: string, name: BrowserName): Promise<{ dir: string; geckoId: string }> {
	if (!existsSync(join(distDir, "manifest.json"))) {
		throw new Error(`No build at ${distDir}: run \`npm run build\` first`);
	}
	const dir = await mkdtemp(join(tmpdir(), `plenum-e2e-${name}-`));
	await cp(distDir, dir, { recursive: true });
	const manifestPath = join(dir, "manifest.json");
	const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
	manifest.permissions = [...new Set([...(manifest.permissions ?? []), "tabs", "clipboardRead"])];
	await writeFile(join(dir, CONTROL_PAGE), '<!doctype html><meta charset="utf-8"><title>test control</title>\n');
	await writeFile(join(dir, STORAGE_FAULTS), storageFaults);
	for (const page of ["popup.html", "options.html"]) {
		const html = await readFile(join(dir, page), "utf8");
		const patched = html.replace("<script ", `<script src="${STORAGE_FAULTS}"></script><script `);
		if (patched === html) throw new Error(`${page} has no script: teach makeTestCopy where storage faults go`);
		await writeFile(join(dir, page), patched);
	}
	if (name === "chromium") {
		manifest.key = PUBLIC_KEY;
	} else {
		if (manifest.background) throw new Error("The build has a background: teach makeTestCopy to merge with it");
		// WebDriver BiDi refuses to navigate to moz-extension:// URLs, so the extension opens its
		// own control page; every other page is opened from there with the tabs API.
		manifest.background = { scripts: [FIREFOX_BACKGROUND] };
		await writeFile(
			join(dir, FIREFOX_BACKGROUND),
			`browser.runtime.onInstalled.addListener(() => browser.tabs.create({ url: '/${CONTROL_PAGE}' }));\n`,
		);
	}
	await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
	const geckoId = manifest.browser_specific_settings?.gecko?.id;
	if (!geckoId) throw new Error("manifest.json has no browser_specific_settings.gecko.id");
	return { dir, geckoId };
}

export function isExtensionUrl(url: string): boolean {
	return url.startsWith("chrome-extension://") || url.startsWith("moz-extension://");
}

/** The extension's own files, and what a page made in its own memory (blob: of its origin, data:). */
export function staysOnTheMachine(url: string): boolean {
	return isExtensionUrl(url) || isExtensionUrl(url.replace(/^blob:/, "")) || url.startsWith("data:");
}
