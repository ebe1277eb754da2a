/**
 * encodeURIComponent, plus the !'()* it keeps: messengers may end a link on them, and Signal
 * wants every character of a link within RFC 3986. Decodes with decodeURIComponent as usual.
 */
export function encodeUriPart(text: string): string {
	return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
