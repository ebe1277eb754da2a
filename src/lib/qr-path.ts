// The QR code's drawing. The encoder (uqr) is loaded only when a QR code is shown, by the caller:
// `qrDrawing(text, encode)`.

/** Medium error correction survives a projector's glare; the 4-module quiet zone is what scanners expect. */
export const qrOptions = { ecc: "M", border: 4 } as const;

/**
 * The most bytes a QR code holds at medium error correction: version 40, the largest there is,
 * in byte mode (ISO/IEC 18004, table 7), which every link takes. Only for the message: whether
 * a link fits is the encoder's to say.
 */
export const qrMaxBytes = 2331;

type Encode = (text: string, options: typeof qrOptions) => { size: number; data: boolean[][] };

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

/**
 * The QR code of `text`, or how long it is when no QR code holds it (a room link with a long
 * Mumble channel path), so the popup can say so instead of failing.
 */
export function qrDrawing(
	text: string,
	encode: Encode,
): { size: number; d: string; tooLong?: undefined } | { tooLong: { bytes: number; max: number } } {
	try {
		return pathOf(encode(text, qrOptions));
	} catch (error) {
		// uqr's RangeError once version 40 is full (uqr: encodeSegments).
		if (!(error instanceof RangeError) || !/too long/i.test(error.message)) throw error;
		return { tooLong: { bytes: new TextEncoder().encode(text).length, max: qrMaxBytes } };
	}
}
