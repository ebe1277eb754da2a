// Every link a chat app finds holds a dot (a host, an IP address, an e-mail's domain), an "@" or
// a ":" (a scheme). Look-alikes count as what a person would type for them: NFKC turns the
// full-width "．" "＠" "：" and the small forms into the ASCII ones, and the ideographic full stops
// "。" "｡" are dots in a browser's address bar (UTS 46). A title without any of them holds no
// link, and is passed at once, without loading the link finder.
const separators = /[.@:\u3002]/;

/** False when `title` cannot hold a link in any chat app; true when the full check must decide. */
export function mayHoldLink(title: string): boolean {
	return separators.test(title.normalize("NFKC"));
}
