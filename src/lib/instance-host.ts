// Turns what a person typed into the options page into a host to store, or a refusal that says
// what is wrong. Pure on purpose: it runs in Node for the tests and in the options page alike.
//
// The input is parsed here step by step. `new URL` only encodes internationalised names to
// punycode, and even that result is checked, because URL parsing accepts far more than a link
// to a group's instance may contain (`127.1` becomes `127.0.0.1`, `xn--abc-` passes unchecked).
import { jitsiInstances, padInstances } from "./instances";
import { isStorableHost } from "./settings";

/** Every refusal, each a message key in _locales (the lead merges them from the scratch files). */
export const hostErrors = [
	"hostErrorEmpty",
	"hostErrorInsecure",
	"hostErrorScheme",
	"hostErrorMalformedLink",
	"hostErrorUserInfo",
	"hostErrorPort",
	"hostErrorPath",
	"hostErrorQuery",
	"hostErrorFragment",
	"hostErrorSpace",
	"hostErrorCharacter",
	"hostErrorEmptyLabel",
	"hostErrorLabelTooLong",
	"hostErrorTooLong",
	"hostErrorHyphen",
	"hostErrorIpAddress",
	"hostErrorTopLevelDomain",
	"hostErrorSingleLabel",
	"hostErrorLocal",
	"hostErrorReserved",
	"hostErrorOnion",
	"hostErrorInvalidPunycode",
	"hostErrorMixedScript",
	"hostErrorLookalike",
	"hostErrorDuplicate",
	"hostErrorInvalid",
] as const;

export type HostError = (typeof hostErrors)[number];

export type HostResult =
	| {
			ok: true;
			/** The stored form: lowercase ASCII, punycode for internationalised names. */
			host: string;
			/** The Unicode form, only when it differs from `host`, so the UI can show both. */
			display?: string;
	  }
	| { ok: false; error: HostError; substitutions?: string[] };

const maxHostLength = 253;
const maxLabelLength = 63;

type Refusal = Extract<HostResult, { ok: false }>;

/** What one step of the parse gives the next, or the first error found. */
type Step<T> = { ok: true; value: T } | Refusal;

function refuse(error: HostError, ...substitutions: string[]): Refusal {
	return substitutions.length > 0 ? { ok: false, error, substitutions } : { ok: false, error };
}

/**
 * @param input what the person typed
 * @param existing the hosts already listed (curated and the group's own), to refuse duplicates
 */
export function parseInstanceHost(input: string, existing: readonly string[]): HostResult {
	const text = normaliseText(input);
	if (text === "") return refuse("hostErrorEmpty");
	const link = stripScheme(text);
	if (!link.ok) return link;
	const authority = splitAuthority(link.value);
	if (!authority.ok) return authority;
	const labels = checkName(authority.value);
	if (!labels.ok) return labels;
	// Before the script check: "this only looks like meet.systemli.org" says more than "mixed".
	const lookalike = checkLookalike(labels.value, existing);
	if (!lookalike.ok) return lookalike;
	const scripts = checkScripts(labels.value);
	if (!scripts.ok) return scripts;
	const host = toAscii(labels.value);
	if (!host.ok) return host;
	return checkDuplicate(host.value, labels.value, existing);
}

// --- Text --------------------------------------------------------------------------------------

/**
 * Unicode normalisation as browsers apply it to host names (UTS 46 maps with NFKC): full-width
 * letters typed with an East Asian keyboard become ASCII, and the ideographic full stops that
 * UTS 46 maps to "." (NFKC leaves them) become dots.
 */
function normaliseText(input: string): string {
	return input
		.trim()
		.normalize("NFKC")
		.replace(/[\u3002\uff61]/g, ".");
}

/** Shows a piece of the input in a message without flooding it. */
function quote(text: string): string {
	const chars = [...text];
	return chars.length > 40 ? `${chars.slice(0, 39).join("")}…` : text;
}

// --- Scheme ------------------------------------------------------------------------------------

const schemePattern = /^([a-z][a-z0-9+.-]*):(.*)$/is;

// Always read as schemes: the web's own, however mangled (`https:/host`), and those whose text
// routinely holds "@" (mailto:a@b) or anything at all (javascript:), so they are never mistaken
// for `user:password@host` or a port.
const knownSchemes = new Set([
	"http",
	"https",
	"mailto",
	"xmpp",
	"sip",
	"sips",
	"im",
	"tel",
	"sms",
	"javascript",
	"data",
]);

/** Removes a leading `https://`; refuses every other scheme. */
function stripScheme(text: string): Step<string> {
	const scheme = findScheme(text);
	if (scheme === undefined) return { ok: true, value: text };
	const rest = text.slice(scheme.length + 1);
	if (scheme === "http") return refuse("hostErrorInsecure");
	if (scheme !== "https") return refuse("hostErrorScheme", quote(`${scheme}:`));
	// `https:meet.example.org`, `https://https://…`: browsers guess what was meant, we ask.
	if (!rest.startsWith("//")) return refuse("hostErrorMalformedLink");
	const inner = rest.slice(2);
	if (findScheme(inner) !== undefined) return refuse("hostErrorMalformedLink");
	return { ok: true, value: inner };
}

/**
 * The lowercase scheme, if the text starts with one. `meet.example.org:8443` and
 * `user:pw@meet.example.org` look like schemes too; they are a host with a port or user info.
 */
function findScheme(text: string): string | undefined {
	const match = schemePattern.exec(text);
	if (!match) return undefined;
	const name = (match[1] ?? "").toLowerCase();
	const rest = match[2] ?? "";
	if (rest.startsWith("//") || knownSchemes.has(name)) return name;
	if (/^\d*(?:[/?#]|$)/.test(rest)) return undefined; // a port, maybe empty
	if (/^[^/?#]*@/.test(rest)) return undefined; // user info
	if (name.includes(".")) return undefined; // a host with a bad port: real schemes rarely have dots
	return name;
}

// --- Authority, port, path ---------------------------------------------------------------------

/** Finds the host in `host[:port][/path][?query][#fragment]`, refusing all but the host. */
function splitAuthority(link: string): Step<string> {
	const end = link.search(/[/?#]/);
	const authority = end === -1 ? link : link.slice(0, end);
	const after = end === -1 ? "" : link.slice(end);
	if (authority === "") return refuse(after === "" ? "hostErrorEmpty" : "hostErrorMalformedLink");
	if (authority.includes("@")) return refuse("hostErrorUserInfo");
	const host = stripPort(authority);
	if (!host.ok) return host;
	const tail = checkTail(after);
	if (!tail.ok) return tail;
	// A trailing dot is the fully qualified form of the same name.
	const name = host.value.endsWith(".") ? host.value.slice(0, -1) : host.value;
	return name === "" ? refuse("hostErrorEmpty") : { ok: true, value: name };
}

/**
 * Drops `:443` and an empty port, which name the port https uses anyway. Any other port is
 * refused: the room and pad links we build have no port, so they would miss the instance.
 */
function stripPort(authority: string): Step<string> {
	if (isIpv6(authority)) return refuse("hostErrorIpAddress", quote(authority));
	const colon = authority.indexOf(":");
	if (colon === -1) return { ok: true, value: authority };
	const port = authority.slice(colon + 1);
	if (port !== "" && !(/^\d+$/.test(port) && Number(port) === 443)) return refuse("hostErrorPort", quote(port));
	return { ok: true, value: authority.slice(0, colon) };
}

/** Brackets, or several colons among hex digits: `[::1]`, `::1`, `2001:db8::1`. */
function isIpv6(authority: string): boolean {
	return authority.startsWith("[") || (authority.split(":").length > 2 && /^[0-9a-f:.]+$/i.test(authority));
}

/** Accepts nothing after the host but a single "/". */
function checkTail(after: string): Step<void> {
	const rest = /^\/(?=[?#]|$)/.test(after) ? after.slice(1) : after;
	if (rest === "") return { ok: true, value: undefined };
	if (rest.startsWith("/")) return refuse("hostErrorPath");
	return refuse(rest.startsWith("?") ? "hostErrorQuery" : "hostErrorFragment");
}

// --- The name itself ---------------------------------------------------------------------------

// Letters, combining marks and digits of any script, and "-". UTS 46 is narrower still, and
// `toAscii` leaves the finer rules to the URL parser.
const labelCharacter = /^[\p{L}\p{M}\p{Nd}-]$/u;

// How a URL parser recognises IPv4 in odd forms: decimal, hex (0x7f), octal (0177).
const numericLabel = /^(?:0x[0-9a-f]*|[0-9]+)$/;

/** Checks the name's syntax and meaning; gives its labels, lowercase, still in Unicode. */
function checkName(name: string): Step<string[]> {
	const lower = name.toLowerCase();
	// Punycode is never shorter than the Unicode it encodes, so these limits hold already;
	// checking now also keeps a pasted novel away from the slower steps.
	if ([...lower].length > maxHostLength) return refuse("hostErrorTooLong");
	if (/\s/u.test(lower)) return refuse("hostErrorSpace");
	const labels = lower.split(".");
	if (labels.includes("")) return refuse("hostErrorEmptyLabel");
	if (labels.some((label) => [...label].length > maxLabelLength)) return refuse("hostErrorLabelTooLong");
	const bad = [...lower].find((char) => char !== "." && !labelCharacter.test(char));
	if (bad !== undefined) return refuse("hostErrorCharacter", visible(bad));
	return checkMeaning(labels, lower);
}

/** A character as a message can show it: invisible ones by their code point. */
function visible(char: string): string {
	if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return char;
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
		const unicode = /^[a-z0-9-]+$/.test(label) ? decodePunycode(label.slice(4)) : undefined;
		if (unicode === undefined || !isPlainUnicodeLabel(unicode)) return refuse("hostErrorInvalidPunycode", quote(label));
		decoded.push(unicode);
	}
	return { ok: true, value: decoded };
}

/**
 * What an xn-- label may encode: text that would pass the checks had it been typed in Unicode,
 * with at least one character beyond ASCII (else it has no business being punycode).
 */
function isPlainUnicodeLabel(label: string): boolean {
	return (
		!isAscii(label) &&
		label === label.normalize("NFKC").toLowerCase() &&
		[...label].every((char) => labelCharacter.test(char)) &&
		!label.startsWith("-") &&
		!label.endsWith("-")
	);
}

function isAscii(text: string): boolean {
	return /^\p{ASCII}*$/u.test(text);
}

// --- Look-alikes and scripts -------------------------------------------------------------------

/**
 * Refuses a name that reads like a curated or listed host but is another. Only a name with
 * letters beyond ASCII can pass for another: plain ASCII reads as what it is.
 */
function checkLookalike(labels: string[], existing: readonly string[]): Step<void> {
	const display = labels.join(".");
	if (isAscii(display)) return { ok: true, value: undefined };
	const others = [...curatedHosts, ...existing.map(normaliseListed)].map(unicodeOf);
	const twin = others.find((other) => other !== display && skeleton(other) === skeleton(display));
	return twin === undefined ? { ok: true, value: undefined } : refuse("hostErrorLookalike", twin);
}

/** Labels mixing scripts are refused, as browsers show them as punycode for the same reason. */
function checkScripts(labels: string[]): Step<string[]> {
	const mixed = labels.find((label) => !isSingleScript(label));
	return mixed === undefined ? { ok: true, value: labels } : refuse("hostErrorMixedScript", quote(mixed));
}

const scripts = [
	"Latin",
	"Greek",
	"Cyrillic",
	"Armenian",
	"Georgian",
	"Hebrew",
	"Arabic",
	"Syriac",
	"Thaana",
	"Devanagari",
	"Bengali",
	"Gurmukhi",
	"Gujarati",
	"Oriya",
	"Tamil",
	"Telugu",
	"Kannada",
	"Malayalam",
	"Sinhala",
	"Thai",
	"Lao",
	"Tibetan",
	"Myanmar",
	"Khmer",
	"Mongolian",
	"Ethiopic",
	"Cherokee",
	"Canadian_Aboriginal",
	"Tifinagh",
	"Han",
	"Hiragana",
	"Katakana",
	"Bopomofo",
	"Hangul",
].map((name) => ({ name, pattern: new RegExp(`^\\p{Script=${name}}$`, "u") }));

// Unicode's "highly restrictive" level (UTS 39): one script, or Latin with the scripts that
// Chinese, Japanese and Korean writing combine.
const allowedMixes = [
	["Latin", "Han", "Hiragana", "Katakana"],
	["Latin", "Han", "Bopomofo"],
	["Latin", "Han", "Hangul"],
];

function isSingleScript(label: string): boolean {
	const used = new Set<string>();
	for (const char of label) {
		// Digits, "-" and combining marks belong to no script of their own.
		if (!/^\p{L}$/u.test(char)) continue;
		used.add(scripts.find((script) => script.pattern.test(char))?.name ?? "Other");
	}
	return used.size <= 1 || allowedMixes.some((mix) => [...used].every((script) => mix.includes(script)));
}

// Cyrillic, Greek and Latin letters that look like the ASCII letter they map to, in common fonts.
const confusables: Readonly<Record<string, string>> = {
	// Cyrillic
	а: "a",
	с: "c",
	ԁ: "d",
	е: "e",
	һ: "h",
	і: "i",
	ј: "j",
	ӏ: "l",
	о: "o",
	р: "p",
	ԛ: "q",
	ѕ: "s",
	ѵ: "v",
	ԝ: "w",
	х: "x",
	у: "y",
	// Greek
	α: "a",
	ϲ: "c",
	ε: "e",
	ι: "i",
	ϳ: "j",
	κ: "k",
	η: "n",
	ο: "o",
	ρ: "p",
	τ: "t",
	υ: "u",
	ν: "v",
	ω: "w",
	χ: "x",
	γ: "y",
	// Latin beyond ASCII
	ı: "i",
	ɩ: "i",
	ɑ: "a",
	ɡ: "g",
	ɢ: "g",
	ʟ: "l",
	ɴ: "n",
	ʀ: "r",
};

/**
 * What a name looks like, roughly: accents dropped (`systemlì` reads as `systemli` at a glance)
 * and look-alike letters replaced by their ASCII twin.
 */
function skeleton(name: string): string {
	const bare = name.normalize("NFD").replace(/\p{M}/gu, "");
	return [...bare].map((char) => confusables[char] ?? char).join("");
}

// --- Punycode ----------------------------------------------------------------------------------

/**
 * Uses the URL parser to encode (it knows the UTS 46 rules), then decodes each label again and
 * insists on getting back what we checked, so no engine quietly stores something else.
 */
function toAscii(labels: string[]): Step<string> {
	let host: string;
	try {
		host = new URL(`https://${labels.join(".")}`).hostname;
	} catch {
		return refuse("hostErrorInvalid");
	}
	const ascii = host.split(".");
	if (ascii.length !== labels.length) return refuse("hostErrorInvalid");
	for (const [index, label] of ascii.entries()) {
		const expected = labels[index] ?? "";
		const back = label.startsWith("xn--") ? decodePunycode(label.slice(4)) : label;
		if (back !== expected) return refuse("hostErrorInvalid");
		if (label.length > maxLabelLength) return refuse("hostErrorLabelTooLong");
	}
	return host.length > maxHostLength ? refuse("hostErrorTooLong") : { ok: true, value: host };
}

// RFC 3492, decoding only: the URL parser encodes, but nothing in both browsers and Node decodes.
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;

function adaptBias(delta: number, points: number, first: boolean): number {
	let scaled = first ? Math.floor(delta / damp) : Math.floor(delta / 2);
	scaled += Math.floor(scaled / points);
	let k = 0;
	while (scaled > ((base - tMin) * tMax) / 2) {
		scaled = Math.floor(scaled / (base - tMin));
		k += base;
	}
	return k + Math.floor(((base - tMin + 1) * scaled) / (scaled + skew));
}

function digitValue(char: string): number {
	const code = char.charCodeAt(0);
	if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z: 0-25
	if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26; // 0-9: 26-35
	return -1;
}

/** The Unicode text a punycode label (without `xn--`) encodes, or undefined if it is not valid. */
export function decodePunycode(encoded: string): string | undefined {
	const delimiter = encoded.lastIndexOf("-");
	const output = delimiter > 0 ? [...encoded.slice(0, delimiter)] : [];
	let code = 128;
	let index = 0;
	let bias = 72;
	let position = delimiter > 0 ? delimiter + 1 : 0;
	while (position < encoded.length) {
		const oldIndex = index;
		let weight = 1;
		for (let k = base; ; k += base) {
			const digit = digitValue(encoded[position++] ?? "");
			if (digit < 0) return undefined;
			index += digit * weight;
			const threshold = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
			if (digit < threshold) break;
			weight *= base - threshold;
			if (index > 0x7fffffff || weight > 0x7fffffff) return undefined;
		}
		bias = adaptBias(index - oldIndex, output.length + 1, oldIndex === 0);
		code += Math.floor(index / (output.length + 1));
		index %= output.length + 1;
		if (code > 0x10ffff) return undefined;
		output.splice(index, 0, String.fromCodePoint(code));
		index++;
	}
	return output.join("");
}

// --- Against what is listed --------------------------------------------------------------------

// Checked even if a caller leaves them out of `existing`: these are the names worth imitating.
const curatedHosts = [...jitsiInstances, ...padInstances].map((instance) => instance.host);

function checkDuplicate(host: string, labels: string[], existing: readonly string[]): HostResult {
	const display = labels.join(".");
	if (existing.map(normaliseListed).includes(host)) return refuse("hostErrorDuplicate", display);
	// Every step above should make this hold; checked again because storage relies on it.
	if (!isStorableHost(host)) return refuse("hostErrorInvalid");
	return display === host ? { ok: true, host } : { ok: true, host, display };
}

/** Listed hosts are stored normalised; this forgives a caller passing one as typed. */
function normaliseListed(host: string): string {
	return host.trim().toLowerCase().replace(/\.$/, "");
}

/** A listed host as people read it: its punycode labels decoded where they decode. */
function unicodeOf(host: string): string {
	return host
		.split(".")
		.map((label) => (label.startsWith("xn--") ? (decodePunycode(label.slice(4)) ?? label) : label))
		.join(".");
}
