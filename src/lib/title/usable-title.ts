import { cleanTitle } from "./clean-title";
import { titleProblem } from "./title-problem";

/**
 * A title (or another text bound for the invitation, a Mumble channel) as stored data may carry it, held to the rules typed input meets: cleaned, and empty
 * when it could plant a link. Older versions, another device or a broken profile may have
 * written anything.
 */
export function usableTitle(stored: unknown, maxLength?: number): string {
	const title = cleanTitle(stored, maxLength);
	return titleProblem(title) ? "" : title;
}
