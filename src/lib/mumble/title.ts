import { wellFormed } from "./room";

// Mumble shows the `title` of a mumble:// link as the server's name. It reads it with Qt's
// QUrlQuery::queryItemValue in the default, "pretty decoded" form (mumble-voip/mumble:
// src/mumble/MainWindow.cpp, openUrl). That form decodes %XX for unreserved characters, space,
// Unicode, & = # and " < > \ ^ ` { | }, but leaves ! $ ' ( ) * + , / : ; ? @ [ ] and % as %XX
// (qt/qtbase: src/corelib/io/qurlrecode.cpp, qurlquery.cpp). So "Plenum, 19:00" sent as
// "Plenum%2C%2019%3A00" shows as "Plenum%2C 19%3A00".
//
// The way through: what RFC 3986 lets a query hold as it is (sub-delims but & and =, ":", "@",
// "/", "?") travels literally, and Qt leaves it alone; everything else is percent-encoded, and
// Qt decodes it. What can travel neither way is replaced before encoding:
//   %             -> ％ (U+FF05, fullwidth percent sign): a literal % starts an escape, %25 stays "%25"
//   [ ]           -> ( ): a query may not hold them literally, and %5B %5D stay encoded
//   C0 controls, DEL -> space: Qt never decodes them
//   Unicode non-characters (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF) -> U+FFFD: Qt refuses to decode them
//   lone surrogates -> U+FFFD: no URL can carry them

const substitutes: Readonly<Record<string, string>> = { "%": "\uFF05", "[": "(", "]": ")" };

/** The title as Mumble will show it: the substitutes above applied, spaces at the ends trimmed. */
export function mumbleTitle(title: string): string {
	return [...wellFormed(title)].map(substitute).join("").trim();
}

function substitute(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	if (code < 0x20 || code === 0x7f) return " ";
	if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return "\uFFFD";
	return substitutes[char] ?? char;
}

// Characters a query holds literally (RFC 3986: unreserved, sub-delims, ":", "@", "/", "?"),
// less "&" and "=", which QUrlQuery splits on.
const literal = /[A-Za-z0-9\-._~!$'()*+,;:@/?]/;

/** Percent-encodes a title for the `title` query item so that Qt's pretty decoding gives it back. */
export function encodeMumbleTitle(title: string): string {
	return [...mumbleTitle(title)].map((char) => (literal.test(char) ? char : encodeURIComponent(char))).join("");
}
