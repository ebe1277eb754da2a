// Where a large assembly meets on Mumble: a server, its port and a channel.

/** Mumble's own port, used when a link or the app is given none (mumble-voip/mumble: man/mumble.1). */
export const defaultMumblePort = 64738;

export type MumbleRoom = {
	/** The server's host name as stored: lowercase ASCII, punycode for international names. */
	host: string;
	port: number;
	/** The channel's path from the root, one name per level; empty for the root channel. */
	channel: string[];
};

/** systemli's Mumble server (systemli/systemli-website: content/english/service/mumble.md). */
export const systemliHost = "talk.systemli.org";

export type MumbleChoice = {
	/** The group's server, "host" or "host:port"; empty for systemli's. */
	server: string;
	/** The group's port setting; a port written in `server` wins. */
	port?: number;
	/** "Plenum/Main hall": levels separated by "/", as the options page takes it. */
	channel?: string;
};

/** The room a group's settings describe: systemli's server unless the group names its own. */
export function mumbleRoom({ server, port, channel = "" }: MumbleChoice): MumbleRoom {
	const [, host = "", written] = /^(.*?)(?::(\d{1,5}))?$/.exec(server.trim().toLowerCase()) ?? [];
	const chosen = Number(written) || port || 0;
	return {
		host: host || systemliHost,
		port: host && chosen < 65536 && Number.isInteger(chosen) && chosen > 0 ? chosen : defaultMumblePort,
		channel: channelPath(channel),
	};
}

/** The levels of a channel path: trimmed, empty levels dropped, text made well-formed for encoding. */
export function channelPath(channel: string): string[] {
	return wellFormed(channel)
		.split("/")
		.map((level) => level.trim())
		.filter(Boolean);
}

/** Replaces lone surrogates (which no URL can encode) with U+FFFD, as a browser's encoder does. */
export function wellFormed(text: string): string {
	return text.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
}
