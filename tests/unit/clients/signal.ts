// A model of how Signal Desktop finds and shows links in a message, written from signalapp/Signal-Desktop
// (ts/components/conversation/Linkify.dom.tsx at 38e6bd911cfbe3045ba265b5774f5b192316e7ca, MessageTextRenderer.dom.tsx
// and MessageBody.dom.tsx, ts/types/LinkPreview.std.ts at 1ca087fcc3d054f129d52dab329f45bf6c0ba2ba,
// ts/util/emoji.std.ts and url.std.ts), with the packages at the versions its package.json pins
// (linkify-it 5.0.0, emoji-regex 10.4.0; release 7.83). Read again in Linkify.dom.tsx at b405e3d83d0a
// and LinkPreview.std.ts at 3bdd7e2c38a3: the same list, filters and checks.
import { domainToUnicode } from "node:url";
import emojiRegex from "signal-emoji-regex";
import LinkifyIt from "signal-linkify-it";

// Linkify.dom.tsx: the top-level domains of 2010 (IANA) that fuzzy links ("example.com") may end in.
export const signalTlds = `
	ac ad ae aero af ag ai al am an ao aq ar arpa as asia at au aw ax az ba bb bd be bf bg bh bi biz bj bl bm bn bo
	bq br bs bt bv bw by bz ca cat cc cd cf cg ch ci ck cl cm cn co com coop cr cu cv cw cx cy cz de dj dk dm do dz
	ec edu ee eg er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gov gp gq gr gs gt gu gw gy hk hm hn
	hr ht hu id ie il im in info int io iq ir is it je jm jo jobs jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk
	lr ls lt lu lv ly ma mc md me mf mg mh mil mk ml mm mn mo mobi mp mq mr ms mt mu museum mv mw mx my mz na name nc
	ne net nf ng ni nl no np nr nu nz om org pa pe pf pg ph pk pl pm pn pr pro ps pt pw py qa re ro rs ru rw sa sb sc
	sd se sg sh si sj sk sl sm sn so sr st su sv sx sy sz tc td tel tf tg th tj tk tl tm tn to tp tr travel tt tv tw
	tz ua ug uk um us uy uz va vc ve vg vi vn vu wf ws 中国 中國 ලංකා 香港 台湾 台灣 امارات الاردن السعودية ไทย рф
	تونس مصر قطر இலங்கை فلسطين ye yt za zm zw
`
	.trim()
	.split(/\s+/);

/** Linkify.dom.tsx `linkify`: linkify-it's defaults (fuzzy links and e-mails on, fuzzy IPs off), Signal's TLDs. */
export const signalLinkify = new LinkifyIt().tlds(signalTlds);

/** LinkPreview.std.ts: the composer's finder of links to preview uses linkify-it as it comes. */
export const previewLinkify = new LinkifyIt();

// emoji.std.ts and MessageTextRenderer.dom.tsx both use emoji-regex's RGI pattern.
const emojiPattern = emojiRegex();

// LinkPreview.std.ts, shouldLinkifyMessage.
const directionalOverrides = /[\u202c\u202d\u202e]/;

/** LinkPreview.std.ts: a message holding a directional override gets no links at all. */
export function shouldLinkifyMessage(message: string): boolean {
	return !message || !directionalOverrides.test(message);
}

// LinkPreview.std.ts, isLinkSneaky: RFC 3986's characters, the only ones a path or fragment may hold.
const validUriCharacters = new Set([..."%:/?#[]@!$&'()*+,;=-._~", ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"]);
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789") validUriCharacters.add(c);
const unicodeDrawing = /[\u2500-\u25FF]/;
const asciiPattern = /[\u0020-\u007F]/g;

function maybeParseUrl(value: string): URL | undefined {
	try {
		return new URL(value);
	} catch {
		return undefined;
	}
}

/**
 * LinkPreview.std.ts, isLinkSneaky: a link shown as plain text. In the renderer `url` is the npm package,
 * which has no domainToUnicode, so the mixed-script test sees the punycode host; `strictHost` uses Node's
 * domainToUnicode instead, as the same code does where Node's module is at hand.
 */
export function isLinkSneaky(href: string, strictHost = false): boolean {
	if (href.length > 2 ** 12) return true;
	if (unicodeDrawing.test(href)) return true;
	const url = maybeParseUrl(href);
	if (!url) return true;
	if (url.username || url.password) return true;
	if (!url.hostname) return true;
	if (url.hostname.length > 2048) return true;
	if (url.hostname.includes("%")) return true;
	const labels = url.hostname.split(".");
	if (labels.length < 2 || labels.some((label) => label === "")) return true;
	const unicodeDomain = strictHost ? domainToUnicode(url.hostname) : url.hostname;
	const withoutPeriods = unicodeDomain.replace(/\./g, "");
	// The source's pattern is global: test() moves its lastIndex, the replace() right after sets it back to 0.
	asciiPattern.lastIndex = 0;
	const hasAscii = asciiPattern.test(withoutPeriods);
	const withoutAscii = withoutPeriods.replace(asciiPattern, "");
	if (hasAscii && withoutAscii.length > 0) return true;
	const startOfPathAndHash = href.indexOf("/", url.protocol.length + 4);
	const pathAndHash = startOfPathAndHash === -1 ? "" : href.substring(startOfPathAndHash);
	return [...pathAndHash].some((character) => !validUriCharacters.has(character));
}

const supportedProtocols = /^(http|https):/i;

/** What a message body shows as links (MessageBody.dom.tsx, MessageTextRenderer.dom.tsx extractLinks and renderNode). */
export function messageBodyLinks(text: string): string[] {
	if (!shouldLinkifyMessage(text)) return [];
	// Emoji become as many spaces as they have UTF-16 units, so a link may start right after one.
	const matches = signalLinkify.match(text.replace(emojiPattern, (emoji) => " ".repeat(emoji.length))) ?? [];
	return matches
		.filter(
			({ index, lastIndex, url }) =>
				index < text.length && lastIndex <= text.length && text.slice(index, lastIndex) === url,
		)
		.map((match) => match.url)
		.filter((url) => supportedProtocols.test(url) && !isLinkSneaky(url));
}

/** emoji.std.ts, splitByEmoji: text and emoji in turn, empty text left out. */
export function splitByEmoji(value: string): { type: "emoji" | "text"; value: string }[] {
	const result: { type: "emoji" | "text"; value: string }[] = [];
	let lastIndex = 0;
	for (const match of [...value.matchAll(emojiPattern)].slice(0, 5000)) {
		const nonEmojiText = value.slice(lastIndex, match.index);
		if (nonEmojiText) result.push({ type: "text", value: nonEmojiText });
		result.push({ type: "emoji", value: match[0] });
		lastIndex = match.index + match[0].length;
	}
	const finalNonEmojiText = value.slice(lastIndex);
	if (finalNonEmojiText) result.push({ type: "text", value: finalNonEmojiText });
	return result;
}

/** What the Linkify component (about texts, group descriptions) shows as links: each text run between emoji alone. */
export function linkifyComponentLinks(text: string): string[] {
	if (!shouldLinkifyMessage(text)) return [];
	return splitByEmoji(text)
		.filter((part) => part.type === "text")
		.flatMap((part) => signalLinkify.match(part.value) ?? [])
		.map((match) => match.url)
		.filter((url) => supportedProtocols.test(url) && !isLinkSneaky(url));
}

/** LinkPreview.std.ts, findLinks without a caret: the links the composer may preview, as typed. */
export function findLinks(text: string): string[] {
	if (!shouldLinkifyMessage(text)) return [];
	return (previewLinkify.match(text ? text.replace(emojiPattern, " ") : "") ?? []).map((match) => match.text);
}
