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
