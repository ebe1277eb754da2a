// The parts of a calendar file's lines that RFC 5545 is particular about: folding at 75 octets
// (§3.1), a date-time in UTC, and a URI value that no character can end or break.

/** A character's length in UTF-8; a lone surrogate is written as U+FFFD, three octets. */
function utf8Length(character: string): number {
	const code = character.codePointAt(0) ?? 0;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds one content line into lines of at most 75 octets, never inside a character. */
export function fold(line: string): string {
	let folded = "";
	let octets = 0;
	for (const character of line) {
		const size = utf8Length(character);
		// The continuation's leading space counts against its 75 octets.
		if (octets + size > 75) {
			folded += "\r\n ";
			octets = 1;
		}
		folded += character;
		octets += size;
	}
	return folded;
}

/** The last second RFC 5545 can write: its dates have four-digit years (§3.3.4). */
export const lastWritable = Date.UTC(9999, 11, 31, 23, 59, 59);

/**
 * A DATE-TIME in UTC, "20261025T011500Z". An end written so names one instant, where a local
 * time may name two: the night the clocks go back, 02:15 in Berlin happens twice, and RFC 5545
 * §3.3.5 reads it as the first, an hour before a plenum from 01:15 to 02:15 CET ends.
 */
export function utcDateTime(instant: number): string {
	if (!(instant <= lastWritable)) throw new RangeError("RFC 5545 writes no date after the year 9999");
	return `${new Date(instant).toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

// RFC 3986's characters, the percent sign included; all a URI value may hold (RFC 5545 §3.3.13).
const outsideUri = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu;

/**
 * A URI as RFC 5545 §3.3.13 writes it: as it is, with no TEXT escaping, so ";" and "," in a
 * Mumble link stay what they are. A character no URI may hold (a space, a control) is
 * percent-encoded, so it can neither end the line nor break the link.
 */
export function uriValue(url: string): string {
	return url.replace(outsideUri, (character) =>
		[...new TextEncoder().encode(character)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
	);
}
