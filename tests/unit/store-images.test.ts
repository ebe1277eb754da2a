import { readdirSync, readFileSync } from "node:fs";
import { crc32, inflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePng, encodePng, optimisePng, type Pixels, withoutOpaqueAlpha } from "../../scripts/store-images/png";

// What the stores ask for (developer.chrome.com/docs/webstore/images): screenshots of 1280x800
// (or 640x400), PNG or JPEG, and a small promotional tile of 440x280; addons.mozilla.org takes
// the same screenshots. `npm run store-images` makes them, in every language listed here.
const languages = ["en", "de"];
const screenshot = { width: 1280, height: 800 };
const required: Record<string, { width: number; height: number }> = {
	"screenshot-1-popup.png": screenshot,
	"screenshot-2-invitation.png": screenshot,
	"screenshot-3-settings.png": screenshot,
	"promo-tile-440x280.png": { width: 440, height: 280 },
};
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const bytesPerPixel: Record<number, number> = { 2: 3, 6: 4 };

/**
 * Reads a PNG as a store's upload check would, without the script's own decoder: the signature,
 * every chunk's CRC, the header's size, and pixel data that is exactly as long as that size says.
 */
function readPng(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).equals(SIGNATURE), `${file} is a PNG`).toBe(true);
	const chunks: { type: string; data: Buffer }[] = [];
	for (let at = 8; at < bytes.length; ) {
		const length = bytes.readUInt32BE(at);
		const typeAndData = bytes.subarray(at + 4, at + 8 + length);
		expect(crc32(typeAndData), `${file}: CRC at ${at}`).toBe(bytes.readUInt32BE(at + 8 + length));
		chunks.push({ type: typeAndData.toString("latin1", 0, 4), data: typeAndData.subarray(4) });
		at += 12 + length;
	}
	expect(chunks[0]?.type).toBe("IHDR");
	expect(chunks.at(-1)?.type).toBe("IEND");
	const header = chunks[0]?.data ?? Buffer.alloc(13);
	const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
	const [depth, colourType, , , interlace] = header.subarray(8, 13);
	expect({ depth, interlace }).toEqual({ depth: 8, interlace: 0 });
	const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)));
	expect(pixels.length).toBe(height * (1 + width * (bytesPerPixel[colourType ?? -1] ?? Number.NaN)));
	return { width, height };
}

describe.each(languages)("store images, %s", (language) => {
	const dir = `store/images/${language}`;

	it("has every image the stores need, at exactly their size, and nothing else", () => {
		expect(readdirSync(dir).sort()).toEqual(Object.keys(required).sort());
		for (const [name, size] of Object.entries(required)) expect(readPng(`${dir}/${name}`), name).toEqual(size);
	});

	it("stays small enough to commit", () => {
		for (const name of Object.keys(required)) {
			expect(readFileSync(`${dir}/${name}`).length, name).toBeLessThan(300_000);
		}
	});
});

it("has images of their own in each language, not copies of English", () => {
	for (const language of languages.filter((l) => l !== "en")) {
		for (const name of Object.keys(required)) {
			const english = readFileSync(`store/images/en/${name}`);
			expect(readFileSync(`store/images/${language}/${name}`).equals(english), `${language}/${name}`).toBe(false);
		}
	}
});

describe("the store images' PNG encoder", () => {
	// Few colours, so that rows repeat and neighbours agree: the filters then differ in what they give.
	const sample = fc.constantFrom(0, 1, 2, 3, 128, 254, 255);
	const image = (opaque: boolean) =>
		fc
			.record({ width: fc.integer({ min: 1, max: 12 }), height: fc.integer({ min: 1, max: 12 }), alpha: fc.boolean() })
			.chain(({ width, height, alpha }) => {
				const channels = alpha ? 4 : 3;
				const length = width * height * channels;
				const opaqueAt = (i: number) => opaque && channels === 4 && i % 4 === 3;
				return fc
					.array(sample, { minLength: length, maxLength: length })
					.map(
						(v): Pixels => ({ width, height, channels, data: Buffer.from(v.map((x, i) => (opaqueAt(i) ? 255 : x))) }),
					);
			});

	/** The pixels another decoder reads from a PNG: resvg's (the Rust png crate), drawing it 1:1 in an SVG. */
	function decodedByResvg(png: Buffer, { width, height }: Pixels): Buffer {
		const href = `data:image/png;base64,${png.toString("base64")}`;
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" image-rendering="optimizeSpeed" href="${href}"/></svg>`;
		return Buffer.from(new Resvg(svg).render().pixels);
	}
	const rgba = ({ channels, data }: Pixels) =>
		channels === 4 ? data : Buffer.from([...data].flatMap((v, i) => (i % 3 === 2 ? [v, 255] : [v])));
	const filters = fc.constantFrom(undefined, 0, 1, 2, 3, 4);

	// Our own encoder against a second decoder, not a client's rules: a few hundred small images
	// reach every filter, channel count and row length many times over.
	it("writes PNGs that another decoder reads pixel for pixel, with each filter and the per-row choice", () => {
		// Opaque only: resvg gives premultiplied colours, which differ where alpha is below 255.
		fc.assert(
			fc.property(image(true), filters, (pixels, only) => {
				expect(decodedByResvg(encodePng(pixels, only), pixels).equals(rgba(pixels))).toBe(true);
			}),
			{ numRuns: 200 },
		);
	});

	it("reads back every pixel it wrote, transparent ones too", () => {
		fc.assert(
			fc.property(image(false), filters, (pixels, only) => {
				expect(decodePng(encodePng(pixels, only))).toEqual(pixels);
			}),
			{ numRuns: 500 },
		);
	});

	it("drops the alpha channel only when every pixel is opaque", () => {
		const opaque: Pixels = { width: 2, height: 1, channels: 4, data: Buffer.from([1, 2, 3, 255, 4, 5, 6, 255]) };
		expect(withoutOpaqueAlpha(opaque)).toEqual({
			width: 2,
			height: 1,
			channels: 3,
			data: Buffer.from([1, 2, 3, 4, 5, 6]),
		});
		const seeThrough = { ...opaque, data: Buffer.from([1, 2, 3, 255, 4, 5, 6, 254]) };
		expect(withoutOpaqueAlpha(seeThrough)).toEqual(seeThrough);
	});

	it("makes a real PNG no larger and keeps its pixels (the 128 px icon, with transparency)", () => {
		const png = readFileSync("icons/icon-128.png");
		const smaller = optimisePng(png);
		expect(smaller.length).toBeLessThanOrEqual(png.length);
		expect(decodePng(smaller)).toEqual(withoutOpaqueAlpha(decodePng(png)));
	});
});
