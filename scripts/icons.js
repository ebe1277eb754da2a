// Renders icons/icon.svg to the PNG sizes the manifest and the stores use.
// The PNGs are committed because the extension stores and Chrome's toolbar
// need raster icons (Chrome does not accept SVG in manifest "icons").
// Rerun after editing the SVG:  node scripts/icons.js
import { readFileSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const dir = new URL("../icons/", import.meta.url);
const svg = readFileSync(new URL("icon.svg", dir), "utf8");

// The Chrome Web Store wants the 128 px icon as 96 px of art inside 16 px of transparent
// padding on every side (developer.chrome.com/docs/webstore/images, "Extension icon"); the
// browser's own UI shows it at that size beside other padded icons. The smaller sizes are
// toolbar and menu icons, where every pixel of art counts, so they stay full-bleed.
const paddedArt = { 128: 96 };

/** The SVG with its 128-unit view widened so the art fills `art` of `size` pixels, centred. */
function padded(size, art) {
	const view = (128 * size) / art;
	const margin = (view - 128) / 2;
	const withView = svg.replace('viewBox="0 0 128 128"', `viewBox="${-margin} ${-margin} ${view} ${view}"`);
	if (withView === svg) throw new Error('icons/icon.svg must keep viewBox="0 0 128 128"');
	return withView;
}

for (const size of [16, 32, 48, 96, 128]) {
	const source = paddedArt[size] ? padded(size, paddedArt[size]) : svg;
	const png = new Resvg(source, { fitTo: { mode: "width", value: size } }).render().asPng();
	writeFileSync(new URL(`icon-${size}.png`, dir), png);
	console.log(`icons/icon-${size}.png`);
}
