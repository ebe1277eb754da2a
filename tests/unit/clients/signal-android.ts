// How Android apps find links in a message, modelled from:
// - signalapp/Signal-Android 15a5e2607530 app/src/main/java/org/thoughtcrime/securesms/conversation/
//   v2/items/V2ConversationItemUtils.kt (`linkifyUrlLinks`: e-mail addresses through LinkifyCompat,
//   web links through `Linkification`, then every span whose URL fails `LinkUtil.isLegalUrl` is
//   dropped) and util/Linkification.kt (the new `Linkifier` when remote config turns it on, else
//   LinkifyCompat with Linkify.WEB_URLS).
// - signalapp/Signal-Android c026831988fe core/util-jvm/src/main/java/org/signal/core/util/Linkifier.kt
// - signalapp/Signal-Android 8eba4bdc48f4 app/src/main/java/org/thoughtcrime/securesms/util/LinkUtil.kt
//   (the same `isLegalUrl` as at 1c5e2e335954)
// - aosp-mirror/platform_frameworks_base ff0be1919d92 core/java/android/util/Patterns.java
//   (AUTOLINK_WEB_URL, AUTOLINK_EMAIL_ADDRESS) and core/java/android/text/util/Linkify.java
//   (schemes http, https, rtsp, ftp; sUrlMatchFilter drops a match right after "@"; "http://" is
//   prefixed to a match without one, "mailto:" to an e-mail address; pruneOverlaps). Any app
//   whose TextView has autoLink shows what these find, without Signal's filter.
// The top-level domains: Linkifier.kt lists the public suffix list's, Patterns.java the root zone
// of 2015. Both are today's root zone plus a few names it has dropped or never held, which
// src/lib/title/domains.ts lists from those two files; the models take that list.
// Phone numbers (libphonenumber) are not modelled: see title-links.test.ts.

import { topLevelDomains } from "../../../src/lib/title/domains";

export type Link = { start: number; end: number; url: string };

const knownTlds = new Set(topLevelDomains);

// --- Signal's own Linkifier ---------------------------------------------------------------------

const urlChar = `(?:[^\\s\\u0085\\u00A0\\u1680\\u2000-\\u200D\\u2028\\u2029\\u202A-\\u202F\\u205F\\u2066-\\u2069\\u3000\\uFEFF<>"'\`,;|\\\\]|,(?!https?://|www\\.))`;
const domainLabel = "[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*";
const tldLabel = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?";
const webUrlPattern = new RegExp(
	`(?:https?://${urlChar}+|www\\.${domainLabel}(?:\\.${domainLabel})+(?:[/?#]${urlChar}*)?|${domainLabel}(?:\\.${domainLabel})*\\.${tldLabel}(?:[/?#]${urlChar}*)?)`,
	"giu",
);
const trailingPunctuation = new Set([".", ",", "!", "?", ";", ":", "'", '"', "`", "|", "<", ">"]);
const openers: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };
/** Zero-width space, non-joiner, joiner, BOM; bidi embeddings and overrides; bidi isolates. */
function isFormatOrZeroWidth(char: string): boolean {
	return /^(?:\u200B|\u200C|\u200D|\uFEFF|[\u202A-\u202E]|[\u2066-\u2069])$/.test(char);
}

export function linkifierLinks(text: string): Link[] {
	const links: Link[] = [];
	for (const match of text.matchAll(webUrlPattern)) {
		const start = match.index ?? 0;
		const prev = text[start - 1] ?? "";
		if (start > 0 && (/^[\p{L}\p{Nd}_@]$/u.test(prev) || isFormatOrZeroWidth(prev))) continue;
		const end = trimEnd(text, start, start + match[0].length);
		if (end <= start || isFormatOrZeroWidth(text[end] ?? "")) continue;
		const raw = text.slice(start, end);
		if (acceptable(raw)) links.push({ start, end, url: raw.includes("://") ? raw : `http://${raw}` });
	}
	return links;
}

function trimEnd(text: string, start: number, initialEnd: number): number {
	let end = initialEnd;
	while (end > start) {
		const c = text[end - 1] ?? "";
		const opener = openers[c];
		const count = (char: string) => text.slice(start, end - 1).split(char).length - 1;
		if (trailingPunctuation.has(c) || (opener && count(c) >= count(opener))) end--;
		else break;
	}
	return end;
}

function acceptable(candidate: string): boolean {
	const scheme = candidate.indexOf("://");
	const host = (text: string) => text.split(/[/?#]/)[0] ?? "";
	if (scheme >= 0) return host(candidate.slice(scheme + 3)) !== "";
	if (/^www\./i.test(candidate)) return true;
	const name = host(candidate);
	return name.includes(".") && knownTlds.has((name.split(".").pop() ?? "").toLowerCase());
}

// --- Android's Linkify with Patterns.AUTOLINK_WEB_URL --------------------------------------------

const ucsChar =
	"\\u00A1-\\u1FFF\\u200B-\\u2027\\u202A-\\u202E\\u2030-\\u2FFF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF" +
	"\\u{10000}-\\u{1FFFD}\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}\\u{40000}-\\u{4FFFD}\\u{50000}-\\u{5FFFD}" +
	"\\u{60000}-\\u{6FFFD}\\u{70000}-\\u{7FFFD}\\u{80000}-\\u{8FFFD}\\u{90000}-\\u{9FFFD}\\u{A0000}-\\u{AFFFD}" +
	"\\u{B0000}-\\u{BFFFD}\\u{C0000}-\\u{CFFFD}\\u{D0000}-\\u{DFFFD}\\u{E1000}-\\u{EFFFD}";
const labelChar = `a-zA-Z0-9${ucsChar}`;
const iriLabel = `[${labelChar}](?:[${labelChar}_\\-]{0,61}[${labelChar}])?`;
const ip =
	"(?:(?:25[0-5]|2[0-4][0-9]|[0-1][0-9]{2}|[1-9][0-9]|[1-9])\\.(?:25[0-5]|2[0-4][0-9]|[0-1][0-9]{2}|[1-9][0-9]|[1-9]|0)\\.(?:25[0-5]|2[0-4][0-9]|[0-1][0-9]{2}|[1-9][0-9]|[1-9]|0)\\.(?:25[0-5]|2[0-4][0-9]|[0-1][0-9]{2}|[1-9][0-9]|[0-9]))";
// ICU's alternation takes the first name that lets the rest match: longest first, as Patterns.java
// orders each letter's names.
const strictTld = `(?:${[...knownTlds]
	.sort((a, b) => b.length - a.length)
	.map((name) => name.replace(/-/g, "\\-"))
	.join("|")}|xn--[\\w\\-]{0,58}\\w)`;
const strictDomain = `(?:(?:(?:${iriLabel}\\.)+${strictTld})|${ip})`;
const relaxedDomain = `(?:(?:${iriLabel}(?:\\.(?=\\S))?)+|${ip})`;
const caseless = (word: string) => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join("");
const protocol = `(?:${["http", "https", "rtsp", "ftp"].map(caseless).join("|")})://`;
const userInfoChar = "(?:[a-zA-Z0-9$\\-_.+!*'(),;?&=]|(?:%[a-fA-F0-9]{2}))";
const userInfo = `(?:${userInfoChar}{1,64}(?::${userInfoChar}{1,25})?@)`;
const port = ":\\d{1,5}";
const pathAndQuery = `[/?](?:(?:[${labelChar};/?:@&=#~\\-.+!*'(),_$])|(?:%[a-fA-F0-9]{2}))*`;
// ICU's \b counts Unicode letters, marks, digits and connectors as word characters; its $ also
// matches before a line terminator that ends the input.
const word = "[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200C\\u200D]";
const boundary = `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word})|(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?$)|^)`;
const autolinkWebUrl = new RegExp(
	`(?:${boundary}(?:${protocol}${userInfo}?${relaxedDomain}?(?:${port})?)(?:${pathAndQuery})?${boundary}` +
		`|${boundary}(?<!:\\/\\/)(?:${strictDomain}(?:${port})?)(?:${pathAndQuery})?${boundary})`,
	"gu",
);

// Patterns.java AUTOLINK_EMAIL_ADDRESS: the top-level domain of an address is any two letters or
// more (TLD_CHAR), a label any IRI_LABEL; the domain must end within 255 characters at a space or
// the end (its lookahead).
const emailChar = `[${labelChar}+\\-_%']`;
const emailLocalPart = `${emailChar}(?:[${labelChar}+\\-_%'.]{0,62}${emailChar})?`;
const hostName = `(?:${iriLabel}\\.)+(?:xn--[\\w\\-]{0,58}\\w|[a-zA-Z${ucsChar}]{2,63})`;
const autolinkEmail = new RegExp(
	`${boundary}(?:${emailLocalPart}@(?=.{1,255}(?:\\s|$|^))${hostName})${boundary}`,
	"gu",
);

/** Linkify.EMAIL_ADDRESSES: every address, as "mailto:" and the address as written. */
export function emailLinks(text: string): Link[] {
	return [...text.matchAll(autolinkEmail)].map((match) => ({
		start: match.index ?? 0,
		end: (match.index ?? 0) + match[0].length,
		url: `mailto:${match[0]}`,
	}));
}

export function linkifyLinks(text: string): Link[] {
	if (/[\u202C\u202D\u202E]/.test(text)) return [];
	const links: Link[] = [];
	for (const match of text.matchAll(autolinkWebUrl)) {
		const start = match.index ?? 0;
		if (start > 0 && text[start - 1] === "@") continue;
		const found = match[0];
		const prefix = ["http://", "https://", "rtsp://", "ftp://"].find((p) => found.toLowerCase().startsWith(p));
		const url = prefix ? prefix + found.slice(prefix.length) : `http://${found}`;
		links.push({ start, end: start + found.length, url });
	}
	return pruneOverlaps(links);
}

function pruneOverlaps(links: Link[]): Link[] {
	const sorted = [...links].sort((a, b) => a.start - b.start || b.end - a.end);
	for (let i = 0; i < sorted.length - 1; ) {
		const a = sorted[i] as Link;
		const b = sorted[i + 1] as Link;
		if (a.start <= b.start && a.end > b.start) {
			const remove =
				b.end <= a.end || a.end - a.start > b.end - b.start ? i + 1 : a.end - a.start < b.end - b.start ? i : -1;
			if (remove !== -1) {
				sorted.splice(remove, 1);
				continue;
			}
		}
		i++;
	}
	return sorted;
}

// --- What stays clickable ------------------------------------------------------------------------

/** LinkUtil.isLegalUrl. */
export function isLegalUrl(url: string): boolean {
	if (/[\u202C\u202D\u202E\u2500-\u25FF]/.test(url)) return false;
	const match = /^(https?:\/\/)?([^/]+)[^\n\v\f\r\u0085\u2028\u2029]*$/.exec(url);
	const domain = match?.[2];
	if (!domain || /\.{2,}|…/.test(domain)) return false;
	const bare = domain.replace(/\./g, "");
	const ascii = [...bare].filter((char) => char.charCodeAt(0) < 0x80).length;
	return ascii === bare.length || ascii === 0;
}

/** The links Signal Android makes clickable: e-mail addresses, and web links by its new finder or Android's. */
export function signalAndroidLinks(text: string, finder: "linkifier" | "linkify"): Link[] {
	const found = finder === "linkifier" ? linkifierLinks(text) : linkifyLinks(text);
	return [...emailLinks(text), ...found].filter((link) => isLegalUrl(link.url));
}

/** What a TextView with autoLink="web|email" shows: Android's finders without Signal's filter. */
export function autoLinkLinks(text: string): Link[] {
	return pruneOverlaps([...linkifyLinks(text), ...emailLinks(text)]);
}
