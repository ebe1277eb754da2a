import { encodeUriPart } from "../links/encode-uri-part";
import { channelPath, defaultMumblePort, type MumbleRoom, systemliHost } from "./room";
import { encodeMumbleTitle } from "./title";

/**
 * Percent-encodes all but letters and digits. A link that ends in "-", ".", "_" or "~" loses that
 * character to Android's link finder (a word boundary must follow it), and messengers end links
 * before ! ' ( ) *; one that ends in a letter, a digit or %XX is found whole by every messenger.
 */
function encodeLinkValue(text: string): string {
	return encodeURIComponent(text).replace(/[^\w%]|_/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * systemli's mumble-web page. mumble-web opens its websocket to the page's `address` and `port`
 * (Johni0702/mumble-web: app/index.js, `connect`: `wss://${host}:${port}`; app/config.js: the
 * page's own host and 443 by default), and systemli's page is websockify on 443 in front of its
 * own Mumble server only (systemli/ansible-role-mumble: templates/mumble-web.service.j2). No
 * page of another group's reaches a group's own server: that takes a page of the group's own.
 */
export const systemliWebClient = "https://talk.systemli.org";

/**
 * The mumble-web link into the room, or undefined when no web page reaches the server.
 * mumble-web reads `channelName` and moves into the channel whose path from the root,
 * "/Parent/Child", equals it (app/index.js, `initializeUI` and `connect`). The page's own
 * `address` and `port` are kept: they name the websocket, not the Mumble server. The bare page
 * has no trailing "/": Android's link finder would leave it out of the link.
 */
export function mumbleWebUrl(room: MumbleRoom): string | undefined {
	if (room.host !== systemliHost || room.port !== defaultMumblePort) return undefined;
	if (room.channel.length === 0) return systemliWebClient;
	return `${systemliWebClient}/?channelName=${encodeLinkValue(room.channel.join("/"))}`;
}

/**
 * The link for the Mumble app: `mumble://host[:port]/Channel/Sub?version=1.2.0&title=…`.
 * Mumble takes the host, the port (64738 when none is given), the path fully decoded and split
 * at "/" as the channel, matched level by level ignoring case, and `version=1.2.0` makes every
 * client since 1.2 accept it (mumble-voip/mumble: src/mumble/MainWindow.cpp, openUrl and
 * findDesiredChannel). No user name and never a password: the link is shared in a group chat.
 */
export function mumbleAppUrl(room: MumbleRoom, title = ""): string {
	const port = room.port === defaultMumblePort ? "" : `:${room.port}`;
	const path = room.channel.map(encodeUriPart).join("/");
	const name = encodeMumbleTitle(title);
	return `mumble://${room.host}${port}/${path}?version=1.2.0${name ? `&title=${name}` : ""}`;
}

/**
 * The room behind a large assembly's link (a mumble:// link, or systemli's web link): the
 * invitation reads it from the link, so pinned and recent plenums, which keep only their links,
 * give the same invitation as a fresh one.
 */
export function readMumbleRoom(link: string): MumbleRoom | undefined {
	const app = /^mumble:\/\/([^/:?#@]+)(?::(\d{1,5}))?\/([^?#]*)/i.exec(link);
	try {
		if (app) {
			const channel = (app[3] ?? "").split("/").map(decodeURIComponent).filter(Boolean);
			return { host: (app[1] ?? "").toLowerCase(), port: Number(app[2] ?? defaultMumblePort), channel };
		}
		if (link !== systemliWebClient && !link.startsWith(`${systemliWebClient}/`)) return undefined;
		const channel = new URL(link).searchParams.get("channelName") ?? "";
		return { host: systemliHost, port: defaultMumblePort, channel: channelPath(channel) };
	} catch {
		// A saved link someone edited by hand: the invitation falls back to the link itself.
		return undefined;
	}
}
