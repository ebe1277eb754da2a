import { render } from "preact";
import { Popup } from "./components/popup";
import { t } from "./lib/browser";
import { localizeDocument } from "./lib/page-language";
import { loadSettings } from "./lib/settings-storage";

localizeDocument(t("extensionName"));
// Render only once settings are in: the first paint already shows the proposed room, no spinner.
void loadSettings().then((settings) => {
	render(<Popup initialSettings={settings} />, document.body);
});
