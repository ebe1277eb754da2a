// How Conversations (the XMPP app) finds links in a message, modelled from its source as kept in
// snikket-im/snikket-android, which follows it file for file (the upstream repository has moved off
// GitHub; its last GitHub snapshot, e5c4908c6550, holds only a README):
// - 1be7d107ab4e src/main/java/eu/siacs/conversations/ui/util/MyLinkify.java: Android's Linkify runs
//   with one pattern, Patterns.URI_GENERIC, and a match filter; there is no Linkify.WEB_URLS pass, so
//   a host without a scheme ("evil.de", "www.x.com") is no link in Conversations.
// - 164ec60adb36 src/main/java/de/gultsch/common/Patterns.java: URI_GENERIC takes one of nine
//   schemes (lower case only) after the start, a space, punctuation or "<"; the filter then asks
//   http(s) links for "//" and a non-space, tel: links for a phone number, geo: links for
//   coordinates, web+ap: links for "//"; mailto:, gemini: and magnet: pass as they are.
// Not modelled: xmpp: links are checked as JIDs (XmppUri.isValidJid); this model links every one,
// which is wider than the app.

export type Link = { start: number; end: number; url: string };

const uriChar = "[\\p{L}\\p{M}\\p{N}\\-._~:/?#\\[\\]@!$&'*+,;=%]";
// Java's \s without UNICODE_CHARACTER_CLASS is ASCII whitespace only.
const uriGeneric = new RegExp(
	`(?<=^|\\p{Z}|[ \\t\\n\\v\\f\\r]|\\p{P}|<)(tel|xmpp|http|https|geo|mailto|web\\+ap|gemini|magnet):${uriChar}+(?:\\(${uriChar}+\\))*${uriChar}*`,
	"gu",
);
// Java's \S and \d without UNICODE_CHARACTER_CLASS: anything but ASCII whitespace, ASCII digits.
const uriHttp = /^https?:\/\/[^ \t\n\v\f\r]+$/;
const uriWebAp = /^web\+ap:\/\/[^ \t\n\v\f\r]+$/;
const uriTel = /^tel:\+?(?:[0-9]{1,4}[-./() \t\n\v\f\r]?)*[0-9]{1,4}(?:;.*)?$/s;
const uriGeo =
	/^geo:(-?[0-9]+(?:\.[0-9]+)?),(-?[0-9]+(?:\.[0-9]+)?)(?:,-?[0-9]+(?:\.[0-9]+)?)?(?:;crs=[\w-]+)?(?:;u=[0-9]+(?:\.[0-9]+)?)?(?:;[\w-]+=(?:[\w\-_.!~*'()]|%[0-9a-f][0-9a-f])+)*(?:\?z=[0-9]+)?$/i;

function passes(match: string): boolean {
	const scheme = match.slice(0, match.indexOf(":"));
	if (scheme === "http" || scheme === "https") return uriHttp.test(match);
	if (scheme === "tel") return uriTel.test(match);
	if (scheme === "geo") return uriGeo.test(match);
	// MyLinkify also asks for an authority and no parameters; a match without "//" fails before that.
	if (scheme === "web+ap") return uriWebAp.test(match);
	return true;
}

/** The links Conversations shows as clickable, in order. */
export function conversationsLinks(text: string): Link[] {
	return [...text.matchAll(uriGeneric)]
		.filter((match) => passes(match[0]))
		.map((match) => ({ start: match.index, end: match.index + match[0].length, url: match[0] }));
}
