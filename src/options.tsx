import { render } from "preact";
import { Options } from "./components/options";
import { firstFrameSettings } from "./lib/first-frame";
import { localizeDocument } from "./lib/i18n";

localizeDocument("optionsTitle");
render(<Options initialSettings={firstFrameSettings()} />, document.body);
