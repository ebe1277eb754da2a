// Signal Desktop's "Read more" fold, modelled from signalapp/Signal-Desktop:
// - ts/components/conversation/MessageBodyReadMore.dom.tsx at 3bdd7e2c38a3fc336503bd80e6d7562d994ce92b:
//   a message is shown up to INITIAL_LENGTH (800) units, with a BUFFER of 100.
// - ts/util/graphemeAndLinkAwareSlice.std.ts at 1d45a52da7b9565ade641b18fba09c8d99c5b891: a text of at
//   most length + buffer units is shown whole. Otherwise the cut is the first grapheme boundary
//   (Intl.Segmenter's default granularity) at or past `length`, taken once a boundary lies past
//   `length`; the first link (linkify-it as it comes, found in the whole text) that starts before the
//   cut and ends after it moves the cut to its end. No boundary past `length`: the text is shown whole.
import LinkifyIt from "signal-linkify-it";

const initialLength = 800;
const buffer = 100;

/** What Signal Desktop shows of a message before "Read more", and whether it shows the button. */
export function readMoreSlice(str: string, length = initialLength): { text: string; hasReadMore: boolean } {
	if (str.length <= length + buffer) return { text: str, hasReadMore: false };
	let text: string | undefined;
	for (const { index } of new Intl.Segmenter().segment(str)) {
		if (!text && index >= length) text = str.slice(0, index);
		if (text && index > length) {
			const cut = text.length;
			const straddling = (new LinkifyIt().match(str) ?? []).filter((m) => m.index < cut && m.lastIndex > cut);
			const shown = straddling[0] ? str.slice(0, straddling[0].lastIndex) : text;
			return { text: shown, hasReadMore: shown.length < str.length };
		}
	}
	return { text: str, hasReadMore: false };
}
