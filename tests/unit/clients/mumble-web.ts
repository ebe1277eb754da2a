// How mumble-web reads its link, modelled from:
// - Johni0702/mumble-web 4ef594c8a097 app/index.js: `initializeUI` parses document.location.href
//   with the `url` package (`url.parse(href, true).query`) over window.mumbleWebConfig.defaults;
//   `ConnectionInfo.connect` opens `wss://${address}:${port}`, prefixes a "/" to `channelName`
//   when it has none, and moves into the channel whose path from the root ("/A/B", built from the
//   names, compared with ===) equals it. app/config.js: defaults address = the page's hostname,
//   port = "443". Its package-lock.json pins url 0.11.0 and querystring 0.2.0.
// - defunctzombie/node-url v0.11.0 (7f82d6b09acb) url.js: the query is the part after the first "?"
//   up to "#", parsed by querystring.
// - Gozala/querystring v0.2.0 (c5d69ed5675a) decode.js: split at "&" (1000 keys at most), "+"
//   becomes "%20", split at the first "=", decodeURIComponent (a malformed % throws), a repeated
//   key becomes an array.
// - systemli/ansible-role-mumble bfd4bac1c43d templates/mumble-web.service.j2 and config.local.js.j2:
//   websockify on port 443 serves the page and forwards its websocket to the local Mumble server
//   (localhost:{{ murmur_port }}, 64738 by default); the page's config is left at its defaults.

import type { Channel } from "./qt-mumble";

type Query = Record<string, string | string[]>;

/** querystring 0.2.0 `decode`. */
export function parseQuerystring(qs: string): Query {
	const result: Query = {};
	if (qs.length === 0) return result;
	for (const part of qs.split("&").slice(0, 1000)) {
		const x = part.replace(/\+/g, "%20");
		const equals = x.indexOf("=");
		const key = decodeURIComponent(equals >= 0 ? x.slice(0, equals) : x);
		const value = decodeURIComponent(equals >= 0 ? x.slice(equals + 1) : "");
		const known = result[key];
		if (!Object.hasOwn(result, key)) result[key] = value;
		else if (Array.isArray(known)) known.push(value);
		else result[key] = [known ?? "", value];
	}
	return result;
}

/** `url.parse(document.location.href, true).query`: the browser's href, then url 0.11.0. */
export function pageQuery(link: string): Query {
	const href = new URL(link).href;
	const beforeHash = href.split("#")[0] ?? "";
	const question = beforeHash.indexOf("?");
	return question === -1 ? {} : parseQuerystring(beforeHash.slice(question + 1));
}

/** What the page does with its link: where its websocket goes, and the channel it looks for. */
export function mumbleWebJoin(link: string) {
	const page = new URL(link);
	const defaults = { address: page.hostname, port: "443" };
	const query: Record<string, string | string[]> = { ...defaults, ...pageQuery(link) };
	const channelName = typeof query.channelName === "string" ? query.channelName : "";
	return {
		websocket: `wss://${query.address}:${query.port}`,
		channelName: channelName.startsWith("/") ? channelName : `/${channelName}`,
	};
}

/** registerChannel: the names of the channel whose "/A/B" path equals channelName, if any. */
export function joinedChannel(channelName: string, root: Channel): string[] | undefined {
	let joined: string[] | undefined;
	const visit = (channel: Channel, path: string, names: string[]) => {
		if (path === channelName) joined = names;
		for (const child of channel.children) visit(child, `${path}/${child.name}`, [...names, child.name]);
	};
	visit(root, "", []);
	return joined;
}

/** The Mumble server behind a websocket, for systemli's page (websockify on 443 to its own server). */
export function systemliWebsocketTarget(websocket: string): string | undefined {
	return websocket === "wss://talk.systemli.org:443" ? "talk.systemli.org:64738" : undefined;
}
