import type { MessageKey } from "../i18n";
import type { FoundLink } from "./find-link";
import { mayHoldLink } from "./link-precheck";

// A title must not plant a link in the invitation above the room's own: "Room moved:
// https://meet.systemli.org.evil.example.com/plenum", a bare "AG.Berlin" or "someone@example.org"
// become clickable in Signal, Telegram or a mail client. Such a title is refused, naming the link,
// with a fix offered rather than made silently: the person sees and chooses what the group reads.
// The rule is one: a text is refused exactly when a chat app would link part of it (find-link.ts).

export type TitleProblem = { key: MessageKey } & FoundLink;

/** The verdict while the link finder is still loading: nothing unchecked may leave the popup. */
export const checking = "checking";
export type Verdict = TitleProblem | undefined | typeof checking;

let finder: typeof import("./find-link") | undefined;
let loading: Promise<typeof import("./find-link")> | undefined;

/** Loads the link finder once (a chunk of its own); later verdicts are synchronous. */
export function loadLinkFinder(): Promise<unknown> {
	loading ??= import("./find-link").then((module) => {
		finder = module;
		return module;
	});
	return loading;
}

function problemOf(found: FoundLink | undefined): TitleProblem | undefined {
	return found && { key: "titleLinkLike", ...found };
}

/** Why a cleaned title cannot be used, at once: `checking` while the link finder is needed but not loaded. */
export function titleVerdict(title: string): Verdict {
	if (!mayHoldLink(title)) return undefined;
	if (!finder) return checking;
	return problemOf(finder.findLink(title));
}

/** Why a cleaned title cannot be used, or undefined when it can. */
export async function titleProblem(title: string): Promise<TitleProblem | undefined> {
	if (!mayHoldLink(title)) return undefined;
	await loadLinkFinder();
	return problemOf(finder?.findLink(title));
}
