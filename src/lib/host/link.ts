// From what a person typed or pasted to the bare host name: text normalisation, the scheme, and
// everything around the host (user info, port, path, query, fragment). Parsed step by step rather
// than with `new URL`, which accepts far more than a link to a group's instance may contain.

import { defaultMumblePort } from "../mumble/room";
import { pass, quote, refuse, type Step } from "./errors";

export { defaultMumblePort };

/** "refused": the links we build have no port (Jitsi, Etherpad). "allowed": a Mumble server's. */
export type PortRule = "refused" | "allowed";

/**
 * Unicode normalisation as browsers apply it to host names (UTS 46 maps with NFKC): full-width
 * letters typed with an East Asian keyboard become ASCII, and the ideographic full stops that
 * UTS 46 maps to "." (NFKC leaves them) become dots.
 */
export function normaliseText(input: string): string {
	return input
		.trim()
		.normalize("NFKC")
		.replace(/[\u3002\uff61]/g, ".");
}

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
export function stripScheme(text: string): Step<string> {
	const scheme = findScheme(text);
	if (scheme === undefined) return pass(text);
	const rest = text.slice(scheme.length + 1);
	if (scheme === "http") return refuse("hostErrorInsecure");
	if (scheme !== "https") return refuse("hostErrorScheme", quote(`${scheme}:`));
	// `https:meet.example.org`, `https://https://…`: browsers guess what was meant, we ask.
	if (!rest.startsWith("//")) return refuse("hostErrorMalformedLink");
	const inner = rest.slice(2);
	if (findScheme(inner) !== undefined) return refuse("hostErrorMalformedLink");
	return pass(inner);
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

export type Authority = { name: string; port?: number };

/** Finds the host in `host[:port][/path][?query][#fragment]`, refusing all but the host. */
export function splitAuthority(link: string, ports: PortRule): Step<Authority> {
	const end = link.search(/[/?#]/);
	const authority = end === -1 ? link : link.slice(0, end);
	const after = end === -1 ? "" : link.slice(end);
	if (authority === "") return refuse(after === "" ? "hostErrorEmpty" : "hostErrorMalformedLink");
	if (authority.includes("@")) return refuse("hostErrorUserInfo");
	const host = stripPort(authority, ports);
	if (!host.ok) return host;
	const tail = checkTail(after);
	if (!tail.ok) return tail;
	// A trailing dot is the fully qualified form of the same name.
	const { name, port } = host.value;
	const bare = name.endsWith(".") ? name.slice(0, -1) : name;
	if (bare === "") return refuse("hostErrorEmpty");
	return pass(port === undefined ? { name: bare } : { name: bare, port });
}

/**
 * Without ports allowed, drops `:443` and an empty port, which name the port https uses anyway,
 * and refuses any other: the room and pad links we build have no port, so they would miss the
 * instance. With ports allowed, keeps a port from 1 to 65535 (RFC 6335) unless it is Mumble's own.
 */
function stripPort(authority: string, ports: PortRule): Step<Authority> {
	if (isIpv6(authority)) return refuse("hostErrorIpAddress", quote(authority));
	const colon = authority.indexOf(":");
	if (colon === -1) return pass({ name: authority });
	const name = authority.slice(0, colon);
	const text = authority.slice(colon + 1);
	if (text === "") return pass({ name });
	const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
	if (ports === "refused") return port === 443 ? pass({ name }) : refuse("hostErrorPort", quote(text));
	if (!(port >= 1 && port <= 65535)) return refuse("hostErrorPortNumber", quote(text));
	return pass(port === defaultMumblePort ? { name } : { name, port });
}

/** Brackets, or several colons among hex digits: `[::1]`, `::1`, `2001:db8::1`. */
function isIpv6(authority: string): boolean {
	return authority.startsWith("[") || (authority.split(":").length > 2 && /^[0-9a-f:.]+$/i.test(authority));
}

/** Accepts nothing after the host but a single "/". */
function checkTail(after: string): Step<void> {
	const rest = /^\/(?=[?#]|$)/.test(after) ? after.slice(1) : after;
	if (rest === "") return pass(undefined);
	if (rest.startsWith("/")) return refuse("hostErrorPath");
	return refuse(rest.startsWith("?") ? "hostErrorQuery" : "hostErrorFragment");
}
