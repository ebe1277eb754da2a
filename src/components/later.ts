// What the popup loads right after its first frame, in one piece: what its buttons and panels
// need but the first frame does not. The QR encoder and the calendar library stay apart: they
// are loaded only when used.
export { plenumInvitation } from "../lib/invitation-text";
export { readStart } from "../lib/plenum-time";
export { saveFile } from "../lib/save-file";
export * from "../lib/store";
export { PinForm } from "./pin-form";
export { SavedLists } from "./saved-lists";
