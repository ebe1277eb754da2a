// Titles from fresh random seeds, built from Unicode's character classes, not from any list in this
// repository: letters of every script, marks, digits, punctuation, symbols, spaces, controls, format
// characters, lone surrogates, noncharacters, unassigned code points, emoji sequences, and the shapes
// links take.
import fc, { type Arbitrary } from "fast-check";

const classNames = ["L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Cn"] as const;
type ClassName = (typeof classNames)[number];

function unicodeClasses(): Record<ClassName | "pictographs", number[]> {
	const classes = { L: [], M: [], N: [], P: [], S: [], Z: [], Cc: [], Cf: [], Cn: [], pictographs: [] } as Record<
		ClassName | "pictographs",
		number[]
	>;
	const patterns = classNames.map((name) => [name, new RegExp(`\\p{${name}}`, "u")] as const);
	for (let point = 0; point <= 0x10ffff; point++) {
		if (point >= 0xd800 && point <= 0xdfff) continue;
		const char = String.fromCodePoint(point);
		const name = patterns.find(([, pattern]) => pattern.test(char))?.[0];
		if (name && (name !== "Cn" || point < 0x40000)) classes[name].push(point);
		if (/\p{Extended_Pictographic}/u.test(char)) classes.pictographs.push(point);
	}
	return classes;
}

const range = (min: number, max: number) => fc.integer({ min, max }).map((point) => String.fromCodePoint(point));
const joined = (parts: string[]) => parts.join("");

function titleArbitrary(): Arbitrary<string> {
	const classes = unicodeClasses();
	const from = (points: number[]) =>
		fc.integer({ min: 0, max: points.length - 1 }).map((i) => String.fromCodePoint(points[i] ?? 0));
	const ascii = fc.string({ unit: range(0x61, 0x7a), minLength: 1, maxLength: 8 });
	const word = fc.oneof(ascii, fc.string({ unit: from(classes.L), minLength: 1, maxLength: 8 }));
	const dot = fc.constantFrom(".", ".", ".", "\u3002", "\uff0e", "\uff61");
	const emoji = fc.oneof(
		fc
			.tuple(from(classes.pictographs), fc.constantFrom("", "\ufe0f", "\u{1f3fd}"), fc.constantFrom("", "\u200d"))
			.map(joined),
		fc.tuple(range(0x1f1e6, 0x1f1ff), range(0x1f1e6, 0x1f1ff)).map(joined),
		fc.string({ unit: range(0xe0020, 0xe007e), maxLength: 6 }).map((tags) => `\u{1f3f4}${tags}\u{e007f}`),
	);
	const linkShaped = fc.oneof(
		fc.tuple(word, dot, word).map(joined),
		fc.tuple(word, fc.constantFrom("@", "\uff20"), word, dot, word).map(joined),
		fc
			.tuple(
				fc.oneof(ascii, fc.constantFrom("http", "https", "ftp", "mailto", "HTTPS")),
				fc.constantFrom(":", "://", ":/"),
				word,
				dot,
				word,
			)
			.map(joined),
		fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 2, maxLength: 5 }).map((n) => n.join(".")),
		fc.tuple(word, fc.constantFrom(".", "..", "..."), fc.constantFrom("-", "_", "~", ""), word).map(joined),
	);
	const piece = fc.oneof(
		{ weight: 8, arbitrary: word },
		{ weight: 5, arbitrary: fc.constantFrom(" ", " ", "\u00a0", "\n") },
		{ weight: 2, arbitrary: linkShaped },
		{ weight: 2, arbitrary: emoji },
		...classNames.slice(1).map((name) => ({ weight: 1, arbitrary: from(classes[name]) })),
		{ weight: 1, arbitrary: range(0xd800, 0xdfff) },
		{ weight: 1, arbitrary: fc.constantFrom("\ufffe", "\uffff", "\ufdd0", "\u{10fffe}") },
	);
	return fc
		.oneof(
			{ weight: 9, arbitrary: fc.array(piece, { maxLength: 30 }) },
			{ weight: 1, arbitrary: fc.array(piece, { minLength: 80, maxLength: 160 }) },
		)
		.map(joined);
}

/** `runs` titles, the same ones for the same seed. */
export function generatedTitles(seed: number, runs: number): string[] {
	return fc.sample(titleArbitrary(), { seed, numRuns: runs });
}
