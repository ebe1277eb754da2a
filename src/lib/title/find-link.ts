// The full check, loaded on demand (the popup's first load stays small): linkify-it, the link
// finder Signal Desktop uses, with every top-level domain of the IANA root zone and those apps
// still carry (domains.ts), e-mail addresses and bare IP addresses, and where Android's finders
// read a text otherwise, theirs (android-links.ts). Each chat app knows fewer domains, so what
// none of them links passes: "ver.di", "St.Pauli", "1.Mai" are no links; "AG.Berlin",
// "Treff.de" and "x.io" are. tests/unit/title-links.test.ts runs the corpus and generated titles
// through models of the apps.
import LinkifyIt from "linkify-it";
import { androidLinkIn, type Found } from "./android-links";
import { topLevelDomains } from "./domains";

// Nothing here is imported from the pages' own modules: esbuild would split what the pages and
// this chunk share into one more file, one more request before the popup's first paint.

const linkify = new LinkifyIt({}, { fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true })
	.tlds([...topLevelDomains])
	// Android's Linkify (Signal Android's fallback) also links rtsp: links.
	.add("rtsp:", "http:")
	// A link without a scheme is clickable only by its top-level domain (or as an IP address), which
	// the fuzzy match finds: "//localhost" alone is a link in no app (and holds no separator).
	.add("//", null);

export type FoundLink = {
	/** What the person typed that would become a link. */
	part: string;
	/** Where it would lead, as the app would show it. */
	link: string;
	/** The title with that link broken, itself free of links. */
	fix: string;
};

// What may separate a host's labels or start an e-mail's domain or a scheme, as typed or as NFKC
// (and a browser's address bar) reads it: "．", "＠", but also "⒈" (NFKC "1.") and "…".
const separator = /[.@:\u3002]/;
function isSeparator(char: string): boolean {
	return separator.test(char.normalize("NFKC"));
}

/** Each code point's NFKC form, and where in that form each code point of `text` begins. */
function typedForm(text: string): { form: string; starts: number[] } {
	let form = "";
	const starts: number[] = [];
	for (const char of text) {
		for (let unit = 0; unit < char.length; unit++) starts.push(form.length);
		form += char.normalize("NFKC").replace(/\u3002/g, ".");
	}
	starts.push(form.length);
	return { form, starts };
}

/** Signal Desktop finds no IP address without a scheme (linkify-it's default). */
function signalDesktopFinds({ url, schema }: { url: string; schema: string }): boolean {
	return schema !== "" || !/^[a-z]+:\/\/[\d.]+(?:[:/?#]|$)/i.test(url);
}

/** Whichever link starts first. */
function earliest(a: (Found & { schema?: string }) | undefined, b: Found | undefined) {
	if (!a || !b) return a ?? b;
	return b.index < a.index ? b : a;
}

/**
 * The first link in `form`, mapped back onto `text` through `starts` (the units of `text` it covers).
 * Read as every app reads text, or (`asSignalDesktop`) as Signal Desktop reads it, with emoji as spaces.
 */
function firstLink(
	text: string,
	{ form, starts, asSignalDesktop }: { form: string; starts: number[]; asSignalDesktop: boolean },
): { from: number; to: number; link: string } | undefined {
	const match = asSignalDesktop
		? linkify.match(form)?.find(signalDesktopFinds)
		: earliest(linkify.match(form)?.[0], androidLinkIn(form));
	if (!match) return undefined;
	let from = 0;
	while (from < text.length && (starts[from + 1] ?? Number.POSITIVE_INFINITY) <= match.index) from++;
	let to = from;
	while (to < text.length && (starts[to] ?? Number.POSITIVE_INFINITY) < match.lastIndex) to++;
	const link = "schema" in match && match.schema !== "" ? match.text : match.text.toLowerCase();
	return { from, to, link };
}

// Signal Desktop reads a message with each emoji turned into as many spaces (MessageTextRenderer.dom.tsx,
// emoji-regex), so "a.de🌱" links "a.de", which linkify-it alone reads as one word.
const emoji =
	/[#*0-9]\uFE0F?\u20E3|\u200D|\uFE0F|[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{E0020}-\u{E007F}]/gu;

/** The first link in `title`, as Signal reads it (emoji as spaces), or as a person would type it (NFKC, "。" as "."). */
function linkIn(title: string): { from: number; to: number; link: string } | undefined {
	const identity = [...Array(title.length + 1).keys()];
	const emojiSpaced = title.replace(emoji, (found) => " ".repeat(found.length));
	const readings = [
		{ form: title, starts: identity, asSignalDesktop: false },
		{ form: emojiSpaced, starts: identity, asSignalDesktop: true },
		{ ...typedForm(title), asSignalDesktop: false },
		{ ...typedForm(emojiSpaced), asSignalDesktop: true },
	];
	const seen = new Set<string>();
	for (const reading of readings) {
		const key = `${reading.asSignalDesktop}${reading.form}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const found = firstLink(title, reading);
		if (found) return found;
	}
	const whole = title.normalize("NFKC").replace(/\u3002/g, ".");
	// Only the composed form links (a mark composed into a letter, say): the whole title is the part.
	const match = seen.has(`false${whole}`) ? undefined : earliest(linkify.match(whole)?.[0], androidLinkIn(whole));
	if (match) return { from: 0, to: title.length, link: match.text.toLowerCase() };
	return schemeLinkIn(title) ?? (schemeLinkIn(whole) && { from: 0, to: title.length, link: whole });
}

// Conversations (and the XMPP apps built on it) links one of its schemes followed by anything
// but a space, where linkify-it wants a host: "tel:+49", "xmpp:a@b", "geo:52,13", "http://x-"
// (snikket-im/snikket-android, which follows Conversations: MyLinkify.java, URI_GENERIC in
// de/gultsch/common/Patterns.java). It starts after a space, a punctuation mark or "<".
const schemeLink = /(?<![^\s\p{P}<])(?:tel|xmpp|https?|geo|mailto|web\+ap|gemini|magnet):\S+/u;

function schemeLinkIn(text: string): { from: number; to: number; link: string } | undefined {
	const found = schemeLink.exec(text);
	return found ? { from: found.index, to: found.index + found[0].length, link: found[0] } : undefined;
}

/** Every separator in `from`..`to` becomes a space: without them the part is no link. */
function broken(title: string, from: number, to: number): string {
	const middle = [...title.slice(from, to)].map((char) => (isSeparator(char) ? " " : char)).join("");
	return title.slice(0, from) + middle + title.slice(to);
}

/** The spaces as clean-title.ts leaves them: one for each run, a single no-break space kept. */
function respaced(text: string): string {
	return text.replace(/\s+/g, (run) => (run === "\u00a0" || run === "\u202f" ? run : " ")).trim();
}

/**
 * The first part of a cleaned title a chat app would link, with the fix offered for it; undefined
 * when no app links any part. Callers pass only titles that link-precheck.ts lets through. The fix turns the dots, "@" and ":" of each linked part into spaces,
 * as often as links remain (each round removes at least one separator, so it ends): a text without
 * any separator holds no link at all (link-precheck.ts).
 */
export function findLink(title: string): FoundLink | undefined {
	const first = linkIn(title);
	if (!first) return undefined;
	let fix = broken(title, first.from, first.to);
	for (let next = linkIn(fix); next; next = linkIn(fix)) {
		const again = broken(fix, next.from, next.to);
		// Cannot happen (every link holds a separator), but a loop must show that it ends.
		if (again === fix) break;
		fix = again;
	}
	return { part: title.slice(first.from, first.to), link: first.link, fix: respaced(fix) };
}
