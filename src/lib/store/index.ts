// Everything that reads or writes the extension's storage, loaded by the pages with `import()`
// right after their first frame: that frame is painted from the synchronous copy in
// first-frame.ts, so none of this delays it.
export { forget, forgetAll, pin, renew, share, unpin } from "../plenum-list";
export { type LocalData, loadLocal, updateLocal } from "./local";
export { InvalidSettings, loadSettings, onSettingsChanged, resetSettings, updateSettings } from "./settings";
