// Half of a surrogate pair on its own: encodeURIComponent throws a URIError on it.
const loneSurrogates = /\p{Cs}/gu;

/**
 * encodeURIComponent, plus the !'()* it keeps: messengers may end a link on them, and Signal
 * wants every character of a link within RFC 3986. Decodes with decodeURIComponent as usual.
 * Never throws: a lone surrogate becomes U+FFFD, as the browser's own URL encoding does.
 */
export function encodeUriPart(text: string): string {
	return encodeURIComponent(text.replace(loneSurrogates, "\uFFFD")).replace(
		/[!'()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
	);
}
