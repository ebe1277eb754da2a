// Models of how Jitsi Meet's web app reads a room link, written from its source (jitsi/jitsi-meet)
// and kept close to it, line for line where it matters. Each function names the file and commit it follows.
import { parse as bourneParse } from "@hapi/bourne";

export type ParsedParams = { params: Record<string, unknown>; errors: string[] };

/**
 * parseURLParams as jitsi-meet has it since 2024-03-26 (commit 9b798b4514da08ef027e336d3a3abcff35c38faf,
 * unchanged at 73df4c0d511749a2e4c4098bbb8f02901fe89750): react/features/base/util/parseURLParams.ts.
 * Split the hash on "&", each part on "=" (only the text up to a second "=" is the value),
 * skip prototype keys, decodeURIComponent, drop the backslash of the first "\&", turn ‘ ’ into '
 * and “ ” into ", then safeJsonParse (jitsi/js-utils: json.ts at c819336344cd262a6c1f909eda0bac639e38b70b,
 * which is @hapi/bourne's parse). A value that fails is reported and left out.
 */
export function parseUrlParamsCurrent(url: string): ParsedParams {
	const blacklist = ["__proto__", "constructor", "prototype"];
	const paramStr = new URL(url).hash;
	const params: Record<string, unknown> = {};
	const errors: string[] = [];
	const paramParts = paramStr?.substring(1).split("&") || [];
	if (paramParts.length === 1 && paramParts[0]?.startsWith("/") && paramParts[0].split("&").length === 1) {
		return { params, errors };
	}
	for (const part of paramParts) {
		const param = part.split("=");
		const key = param[0];
		if (!key || key.split(".").some((k) => blacklist.includes(k))) continue;
		const value = param[1];
		try {
			const decoded = decodeURIComponent(String(value))
				.replace(/\\&/, "&")
				.replace(/[\u2018\u2019]/g, "'")
				.replace(/[\u201C\u201D]/g, '"');
			params[key] = decoded === "undefined" ? undefined : bourneParse(decoded);
		} catch (error) {
			errors.push(`${key}: ${String(error)}`);
		}
	}
	return { params, errors };
}

/**
 * parseURLParams as it was in 2020: react/features/base/util/parseURLParams.js at
 * d388a7bd3c756bcb0fdc0040a2e8cbc16a628f91 (2020-05-07; the same logic stood in base/config before).
 * No key blacklist, no quote rewriting, plain JSON.parse; the first "\&" loses its backslash already.
 */
export function parseUrlParams2020(url: string): ParsedParams {
	const paramStr = new URL(url).hash;
	const params: Record<string, unknown> = {};
	const errors: string[] = [];
	const paramParts = paramStr?.substring(1).split("&") || [];
	if (paramParts.length === 1 && paramParts[0]?.startsWith("/") && paramParts[0].split("&").length === 1) {
		return { params, errors };
	}
	for (const part of paramParts) {
		const param = part.split("=");
		const key = param[0];
		if (!key) continue;
		const value = param[1];
		try {
			const decoded = decodeURIComponent(String(value)).replace(/\\&/, "&");
			params[key] = decoded === "undefined" ? undefined : JSON.parse(decoded);
		} catch (error) {
			errors.push(`${key}: ${String(error)}`);
		}
	}
	return { params, errors };
}

/** The object under `name`, made if missing. */
function child(base: Record<string, unknown>, name: string): Record<string, unknown> {
	base[name] ??= {};
	return base[name] as Record<string, unknown>;
}

/**
 * setConfigFromURLParams and getWhitelistedJSON (react/features/base/config/functions.any.ts at
 * 9ae5677c002f2e6a320e0b9cac7ee11a6b07a937): "config.a.b" params become { a: { b } }, and only
 * the whitelisted paths are kept (lodash `_.pick`), the rest is silently dropped.
 */
export function configFromUrl(parsed: ParsedParams, whitelist: readonly string[]): Record<string, unknown> {
	const config: Record<string, unknown> = {};
	for (const [param, value] of Object.entries(parsed.params)) {
		const names = param.split(".");
		if (names.shift() !== "config") continue;
		let base = config;
		const last = names.pop() ?? "";
		for (const name of names) base = child(base, name);
		base[last] = value;
	}
	const picked: Record<string, unknown> = {};
	for (const path of whitelist) {
		const names = path.split(".");
		let value: unknown = config;
		for (const name of names) value = (value as Record<string, unknown> | undefined)?.[name];
		if (value === undefined) continue;
		let base = picked;
		const last = names.pop() ?? "";
		for (const name of names) base = child(base, name);
		base[last] = value;
	}
	return picked;
}

// react/features/base/util/uri.ts (5649934ab5789f8bcf85911a54b50ed8dc4ffbe5), _ROOM_EXCLUDE_PATTERN:
// characters removed from every path segment, after parseStandardURIString has removed all whitespace.
const roomExclude = /[:?#[\]@!$&'()*+,;=></"]/g;

/**
 * getBackendSafeRoomName (same file): decodeURIComponent where it can, NFKC (strings.web.ts
 * normalizeNFKC), lowercase, encodeURIComponent, lowercase again.
 */
export function getBackendSafeRoomName(room: string): string {
	let name = room;
	try {
		name = decodeURIComponent(name);
	} catch {
		// Jitsi goes on with the text as it is.
	}
	return encodeURIComponent(name.normalize("NFKC").toLowerCase()).toLowerCase();
}

/** A room path segment as Jitsi treats it: whitespace and excluded characters removed, then made backend-safe. */
export function jitsiRoomNameOf(segment: string): string {
	return getBackendSafeRoomName(segment.replace(/\s/g, "").replace(roomExclude, ""));
}

/**
 * The room a link joins: parseURIString takes the path up to "?" or "#", cleans each segment, and the
 * last one is the room (uri.ts, parseStandardURIString and parseURIString); then getBackendSafeRoomName.
 */
export function jitsiRoomOf(url: string): string {
	const afterAuthority = url.replace(/\s/g, "").replace(/^https?:\/\/[^/?#]+/i, "");
	const pathname = /^[^?#]*/.exec(afterAuthority)?.[0] ?? "";
	const segments = pathname.split("/").map((segment) => segment.replace(roomExclude, ""));
	return getBackendSafeRoomName(segments.at(-1) ?? "");
}
