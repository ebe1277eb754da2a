// Everything that reads or writes the extension's storage. The first frame does not wait for it:
// it is painted from the synchronous copy in first-frame.ts, and the pages read storage right
// after.
export { forget, forgetAll, pin, renew, share, unpin } from "../../lib/plenum/lists";
export { type LocalData, loadLocal, updateLocal } from "./local";
export { InvalidSettings, loadSettings, onSettingsChanged, resetSettings, updateSettings } from "./settings";
