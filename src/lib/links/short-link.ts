/**
 * A link as the popup shows it: the host and the start and end of the room's name
 * ("meet.systemli.org/plenum-don…3kx9"), so it fits one line. The whole link stays the target,
 * the tooltip and what "Copy link" copies.
 */
export function shortLink(url: string, keep = 12): string {
	const { host, pathname, protocol } = new URL(url);
	const path = protocol === "https:" && pathname !== "/" ? decodeURIComponent(pathname) : "";
	const name = path.length > 2 * keep + 1 ? `${path.slice(0, keep)}…${path.slice(-keep / 2)}` : path;
	return `${host}${name}`;
}
