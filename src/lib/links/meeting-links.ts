import type { Place } from "../plenum/plenum";
import { encodeUriPart } from "./encode-uri-part";

// A clean title (at most 200 UTF-16 units, see title/clean-title.ts) encodes to at most 9 characters a
// unit plus the quotes: it always fits, whole. The limit only guards callers that pass raw text, and keeps
// the link far below the 4096 characters past which Signal leaves it unclickable.
export const maxSubjectLength = 2000;

// jitsi-meet reads a hash option with decodeURIComponent, then rewrites before JSON.parse
// (jitsi/jitsi-meet: react/features/base/util/parseURLParams.ts): a backslash before "&" loses
// the backslash (since 2020), and the typographic quotes ‘ ’ “ ” become ' and " (since 2024), which
// ends or breaks the JSON string. As JSON \u escapes they are read back unchanged by every version;
// the rest of U+2018-U+201F („ ‚ ‛ ‟) is escaped too, should that list grow.
const rewrittenByJitsi = /\\\\|[\u2018-\u201f]/g;

function jsonEscape(found: string): string {
	const code = found === "\\\\" ? 0x5c : found.charCodeAt(0);
	return `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Encodes a value the way Jitsi reads hash options: decodeURIComponent, then JSON.parse. Dots are
 * percent-encoded too: linkify-it, Signal's link finder, ends a link before two dots and a "-", "_"
 * or "~" (markdown-it/linkify-it: lib/re.mjs, src_path), which would cut the subject off the link.
 */
export function encodeJitsiOption(value: string | boolean): string {
	// In JSON.stringify's output a backslash starts an escape, so matching left to right meets
	// each escaped backslash ("\\\\") whole and never the second half of another escape.
	return encodeUriPart(JSON.stringify(value).replace(rewrittenByJitsi, jsonEscape)).replaceAll(".", "%2E");
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
export type RoomOptions = {
	title: string;
	audioMuted: boolean;
	videoMuted: boolean;
	/** The pre-join screen, where everyone checks microphone and headset before joining. */
	prejoin?: boolean;
	/** Nobody joins without a name: the moderation knows who speaks. */
	requireName?: boolean;
	/** The secret room stays out of each joiner's list of recent rooms. */
	doNotStore?: boolean;
};

// Each only when on: a link that says nothing leaves the instance's own default.
const flagOptions: [keyof RoomOptions, string][] = [
	["audioMuted", "startWithAudioMuted"],
	["videoMuted", "startWithVideoMuted"],
	["prejoin", "prejoinConfig.enabled"],
	["requireName", "requireDisplayName"],
	["doNotStore", "doNotStoreRoom"],
];

/**
 * A Jitsi room link with its options in the fragment, which Jitsi reads and never sends to the
 * server: start muted, camera off, pre-join check, required name, not stored, and the title as the
 * meeting's subject. Each option is one jitsi-meet allows from a URL
 * (react/features/base/config/configWhitelist.ts).
 */
export function roomUrl({ host, name }: Place, room: RoomOptions, maxSubject = maxSubjectLength): string {
	const options = flagOptions
		.filter(([key]) => room[key] === true)
		.map(([, config]) => `config.${config}=${encodeJitsiOption(true)}`);
	const subject = fittedSubject(room.title, maxSubject);
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
