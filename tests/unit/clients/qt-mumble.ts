// How the Mumble desktop app reads a mumble:// link, modelled from:
// - mumble-voip/mumble 3616998b7859 src/mumble/main.cpp (QUrl::fromEncoded of the argument) and
//   src/mumble/MainWindow.cpp (openUrl: host, port(64738), path, QUrlQuery "version" and "title";
//   findDesiredChannel: the path split at "/", each level lowercased and matched by name).
// - qt/qtbase src/corelib/io/qurl.cpp 00b2e45a9720 (parse stores path and query "pretty decoded"
//   with the *InIsolation tables; path() is FullyDecoded), qurlrecode.cpp 6e306e8d942464 (the
//   action and reserved-mask tables, recode, decode), qurlquery.cpp 03635c2677d4 (setQuery splits
//   at "&" and the first "=", recodes with DecodeReserved plus & = #; queryItemValue returns
//   the stored, pretty-decoded value). The tables are the same in Qt 5 and Qt 6.

const decodeAction = 0;
const leaveAction = 1;
const encodeAction = 2;
type Action = 0 | 1 | 2;

/** defaultActionTable, 0x20-0x7F: unreserved decode, gen- and sub-delims leave, the rest encode. */
function defaultAction(code: number): Action {
	const char = String.fromCharCode(code);
	if (/[A-Za-z0-9\-._~]/.test(char)) return decodeAction;
	if ("!#$&'()*+,/:;=?@[]".includes(char)) return leaveAction;
	return encodeAction;
}

type Options = { decodeReserved?: boolean; encodeSpaces?: boolean; encodeUnicode?: boolean };

function actionTable({ decodeReserved, encodeSpaces }: Options, decodeAlso: string): Action[] {
	const table = Array.from({ length: 96 }, (_, i) => defaultAction(i + 0x20));
	// reservedMask: with DecodeReserved, " < > \ ^ ` { | } are decoded.
	if (decodeReserved) for (const c of '"<>\\^`{|}') table[c.charCodeAt(0) - 0x20] = decodeAction;
	if (!encodeSpaces) table[0] = decodeAction;
	for (const c of decodeAlso) table[c.charCodeAt(0) - 0x20] = decodeAction;
	return table;
}

const hex = (code: number) => code.toString(16).toUpperCase().padStart(2, "0");

/** Decodes UTF-8 from %XX triplets at `at`; refuses overlong forms, surrogates and non-characters. */
function decodeUtf8(input: string, at: number): { text: string; length: number } | undefined {
	const byte = (i: number) =>
		input[at + 3 * i] === "%" ? Number.parseInt(input.slice(at + 3 * i + 1, at + 3 * i + 3), 16) : -1;
	const lead = byte(0);
	const [count, min, bits] =
		lead >= 0xf0 && lead <= 0xf4
			? [4, 0x10000, lead & 7]
			: lead >= 0xe0
				? [3, 0x800, lead & 15]
				: lead >= 0xc2 && lead < 0xe0
					? [2, 0x80, lead & 31]
					: [0, 0, 0];
	if (count === 0 || lead > 0xf4) return undefined;
	let code = bits;
	for (let i = 1; i < count; i++) {
		const next = byte(i);
		if (Number.isNaN(next) || (next & 0xc0) !== 0x80) return undefined;
		code = (code << 6) | (next & 0x3f);
	}
	const nonCharacter = (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;
	if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || nonCharacter) return undefined;
	return { text: String.fromCodePoint(code), length: 3 * count };
}

/** qt_urlRecode for every option but FullyDecoded; bad % sequences turn every "%" into "%25". */
export function qtRecode(input: string, options: Options, decodeAlso = ""): string {
	const table = actionTable(options, decodeAlso);
	const isHex = (i: number) => /^[0-9A-Fa-f]{2}$/.test(input.slice(i + 1, i + 3));
	const badEncoding = [...input.matchAll(/%/g)].some((m) => !isHex(m.index ?? 0));
	let out = "";
	for (let i = 0; i < input.length; i++) {
		const c = input.charCodeAt(i);
		if (c >= 0x80) {
			out += options.encodeUnicode ? encodeURIComponent(input[i] ?? "") : input[i];
			continue;
		}
		if (c !== 0x25) {
			const action = c < 0x20 ? encodeAction : table[c - 0x20];
			out += action === encodeAction ? `%${hex(c)}` : input[i];
			continue;
		}
		if (badEncoding) {
			out += "%25";
			continue;
		}
		const decoded = Number.parseInt(input.slice(i + 1, i + 3), 16);
		const utf8 = decoded >= 0x80 && !options.encodeUnicode ? decodeUtf8(input, i) : undefined;
		if (utf8) {
			out += utf8.text;
			i += utf8.length - 1;
			continue;
		}
		const action = decoded >= 0x80 ? leaveAction : decoded >= 0x20 ? table[decoded - 0x20] : encodeAction;
		out += action === decodeAction ? String.fromCharCode(decoded) : input.slice(i, i + 3).toUpperCase();
		i += 2;
	}
	return out;
}

/** qt_urlRecode with FullyDecoded (qurlrecode.cpp `decode`): %80-%FF become U+FFFD. */
export function qtFullyDecode(input: string): string {
	if (/%(?![0-9A-Fa-f]{2})/.test(input)) return input;
	return input.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => {
		const code = Number.parseInt(h, 16);
		return code >= 0x80 ? "\uFFFD" : String.fromCharCode(code);
	});
}

// qurl.cpp userNameInIsolation, from which pathInIsolation (+5) and queryInIsolation (+6) start.
const pathInIsolation = '?#"<>^\\|{}';
const queryInIsolation = '#"<>^\\|{}';

export type QtUrl = { scheme: string; host: string; port: number; path: string; query?: string };

/** QUrl::fromEncoded in TolerantMode, for the URLs this extension makes (ASCII, no user info). */
export function qtFromEncoded(link: string): QtUrl {
	const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/.exec(link);
	if (!match) throw new Error(`not a URL with an authority: ${link}`);
	const authority = match[2] ?? "";
	const colon = authority.lastIndexOf(":");
	const hasPort = colon !== -1 && /^\d+$/.test(authority.slice(colon + 1));
	const port = hasPort ? Number(authority.slice(colon + 1)) : -1;
	return {
		scheme: (match[1] ?? "").toLowerCase(),
		host: (hasPort ? authority.slice(0, colon) : authority).toLowerCase(),
		port: port > 0xffff ? -1 : port,
		path: qtRecode(match[3] ?? "", {}, pathInIsolation),
		query: match[4] === undefined ? undefined : qtRecode(match[4], {}, queryInIsolation),
	};
}

/** QUrlQuery(url).queryItemValue(key), default (pretty-decoded) form; null as undefined. */
export function qtQueryItemValue(url: QtUrl, key: string): string | undefined {
	if (!url.query) return undefined;
	const recode = (text: string) => qtRecode(text, { decodeReserved: true }, "&=#");
	for (const pair of url.query.split("&")) {
		const equals = pair.indexOf("=");
		const name = recode(equals === -1 ? pair : pair.slice(0, equals));
		if (name === recode(key)) return equals === -1 ? undefined : recode(pair.slice(equals + 1));
	}
	return undefined;
}

export type Channel = { name: string; children: Channel[] };

/** What MainWindow::openUrl takes from a link: server, port, the name it shows, the channel path. */
export function mumbleOpenUrl(link: string) {
	const url = qtFromEncoded(link);
	if (url.scheme !== "mumble") throw new Error("URL scheme is not 'mumble'");
	return {
		host: url.host,
		port: url.port === -1 ? 64738 : url.port,
		version: qtQueryItemValue(url, "version"),
		title: qtQueryItemValue(url, "title"),
		desiredChannel: qtFullyDecode(url.path),
	};
}

/**
 * MainWindow::findDesiredChannel: walks the path's levels from the root, lowercased, skipping
 * empty ones; a level not found is joined with the next by "/" before trying again. Returns the
 * names of the channel Mumble moves into ([] for the root, undefined if it stays put).
 */
export function findDesiredChannel(path: string, root: Channel): string[] | undefined {
	let found = false;
	let channel = root;
	const joined: string[] = [];
	let pending: string | undefined;
	for (const level of path.split("/")) {
		const elem = level.toLowerCase();
		if (!elem) continue;
		pending = pending === undefined ? elem : `${pending}/${elem}`;
		const child = channel.children.find((c) => c.name.toLowerCase() === pending);
		if (child) {
			pending = undefined;
			found = true;
			channel = child;
			joined.push(child.name);
		}
	}
	return found ? joined : undefined;
}
