import { render } from "preact";
import { repairPlenum } from "../lib/plenum/repair";
import { firstFrameCurrent, firstFrameSettings } from "../platform/first-frame";
import { localizeDocument } from "../platform/i18n";
import { Popup } from "./popup-page";

// The first frame is painted at once, from a synchronous copy of the settings and the current
// plenum; storage is read right after and has the last word (see first-frame.ts). The marks
// say when, which room the first frame showed and what had the focus; `npm run bench` and the
// tests read them.
localizeDocument("extensionName");
render(<Popup frame={{ settings: firstFrameSettings(), current: repairPlenum(firstFrameCurrent()) }} />, document.body);
const room = document.getElementById("room-link")?.getAttribute("href");
performance.mark("plenum:first-render", { detail: { room, focused: document.activeElement?.id } });
requestAnimationFrame(() => performance.mark("plenum:room-link-shown"));
