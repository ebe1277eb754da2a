import fc from "fast-check";

// Titles as people type and paste them, and as an attacker would: words in the five languages, every
// kind of space, punctuation and quote, dots and at-signs between letters, schemes, hosts and e-mail
// addresses, emoji sequences, bidi controls, other invisible characters, lone surrogates, and
// arbitrary Unicode text in between.

/** Fragments written one after another, separated by single ASCII spaces. */
const list = (text: string) => text.trim().split(/ +/);
const codePoints = (points: number[]) => points.map((point) => String.fromCodePoint(point));

const words = list(`
	Plenum Treffen AG Küche Straßenfest Übergabe Donnerstag Meeting Thursday crew réunion Assemblée générale jeudi
	Cœur riunione giovedì assemblea città asamblea jueves reunión niños Łódź Øresund Москва пример 例子 会议 اجتماع
	ישיבה ไทย ලංකා இலங்கை e z B V de com org Am Mai www localhost xn--p1ai xn--a- evil example meet systemli EVIL
	ＥＶＩＬ ｃｏｍ 19 00 2026 1 255 3 4
`);
const punctuation = list(`
	. .. ... ..- ..._ ..~ … , : ; ! ? ¿ ¡ - – — _ ' " ( ) [ ] { } < > & = # % + * ~ ^ \` | $ € § / // \\ \\& @ && %26 %22 =%22
	“ ” ‘ ’ „ ‚ ‛ ‟ « » ‹ › 。 ． ｡ ＠ ／ · •
`);
const linkish = [
	...list(`
		z.B. e.V. u.a. 19.00 4.Mai 3.OG 1.FC Café.Am evil.de EVIL.DE a@b.org x@1.2.3.4 1.2.3.4 10.11.2026
		https://evil.example //evil.example http://x ftp://x mailto:a@b MAILTO:a@b www.x.com пример.рф 例子.中国
		a.ලංකා a.இலங்கை a.xn--p1ai meet.systemli.org.evil.example.com/plenum [Join](https://evil.example)
		ｅｖｉｌ．ｃｏｍ a．de a。de -.de x-.de (evil.de) «evil.de» a.d\u0301e a\u200b.de a.\u200bde evil\u00ad.com
	`),
	". ",
	"z. B.",
	"[Join here](https://evil.example)",
];
const emoji = list("🌱 👩‍💻 🏳️‍🌈 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🧑🏽‍🚀 ❤️‍🔥 #️⃣ 🇩🇪 ✊🏿 🐻‍❄️ 👁️‍🗨️ 🏃‍♀️ ☺ © \u200d 🌱\u200d \ufe0f");
const spaces = [
	...codePoints([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x85, 0x2028, 0x2029, 0xa0, 0x202f, 0x3000, 0x2003]),
	"  ",
	"\r\n",
];
const invisible = codePoints([
	0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c, 0x200b, 0x200c,
	0x200d, 0xad, 0xfeff, 0x2060, 0x180e, 0xe0041, 0xe007f, 0x00, 0x07, 0x1b, 0x7f, 0x80, 0x9f, 0xd800, 0xdfff, 0xdbff,
	0xfffe, 0xffff, 0xfdd0, 0x0301, 0x0308,
]);

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

const fragment = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...words) },
	{ weight: 4, arbitrary: fc.constantFrom(...punctuation) },
	{ weight: 3, arbitrary: fc.constantFrom(...linkish) },
	{ weight: 4, arbitrary: fc.constantFrom(...spaces) },
	{ weight: 2, arbitrary: fc.constantFrom(...emoji) },
	{ weight: 2, arbitrary: fc.constantFrom(...invisible) },
	{ weight: 1, arbitrary: anyCodeUnit },
	{ weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
	{ weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);

/** A raw title, before cleaning: up to 40 fragments, now and then far past the length limit. */
export const rawTitle: fc.Arbitrary<string> = fc.oneof(
	{ weight: 9, arbitrary: fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join("")) },
	{ weight: 1, arbitrary: fc.array(fragment, { minLength: 100, maxLength: 200 }).map((parts) => parts.join("")) },
);
