import { encode } from "uqr";

/**
 * The dark modules of a QR code as one SVG path, so the popup draws it as an element,
 * never as markup. Medium error correction survives a projector's glare; the 4-module
 * quiet zone is what scanners expect.
 */
export function qrPath(text: string): { size: number; d: string } {
	const { size, data } = encode(text, { ecc: "M", border: 4 });
	let d = "";
	data.forEach((row, y) => {
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		});
	});
	return { size, d };
}
