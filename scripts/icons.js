// Renders icons/icon.svg to the PNG sizes the manifest and the stores use.
// The PNGs are committed because the extension stores and Chrome's toolbar
// need raster icons (Chrome does not accept SVG in manifest "icons").
// Rerun after editing the SVG:  node scripts/icons.js
import { readFileSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const dir = new URL("../icons/", import.meta.url);
const svg = readFileSync(new URL("icon.svg", dir), "utf8");

for (const size of [16, 32, 48, 96, 128]) {
	const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
	writeFileSync(new URL(`icon-${size}.png`, dir), png);
	console.log(`icons/icon-${size}.png`);
}
