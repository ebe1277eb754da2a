// The QR code's drawing. The encoder (uqr) is loaded only when a QR code is shown, by the caller:
// `pathOf(encode(text, qrOptions))`.

/** Medium error correction survives a projector's glare; the 4-module quiet zone is what scanners expect. */
export const qrOptions = { ecc: "M", border: 4 } as const;

/** The dark modules of a QR code as one SVG path, so the popup draws it as an element, never as markup. */
export function pathOf({ size, data }: { size: number; data: boolean[][] }): { size: number; d: string } {
	let d = "";
	data.forEach((row, y) => {
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		});
	});
	return { size, d };
}
