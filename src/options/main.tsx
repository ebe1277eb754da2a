import { render } from "preact";
import { firstFrameSettings } from "../platform/first-frame";
import { localizeDocument } from "../platform/i18n";
import { Options } from "./options-page";

localizeDocument("optionsTitle");
render(<Options initialSettings={firstFrameSettings()} />, document.body);
