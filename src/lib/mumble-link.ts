import { encodeUriPart } from "./encode-uri-part";

// For assemblies larger than Jitsi handles well (see assembly-size.ts) the collectives recommend Mumble.

/** systemli's Mumble web client: joins from the browser, no app needed. */
export const mumbleWebClient = "https://talk.systemli.org/";

export type MumbleLinkOptions = { server: string; channel?: string; title?: string };

/**
 * A `mumble://host/channel/sub?version=1.2.0&title=…` link; `version=1.2.0` makes every client
 * accept it. No user name and never a password: the link is shared in a group chat.
 * Without a server of the group's own, systemli's web client.
 */
export function mumbleUrl({ server, channel = "", title = "" }: MumbleLinkOptions): string {
	if (!server) return mumbleWebClient;
	const path = channel
		.split("/")
		.map((segment) => segment.trim())
		.filter(Boolean)
		.map(encodeUriPart)
		.join("/");
	const query = title.trim() ? `?version=1.2.0&title=${encodeUriPart(title.trim())}` : "?version=1.2.0";
	return `mumble://${server}/${path}${query}`;
}
