// The rules for the name itself: which characters, how long, and whether it can lead the people a
// group invites to the same server at all. Gives the labels, lowercase, still in Unicode.

import { pass, quote, refuse, type Step } from "./errors";
import { decodeLabel } from "./idna";
import { findLoopbackService } from "./loopback";

const maxHostLength = 253;
const maxLabelLength = 63;

/**
 * Letters, combining marks and digits of any script, and "-"; not the default-ignorable ones
 * (Hangul fillers, variation selectors), which show nothing, so UTS #39 section 4 drops them from
 * skeletons: a name that holds them reads like one without. UTS 46 is narrower still, and
 * `toAscii` leaves the finer rules to the URL parser.
 */
export function isLabelCharacter(char: string): boolean {
	return /^[\p{L}\p{M}\p{Nd}-]$/u.test(char) && !/\p{Default_Ignorable_Code_Point}/u.test(char);
}

// How a URL parser recognises IPv4 in odd forms: decimal, hex (0x7f), octal (0177).
const numericLabel = /^(?:0x[0-9a-f]*|[0-9]+)$/;

/** Checks the name's syntax and meaning; gives its labels, lowercase, still in Unicode. */
export function checkName(name: string): Step<string[]> {
	const lower = name.toLowerCase();
	// Punycode is never shorter than the Unicode it encodes, so these limits hold already;
	// checking now also keeps a pasted novel away from the slower steps.
	if ([...lower].length > maxHostLength) return refuse("hostErrorTooLong");
	if (/\s/u.test(lower)) return refuse("hostErrorSpace");
	const labels = lower.split(".");
	if (labels.includes("")) return refuse("hostErrorEmptyLabel");
	if (labels.some((label) => [...label].length > maxLabelLength)) return refuse("hostErrorLabelTooLong");
	const bad = [...lower].find((char) => char !== "." && !isLabelCharacter(char));
	if (bad !== undefined) return refuse("hostErrorCharacter", visible(bad));
	return checkMeaning(labels, lower);
}

/** A character as a message can show it: invisible ones by their code point. */
function visible(char: string): string {
	if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) && !/\p{Default_Ignorable_Code_Point}/u.test(char)) return char;
	return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

// Names that never lead to the same server for the people a group invites. Local: only on one's
// own computer or network (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal, and router defaults).
const localNames = ["localhost", "local", "internal", "lan", "localdomain", "home", "corp", "home.arpa"];
// Reserved: never exist on the internet (RFC 2606, RFC 6761, RFC 9476) or are DNS plumbing (.arpa).
const reservedNames = ["test", "example", "invalid", "alt", "arpa"];

function checkMeaning(labels: string[], name: string): Step<string[]> {
	const last = labels[labels.length - 1] ?? "";
	if (labels.every((label) => numericLabel.test(label))) return refuse("hostErrorIpAddress", quote(name));
	if (/^\p{Nd}/u.test(last)) return refuse("hostErrorTopLevelDomain", quote(last));
	if (endsWithAny(name, localNames)) return refuse("hostErrorLocal", quote(name));
	const loopback = findLoopbackService(name);
	if (loopback !== undefined) return refuse("hostErrorLoopback", loopback);
	// Onion services open only in Tor Browser, which most of the people invited do not use.
	if (last === "onion") return refuse("hostErrorOnion");
	if (endsWithAny(name, reservedNames)) return refuse("hostErrorReserved", quote(name));
	if (labels.length < 2) return refuse("hostErrorSingleLabel", quote(name));
	// xn-- labels are judged once decoded: `xn--abc-` is broken punycode, not a hyphen typo.
	const hyphenated = labels.find(
		(label) => !label.startsWith("xn--") && (label.startsWith("-") || label.endsWith("-")),
	);
	if (hyphenated !== undefined) return refuse("hostErrorHyphen", quote(hyphenated));
	return decodeLabels(labels);
}

function endsWithAny(name: string, suffixes: readonly string[]): boolean {
	return suffixes.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/** Reads labels typed as punycode, so look-alikes cannot hide behind `xn--`. */
function decodeLabels(labels: string[]): Step<string[]> {
	const decoded: string[] = [];
	for (const label of labels) {
		if (!label.startsWith("xn--")) {
			decoded.push(label);
			continue;
		}
		const unicode = /^[a-z0-9-]+$/.test(label) ? decodeLabel(label.slice(4)) : undefined;
		if (unicode === undefined || !isPlainUnicodeLabel(unicode)) return refuse("hostErrorInvalidPunycode", quote(label));
		decoded.push(unicode);
	}
	return pass(decoded);
}

/**
 * What an xn-- label may encode: text that would pass the checks had it been typed in Unicode,
 * with at least one character beyond ASCII (else it has no business being punycode).
 */
function isPlainUnicodeLabel(label: string): boolean {
	return (
		!isAscii(label) &&
		label === label.normalize("NFKC").toLowerCase() &&
		[...label].every(isLabelCharacter) &&
		!label.startsWith("-") &&
		!label.endsWith("-")
	);
}

export function isAscii(text: string): boolean {
	return /^\p{ASCII}*$/u.test(text);
}
