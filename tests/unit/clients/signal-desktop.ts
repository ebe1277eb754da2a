// How Signal Desktop makes links clickable, modelled from signalapp/Signal-Desktop:
// - 38e6bd911cfb ts/components/conversation/Linkify.dom.tsx: linkify-it with the top-level domains
//   of 2010 for links without a scheme; a match becomes a link only if its URL is http(s) and not
//   sneaky; nothing is linked in a message that `shouldLinkifyMessage` refuses. (Emoji are cut
//   out of the text before matching; the invitations tested here keep links away from emoji.)
// - 1ca087fcc3d0 ts/types/LinkPreview.std.ts: `shouldLinkifyMessage` (no U+202C-U+202E) and
//   `isLinkSneaky` (over 4096 characters, box drawing, user info, fewer than two host labels,
//   "%" in the host, mixed scripts in the host, path or fragment characters outside RFC 3986);
//   read again at 3bdd7e2c38a3 (and Linkify.dom.tsx at b405e3d83d0a): the same rules.

import { domainToUnicode } from "node:url";
import LinkifyIt from "linkify-it";

const tlds2010 = `ac ad ae aero af ag ai al am an ao aq ar arpa as asia at au aw ax az ba bb bd be bf bg bh bi biz bj
bl bm bn bo bq br bs bt bv bw by bz ca cat cc cd cf cg ch ci ck cl cm cn co com coop cr cu cv cw cx cy cz de dj dk
dm do dz ec edu ee eg er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gov gp gq gr gs gt gu gw gy hk
hm hn hr ht hu id ie il im in info int io iq ir is it je jm jo jobs jp ke kg kh ki km kn kp kr kw ky kz la lb lc li
lk lr ls lt lu lv ly ma mc md me mf mg mh mil mk ml mm mn mo mobi mp mq mr ms mt mu museum mv mw mx my mz na name nc
ne net nf ng ni nl no np nr nu nz om org pa pe pf pg ph pk pl pm pn pr pro ps pt pw py qa re ro rs ru rw sa sb sc sd
se sg sh si sj sk sl sm sn so sr st su sv sx sy sz tc td tel tf tg th tj tk tl tm tn to tp tr travel tt tv tw tz ua
ug uk um us uy uz va vc ve vg vi vn vu wf ws 中国 中國 ලංකා 香港 台湾 台灣 امارات الاردن السعودية ไทย рф تونس مصر قطر
இலங்கை فلسطين ye yt za zm zw`.split(/\s+/);

const linkify = new LinkifyIt().tlds(tlds2010);

// RFC 3986's characters, as LinkPreview.std.ts lists them.
const validUriCharacter = /^[%:/?#[\]@!$&'()*+,;=A-Za-z0-9\-._~]$/;

export function isLinkSneaky(href: string): boolean {
	if (href.length > 4096 || /[\u2500-\u25FF]/.test(href)) return true;
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return true;
	}
	if (url.username || url.password || !url.hostname || url.hostname.length > 2048) return true;
	if (url.hostname.includes("%")) return true;
	const labels = url.hostname.split(".");
	if (labels.length < 2 || labels.some((label) => label === "")) return true;
	const bare = domainToUnicode(url.hostname).replace(/\./g, "");
	const ascii = bare.replace(/[^\u0020-\u007F]/g, "");
	if (ascii.length > 0 && ascii.length < bare.length) return true;
	const start = href.indexOf("/", url.protocol.length + 4);
	return [...(start === -1 ? "" : href.slice(start))].some((char) => !validUriCharacter.test(char));
}

export type Link = { start: number; end: number; url: string };

/** The links Signal Desktop shows as clickable, in order. */
export function signalDesktopLinks(text: string): Link[] {
	if (/[\u202c\u202d\u202e]/.test(text)) return [];
	return (linkify.match(text) ?? [])
		.filter((match) => /^(http|https):/i.test(match.url) && !isLinkSneaky(match.url))
		.map((match) => ({ start: match.index, end: match.lastIndex, url: match.url }));
}
