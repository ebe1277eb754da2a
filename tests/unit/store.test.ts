import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jitsiInstances, padInstances } from "../../src/lib/instances";
import { bitsPerCharacter, randomLength } from "../../src/lib/names/random-name";
import { localeMessages, localeNames } from "./helpers";

// The texts in store/ go to addons.mozilla.org and the Chrome Web Store as they are. Limits:
// Chrome's summary 132 characters (AMO's 250), Chrome's description 16,000, and 1,000 for each
// answer on Chrome's privacy-practices tab (developer.chrome.com/docs/webstore/cws-dashboard-listing
// and .../cws-dashboard-privacy).

/** The `## Heading` sections of a store file, by heading. */
function sections(file: string): Record<string, string> {
	const text = readFileSync(file, "utf8");
	const found: Record<string, string> = {};
	for (const part of text.split(/^## /m).slice(1)) {
		const [heading = "", ...body] = part.split("\n");
		found[heading.trim()] = body.join("\n").trim();
	}
	return found;
}

const length = (text: string) => [...text].length;
const listing = (locale: string) => sections(`store/${locale}.md`);

// Words that promise more than the extension can keep: it makes rooms unguessable, keeps them
// out of every list, keeps data on the device and tracks nothing, but it cannot make a meeting "safe".
const overpromises: Record<string, RegExp> = {
	en: /\b(safe(ly|ty)?|secure|private|anonymous|guaranteed?|whatever)\b/i,
	de: /\b(sicher(e|en|er|es|em)?|privater?|anonym|garantiert|egal)\b/i,
	fr: /\b(sûre?s?|sécurisée?s?|privée?s?|anonyme|garanti)/i,
	it: /\b(sicur[aoie]|privat[aoie]|anonim[aoie]|garantit[aoie])\b/i,
	es: /\b(segur[aoe]s?|privad[ao]s?|anónim[ao]s?|garantizad[ao]s?)\b/i,
};

describe.each(localeNames)("store listing %s", (locale) => {
	const texts = listing(locale);
	const messages = localeMessages(locale);

	it("has every text English has, each filled", () => {
		expect(Object.keys(texts)).toEqual(Object.keys(listing("en")));
		expect(Object.keys(texts)).toEqual(["Name", "Summary", "Description"]);
		for (const [heading, text] of Object.entries(texts)) expect(text, heading).not.toBe("");
	});

	it("uses the extension's own name and description, within the stores' limits", () => {
		expect(texts.Name).toBe(messages.extensionName?.message);
		expect(texts.Summary).toBe(messages.extensionDescription?.message);
		expect(length(texts.Summary ?? "")).toBeLessThanOrEqual(132);
		expect(length(texts.Description ?? "")).toBeLessThanOrEqual(16_000);
		expect(length(texts.Description ?? "")).toBeGreaterThan(1500);
	});

	it("names every collective the extension offers, and the room names' true strength", () => {
		const description = texts.Description ?? "";
		for (const { collective } of [...jitsiInstances, ...padInstances]) expect(description).toContain(collective);
		expect(description).toContain(` ${randomLength} `);
		expect(description).toMatch(new RegExp(` ${Math.floor(randomLength * bitsPerCharacter)} bit`, "i"));
		for (const name of ["Jitsi", "Etherpad", "Signal", "Mumble", "QR", ".ics", "storage", "Android"]) {
			expect(description).toContain(name);
		}
	});

	it("says what it does not protect: no end-to-end encryption by default, open pads, the link as the only lock", () => {
		const description = texts.Description ?? "";
		const endToEnd = {
			en: "end to end",
			de: "Ende-zu-Ende",
			fr: "bout en bout",
			it: "end-to-end",
			es: "extremo a extremo",
		};
		const vandalism = { en: "vandalism", de: "Vandalismus", fr: "vandalisme", it: "vandalismo", es: "vandalismo" };
		expect(description).toContain(endToEnd[locale as keyof typeof endToEnd]);
		expect(description).toContain(vandalism[locale as keyof typeof vandalism]);
	});

	it("promises nothing the extension cannot keep", () => {
		for (const [heading, text] of Object.entries(texts))
			expect(text, heading).not.toMatch(overpromises[locale] as RegExp);
		expect(messages.extensionDescription?.message).not.toMatch(overpromises[locale] as RegExp);
	});
});

describe("native wording", () => {
	it("German addresses the group with ihr/euch, never with Sie", () => {
		const text = listing("de").Description ?? "";
		expect(text).toMatch(/\b(ihr|euch|eure[rn]?)\b/);
		expect(text).not.toMatch(/\b(Sie|Ihnen)\b/);
	});

	it("French puts a no-break space before : ; ! ? and inside « »", () => {
		const text = Object.values(listing("fr")).join("\n");
		const signs = [...text.matchAll(/[:;!?]/g)];
		expect(signs.length).toBeGreaterThan(10);
		for (const sign of signs) expect(text[(sign.index ?? 0) - 1], text.slice((sign.index ?? 0) - 20)).toBe("\u00a0");
		expect(text).not.toMatch(/« | »/);
		expect(text).toContain("«\u00a0");
	});

	it("Spanish writes vídeo", () => {
		const text = listing("es").Description ?? "";
		expect(text).toContain("vídeo");
		expect(text).not.toMatch(/\bvideo\b/i);
	});
});

describe("once, in English", () => {
	const privacy = sections("store/chrome-privacy-practices.md");

	it("answers every question of Chrome's privacy-practices tab within 1,000 characters", () => {
		const questions = ["Single purpose", "Permission justification: storage", "Host permission justification"];
		for (const question of [...questions, "Remote code", "Data usage", "Privacy policy"]) {
			expect(privacy[question], question).toBeTruthy();
		}
		for (const question of questions) expect(length(privacy[question] ?? ""), question).toBeLessThanOrEqual(1000);
	});

	it("justifies exactly the permissions the manifest asks for", () => {
		const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
		const justified = Object.keys(privacy)
			.filter((heading) => heading.startsWith("Permission justification: "))
			.map((heading) => heading.replace("Permission justification: ", ""));
		expect(justified).toEqual(manifest.permissions);
	});

	it("has release notes for this version", () => {
		const { version } = JSON.parse(readFileSync("manifest.json", "utf8"));
		const notes = readFileSync("store/release-notes.md", "utf8");
		expect(notes.match(/^## (\S+)/m)?.[1]).toBe(version);
		expect(notes).toContain(`plenum-launcher-${version}-source.zip`);
	});
});

describe("the project's own descriptions", () => {
	it.each(["package.json", "README.md", "PRIVACY.md", "store/chrome-privacy-practices.md", "store/release-notes.md"])(
		"%s promises nothing the extension cannot keep",
		(file) => {
			const text = readFileSync(file, "utf8")
				// package.json's npm flag, and Jitsi's own warning quoted by name, are not promises.
				.replace('"private": true', "")
				.replace('"insecure room name"', "");
			expect(text).not.toMatch(overpromises.en as RegExp);
		},
	);

	it("README and PRIVACY.md say what the extension does not protect, right after the privacy section", () => {
		const readme = readFileSync("README.md", "utf8");
		expect(readme).toMatch(/### Privacy\n[\s\S]*?\n### What this does not protect\n/);
		expect(readme.indexOf("### What this does not protect")).toBeLessThan(readme.indexOf("## Building from source"));
		for (const text of [readme, readFileSync("PRIVACY.md", "utf8")]) {
			expect(text).toContain("What this does not protect");
			expect(text).toContain("end-to-end encryption");
			expect(text).toContain("vandalism");
			expect(text).toContain("encrypted chat");
		}
	});
});
