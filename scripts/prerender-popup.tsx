// Build time only (scripts/build.js bundles this for Node and runs it): the popup's first view as
// HTML, rendered by the popup's own components, so popup.html holds its markup before any script
// has run and there is no second copy of it to keep in step. The page's script renders over that
// markup (src/popup/main.tsx), reusing its elements and setting what differs at each opening:
// the room, the browser's language, the stored settings.
import { renderToString } from "preact-render-to-string";
import { type LocaleMessages, translatorFrom } from "../src/lib/i18n";
import { repairSettings } from "../src/lib/settings";
import { Popup } from "../src/popup/popup-page";

type Globals = Record<"chrome" | "crypto" | "navigator", unknown>;

/**
 * Renders with the default settings in the language of `messages`. The browser's half is stood in
 * for while rendering: its messages, its languages, its time zone, and a random source that gives
 * the same room every build (the build is reproducible byte for byte; the page never shows that
 * room: the markup stays hidden until the page's script has rendered over it, see build.js).
 */
export function prerenderPopup(messages: LocaleMessages): string {
	const globals = globalThis as unknown as Globals;
	const saved = (["chrome", "crypto", "navigator"] as const).map((name) => [
		name,
		Object.getOwnPropertyDescriptor(globalThis, name),
	]);
	const translate = translatorFrom(messages);
	const stand = (name: keyof Globals, value: unknown) =>
		Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
	stand("chrome", { i18n: { getMessage: translate } });
	stand("crypto", { getRandomValues: <T extends ArrayBufferView>(array: T) => array });
	stand("navigator", { languages: ["en"] });
	// The start field says when the system's time zone is unknown: every build knows UTC.
	const zone = process.env.TZ;
	process.env.TZ = "UTC";
	try {
		return renderToString(<Popup frame={{ settings: repairSettings(undefined) }} />);
	} finally {
		if (zone === undefined) delete process.env.TZ;
		else process.env.TZ = zone;
		for (const [name, descriptor] of saved) {
			if (descriptor) Object.defineProperty(globalThis, name as string, descriptor as PropertyDescriptor);
			else delete globals[name as keyof Globals];
		}
	}
}
