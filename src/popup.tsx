import { render } from "preact";
import { Popup } from "./components/popup";
import { readFirstFrame } from "./lib/first-frame";
import { localizeDocument } from "./lib/i18n";

// The first frame is painted at once, from a synchronous copy of the settings and the current
// plenum; storage is read right after and has the last word (see first-frame.ts).
localizeDocument("extensionName");
render(<Popup frame={readFirstFrame()} />, document.body);
performance.mark("plenum:first-render");
requestAnimationFrame(() => performance.mark("plenum:room-link-shown"));
