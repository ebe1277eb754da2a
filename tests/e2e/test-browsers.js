// What the end-to-end harness (harness.ts) and the benchmark (scripts/bench.js) share: how a
// test copy of dist/ is made, and how Debian's Chromium and Firefox ESR are started with it,
// offline. Plain JavaScript so that the benchmark runs on Node without a TypeScript step.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

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
// Nothing listens on the discard port: any proxied request fails at once, on the machine.
const DEAD_PROXY = { host: "127.0.0.1", port: 9 };

/**
 * The browser binary; fails, never skips, when it is missing: a green run without a browser
 * would prove nothing.
 * @param {"chromium" | "firefox"} name
 */
export function browserPath(name) {
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
 * Patches a copy of the build (never dist/ itself) so a driver can load it and open its pages.
 * @param {string} dir the copy
 * @param {"chromium" | "firefox"} name
 * @param {string[]} extraPermissions what only the tests need
 * @returns {Promise<string>} the gecko id, which Firefox's prefs need
 */
export async function patchTestCopy(dir, name, extraPermissions = []) {
	const manifestPath = join(dir, "manifest.json");
	const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
	manifest.permissions = [...new Set([...(manifest.permissions ?? []), ...extraPermissions])];
	await writeFile(join(dir, CONTROL_PAGE), '<!doctype html><meta charset="utf-8"><title>test control</title>\n');
	if (name === "chromium") {
		manifest.key = PUBLIC_KEY;
	} else {
		if (manifest.background) throw new Error("The build has a background: teach patchTestCopy to merge with it");
		// BiDi refuses to navigate to moz-extension:// URLs, so the extension opens its own
		// control page; every other page is opened from there with tabs.create.
		manifest.background = { scripts: [FIREFOX_BACKGROUND] };
		await writeFile(
			join(dir, FIREFOX_BACKGROUND),
			`browser.runtime.onInstalled.addListener(() => browser.tabs.create({ url: '/${CONTROL_PAGE}' }));\n`,
		);
	}
	await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
	const geckoId = manifest.browser_specific_settings?.gecko?.id;
	if (!geckoId) throw new Error("manifest.json has no browser_specific_settings.gecko.id");
	return geckoId;
}

/**
 * LANGUAGE and LANG for a browser in this UI language.
 * @param {"en" | "de"} locale
 */
export function languageEnv(locale) {
	return locale === "de"
		? { ...process.env, LANGUAGE: "de", LANG: "de_DE.UTF-8" }
		: { ...process.env, LANGUAGE: "en-US", LANG: "en_US.UTF-8" };
}

/**
 * @param {string} copy the test copy to load
 * @param {"en" | "de"} locale
 */
export function chromiumArgs(copy, locale) {
	return [
		"--no-sandbox",
		"--disable-gpu",
		`--disable-extensions-except=${copy}`,
		`--load-extension=${copy}`,
		// Without these Chromium keeps reaching for the (closed) network.
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--no-first-run",
		// The extension's i18n follows the browser's UI language, which only --lang and
		// LANGUAGE set, and only when the locale's .pak is installed (Debian: chromium-l10n).
		`--lang=${locale === "de" ? "de" : "en-US"}`,
		// Meeting tabs must not reach any network. context.route() cannot stub them: a tab
		// opened by tabs.create starts loading before playwright attaches to it.
		`--proxy-server=http://${DEAD_PROXY.host}:${DEAD_PROXY.port}`,
	];
}

/**
 * @param {string} geckoId
 * @param {"en" | "de"} locale
 * @param {"light" | "dark"} colorScheme
 */
export function firefoxPrefs(geckoId, locale, colorScheme) {
	return {
		"extensions.webextensions.uuids": JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
		// Extension i18n follows the app locale, which can only be German with the German
		// langpack installed (Debian: firefox-esr-l10n-de); without it this pref is ignored.
		"intl.locale.requested": locale === "de" ? "de" : "en-US",
		"intl.accept_languages": locale === "de" ? "de-DE, de" : "en-US, en",
		"layout.css.prefers-color-scheme.content-override": colorScheme === "dark" ? 0 : 1,
		// Every http(s) request goes to a proxy that is not there, so meeting tabs fail on the
		// machine instead of reaching the network.
		"network.proxy.type": 1,
		"network.proxy.http": DEAD_PROXY.host,
		"network.proxy.http_port": DEAD_PROXY.port,
		"network.proxy.ssl": DEAD_PROXY.host,
		"network.proxy.ssl_port": DEAD_PROXY.port,
	};
}
