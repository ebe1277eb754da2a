import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { languages } from "../../src/lib/languages";
import { localeMessages, localeNames } from "./helpers";

const english = localeMessages("en");
const englishKeys = Object.keys(english).sort();

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

describe.each(localeNames)("locale %s", (locale) => {
	const messages = localeMessages(locale);

	it("has exactly English's keys", () => {
		expect(Object.keys(messages).sort()).toEqual(englishKeys);
	});

	it("fills every message and uses the same substitutions as English", () => {
		for (const key of englishKeys) {
			const message = messages[key]?.message ?? "";
			expect(message.trim(), key).not.toBe("");
			const refs = (text: string) => (text.match(/\$\d/g) ?? []).sort();
			expect(refs(message), key).toEqual(refs(english[key]?.message ?? ""));
		}
	});

	it("fits the stores' limits: name at most 45 characters, description at most 132", () => {
		expect([...(messages.extensionName?.message ?? "")].length).toBeLessThanOrEqual(45);
		expect([...(messages.extensionDescription?.message ?? "")].length).toBeLessThanOrEqual(132);
	});

	it("names its own language", () => {
		expect(messages.lang?.message).toBe(locale);
	});
});

it("lists every shipped language, and only those", () => {
	expect([...languages].sort()).toEqual([...localeNames].sort());
});

it("has a message for every key the code and the manifest use", () => {
	const used = new Set<string>();
	for (const file of [...sourceFiles("src"), "manifest.json"]) {
		const text = readFileSync(file, "utf8");
		for (const match of text.matchAll(/\bt\("(\w+)"|__MSG_(\w+)__/g)) used.add(match[1] ?? match[2] ?? "");
	}
	expect(used.size).toBeGreaterThan(10);
	for (const key of used) expect(englishKeys, key).toContain(key);
});

/**
 * The words CONTRIBUTING.md's glossary says not to use, per language: its table's last column,
 * written "en: meeting; de: Treffen, Versammlung".
 */
function wordsNotToUse(): Map<string, string[]> {
	const text = readFileSync("CONTRIBUTING.md", "utf8");
	const section = text.slice(text.indexOf("## Words"), text.indexOf("\n## ", text.indexOf("## Words") + 1));
	const rows = section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| ---"));
	const header = rows[0]?.split("|").map((cell) => cell.trim()) ?? [];
	expect(header.slice(1, 8)).toEqual(["concept", "en", "de", "fr", "it", "es", "not to use"]);
	const banned = new Map<string, string[]>();
	for (const row of rows.slice(1)) {
		const cell = row.split("|")[7]?.trim() ?? "";
		for (const part of cell.split(";").filter((p) => p.trim() !== "")) {
			const [locale = "", words = ""] = part.split(":").map((s) => s.trim());
			banned.set(locale, [...(banned.get(locale) ?? []), ...words.split(",").map((w) => w.trim())]);
		}
	}
	return banned;
}

describe("the glossary in CONTRIBUTING.md", () => {
	const banned = wordsNotToUse();
	// A capitalised word (a German noun) counts only as written: "treffen wir uns" is fine, "Treffen" is not.
	const finds = (word: string, text: string) =>
		new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, word[0] === word[0]?.toUpperCase() ? "u" : "iu").test(text);

	it("names words not to use in every language", () => {
		expect([...banned.keys()].sort()).toEqual([...localeNames].sort());
		expect(finds("Treffen", "Das Treffen")).toBe(true);
		expect(finds("Treffen", "wir treffen uns")).toBe(false);
		expect(finds("notes", "Shared Notes")).toBe(true);
		expect(finds("note", "notes")).toBe(false);
	});

	it.each(localeNames)("is followed by every message in %s", (locale) => {
		const found = Object.entries(localeMessages(locale)).flatMap(([key, entry]) =>
			(banned.get(locale) ?? []).filter((word) => finds(word, entry?.message ?? "")).map((word) => `${key}: ${word}`),
		);
		expect(found).toEqual([]);
	});
});

describe("French typography", () => {
	// A no-break space (U+00A0, or the narrow U+202F) goes before : ; ! ? and inside « »,
	// so a line never breaks before the sign. Not in times (19:00), schemes (https://) or ":$1".
	const signNotInTimesOrLinks = /(?<![0-9]|\b[a-z]+)[:;!?](?![0-9/$])/g;

	it.each(Object.entries(localeMessages("fr")))("%s puts a no-break space before : ; ! ?", (_key, entry) => {
		const message = entry?.message ?? "";
		for (const match of message.matchAll(signNotInTimesOrLinks)) {
			const before = message[(match.index ?? 0) - 1] ?? "";
			expect(before, `${match[0]} at ${match.index} in ${message}`).toMatch(/[\u00a0\u202f]/);
		}
		expect(message).not.toMatch(/« | »/);
	});

	it("finds the signs it checks", () => {
		const all = Object.values(localeMessages("fr"))
			.map((entry) => entry?.message ?? "")
			.join("\n");
		expect([...all.matchAll(signNotInTimesOrLinks)].length).toBeGreaterThan(20);
		expect("Salle vidéo (Jitsi) :".match(signNotInTimesOrLinks)).toHaveLength(1);
	});
});

it("names one threshold for large assemblies everywhere: the texts take it as $1, the README agrees", async () => {
	const { jitsiComfortableUpTo } = await import("../../src/lib/assembly-size");
	for (const locale of localeNames) {
		const messages = localeMessages(locale);
		for (const key of ["largeLabel", "mumbleHint"]) {
			expect(messages[key]?.message, `${locale} ${key}`).toContain("$1");
			expect(messages[key]?.message.replace("$1", ""), `${locale} ${key}`).not.toMatch(/\d/);
		}
	}
	const readme = readFileSync("README.md", "utf8");
	expect(readme).toContain(`Jitsi works well up to about ${jitsiComfortableUpTo} people`);
	expect(readme).not.toMatch(/10-15|100\+/);
});
