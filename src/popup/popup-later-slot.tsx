import { laterSlot } from "../shared/later-slot";
import { invitationCode } from "./invitation-code";
import type { LaterProps } from "./popup-later";

/**
 * The popup's later sections (popup-later.tsx), asked for once the first view is on screen.
 * Copy, Start and New room do not depend on them. Through invitationCode(), which loads that
 * file and keeps the invitation's code it holds for what is drawn from it (the preview among
 * these sections).
 */
export const PopupLaterSlot = laterSlot<LaterProps>(
	() => Promise.all([import("./popup-later"), invitationCode()]).then(([module]) => module.PopupLater),
	({ model }) => model.fail,
);
