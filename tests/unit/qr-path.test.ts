import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { maxChannelLength, maxTitleLength } from "../../src/lib/limits";
import { roomUrl } from "../../src/lib/links/meeting-links";
import { mumbleAppUrl } from "../../src/lib/mumble/links";
import { randomName } from "../../src/lib/names/random-name";
import { pathOf, qrDrawing, qrMaxBytes, qrOptions } from "../../src/lib/qr-path";

const qrPath = (text: string) => pathOf(encode(text, qrOptions));

/** Draws the path as the popup's <svg> does, rasterises it and reads it back like a phone. */
function decode(text: string): string | undefined {
	const { size, d } = qrPath(text);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000" shape-rendering="crispEdges"/></svg>`;
	const image = new Resvg(svg, { fitTo: { mode: "width", value: size * 6 } }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe("qrPath", () => {
	it("decodes back to the exact room link", () => {
		const title = "Plenum, Donnerstag 19:00 🌱";
		const url = roomUrl(
			{ host: "meet.systemli.org", name: randomName() },
			{ title, audioMuted: true, videoMuted: true },
		);
		expect(decode(url)).toBe(url);
	});

	it("decodes a link at the longest title", () => {
		const title = "Ü".repeat(200);
		const url = roomUrl(
			{ host: "meet.mayfirst.org", name: randomName() },
			{ title, audioMuted: true, videoMuted: true },
		);
		expect(decode(url)).toBe(url);
	});

	it("draws only whole modules inside its square", () => {
		const { size, d } = qrPath("https://meet.systemli.org/x");
		expect((size - 2 * 4 - 17) % 4).toBe(0); // a QR version's 17 + 4v modules, plus the quiet zone
		for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
			expect(Number(x)).toBeGreaterThanOrEqual(4);
			expect(Number(y)).toBeLessThan(size - 4);
		}
		expect(d.replace(/M\d+ \d+h1v1h-1z/g, "")).toBe("");
	});

	it("draws a link up to the most a QR code holds, and says how long one is that does not fit", () => {
		const link = (bytes: number) => `https://talk.example.org/${"a".repeat(bytes - 25)}`;
		const largest = qrDrawing(link(qrMaxBytes), encode);
		expect(largest.tooLong).toBeUndefined();
		expect(decode(link(qrMaxBytes))).toBe(link(qrMaxBytes));
		expect(qrDrawing(link(qrMaxBytes + 1), encode)).toEqual({ tooLong: { bytes: qrMaxBytes + 1, max: qrMaxBytes } });
	});

	it("says so for a Mumble link at the longest channel path and title, instead of throwing", () => {
		const channel = ["Öffentlichkeit", "Ü".repeat(maxChannelLength - 15)];
		const link = mumbleAppUrl({ host: "mumble.example.org", port: 64738, channel }, "Ä".repeat(maxTitleLength));
		expect(() => encode(link, qrOptions)).toThrow("Data too long");
		expect(qrDrawing(link, encode)).toEqual({ tooLong: { bytes: link.length, max: qrMaxBytes } });
	});

	it("lets any other failure of the encoder through", () => {
		const broken = () => {
			throw new TypeError("encoder missing");
		};
		expect(() => qrDrawing("https://meet.example.org/x", broken)).toThrow("encoder missing");
	});
});
