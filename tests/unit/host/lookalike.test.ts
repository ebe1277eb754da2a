import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInstanceHost } from "../../../src/lib/host";
import { confusableGroups } from "../../../src/lib/host/confusables";
import { skeleton } from "../../../src/lib/host/lookalike";
import { jitsiInstances, padInstances } from "../../../src/lib/instances";

const builtIn = [...jitsiInstances, ...padInstances].map((instance) => instance.host);

describe("skeleton", () => {
	it.each([
		["ѕуѕтеmlі", "sysтernli"], // Cyrillic т has no Latin prototype: a reader sees a Cyrillic letter
		["systemǀi", "systernli"],
		["ɱeet", "rneet"],
		["sʏstemli", "systernli"],
		["zürich", "zurich"],
		["pad٠riseup", "pad.riseup"],
	])("of %s is %s", (name, expected) => {
		expect(skeleton(name)).toBe(expected);
	});

	it("maps a name to the same skeleton as its look-alikes, and the skeleton to itself", () => {
		for (const host of builtIn) expect(skeleton(skeleton(host))).toBe(skeleton(host));
	});
});

describe("look-alikes of the built-in instances", () => {
	it.each([
		["meet.systemǀi.org", "meet.systemli.org"],
		["ɱeet.systemli.org", "meet.systemli.org"],
		["meet.sʏstemli.org", "meet.systemli.org"],
		["meet.ɱayfirst.org", "meet.mayfirst.org"],
		["ρad.riseup.net", "pad.riseup.net"],
		["vc.autіstіcі.org", "vc.autistici.org"],
		["meet.immerđa.ch", "meet.immerda.ch"],
	])("refuses %s even when the caller lists nothing", (input, twin) => {
		expect(parseInstanceHost(input, [])).toEqual({ ok: false, error: "hostErrorLookalike", substitutions: [twin] });
	});

	it.each(["meet.example.net", "münchen.example.org", "例え.jp", "東京.jp", "пример.рф", "ελλάδα.gr", "straße.de"])(
		"lets an honest name through: %s",
		(input) => {
			expect(parseInstanceHost(input, [])).toMatchObject({ ok: true });
		},
	);

	// For each character of a built-in host: the characters whose skeleton is the same as its own,
	// from the table itself, the same letter with an accent, and "rn" for "m".
	const table = confusableGroups.map((group) => group.split("="));
	const lookalikes = new Map(
		[...new Set(builtIn.join(""))].map((char) => {
			const sources = table.filter(([prototype]) => prototype === skeleton(char)).flatMap(([, all = ""]) => [...all]);
			const accented = /[a-z]/.test(char) ? [`${char}\u0301`, `${char}\u0323`] : [];
			const ascii = char === "m" ? ["rn"] : [];
			return [char, [...sources, ...accented, ...ascii].filter((other) => other !== char)];
		}),
	);
	const lookalikesOf = (char: string) => lookalikes.get(char) ?? [];

	const substituted = fc
		.constantFrom(...builtIn)
		.chain((host) => {
			const chars = [...host];
			const positions = chars.flatMap((char, index) => (lookalikesOf(char).length > 0 ? [index] : []));
			return fc.tuple(
				fc.constant(chars),
				fc.uniqueArray(fc.constantFrom(...positions), { minLength: 1, maxLength: 4 }),
			);
		})
		.chain(([chars, positions]) =>
			fc.tuple(...positions.map((index) => fc.constantFrom(...lookalikesOf(chars[index] ?? "")))).map((picks) => {
				const copy = [...chars];
				positions.forEach((index, n) => {
					copy[index] = picks[n] ?? "";
				});
				return copy.join("");
			}),
		);

	it("refuses every random confusable substitution into a built-in host", () => {
		fc.assert(
			fc.property(substituted, (input) => {
				expect(parseInstanceHost(input, []), input).toMatchObject({ ok: false });
			}),
			{ numRuns: 1000 },
		);
	});

	it("accepts no name whose skeleton is a built-in host's, unless it is that host", () => {
		const candidates = fc.oneof(substituted, fc.domain(), fc.string({ unit: "grapheme", maxLength: 30 }));
		const skeletons = new Map(builtIn.map((host) => [skeleton(host), host]));
		fc.assert(
			fc.property(candidates, (input) => {
				const result = parseInstanceHost(input, []);
				if (!result.ok) return;
				const twin = skeletons.get(skeleton(result.display ?? result.host));
				expect(twin === undefined || twin === result.host, input).toBe(true);
			}),
			{ numRuns: 1000 },
		);
	});
});
