// Between the Unicode a person reads and the ASCII that DNS and storage hold. To ASCII: the URL
// parser, which knows UTS 46. Back to Unicode: the punycode package (RFC 3492), as nothing that
// both browsers and Node offer decodes. The trailing slash imports the package, not Node's own
// deprecated module of the same name (punycode's README).
import { decode } from "punycode/";
import { pass, refuse, type Step } from "./errors";

const maxHostLength = 253;
const maxLabelLength = 63;

/** The Unicode text a punycode label (without `xn--`) encodes, or undefined if it is not valid. */
export function decodeLabel(encoded: string): string | undefined {
	try {
		return decode(encoded);
	} catch {
		return undefined; // RangeError: invalid input, or a code point beyond Unicode
	}
}

/**
 * Encodes with the URL parser, then decodes each label again and insists on getting back what
 * was checked, so no engine quietly stores something else.
 */
export function toAscii(labels: readonly string[]): Step<string> {
	let host: string;
	try {
		host = new URL(`https://${labels.join(".")}`).hostname;
	} catch {
		return refuse("hostErrorInvalid");
	}
	const ascii = host.split(".");
	if (ascii.length !== labels.length) return refuse("hostErrorInvalid");
	for (const [index, label] of ascii.entries()) {
		const back = label.startsWith("xn--") ? decodeLabel(label.slice(4)) : label;
		if (back !== labels[index]) return refuse("hostErrorInvalid");
		if (label.length > maxLabelLength) return refuse("hostErrorLabelTooLong");
	}
	return host.length > maxHostLength ? refuse("hostErrorTooLong") : pass(host);
}

/** A stored host as people read it: its punycode labels decoded where they decode. */
export function unicodeOf(host: string): string {
	return host
		.split(".")
		.map((label) => (label.startsWith("xn--") ? (decodeLabel(label.slice(4)) ?? label) : label))
		.join(".");
}
