import { describe, expect, it } from "vitest";
import { decodeLabel, toAscii, unicodeOf } from "../../../src/lib/host/idna";

describe("decodeLabel", () => {
	it.each([
		["mnchen-3ya", "münchen"],
		["bcher-kva", "bücher"],
		["1lqs71d", "東京"],
		["e1afmkfd", "пример"],
	])("decodes %s", (encoded, decoded) => {
		expect(decodeLabel(encoded)).toBe(decoded);
	});

	it.each(["-", "ab_c", "abc!", "zzzzzzzzzzzzzzzzzzzz"])("refuses %j", (encoded) => {
		expect(decodeLabel(encoded)).toBeUndefined();
	});

	it("is the punycode package, not Node's deprecated module of the same name", async () => {
		const { version } = await import("punycode/");
		expect(version).toBe((await import("punycode/package.json")).version);
	});
});

describe("toAscii", () => {
	it("encodes with the URL parser and checks the way back", () => {
		expect(toAscii(["münchen", "example", "org"])).toEqual({ ok: true, value: "xn--mnchen-3ya.example.org" });
		expect(toAscii(["\u0301meet", "example", "org"])).toEqual({ ok: false, error: "hostErrorInvalid" });
	});
});

describe("unicodeOf", () => {
	it("decodes the labels that decode and keeps the rest", () => {
		expect(unicodeOf("xn--mnchen-3ya.example.org")).toBe("münchen.example.org");
		expect(unicodeOf("xn--zzzzzzzzzzzzzzzzzzzz.example.org")).toBe("xn--zzzzzzzzzzzzzzzzzzzz.example.org");
	});
});
