// Mixed-script detection (UTS #39 section 5.1): a label that mixes alphabets is refused, as
// browsers show such names as punycode for the same reason.
import { pass, quote, refuse, type Step } from "./errors";

export function checkScripts(labels: string[]): Step<string[]> {
	const mixed = labels.find((label) => !isSingleScript(label));
	return mixed === undefined ? pass(labels) : refuse("hostErrorMixedScript", quote(mixed));
}

const scripts = [
	"Latin",
	"Greek",
	"Cyrillic",
	"Armenian",
	"Georgian",
	"Hebrew",
	"Arabic",
	"Syriac",
	"Thaana",
	"Devanagari",
	"Bengali",
	"Gurmukhi",
	"Gujarati",
	"Oriya",
	"Tamil",
	"Telugu",
	"Kannada",
	"Malayalam",
	"Sinhala",
	"Thai",
	"Lao",
	"Tibetan",
	"Myanmar",
	"Khmer",
	"Mongolian",
	"Ethiopic",
	"Cherokee",
	"Canadian_Aboriginal",
	"Tifinagh",
	"Han",
	"Hiragana",
	"Katakana",
	"Bopomofo",
	"Hangul",
].map((name) => ({ name, pattern: new RegExp(`^\\p{Script=${name}}$`, "u") }));

// Unicode's "highly restrictive" level (UTS #39 section 5.2): one script, or Latin with the
// scripts that Chinese, Japanese and Korean writing combine.
const allowedMixes = [
	["Latin", "Han", "Hiragana", "Katakana"],
	["Latin", "Han", "Bopomofo"],
	["Latin", "Han", "Hangul"],
];

function isSingleScript(label: string): boolean {
	const used = new Set<string>();
	for (const char of label) {
		// Digits, "-" and combining marks belong to no script of their own.
		if (!/^\p{L}$/u.test(char)) continue;
		used.add(scripts.find((script) => script.pattern.test(char))?.name ?? "Other");
	}
	return used.size <= 1 || allowedMixes.some((mix) => [...used].every((script) => mix.includes(script)));
}
