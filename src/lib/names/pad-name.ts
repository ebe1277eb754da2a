import { readablePrefix } from "./readable-prefix";

// Etherpad refuses pad ids over 50 characters ("Such a padname is forbidden").
export const maxPadNameLength = 50;

/**
 * An Etherpad pad name from its own secret, never from the room's: whoever has the room
 * link must not be able to guess the notes.
 */
export function padName(secret: string, title = ""): string {
	const prefix = readablePrefix(title, maxPadNameLength - secret.length - 1);
	return prefix ? `${prefix}-${secret}` : secret;
}
