import { readablePrefix } from "./readable-prefix";

const maxPrefixLength = 30;

/** A Jitsi room name: the title's slug (if any) in front of the secret part. */
export function roomName(secret: string, title = ""): string {
	const prefix = readablePrefix(title, maxPrefixLength);
	return prefix ? `${prefix}-${secret}` : secret;
}
