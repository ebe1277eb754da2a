import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { roomUrl } from "../../src/lib/links/meeting-links";
import { pathOf, qrOptions } from "../../src/lib/qr-path";

const qrPath = (text: string) => pathOf(encode(text, qrOptions));

import { randomName } from "../../src/lib/names/random-name";

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
});
