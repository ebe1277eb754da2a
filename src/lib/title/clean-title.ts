import { maxTitleLength } from "../limits";

// Half of a surrogate pair without its other half (a broken paste): encodeURIComponent throws on it.
const loneSurrogates = /\p{Cs}/gu;

// Everything some messenger or mail client starts a new line on. The title is one line of the invitation.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these controls are what the pattern looks for.
const lineBreaks = /[\t\n\v\f\r\u001c-\u001f\u0085\u2028\u2029]/g;

// What nobody sees but every client reads: controls, format characters and noncharacters.
// - The bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) make Signal Desktop
//   show no link at all in a message that holds one (signalapp/Signal-Desktop: ts/types/LinkPreview.std.ts,
//   shouldLinkifyMessage), and can turn the text around.
// - A zero-width space or a soft hyphen inside a web address hides it from the eye, not from a link finder.
// - Noncharacters (U+FFFE, U+FDD0, ...) cannot travel in XML, so not in a Jitsi meeting's subject.
// Kept: the zero-width joiner between two pictographs (👩‍💻, 🏳️‍🌈, 🧑🏽‍🚀) and the tag characters after a
// black flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿): there they are part of one emoji.
const invisible =
	/(?!(?<=\p{Extended_Pictographic}\p{Emoji_Modifier}?\uFE0F?)\u200D(?=\p{Extended_Pictographic}))(?!(?<=\u{1F3F4}[\u{E0020}-\u{E007E}]*)[\u{E0020}-\u{E007F}])[\p{Cc}\p{Cf}\p{Noncharacter_Code_Point}]/gu;

// One space for each run of spaces; a single no-break space stays, French puts one before ":" and "?".
const spaceRuns = /\s+/g;
const noBreakSpaces = new Set(["\u00a0", "\u202f"]);

// How much more than the limit is read of a pasted text: what cleaning removes cannot shorten the
// title below the limit unless nine in ten characters were invisible or repeated spaces.
const readMargin = 10;

/** Whole graphemes from the start, at most `maxLength` UTF-16 units: no emoji or accent is split. */
function fitted(text: string, maxLength: number): string {
	if (text.length <= maxLength) return text;
	// Only long titles get here: a Segmenter would cost the popup's first paint milliseconds.
	let kept = "";
	for (const { segment } of new Intl.Segmenter().segment(text)) {
		if (kept.length + segment.length > maxLength) break;
		kept += segment;
	}
	return kept.trimEnd();
}

/**
 * The meeting title as names, links, the Jitsi subject and the invitation may use it: one line of
 * well-formed, NFC-normalised visible text, spaces collapsed and trimmed, at most `maxLength`
 * long. Cleaning a clean title changes nothing, so it also repairs titles kept from older versions.
 * Every other text that reaches the invitation (a Mumble channel) is held to the same rules.
 */
export function cleanTitle(text: unknown, maxLength = maxTitleLength): string {
	if (typeof text !== "string") return "";
	// A pasted book would cost every step below its length (the emoji pattern's look-behind over runs
	// of tag characters, its square): only the start can be kept, so only the start is read, with room
	// for what cleaning removes (invisible characters, runs of spaces) and a whole last grapheme.
	const visible = text
		.slice(0, maxLength * readMargin)
		.replace(loneSurrogates, "")
		.replace(lineBreaks, " ")
		.replace(invisible, "");
	const spaced = visible.normalize("NFC").replace(spaceRuns, (run) => (noBreakSpaces.has(run) ? run : " "));
	return fitted(spaced.trim(), maxLength);
}
