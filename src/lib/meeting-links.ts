import { encodeUriPart } from "./encode-uri-part";
import { padName } from "./pad-name";
import { roomName } from "./room-name";

// Signal leaves a link unclickable past 4096 characters; a long title must not get there.
export const maxSubjectLength = 1000;

/** Encodes a value the way Jitsi reads hash options: decodeURIComponent, then JSON.parse. */
export function encodeJitsiOption(value: unknown): string {
	return encodeUriPart(JSON.stringify(value));
}

/** Cuts whole graphemes off the end until the encoded subject fits, so no emoji is split. */
export function fittedSubject(title: string, maxEncodedLength = maxSubjectLength): string {
	const trimmed = title.trim();
	// The usual short title fits as it is; a Segmenter costs milliseconds the popup's first paint would wait for.
	if (encodeJitsiOption(trimmed).length <= maxEncodedLength) return trimmed;
	const graphemes = Array.from(new Intl.Segmenter().segment(trimmed), (s) => s.segment);
	while (graphemes.length > 0 && encodeJitsiOption(graphemes.join("")).length > maxEncodedLength) {
		graphemes.pop();
	}
	return graphemes.join("");
}

export type RoomLinkOptions = {
	host: string;
	secret: string;
	title?: string;
	startMuted?: boolean;
};

export function roomUrl({ host, secret, title = "", startMuted = true }: RoomLinkOptions): string {
	const options: string[] = [];
	if (startMuted) options.push(`config.startWithAudioMuted=${encodeJitsiOption(true)}`);
	const subject = fittedSubject(title);
	if (subject) options.push(`config.subject=${encodeJitsiOption(subject)}`);
	const hash = options.length > 0 ? `#${options.join("&")}` : "";
	return `https://${host}/${roomName(secret, title)}${hash}`;
}

/** Whether a room link asks Jitsi to start the joiner muted (the invitation says so). */
export function startsMuted(url: string): boolean {
	return new URL(url).hash.slice(1).split("&").includes("config.startWithAudioMuted=true");
}

export function padUrl({ host, secret, title = "" }: { host: string; secret: string; title?: string }): string {
	return `https://${host}/p/${padName(secret, title)}`;
}
