import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { output, packageData, reduceConfusables, render } from "../../../scripts/confusables.js";
import { confusableGroups } from "../../../src/lib/host/confusables";
import { isLabelCharacter } from "../../../src/lib/host/name";

// The shipped table is a generated part of the unhomoglyph package's data (Unicode's
// confusables.txt); these tests keep it from drifting from the package or from the name rules.
describe("the confusables table", () => {
	const data: Record<string, string> = packageData();
	const reduced = reduceConfusables(data, isLabelCharacter);

	it("is what the script makes from the package, with the name rules the check applies", () => {
		expect(confusableGroups).toEqual(reduced);
		expect(readFileSync(output, "utf8")).toBe(render(reduced));
	});

	it("maps each kept character as the package does, accents aside", () => {
		const dropMarks = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "");
		let kept = 0;
		for (const group of confusableGroups) {
			const [prototype = "", sources = ""] = group.split("=");
			for (const source of sources) {
				expect(dropMarks(data[source] ?? ""), source).toBe(prototype);
				kept++;
			}
		}
		expect(kept).toBeGreaterThan(200);
	});

	it("keeps the characters a host can imitate ASCII with", () => {
		const kept = confusableGroups.join("");
		for (const char of ["ǀ", "ɱ", "ʏ", "і", "а", "ο", "ρ", "ѵ", "ԁ", "1", "m", "٠"]) expect(kept).toContain(char);
	});

	it("leaves out what can never be compared: capitals, symbols, math letters, non-ASCII prototypes", () => {
		const kept = new Set([...confusableGroups.join("")]);
		// Cyrillic А (capital), ℓ (symbol-like letter NFKC turns into l), 𝐚 (math bold), ε (prototype ꞓ)
		for (const char of ["А", "ℓ", "𝐚", "ε", "|"]) expect(kept.has(char), char).toBe(false);
		expect(data.ε).toBeDefined();
	});

	it("is a small part of the whole data", () => {
		const whole = gzipSync(JSON.stringify(data)).length;
		const part = gzipSync(confusableGroups.join(" ")).length;
		console.log(`Confusables: ${Object.keys(data).length} mappings, ${whole} B gzipped; kept ${part} B gzipped`);
		expect(part * 20).toBeLessThan(whole);
	});
});
