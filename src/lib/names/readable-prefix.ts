// Latin letters that have no decomposition to take the accent off, spelled as their languages do
// without them: "Cœur" -> "coeur", "Łódź" -> "lodz", "Øresund" -> "oresund".
const spelledOut: Record<string, string> = {
	ß: "ss",
	æ: "ae",
	œ: "oe",
	ø: "o",
	ł: "l",
	đ: "d",
	ð: "d",
	þ: "th",
	ı: "i",
};
const withoutDecomposition = /[ßæœøłđðþı]/g;

/**
 * A readable slug of the meeting title ("Plenum, Donnerstag 19:00" -> "plenum-donnerstag-19-00").
 * It adds no secrecy and is only there so people recognise their room; [a-z0-9-] survives
 * Jitsi's normalisation and Etherpad's pad-id rules unchanged.
 */
export function readablePrefix(title: string, maxLength: number): string {
	const slug = title
		.normalize("NFKD")
		.replace(/\p{M}/gu, "") // drop accents: "Ü" -> "U"
		.toLowerCase()
		.replace(withoutDecomposition, (letter) => spelledOut[letter] ?? "")
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
	return slug.slice(0, maxLength).replace(/-+$/, "");
}
