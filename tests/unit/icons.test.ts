import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// The Chrome Web Store's icon rules (developer.chrome.com/docs/webstore/images, "Extension
// icon"): a 128x128 PNG whose art is 96x96, with 16 px of transparent padding on every side;
// "small shadows for contrast" are allowed, so faint pixels may reach a little into the padding.
const shadowMargin = 2;
const faint = 64; // alpha below this (of 255) counts as shadow, not art

type Image = { width: number; height: number; alpha: (x: number, y: number) => number };

/** Decodes the PNGs scripts/icons.js writes: 8-bit RGBA, not interlaced (PNG spec, ISO 15948). */
function readPng(file: string): Image {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])), file).toBe(true);
	const chunks: Buffer[] = [];
	let header = Buffer.alloc(0);
	for (let at = 8; at < bytes.length; ) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString("latin1", at + 4, at + 8);
		const data = bytes.subarray(at + 8, at + 8 + length);
		if (type === "IHDR") header = data;
		if (type === "IDAT") chunks.push(data);
		at += 12 + length;
	}
	const width = header.readUInt32BE(0);
	const height = header.readUInt32BE(4);
	expect([header[8], header[9], header[12]], `${file}: bit depth, colour type, interlace`).toEqual([8, 6, 0]);
	const raw = inflateSync(Buffer.concat(chunks));
	const stride = width * 4;
	const pixels = Buffer.alloc(height * stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		for (let i = 0; i < stride; i++) {
			const value = raw[y * (stride + 1) + 1 + i] ?? 0;
			const left = i >= 4 ? (pixels[y * stride + i - 4] ?? 0) : 0;
			const up = y > 0 ? (pixels[(y - 1) * stride + i] ?? 0) : 0;
			const upLeft = y > 0 && i >= 4 ? (pixels[(y - 1) * stride + i - 4] ?? 0) : 0;
			const paeth = () => {
				const p = left + up - upLeft;
				const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
				return a <= b && a <= c ? left : b <= c ? up : upLeft;
			};
			const predictor = [0, left, up, (left + up) >> 1, paeth()][filter ?? 0] ?? 0;
			pixels[y * stride + i] = (value + predictor) & 0xff;
		}
	}
	return { width, height, alpha: (x, y) => pixels[y * stride + x * 4 + 3] ?? 0 };
}

/** The smallest box around the pixels whose alpha is at least `threshold`. */
function bounds({ width, height, alpha }: Image, threshold: number) {
	const box = { left: width, top: height, right: -1, bottom: -1 };
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			if (alpha(x, y) < threshold) continue;
			box.left = Math.min(box.left, x);
			box.top = Math.min(box.top, y);
			box.right = Math.max(box.right, x);
			box.bottom = Math.max(box.bottom, y);
		}
	}
	return box;
}

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const icons = Object.entries<string>({ ...manifest.icons, ...manifest.action.default_icon });

describe("icons", () => {
	it.each(icons)("the %s px icon is %s, square and of that size", (size, file) => {
		const image = readPng(file);
		expect([image.width, image.height]).toEqual([Number(size), Number(size)]);
	});

	it("the 128 px icon keeps its art within the central 96x96, with transparent padding around it", () => {
		const image = readPng(manifest.icons["128"]);
		// Art: from pixel 16 to pixel 111 on both axes.
		const art = bounds(image, faint);
		expect(art.left).toBeGreaterThanOrEqual(16);
		expect(art.top).toBeGreaterThanOrEqual(16);
		expect(art.right).toBeLessThanOrEqual(111);
		expect(art.bottom).toBeLessThanOrEqual(111);
		// The art fills its square: it is not a small picture lost in the middle.
		expect(art.right - art.left + 1).toBeGreaterThanOrEqual(94);
		// Anything at all, shadows included, stays within a small margin around the art.
		const anything = bounds(image, 1);
		expect(anything.left).toBeGreaterThanOrEqual(16 - shadowMargin);
		expect(anything.top).toBeGreaterThanOrEqual(16 - shadowMargin);
		expect(anything.right).toBeLessThanOrEqual(111 + shadowMargin);
		expect(anything.bottom).toBeLessThanOrEqual(111 + shadowMargin);
	});

	it("finds art that reaches into the padding", () => {
		// The 96 px icon is full-bleed art: read as if it were the 128 px one, it must fail.
		const image = readPng(manifest.icons["96"]);
		const art = bounds(image, faint);
		expect(art.left).toBeLessThan(16);
		expect(image.alpha(48, 48)).toBe(255);
	});

	it("are what scripts/icons.js renders from icons/icon.svg, so the SVG stays their source", () => {
		const copy = mkdtempSync(join(tmpdir(), "plenum-icons-"));
		try {
			cpSync("scripts/icons.js", join(copy, "scripts/icons.js"));
			cpSync("icons/icon.svg", join(copy, "icons/icon.svg"));
			symlinkSync(join(process.cwd(), "node_modules"), join(copy, "node_modules"));
			execFileSync("node", ["scripts/icons.js"], { cwd: copy, stdio: "pipe" });
			for (const [, file] of icons) {
				expect(readFileSync(join(copy, file)).equals(readFileSync(file)), file).toBe(true);
			}
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});
});
