import { laterSlot } from "../shared/later-slot";
import { invitationCode } from "./invitation-code";
import { laterFile } from "./later-file";
import type { LaterProps } from "./popup-later";

/**
 * The popup's later sections (popup-later.tsx), asked for once the first view is on screen.
 * Copy, Start and New room do not depend on them. invitationCode() keeps the invitation's code
 * that file holds for what is drawn from it (the preview among these sections).
 */
export const PopupLaterSlot = laterSlot<LaterProps>(
	() => Promise.all([laterFile(), invitationCode()]).then(([later]) => later.PopupLater),
	({ model }) => model.fail,
);
