import { cleanTitle } from "./clean-title";
import { titleProblem } from "./title-problem";

/**
 * A title as stored data may carry it, held to the rules typed input meets: cleaned, and empty
 * when it could plant a link. Older versions, another device or a broken profile may have
 * written anything.
 */
export function usableTitle(stored: unknown): string {
	const title = cleanTitle(stored);
	return titleProblem(title) ? "" : title;
}
