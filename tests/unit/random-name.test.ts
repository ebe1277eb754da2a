import { afterEach, describe, expect, it, vi } from "vitest";
import { alphabet, bitsPerCharacter, randomLength, randomName } from "../../src/lib/names/random-name";
import { jitsiNormalise } from "./helpers";

afterEach(() => vi.restoreAllMocks());

describe("randomName", () => {
	it("uses only the 36 characters that survive Jitsi's lowercasing", () => {
		expect(alphabet).toBe("0123456789abcdefghijklmnopqrstuvwxyz");
		expect(new Set(alphabet).size).toBe(36);
		for (let i = 0; i < 1000; i++) expect(randomName()).toMatch(/^[0-9a-z]{26}$/);
	});

	it("carries at least 128 bits", () => {
		expect(bitsPerCharacter).toBeCloseTo(5.17, 2);
		expect(randomLength * bitsPerCharacter).toBeGreaterThanOrEqual(128);
		expect((randomLength - 1) * bitsPerCharacter).toBeLessThan(130); // 25 would give 129: 26 is a margin, not waste
	});

	it("repeats no name in 100,000", () => {
		const names = new Set(Array.from({ length: 100_000 }, randomName));
		expect(names.size).toBe(100_000);
	});

	it("draws from crypto.getRandomValues, never Math.random", () => {
		const mathRandom = vi.spyOn(Math, "random");
		const csprng = vi.spyOn(globalThis.crypto, "getRandomValues");
		for (let i = 0; i < 200; i++) randomName(); // nanoid draws in pools: enough calls to refill
		expect(mathRandom).not.toHaveBeenCalled();
		expect(csprng).toHaveBeenCalled();
	});

	it("uses every character about equally often (no modulo bias)", () => {
		const counts = new Map<string, number>();
		for (let i = 0; i < 20_000; i++) for (const c of randomName()) counts.set(c, (counts.get(c) ?? 0) + 1);
		const expected = (20_000 * 26) / 36;
		for (const c of alphabet) expect(Math.abs((counts.get(c) ?? 0) - expected) / expected).toBeLessThan(0.05);
	});

	it("is unchanged by Jitsi's normalisation", () => {
		for (let i = 0; i < 1000; i++) {
			const name = randomName();
			expect(jitsiNormalise(name)).toBe(name);
		}
	});
});
