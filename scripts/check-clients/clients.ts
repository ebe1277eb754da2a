// The two clients' code, bundled from their checkouts: what of it the check calls, and how each
// call's side effects (Jitsi's error report, Signal's choice of host decoder) reach the check.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type LinkifyIt from "linkify-it";
import { bundle, clientFiles, first, notes } from "./bundle";

/** Set by the stand-ins below: Jitsi's reported errors, and whether Signal decodes hosts as Node does. */
export const hooks = globalThis as typeof globalThis & { jitsiReported: string[]; strictHost?: boolean };
hooks.jitsiReported = [];

export type Jitsi = {
	parseURLParams(url: URL): Record<string, unknown>;
	parseURIString(uri: string): { room?: string } | undefined;
	getBackendSafeRoomName(room: string | undefined): string | undefined;
	configWhitelist: string[];
};

type Element = { type: unknown; props: { href?: string; children?: unknown } };
export type Signal = {
	Linkify(props: { text: string }): Element;
	linkify: LinkifyIt;
	SUPPORTED_PROTOCOLS: RegExp;
	extractLinks(text: string, original: string): { url: string }[];
	isLinkSneaky(url: string): boolean;
	shouldLinkifyMessage(text: string): boolean;
	findLinks(text: string): string[];
};

/** jitsi-meet's parseURLParams.ts, uri.ts, strings.web.ts and configWhitelist.ts, with @jitsi/js-utils' json. */
export async function loadJitsi(workDir: string, jitsiRoot: string, jsUtils: string | undefined): Promise<Jitsi> {
	const util = join(jitsiRoot, "react/features/base/util");
	const json =
		first(jitsiRoot, ["node_modules/@jitsi/js-utils/json.js", "node_modules/@jitsi/js-utils/json.ts"]) ??
		(jsUtils && first(jsUtils, ["json.ts", "json.js"]));
	if (!json) throw new Error("@jitsi/js-utils not found: install jitsi-meet's packages or pass --js-utils");
	const jitsi = await bundle<Jitsi>(
		workDir,
		"jitsi",
		jitsiRoot,
		`export { parseURLParams } from "${util}/parseURLParams";
		export { parseURIString, getBackendSafeRoomName } from "${util}/uri";
		export { default as configWhitelist } from "${jitsiRoot}/react/features/base/config/configWhitelist";`,
		clientFiles(jitsiRoot, {
			isReal: (file) =>
				/^react\/features\/base\/(util\/(parseURLParams|uri|strings\.web)|config\/\w*ConfigWhitelist|config\/configWhitelist)\.ts$/.test(
					file,
				),
			shims: {
				"@jitsi/js-utils/json": `export * from ${JSON.stringify(json)};`,
				"./helpers": "export function reportError(error, message) { globalThis.jitsiReported.push(message); }",
				"../util/iframeUtils": "export const inIframe = () => false;",
			},
			packages: { "@hapi/bourne": "@hapi/bourne" },
		}),
		{ resolveExtensions: [".web.ts", ".web.js", ".ts", ".tsx", ".js"] },
	);
	notes.push(`real: @jitsi/js-utils/json from ${json}, its @hapi/bourne at the version js-utils pins`);
	return jitsi;
}

/** Signal Desktop's Linkify, MessageTextRenderer and LinkPreview, with the linkify-it and emoji-regex it pins. */
export async function loadSignal(workDir: string, signalRoot: string): Promise<Signal> {
	const conversation = join(signalRoot, "ts/components/conversation");
	const { version, dependencies } = JSON.parse(readFileSync(join(signalRoot, "package.json"), "utf8")) as {
		version: string;
		dependencies: Record<string, string>;
	};
	const signal = await bundle<Signal>(
		workDir,
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
		`Signal Desktop ${version} pins linkify-it ${dependencies["linkify-it"]}, emoji-regex ${dependencies["emoji-regex"]}`,
	);
	return signal;
}

export type SignalLinks = { component: string[]; body: string[]; all: string[]; preview: string[] };

/** The links of `text` as each of Signal Desktop's finders sees them. */
export function signalLinks(signal: Signal, text: string): SignalLinks {
	const rendered = signal.Linkify({ text }).props.children;
	const component = [rendered]
		.flat(Number.POSITIVE_INFINITY)
		.filter((node): node is Element => (node as Element | undefined)?.type === "a")
		.map((node) => node.props.href as string);
	const body = signal.shouldLinkifyMessage(text)
		? signal
				.extractLinks(text, text)
				.map((link) => link.url)
				.filter((url) => signal.SUPPORTED_PROTOCOLS.test(url) && !signal.isLinkSneaky(url))
		: [];
	const all = (signal.linkify.match(text) ?? []).map((match) => match.url);
	return { component, body, all, preview: signal.findLinks(text) };
}
