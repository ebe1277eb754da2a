// Public domains made for testing on one's own computer: their DNS answers 127.0.0.1 (or the
// address written in the name), so a link on them leads each person invited to their own machine,
// never to the group's server. `localhost` itself is refused as a local name (RFC 6761).
// Best effort: any domain can be pointed at 127.0.0.1 tomorrow, and no list knows them all. What
// protects users is that the extension never asks these hosts anything itself.
//
// The list: the services' own pages where they have one, and two public collections of them:
// EvilBMP/local-dns README.md, and CloudBees' Codeship guide "Custom DNS resolution"
// (docs.cloudbees.com/docs/cloudbees-codeship/latest/basic-continuous-integration/using-subdomains).
// Each domain here answers for itself and every name below it, unless marked.

/** Names that carry an IP address (`10.0.0.1.nip.io`, `www-10-0-0-1.sslip.io`). */
const addressInName = [
	// exentriquesolutions/nip.io README.md: "maps <anything>[.-]<IP Address>.nip.io".
	"nip.io",
	// https://sslip.io/: "when queried with a hostname with an embedded IP address, returns that IP".
	"sslip.io",
	// The first of its kind (by Sam Stephenson, as sslip.io credits it; in both collections). Now
	// gone, but still in guides, and whoever holds the name decides what it answers.
	"xip.io",
	// pyrou/traefik.me README.md: like nip.io, and any other name under it resolves to 127.0.0.1.
	"traefik.me",
	// Twixes/backname README.md: "127-0-0-1.backname.io resolves to 127.0.0.1", "0--1" to ::1.
	"backname.io",
];

/**
 * DNS rebinding services: a name answers one address, then another (a public server's, then
 * 127.0.0.1), so a check of where it points proves nothing. Every name below them is theirs.
 */
const rebinding = [
	// taviso/rbndr README.md: "<ipv4 in base-16>.<ipv4 in base-16>.rbndr.us", one of the two at random.
	"rbndr.us",
	// neex/1u.ms README.md: records "with any given contents", rebinding included, under 1u.ms.
	"1u.ms",
];

/** Names that all resolve to 127.0.0.1. */
const loopbackOnly = [
	// EvilBMP/local-dns: every name but readme.localtest.me, its own page, which says so.
	"localtest.me",
	// Levi Cook's "local virtual host" (gist levicook/563675), in both collections.
	"lvh.me",
	// Cloud Foundry's old development domain (cloudfoundry-attic/vcap), in EvilBMP/local-dns.
	"vcap.me",
	// EvilBMP/local-dns.
	"lacolhost.com",
	// Upinel/localhost.direct README.md: "localhost.direct and *.localhost.direct point to 127.0.0.1".
	"localhost.direct",
	// ddev/ddev.com, blog "Hostnames and Wildcards and DDEV": "anything with ddev.site has 127.0.0.1".
	"ddev.site",
	// https://colasloth.github.io/: "colasloth.com … simply resolves to 127.0.0.1".
	"colasloth.com",
	// https://127.ca: "everything.127.ca (that is *.127.ca) is mapped to 127.0.0.1".
	"127.ca",
	// EvilBMP/local-dns README.md.
	"127-0-0-1.org.uk",
	"localhst.co.uk",
	// Used as "*.localho.st" for local clusters (hyperledger-labs/hlf-operator's guides).
	"localho.st",
	// Fidian's, in tinogomes' gist "Public DNS pointing to localhost": "it will always point to
	// localhost for IPv4 and IPv6".
	"fuf.me",
	// "*.local.gd" to 127.0.0.1, in the same gist's comments and in local Kubernetes guides.
	"local.gd",
	// Anchor's https://lcl.host: "any *.lcl.host domain resolves to localhost".
	"lcl.host",
	// The Rails guides' old name for 127.0.0.1 (in the gist's list); whoever holds it now decides.
	"smackaho.st",
];

/** Only the names below it: the domain itself is the service's own page. */
const loopbackBelow = [
	// EvilBMP/local-dns README.md: "*.localhost.tv … Except localhost.tv".
	"localhost.tv",
];

/** The service a name belongs to, if it is one of these; `name` is lowercase. */
export function findLoopbackService(name: string): string | undefined {
	const under = (domain: string) => name.endsWith(`.${domain}`);
	return (
		[...addressInName, ...rebinding, ...loopbackOnly].find((domain) => name === domain || under(domain)) ??
		loopbackBelow.find(under)
	);
}
