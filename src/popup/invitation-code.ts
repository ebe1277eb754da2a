import type { checkedTemplate } from "../lib/invitation/template";
import type { plenumInvitation } from "../lib/invitation-text";
import { laterFile } from "./later-file";

/** What makes the invitation: its text and the check of the group's template. */
export type InvitationCode = { plenumInvitation: typeof plenumInvitation; checkedTemplate: typeof checkedTemplate };

let loaded: InvitationCode | undefined;

/**
 * The invitation's code, which the popup's first view does not need: asked for after the first
 * paint (popup-later-slot.tsx) or by the first action that needs it, so neither its download nor
 * its evaluation comes before the room link is on screen. A failed load is asked for again.
 */
export function invitationCode(): Promise<InvitationCode> {
	// From the later sections' file: a dynamic import of its own would split what the first view
	// shares with it into more files, each one more request before the first paint.
	return laterFile().then((later) => {
		loaded = { plenumInvitation: later.plenumInvitation, checkedTemplate: later.checkedTemplate };
		return loaded;
	});
}

/**
 * The code once loaded, for what is drawn from it: the later sections and the copy fallback are
 * only shown after invitationCode() has resolved, and that sets it first.
 */
export function loadedInvitationCode(): InvitationCode | undefined {
	return loaded;
}
