// Chromium writes its screenshots quickly, not small. The stores' images are committed, so they
// are encoded again here, losslessly: the same pixels, RGB when nothing is transparent, zlib at
// level 9, and whichever row filters give the smallest file (PNG's format: w3.org/TR/png-3).
import { crc32, deflateSync, inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const channelsOf: Record<number, number> = { 2: 3, 6: 4 };

export type Pixels = { width: number; height: number; channels: number; data: Buffer };

/** The width and height a PNG's header gives. */
export function pngSize(png: Buffer): { width: number; height: number } {
	if (!png.subarray(0, 8).equals(SIGNATURE) || png.toString("latin1", 12, 16) !== "IHDR") {
		throw new Error("not a PNG");
	}
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The pixels of an 8-bit RGB or RGBA PNG without interlacing, which is what Chromium writes. */
export function decodePng(png: Buffer): Pixels {
	const { width, height } = pngSize(png);
	const [depth, colourType, , , interlace] = png.subarray(24, 29);
	const channels = channelsOf[colourType ?? -1];
	if (depth !== 8 || !channels || interlace !== 0) {
		throw new Error(`unexpected PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
	}
	const parts: Buffer[] = [];
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		if (png.toString("latin1", at + 4, at + 8) === "IDAT") parts.push(png.subarray(at + 8, at + 8 + length));
		at += length + 12;
	}
	const filtered = inflateSync(Buffer.concat(parts));
	const stride = width * channels;
	const data = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const type = filtered[y * (stride + 1)] ?? 0;
		const row = filtered.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		unfilter(type, row, data, y * stride, stride, channels);
	}
	return { width, height, channels, data };
}

function unfilter(type: number, row: Buffer, out: Buffer, start: number, stride: number, bpp: number): void {
	for (let x = 0; x < stride; x++) {
		const left = x >= bpp ? (out[start + x - bpp] ?? 0) : 0;
		const up = start > 0 ? (out[start + x - stride] ?? 0) : 0;
		const upLeft = start > 0 && x >= bpp ? (out[start + x - stride - bpp] ?? 0) : 0;
		out[start + x] = ((row[x] ?? 0) + predict(type, left, up, upLeft)) & 0xff;
	}
}

function predict(type: number, left: number, up: number, upLeft: number): number {
	switch (type) {
		case 0:
			return 0;
		case 1:
			return left;
		case 2:
			return up;
		case 3:
			return (left + up) >> 1;
		case 4: {
			const p = left + up - upLeft;
			const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
			return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
		}
		default:
			throw new Error(`unknown PNG filter ${type}`);
	}
}

/** RGBA without a single transparent pixel becomes RGB: a quarter less to store. */
export function withoutOpaqueAlpha(pixels: Pixels): Pixels {
	const { width, height, channels, data } = pixels;
	if (channels !== 4) return pixels;
	for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return pixels;
	const rgb = Buffer.alloc(width * height * 3);
	for (let i = 0, j = 0; i < data.length; i += 4, j += 3) data.copy(rgb, j, i, i + 3);
	return { width, height, channels: 3, data: rgb };
}

/**
 * The rows filtered, each with `only` or else with the filter whose output has the smallest sum
 * of magnitudes (the usual heuristic, which loses to no filter at all on flat, text-heavy pages).
 */
function filterRows({ width, height, channels, data }: Pixels, only?: number): Buffer {
	const stride = width * channels;
	const out = Buffer.alloc((stride + 1) * height);
	const candidate = Buffer.alloc(stride);
	for (let y = 0; y < height; y++) {
		const start = y * stride;
		let best = Number.POSITIVE_INFINITY;
		for (const type of only === undefined ? [0, 1, 2, 3, 4] : [only]) {
			let cost = 0;
			for (let x = 0; x < stride; x++) {
				const left = x >= channels ? (data[start + x - channels] ?? 0) : 0;
				const up = y > 0 ? (data[start + x - stride] ?? 0) : 0;
				const upLeft = y > 0 && x >= channels ? (data[start + x - stride - channels] ?? 0) : 0;
				const value = ((data[start + x] ?? 0) - predict(type, left, up, upLeft)) & 0xff;
				candidate[x] = value;
				cost += value < 128 ? value : 256 - value;
			}
			if (cost < best) {
				best = cost;
				out[y * (stride + 1)] = type;
				candidate.copy(out, y * (stride + 1) + 1);
			}
		}
	}
	return out;
}

function chunk(type: string, body: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(body.length, 0);
	head.write(type, 4, "latin1");
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
	return Buffer.concat([head, body, crc]);
}

/** A PNG of the pixels, every row filtered with `only` or, without it, as the heuristic picks. */
export function encodePng(pixels: Pixels, only?: number): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(pixels.width, 0);
	header.writeUInt32BE(pixels.height, 4);
	header.set([8, pixels.channels === 3 ? 2 : 6, 0, 0, 0], 8);
	const idat = deflateSync(filterRows(pixels, only), { level: 9, memLevel: 9 });
	return Buffer.concat([SIGNATURE, chunk("IHDR", header), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

/** The same picture as the smallest PNG of those tried, with no chunk but the pixels'. */
export function optimisePng(png: Buffer): Buffer {
	const pixels = withoutOpaqueAlpha(decodePng(png));
	return [undefined, 0, 1, 2, 3, 4]
		.map((only) => encodePng(pixels, only))
		.reduce((best, next) => (next.length < best.length ? next : best), png);
}
