// `npm run store-images`: the screenshots and the promotional tile for the Chrome Web Store and
// addons.mozilla.org, in English and German, from a fresh build of the extension in Debian's
// Chromium, started the one way this repository starts browsers (tests/e2e/harness.ts).
// Each screenshot is 1280x800 (the stores' size): one caption line from the extension's own
// messages beside the real page at its real size. Writes store/images/<language>/*.png.
//
// Deterministic where it can be: one pixel per CSS pixel, the light scheme, the time zone
// Europe/Berlin and a fixed plenum date. Room and pad names are random, as they should be.
// Run by jiti, like the benchmark: Node 20 runs no TypeScript.
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserSession, startBrowser } from "../tests/e2e/harness";
import { buildExtension } from "./build.js";
import { fixedPage, ownPage, type Plenum, popupAfterCopy, type Shot, settingsPage } from "./store-images/capture";
import { canvasPage, chatPage, dataUrl, tilePage } from "./store-images/pages";
import { optimisePng } from "./store-images/png";

// Chromium reads the zone from its environment, which startBrowser passes on.
const ZONE = "Europe/Berlin";
process.env.TZ = ZONE;

const root = join(import.meta.dirname, "..");
const locales = ["en", "de"] as const;
type Locale = (typeof locales)[number];
const SCREENSHOT = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
// A Thursday in winter, at seven in the evening: when plenums happen.
const PLENUM_DAY = { date: "2027-01-14", time: "19:00" };
const GROUP = "Plenum Nord";

function messages(locale: Locale): (key: string) => string {
	const file = JSON.parse(readFileSync(join(root, "_locales", locale, "messages.json"), "utf8"));
	return (key) => {
		const text: unknown = file[key]?.message;
		if (typeof text !== "string") throw new Error(`_locales/${locale} has no message ${key}`);
		return text;
	};
}

/** "Plenum Nord, Thursday" in the locale's own weekday name, from Intl as the popup's date line is. */
function plenumOf(locale: Locale): Plenum {
	const day = new Date(`${PLENUM_DAY.date}T12:00:00Z`);
	const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: ZONE }).format(day);
	return { title: `${GROUP}, ${weekday}`, ...PLENUM_DAY };
}

async function imagesOf(session: BrowserSession, locale: Locale): Promise<Record<string, Buffer>> {
	const zone = await session.control.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
	if (zone !== ZONE) throw new Error(`Chromium runs in the time zone ${zone}, not ${ZONE}`);
	const t = messages(locale);
	const { shot: popup, invitation } = await popupAfterCopy(session, plenumOf(locale), t("copiedStatus"));
	const chat = await ownPage(session, chatPage(invitation, GROUP));
	const settings = await settingsPage(session);
	const compose = (shot: Shot, caption: string) =>
		fixedPage(session, canvasPage(dataUrl("image/png", shot.png), shot.size, caption), SCREENSHOT);
	const icon = dataUrl("image/svg+xml", readFileSync(join(root, "icons", "icon.svg")));
	return {
		"screenshot-1-popup.png": await compose(popup, t("actionTitle")),
		"screenshot-2-invitation.png": await compose(chat, t("copiedStatus")),
		"screenshot-3-settings.png": await compose(settings, t("optionsTitle")),
		"promo-tile-440x280.png": await fixedPage(session, tilePage(icon, t("extensionName")), TILE),
	};
}

async function main(): Promise<void> {
	const build = await mkdtemp(join(tmpdir(), "plenum-store-images-"));
	try {
		await buildExtension(build);
		for (const locale of locales) {
			const session = await startBrowser("chromium", { locale, colorScheme: "light", distDir: build });
			let images: Record<string, Buffer>;
			try {
				images = await imagesOf(session, locale);
			} finally {
				await session.close();
			}
			const dir = join(root, "store", "images", locale);
			await mkdir(dir, { recursive: true });
			for (const [name, png] of Object.entries(images)) {
				const small = optimisePng(png);
				await writeFile(join(dir, name), small);
				console.log(`store/images/${locale}/${name}  ${small.length} bytes (Chromium wrote ${png.length})`);
			}
		}
	} finally {
		await rm(build, { recursive: true, force: true });
	}
}

await main();
