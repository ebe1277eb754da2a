import { render } from "preact";
import { Options } from "./components/options";
import { readFirstFrame } from "./lib/first-frame";
import { localizeDocument } from "./lib/i18n";

localizeDocument("optionsTitle");
render(<Options initialSettings={readFirstFrame().settings} />, document.body);
