// Checks titles, room links and invitations (Jitsi rooms with every room option, backup rooms, dates in every
// language, and large assemblies on Mumble) against the real code of Jitsi Meet and Signal Desktop, taken
// from checkouts of their repositories, with titles generated afresh from random seeds. The unit tests do
// the same against models of that code; this check finds where a model and the real code part ways.
// Not part of `npm test`: CI has no copies of those repositories.
//
//   npm run check:clients -- <jitsi-meet> <Signal-Desktop> [--js-utils <jitsi/js-utils>] [--runs 5000] [--seed n]
//
// Each client's files that decide the outcome are bundled as they are: jitsi-meet's parseURLParams.ts,
// uri.ts, strings.web.ts and configWhitelist.ts; Signal Desktop's Linkify.dom.tsx, MessageTextRenderer.dom.tsx,
// LinkPreview.std.ts and the utilities they call. Every other import of theirs (logging, React components,
// routes) is replaced by an inert stand-in, and each substitution is printed. Nothing of theirs is written
// into this repository: the bundles live in a temporary folder and are deleted afterwards.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import fc from "fast-check";

const ownRoot = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const [jitsiRoot, signalRoot] = args
	.filter((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"))
	.map((path) => resolve(process.env.INIT_CWD ?? ".", path));
if (!jitsiRoot || !signalRoot) {
	console.error("Usage: npm run check:clients -- <jitsi-meet checkout> <Signal-Desktop checkout> [--js-utils <dir>]");
	process.exit(2);
}
const runs = Number(option("--runs", "5000"));
const seed = Number(option("--seed", String(crypto.getRandomValues(new Uint32Array(1))[0] >>> 1)));
const workDir = mkdtempSync(join(tmpdir(), "check-clients-"));
process.on("exit", () => rmSync(workDir, { recursive: true, force: true }));
const notes = [];

// An inert stand-in: any property, call or construction gives the stand-in again. A stood-in file of the
// client exports the names its source exports, each as the stand-in.
const inertValue = `new Proxy(function () {}, { get: (_t, k) => (k === Symbol.toPrimitive ? () => "" : s), apply: () => s, construct: () => s })`;
function inertModule(file) {
	if (!file || !existsSync(file)) return `const s = ${inertValue}; module.exports = s;`;
	const source = readFileSync(file, "utf8");
	const names = new Set();
	for (const [, name] of source.matchAll(
		/^export (?:declare )?(?:async )?(?:function\*?|const|let|var|class|enum|namespace) (\w+)/gm,
	))
		names.add(name);
	for (const [, list] of source.matchAll(/^export \{([^}]*)\}/gm)) {
		for (const item of list.split(",")) {
			const name = item
				.trim()
				.split(/\s+as\s+/)
				.at(-1);
			if (name && !name.startsWith("type ")) names.add(name);
		}
	}
	const exports = [...names].map((name) => `export const ${name} = s;`).join("\n");
	return `const s = ${inertValue};\nexport default s;\n${exports}`;
}

/** esbuild plugin: a client's files are real if `isReal` says so, listed `shims` replace modules, all else is inert. */
function clientFiles(root, { isReal, shims, packages }) {
	return {
		name: "client-files",
		setup(b) {
			b.onResolve({ filter: /.*/ }, async ({ path, importer, resolveDir, kind, pluginData }) => {
				if (pluginData?.own || kind === "entry-point") return undefined;
				const fromClient = importer.startsWith(resolve(root)) && !importer.includes("node_modules");
				if (!fromClient && importer) return undefined;
				if (path in shims) return { path, namespace: "shim" };
				if (!path.startsWith(".") && !path.startsWith("/")) {
					const target = packages[path];
					if (!target) return note(`inert: package ${path}`);
					// The checkout's own installed copy if it has one, else ours at the version the client pins.
					const installed = existsSync(join(root, "node_modules", path));
					const found = await b.resolve(installed ? path : target, {
						resolveDir: installed ? root : ownRoot,
						kind,
						pluginData: { own: true },
					});
					if (found.errors.length > 0) return note(`inert: package ${path} (not found)`);
					notes.push(`real: ${path} from ${found.path.split("node_modules/").at(-1)}`);
					return found;
				}
				const found = await b.resolve(path, { resolveDir, kind, pluginData: { own: true } });
				const file = relative(root, found.path);
				if (found.errors.length > 0 || !isReal(file))
					return { ...note(`inert: ${file || path}`), pluginData: found.path };
				return found;
			});
			b.onLoad({ filter: /.*/, namespace: "shim" }, ({ path }) => ({
				contents: shims[path],
				loader: "js",
				resolveDir: ownRoot,
			}));
			b.onLoad({ filter: /.*/, namespace: "inert" }, ({ pluginData }) => ({
				contents: inertModule(pluginData),
				loader: "js",
			}));
		},
	};
}

function note(text) {
	notes.push(text);
	return { path: text, namespace: "inert" };
}

async function bundle(name, root, source, plugin, extra = {}) {
	const outfile = join(workDir, `${name}.mjs`);
	await build({
		stdin: { contents: source, resolveDir: root, loader: "ts" },
		bundle: true,
		format: "esm",
		platform: "node",
		outfile,
		nodePaths: [join(ownRoot, "node_modules")],
		logLevel: "error",
		plugins: plugin ? [plugin] : [],
		...extra,
	});
	return import(pathToFileURL(outfile).href);
}

const first = (root, candidates) => candidates.map((c) => join(root, c)).find((c) => existsSync(c));

// --- Jitsi Meet -------------------------------------------------------------------------------------
const jitsiUtil = join(jitsiRoot, "react/features/base/util");
const jsUtils = option("--js-utils") && resolve(process.env.INIT_CWD ?? ".", option("--js-utils"));
const jsUtilsJson =
	first(jitsiRoot, ["node_modules/@jitsi/js-utils/json.js", "node_modules/@jitsi/js-utils/json.ts"]) ??
	(jsUtils && first(jsUtils, ["json.ts", "json.js"]));
if (!jsUtilsJson) throw new Error("@jitsi/js-utils not found: install jitsi-meet's packages or pass --js-utils");
const jitsi = await bundle(
	"jitsi",
	jitsiRoot,
	`export { parseURLParams } from "${jitsiUtil}/parseURLParams";
	export { parseURIString, getBackendSafeRoomName } from "${jitsiUtil}/uri";
	export { default as configWhitelist } from "${jitsiRoot}/react/features/base/config/configWhitelist";`,
	clientFiles(jitsiRoot, {
		isReal: (file) =>
			/^react\/features\/base\/(util\/(parseURLParams|uri|strings\.web)|config\/\w*ConfigWhitelist|config\/configWhitelist)\.ts$/.test(
				file,
			),
		shims: {
			"@jitsi/js-utils/json": `export * from ${JSON.stringify(jsUtilsJson)};`,
			"./helpers": "export function reportError(error, message) { globalThis.jitsiReported.push(message); }",
			"../util/iframeUtils": "export const inIframe = () => false;",
		},
		packages: { "@hapi/bourne": "@hapi/bourne" },
	}),
	{ resolveExtensions: [".web.ts", ".web.js", ".ts", ".tsx", ".js"] },
);
notes.push(`real: @jitsi/js-utils/json from ${jsUtilsJson}, its @hapi/bourne at the version js-utils pins`);

// --- Signal Desktop ---------------------------------------------------------------------------------
const conversation = join(signalRoot, "ts/components/conversation");
const signalPackages = JSON.parse(readFileSync(join(signalRoot, "package.json"), "utf8")).dependencies;
const signal = await bundle(
	"signal",
	signalRoot,
	`export { Linkify, linkify, SUPPORTED_PROTOCOLS } from "${first(conversation, ["Linkify.dom.tsx", "Linkify.tsx"])}";
	export { extractLinks } from "${first(conversation, ["MessageTextRenderer.dom.tsx", "MessageTextRenderer.tsx"])}";
	export { isLinkSneaky, shouldLinkifyMessage, findLinks } from "${first(signalRoot, ["ts/types/LinkPreview.std.ts", "ts/types/LinkPreview.ts"])}";`,
	clientFiles(signalRoot, {
		isReal: (file) =>
			/^ts\/(components\/conversation\/(Linkify|MessageTextRenderer)|types\/LinkPreview|util\/(url|emoji|iterables|getOwn|grapheme))(\.std|\.dom)?\.tsx?$/.test(
				file,
			),
		shims: {
			"react/jsx-runtime":
				"export const Fragment = 'fragment'; export const jsx = (type, props) => ({ type, props }); export const jsxs = jsx;",
			// The renderer's `url` is the npm package, which has no domainToUnicode; the strict run uses Node's.
			url: "import { domainToUnicode } from 'node:url'; export default { get domainToUnicode() { return globalThis.strictHost ? domainToUnicode : undefined; } };",
			// A cache around Intl.Segmenter's construction.
			memoizee: "export default (f) => f;",
		},
		packages: { "linkify-it": "signal-linkify-it", "emoji-regex": "signal-emoji-regex", lodash: "lodash" },
	}),
	{ jsx: "automatic" },
);
notes.push(
	`Signal Desktop ${JSON.parse(readFileSync(join(signalRoot, "package.json"), "utf8")).version} pins linkify-it ${signalPackages["linkify-it"]}, emoji-regex ${signalPackages["emoji-regex"]}`,
);

// --- The extension's own code ------------------------------------------------------------------------
const own = await bundle(
	"own",
	ownRoot,
	`export { cleanTitle } from "./src/lib/title/clean-title";
	export { findLink as titleProblem } from "./src/lib/title/find-link";
	export { draftPlenum, newDraft } from "./src/lib/plenum/plenum";
	export { meetingOf } from "./src/lib/links/meeting";
	export { plenumInvitation } from "./src/lib/invitation-text";
	export { translatorFrom } from "./src/lib/i18n";
	export { defaults } from "./src/lib/settings";`,
	undefined,
);
const languages = readdirSync(join(ownRoot, "_locales"));
const translators = languages.map((locale) =>
	own.translatorFrom(JSON.parse(readFileSync(join(ownRoot, "_locales", locale, "messages.json"), "utf8"))),
);
// Dates as the invitation writes them, in every language: digits and dots that a link finder might take up.
const zones = ["Europe/Berlin", "America/Mexico_City", "Asia/Kolkata", "Pacific/Chatham", "UTC"];
const startOf = (i) =>
	i % 3 === 0
		? undefined
		: {
				date: `20${26 + (i % 4)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
				time: `${String(i % 24).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}`,
				zone: zones[i % zones.length],
			};

// --- Titles from fresh random seeds --------------------------------------------------------------------
// Built from Unicode's character classes, not from any list in this repository: letters of every script,
// marks, digits, punctuation, symbols, spaces, controls, format characters, lone surrogates,
// noncharacters, unassigned code points, emoji sequences, and the shapes links take.
const classes = { L: [], M: [], N: [], P: [], S: [], Z: [], Cc: [], Cf: [], Cn: [], pictographs: [] };
for (let point = 0; point <= 0x10ffff; point++) {
	if (point >= 0xd800 && point <= 0xdfff) continue;
	const char = String.fromCodePoint(point);
	const name = Object.keys(classes).find((c) => c !== "pictographs" && new RegExp(`\\p{${c}}`, "u").test(char));
	if (name && (name !== "Cn" || point < 0x40000)) classes[name].push(point);
	if (/\p{Extended_Pictographic}/u.test(char)) classes.pictographs.push(point);
}
const from = (points) => fc.integer({ min: 0, max: points.length - 1 }).map((i) => String.fromCodePoint(points[i]));
const range = (min, max) => fc.integer({ min, max }).map((point) => String.fromCodePoint(point));
const ascii = fc.string({ unit: range(0x61, 0x7a), minLength: 1, maxLength: 8 });
const word = fc.oneof(ascii, fc.string({ unit: from(classes.L), minLength: 1, maxLength: 8 }));
const dot = fc.constantFrom(".", ".", ".", "\u3002", "\uff0e", "\uff61");
const emoji = fc.oneof(
	fc
		.tuple(from(classes.pictographs), fc.constantFrom("", "\ufe0f", "\u{1f3fd}"), fc.constantFrom("", "\u200d"))
		.map((p) => p.join("")),
	fc.tuple(range(0x1f1e6, 0x1f1ff), range(0x1f1e6, 0x1f1ff)).map((p) => p.join("")),
	fc.string({ unit: range(0xe0020, 0xe007e), maxLength: 6 }).map((tags) => `\u{1f3f4}${tags}\u{e007f}`),
);
const linkShaped = fc.oneof(
	fc.tuple(word, dot, word).map((p) => p.join("")),
	fc.tuple(word, fc.constantFrom("@", "\uff20"), word, dot, word).map((p) => p.join("")),
	fc
		.tuple(
			fc.oneof(ascii, fc.constantFrom("http", "https", "ftp", "mailto", "HTTPS")),
			fc.constantFrom(":", "://", ":/"),
			word,
			dot,
			word,
		)
		.map((p) => p.join("")),
	fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 2, maxLength: 5 }).map((n) => n.join(".")),
	fc.tuple(word, fc.constantFrom(".", "..", "..."), fc.constantFrom("-", "_", "~", ""), word).map((p) => p.join("")),
);
const piece = fc.oneof(
	{ weight: 8, arbitrary: word },
	{ weight: 5, arbitrary: fc.constantFrom(" ", " ", "\u00a0", "\n") },
	{ weight: 2, arbitrary: linkShaped },
	{ weight: 2, arbitrary: emoji },
	...["M", "N", "P", "S", "Z", "Cc", "Cf", "Cn"].map((name) => ({ weight: 1, arbitrary: from(classes[name]) })),
	{ weight: 1, arbitrary: range(0xd800, 0xdfff) },
	{ weight: 1, arbitrary: fc.constantFrom("\ufffe", "\uffff", "\ufdd0", "\u{10fffe}") },
);
const titles = fc.sample(
	fc
		.oneof(
			{ weight: 9, arbitrary: fc.array(piece, { maxLength: 30 }) },
			{ weight: 1, arbitrary: fc.array(piece, { minLength: 80, maxLength: 160 }) },
		)
		.map((pieces) => pieces.join("")),
	{ seed, numRuns: runs },
);

// --- The checks -------------------------------------------------------------------------------------
const findings = new Map();
function found(kind, raw, detail) {
	if (!findings.has(kind)) findings.set(kind, []);
	findings.get(kind).push({ raw: JSON.stringify(raw), detail });
}

function signalLinks(text) {
	const rendered = signal.Linkify({ text }).props.children;
	const component = [rendered]
		.flat(Number.POSITIVE_INFINITY)
		.filter((node) => node?.type === "a")
		.map((node) => node.props.href);
	const body = signal.shouldLinkifyMessage(text)
		? signal
				.extractLinks(text, text)
				.map((link) => link.url)
				.filter((url) => signal.SUPPORTED_PROTOCOLS.test(url) && !signal.isLinkSneaky(url))
		: [];
	const all = (signal.linkify.match(text) ?? []).map((match) => match.url);
	return { component, body, all, preview: signal.findLinks(text) };
}

let refused = 0;
let refusedWithoutSignalLink = 0;
for (const [i, raw] of titles.entries()) {
	const title = own.cleanTitle(raw);
	// Every combination of the room options and of a readable title in the room's name comes round.
	const settings = {
		...own.defaults,
		startAudioMuted: i % 3 !== 0,
		startVideoMuted: i % 4 === 0,
		titleInNames: i % 5 < 2,
		backupRoom: i % 7 < 3,
	};
	const draft = own.newDraft();
	const plenum = own.draftPlenum(settings, draft, { title, large: false, start: startOf(i) });
	const meeting = own.meetingOf(plenum);
	const url = meeting.roomUrl;

	globalThis.jitsiReported = [];
	const params = jitsi.parseURLParams(new URL(url));
	if (globalThis.jitsiReported.length > 0)
		found("Jitsi could not read a hash option", raw, globalThis.jitsiReported.join("; "));
	if ((params["config.subject"] ?? "") !== title)
		found("Jitsi subject differs from the clean title", raw, params["config.subject"]);
	if (params["config.startWithAudioMuted"] !== (settings.startAudioMuted || undefined))
		found("startWithAudioMuted lost", raw, url);
	if (params["config.startWithVideoMuted"] !== (settings.startVideoMuted || undefined))
		found("startWithVideoMuted lost", raw, url);
	const room = jitsi.getBackendSafeRoomName(jitsi.parseURIString(url).room);
	if (room !== new URL(url).pathname.slice(1) || !room.endsWith(draft.room))
		found("Jitsi changes the room name", raw, room);

	if (own.titleProblem(title)) {
		refused += 1;
		const links = signalLinks(title);
		if (links.all.length === 0 && links.preview.length === 0) refusedWithoutSignalLink += 1;
		continue;
	}
	const language = i % languages.length;
	const context = {
		includeTips: i % 2 === 0,
		language: languages[language],
		durationMinutes: 120,
		browserLocales: [],
		now: new Date(Date.UTC(2026, 11, 1)),
	};
	const text = own.plenumInvitation(plenum, context, translators[language]);
	const expected = JSON.stringify([meeting.roomUrl, meeting.backupUrl, meeting.padUrl].filter(Boolean));
	for (const [finder, links] of Object.entries(signalLinks(text))) {
		if (JSON.stringify(links) !== expected)
			found(`Signal (${finder}) finds other links than the invitation's`, raw, links);
	}
	for (const strict of [false, true]) {
		globalThis.strictHost = strict;
		for (const link of [meeting.roomUrl, meeting.backupUrl, meeting.padUrl].filter(Boolean))
			if (signal.isLinkSneaky(link)) found("Signal finds a link sneaky", raw, link);
	}

	// The same title as a large assembly's, with the title as its channel, on systemli's server or an own one.
	const server = ["", "talk.systemli.org", "mumble.example.org:64739"][i % 3];
	const assembly = own.draftPlenum({ ...settings, mumbleServer: server, mumbleChannel: title }, draft, {
		title,
		large: true,
		start: startOf(i),
	});
	const large = own.meetingOf(assembly);
	const largeText = own.plenumInvitation(assembly, context, translators[language]);
	// Besides the web link and the pad, Signal may only make the server's own name clickable, on its line.
	const serverLinks = [large.mumble.host, `http://${large.mumble.host}`];
	const ours = [large.roomUrl.startsWith("https:") && large.roomUrl, large.padUrl].filter(Boolean);
	for (const [finder, links] of Object.entries(signalLinks(largeText))) {
		const other = links.filter((link) => !serverLinks.includes(link));
		if (JSON.stringify(other) !== JSON.stringify(ours))
			found(`Signal (${finder}) finds other links than the large assembly's`, raw, links);
	}
	if (/mumble:\/\//i.test(largeText)) found("A mumble:// link in the invitation", raw, largeText);
}
const okConfig = ["startWithAudioMuted", "startWithVideoMuted", "subject"].filter(
	(key) => !jitsi.configWhitelist.includes(key),
);
if (okConfig.length > 0) found("Jitsi no longer lets a link set", "", okConfig);
console.log([...new Set(notes)].sort().join("\n"));
console.log(
	`\nseed ${seed}: ${titles.length} generated titles, ${titles.length - refused} accepted, ${refused} refused`,
);
console.log(`refused although Signal Desktop would show no link in the title: ${refusedWithoutSignalLink}`);
console.log(
	`Jitsi whitelist (${jitsi.configWhitelist.length} keys) holds startWithAudioMuted, startWithVideoMuted, subject: ${okConfig.length === 0}`,
);
for (const [kind, list] of findings) {
	console.log(`\nFOUND ${list.length}x: ${kind}`);
	for (const { raw, detail } of list.slice(0, 5)) console.log(`  ${raw}\n    -> ${JSON.stringify(detail)}`);
}
console.log(findings.size === 0 ? "\nNothing found." : `\n${findings.size} kinds of finding.`);
process.exitCode = findings.size === 0 ? 0 : 1;
