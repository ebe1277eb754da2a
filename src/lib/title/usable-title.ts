import { cleanTitle } from "./clean-title";

/**
 * A title (or another text bound for the invitation, a Mumble channel) as stored data may carry it:
 * cleaned, never emptied. Older versions, another device or a broken profile may have written
 * anything; a text the link rule refuses is kept, so the popup and the settings can show it marked
 * and the person can change it. Every use-site checks it (title-problem.ts) before it reaches an
 * invitation: the link finder loads on demand, and this repair runs synchronously.
 */
export function usableTitle(stored: unknown, maxLength?: number): string {
	return cleanTitle(stored, maxLength);
}
