// How Android apps find links, where linkify-it reads the same text otherwise. Two finders run
// there: Android's own (android/util/Patterns.java with android/text/util/Linkify.java: every
// TextView with autoLink, Signal Android's fallback, and e-mail addresses in Signal Android) and
// Signal Android's Linkifier.kt, whose links Signal keeps only if their host is all ASCII or all
// not (LinkUtil.isLegalUrl). Unlike linkify-it, Android's ends a host at the first known
// top-level domain a word boundary follows ("a.de.niños" links "a.de"); both start one after a
// "/" or "-" ("/evil.de"), and the Linkifier takes a label ending in "-" ("x-.de").
import { topLevelDomains } from "./domains";

/** A link as linkify-it reports one: where it starts and ends in the text read, and what it says. */
export type Found = { index: number; lastIndex: number; text: string };

const known = new Set(topLevelDomains);
const punycode = /^xn--[\w-]{0,58}\w$/i;

// --- Signal Android's Linkifier.kt ---------------------------------------------------------------

// Its labels are letters, digits and "-"; its top-level domain is the last label, in any case. A
// link with a scheme runs to a space, a quote, "<", ">", ",", ";", "|" or "\\".
const linkifierLink =
	/https?:\/\/[^\s\u0085\u00A0\u1680\u2000-\u200D\u2028\u2029\u202A-\u202F\u205F\u2066-\u2069\u3000\uFEFF<>"'`,;|\\]+|www\.[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}-]*)+|[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}-]*)*\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?/giu;
// It drops a link right after a letter, a digit, "_", "@" or a zero-width or bidi control, judged
// by the one UTF-16 unit before it (Java's Character.isLetterOrDigit(char)): after a letter
// beyond U+FFFF ("𠀀http://x") it links.
const notLeading = /^[\p{L}\p{Nd}_@\u200B-\u200D\uFEFF\u202A-\u202E\u2066-\u2069]$/u;

/** LinkUtil.isLegalUrl: a host of ASCII and other letters at once is no link in Signal. */
function mixesScripts(host: string): boolean {
	const bare = host.replace(/\./g, "");
	const ascii = [...bare].filter((char) => (char.codePointAt(0) ?? 0) < 0x80).length;
	return ascii > 0 && ascii < [...bare].length;
}

function linkifierLinkIn(text: string): Found | undefined {
	for (const match of text.matchAll(linkifierLink)) {
		if (notLeading.test(text[match.index - 1] ?? "")) continue;
		const link = match[0];
		const scheme = /^https?:\/\//i.exec(link)?.[0];
		const host = (scheme ? link.slice(scheme.length) : link).split(/[/?#]/)[0] ?? "";
		const tld = host.slice(host.lastIndexOf(".") + 1).toLowerCase();
		const listed = scheme !== undefined || /^www\./i.test(host) || known.has(tld) || punycode.test(tld);
		if (listed && host !== "" && !mixesScripts(host))
			return { index: match.index, lastIndex: match.index + link.length, text: link };
	}
	return undefined;
}

// --- Android's Patterns.java AUTOLINK_WEB_URL and AUTOLINK_EMAIL_ADDRESS -------------------------

// ICU's word characters: its \b sits between one of these and anything else.
const word = "[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200C\\u200D]";
const boundary = `(?:(?<!${word})(?=${word})|(?<=${word})(?!${word})|^)`;
// IRI_LABEL: ASCII letters and digits, and everything past U+00A0 but spaces (UCS_CHAR), with
// "_" and "-" inside.
const ucs = "[^\\x00-\\xa0\\s]";
const labelChar = `(?:[a-zA-Z0-9]|${ucs})`;
const label = `${labelChar}(?:(?:${labelChar}|[_\\-])*${labelChar})?`;
// A host at a word boundary, not after "@" (Linkify's sUrlMatchFilter) or "://" (then the whole
// link is one with a scheme, found below).
const androidHost = new RegExp(`${boundary}(?<!@|:\\/\\/)${label}(?:\\.${label})+`, "gu");
const wordChar = new RegExp(`^${word}$`, "u");
const notWord = new RegExp(`^(?!${word})`, "u");
// IP_ADDRESS_STRING: four numbers up to 255, the first not 0.
const octet = "(?:25[0-5]|2[0-4]\\d|[01]\\d{2}|[1-9]\\d|\\d)";
const ipAddress = new RegExp(
	`(?<!${word}|@)(?:25[0-5]|2[0-4]\\d|[01]\\d{2}|[1-9]\\d|[1-9])(?:\\.${octet}){3}(?!${word})`,
	"u",
);
// WEB_URL_WITH_PROTOCOL links its schemes after anything but a word character.
const scheme = new RegExp(`(?<!${word})(?:https?|rtsp|ftp)://`, "iu");
// AUTOLINK_EMAIL_ADDRESS: its domain is IRI_LABELs, its top-level domain any two letters or more (TLD_CHAR: ASCII
// letters and everything past U+00A0 but spaces, as are the other parts' characters).
// The address ends at a word boundary as ICU has it: after a symbol that TLD_CHAR takes, a word
// character may follow ("x@a.b.੦𛲜_" links up to the "_").
const emailChar = `(?:[a-zA-Z0-9+_%'\\-]|${ucs})`;
const wordEnd = `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word})|$)`;
const email = new RegExp(`${emailChar}(?:${emailChar}|\\.)*@(?:${label}\\.)+(?:[a-zA-Z]|${ucs}){2,}${wordEnd}`, "u");

/**
 * The first host Android's pattern links: it backtracks to the longest run of labels that ends in
 * a known top-level domain (as listed: in lower case) followed by no word character ("a.de-x" and
 * "«a.de»" link "a.de").
 */
function androidHostIn(text: string): Found | undefined {
	for (const match of text.matchAll(androidHost)) {
		const labels = match[0].split(".");
		for (let count = labels.length; count >= 2; count--) {
			const last = labels[count - 1] ?? "";
			const ends = [last.length];
			for (let at = last.length - 1; at > 0; at--) if (!wordChar.test(last[at] ?? "")) ends.push(at);
			for (const end of ends) {
				const host = [...labels.slice(0, count - 1), last.slice(0, end)].join(".");
				const tld = last.slice(0, end);
				const after = text.slice(match.index + host.length, match.index + host.length + 2);
				if ((known.has(tld) || punycode.test(tld)) && notWord.test(after))
					return { index: match.index, lastIndex: match.index + host.length, text: host };
			}
		}
	}
	return undefined;
}

function found(match: RegExpExecArray | null): Found | undefined {
	return match ? { index: match.index, lastIndex: match.index + match[0].length, text: match[0] } : undefined;
}

/** The first link an Android app would find in `text`, or undefined. */
export function androidLinkIn(text: string): Found | undefined {
	const links = [
		linkifierLinkIn(text),
		androidHostIn(text),
		found(ipAddress.exec(text)),
		found(scheme.exec(text)),
		found(email.exec(text)),
	];
	return links.reduce<Found | undefined>(
		(first, link) => (link && (!first || link.index < first.index) ? link : first),
		undefined,
	);
}
