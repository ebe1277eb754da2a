import { render } from "preact";
import { Options } from "./components/options";
import { t } from "./lib/browser";
import { localizeDocument } from "./lib/page-language";
import { loadSettings } from "./lib/settings-storage";

localizeDocument(t("optionsTitle"));
void loadSettings().then((settings) => {
	render(<Options initialSettings={settings} />, document.body);
});
