// Signal Desktop shows a long message only up to its fold, then "Read more"
// (signalapp/Signal-Desktop: ts/components/conversation/MessageBodyReadMore.dom.tsx, INITIAL_LENGTH
// and BUFFER; ts/util/graphemeAndLinkAwareSlice.std.ts): a text of at most 900 UTF-16 units is shown
// whole; a longer one up to the first grapheme boundary at or past unit 800, stretched to the end of
// a link that starts before it. An invitation is read above the fold or not at all.

/** Where Signal Desktop folds a long message, in UTF-16 units. */
export const signalFold = 800;
/** How much past the fold a message may run and still be shown whole. */
export const signalFoldBuffer = 100;

/**
 * What the default invitation holds besides the title and the links, in the wordiest language:
 * the date line, the headings and the blank lines between the blocks. The links leave this much
 * room, so the last one still starts above the fold; a unit test holds every language to it.
 */
export const invitationAllowance = 280;

/**
 * The number of units Signal Desktop shows before "Read more": the whole text when it fits,
 * else the first grapheme boundary at or past the fold, moved to the end of a link (one of
 * `links`, found where they stand in the text) that starts before it and ends after it.
 */
export function signalVisibleLength(text: string, links: readonly string[] = []): number {
	if (text.length <= signalFold + signalFoldBuffer) return text.length;
	let cut: number | undefined;
	let found = false;
	// Signal takes the first boundary at or past the fold, but cuts only once one lies past it.
	for (const { index } of new Intl.Segmenter().segment(text)) {
		if (cut === undefined && index >= signalFold) cut = index;
		if (cut !== undefined && index > signalFold) {
			found = true;
			break;
		}
	}
	if (cut === undefined || !found) return text.length;
	for (const link of links) {
		for (let start = text.indexOf(link); start !== -1; start = text.indexOf(link, start + 1)) {
			const end = start + link.length;
			if (start < cut && end > cut) return end;
		}
	}
	return cut;
}
