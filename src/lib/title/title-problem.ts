import type { MessageKey } from "../i18n";

// A title must not plant a link in the invitation above the room's own: "Room moved:
// https://meet.systemli.org.evil.example.com/plenum", "[Join here](https://evil.example)", a bare
// "evil.example.com" or "someone@example.org" become clickable in Signal, Telegram or a mail client.
//
// Such a title is refused, with the reason, rather than quietly made inert: any rewrite that defeats
// one client's link finder (a look-alike dot, an invisible character) is a guess about every other
// client, would differ from what the person typed, and would still show an address people may type in
// by hand. A meeting title needs no address, and the person who typed it can fix it in a second.
//
// The check errs on the side of refusing. What linkify-it (Signal Desktop's link finder, markdown-it/linkify-it:
// lib/re.mjs and index.mjs) can match, and what this refuses:
// - `http:`, `https:`, `ftp:` links and protocol-relative ones all contain "//";
// - `mailto:` links;
// - fuzzy links and e-mail addresses hold a dot between a host label and a top-level domain, which starts
//   with two letters (or a letter and a mark, ලංකා) in every list; here any such dot counts, whatever
//   follows, so the check also covers clients that know more top-level domains than Signal Desktop;
// - an e-mail address at an IPv4 address: four dotted numbers.
// A dot after a space or a punctuation mark starts no host, so "z. B.", "e.V.", "19.00", "St. Pauli"
// and "Warten...bis" pass; a dot between two words without a space ("Café.Am") is refused.
const linkLike = [
	/\/\//u,
	/mailto:/iu,
	// What may stand before the dot: anything but a space or a punctuation mark that linkify-it's
	// uc.micro counts as punctuation ("-" can end a punycode label, so it counts as a label character).
	/(?<=[^\s!"#%&'()*,./:;?@[\\\]_{}¡§«¶·»¿\u2010-\u2027])[.\u3002\uFF0E\uFF61]\p{L}[\p{L}\p{M}]/u,
	/\d\.\d+\.\d+\.\d/u,
];

export type TitleProblem = { key: MessageKey; part: string };

/** The word around `index`: what the person has to change, shown in the message. */
function wordAt(text: string, index: number): string {
	const start = text.lastIndexOf(" ", index) + 1;
	const end = text.indexOf(" ", index);
	return text.slice(start, end === -1 ? text.length : end);
}

/** Why a cleaned title cannot be used, or undefined when it can. */
export function titleProblem(title: string): TitleProblem | undefined {
	for (const pattern of linkLike) {
		const match = pattern.exec(title);
		if (match) return { key: "titleLinkLike", part: wordAt(title, match.index) };
	}
	return undefined;
}
