// Refuses a name that reads like a curated or listed host but is another, by the rule of UTS #39
// section 4 (https://www.unicode.org/reports/tr39/#Confusable_Detection): two names are
// confusable when their skeletons are equal. The skeleton maps each character to its prototype
// from Unicode's confusables data (`ѕуstеm` and `system` share one), kept here in the part that
// can matter for a host (see scripts/confusables.js for which part and why).
import { confusableGroups } from "./confusables";
import { pass, refuse, type Step } from "./errors";
import { listedDisplays } from "./listed";
import { isAscii } from "./name";

const prototypes = new Map<string, string>();
for (const group of confusableGroups) {
	const [prototype = "", sources = ""] = group.split("=");
	for (const source of sources) prototypes.set(source, prototype);
}

/**
 * UTS #39's skeleton: NFD, default-ignorables removed, each character replaced by its prototype,
 * NFD again. Then, going beyond UTS #39, every mark is dropped: an accent is easy to miss at a
 * glance, so `systemlì` is taken to read like `systemli`.
 */
export function skeleton(name: string): string {
	const bare = name.normalize("NFD").replace(/\p{Default_Ignorable_Code_Point}/gu, "");
	const mapped = [...bare].map((char) => prototypes.get(char) ?? char).join("");
	return mapped.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * ASCII names are compared too: `rneet` reads like `meet`, and `1` like `l`, in many fonts. Such a
 * name gets its own message, since no letter in it comes from another alphabet.
 */
export function checkLookalike(labels: string[], existing: readonly string[]): Step<void> {
	const display = labels.join(".");
	const own = skeleton(display);
	const twin = listedDisplays(existing).find((other) => other !== display && skeleton(other) === own);
	if (twin === undefined) return pass(undefined);
	return refuse(isAscii(display) ? "hostErrorLookalikeLetters" : "hostErrorLookalike", twin);
}
