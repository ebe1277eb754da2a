import { encodeUriPart } from "./encode-uri-part";
import type { Place } from "./plenum";

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

/** The options of a Jitsi room link that do not change where people meet. */
export type RoomOptions = { title: string; audioMuted: boolean; videoMuted: boolean };

/**
 * A Jitsi room link with its options in the fragment, which Jitsi reads and never sends to the
 * server: start muted, camera off, and the title as the meeting's subject. Each option is one
 * jitsi-meet allows from a URL (react/features/base/config/configWhitelist.ts).
 */
export function roomUrl({ host, name }: Place, { title, audioMuted, videoMuted }: RoomOptions): string {
	const options: string[] = [];
	if (audioMuted) options.push(`config.startWithAudioMuted=${encodeJitsiOption(true)}`);
	if (videoMuted) options.push(`config.startWithVideoMuted=${encodeJitsiOption(true)}`);
	const subject = fittedSubject(title);
	if (subject) options.push(`config.subject=${encodeJitsiOption(subject)}`);
	return `https://${host}/${name}${options.length > 0 ? `#${options.join("&")}` : ""}`;
}

/** Whether a room link asks Jitsi to start the joiner muted or with the camera off (the invitation says so). */
export function startsWith(url: string, what: "AudioMuted" | "VideoMuted"): boolean {
	return new URL(url).hash.slice(1).split("&").includes(`config.startWith${what}=true`);
}

export function padUrl({ host, name }: Place): string {
	return `https://${host}/p/${name}`;
}
