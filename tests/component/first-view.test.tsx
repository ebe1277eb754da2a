// popup.html holds the popup's first view as the build rendered it (scripts/prerender-popup.tsx):
// in English, with the default settings and a room of zeros. The entry script renders over it
// (src/popup/main.tsx); what a person sees must be exactly what a render on an empty page gives.
// (That the build's room is never painted is the hiding class's part, which the bench checks in
// Chromium: the room link's paint is the page's first contentful paint.)
import { render } from "preact";
import { describe, expect, it } from "vitest";
import { prerenderPopup } from "../../scripts/prerender-popup";
import { repairPlenum } from "../../src/lib/plenum/repair";
import { repairSettings } from "../../src/lib/settings";
import { Popup } from "../../src/popup/popup-page";
import { testPlenum, testSettings } from "./factory";
import { fake } from "./fake-browser";

function prerendered(): HTMLElement {
	const page = document.createElement("div");
	// The same parser as the browser's for the HTML the build writes into popup.html.
	page.append(...new DOMParser().parseFromString(prerenderPopup({}), "text/html").body.childNodes);
	document.body.append(page);
	return page;
}

/**
 * What a person gets from a page: each element with its attributes (in any order) and the
 * current value of its fields, and the text. A field's `value` attribute is only its reset value,
 * which the popup never uses; the value shown is the property.
 */
function shape(node: Node): string {
	if (!(node instanceof Element)) return node.textContent ?? "";
	const attributes = [...node.attributes]
		.filter((attribute) => attribute.name !== "value")
		.map((attribute) => `${attribute.name}=${attribute.value}`)
		.sort();
	const field = node instanceof HTMLInputElement || node instanceof HTMLSelectElement ? node : undefined;
	const state = field
		? ` value=${field.value}${field instanceof HTMLInputElement ? ` checked=${field.checked}` : ""}`
		: "";
	return `<${node.localName} ${attributes.join(" ")}${state}>${[...node.childNodes].map(shape).join("")}</>`;
}

describe("the popup's first view in popup.html", () => {
	it("holds the room link and the actions", () => {
		const page = prerendered();
		expect(page.querySelector("#room-link")?.textContent).toMatch(/^meet\.systemli\.org\/\w+…\w+$/);
		for (const id of ["title", "copy", "start", "new-room", "jitsi-instance", "pad-link"]) {
			expect(page.querySelector(`#${id}`), id).not.toBeNull();
		}
		page.remove();
	});

	it("becomes what a render on an empty page shows, in another language, room and settings, keeping its elements", () => {
		const page = prerendered();
		const link = page.querySelector("#room-link");
		fake.language = "de";
		const frame = {
			settings: repairSettings(testSettings({ jitsiInstance: "meet.immerda.ch", defaultTitle: "Plenum" })),
			current: repairPlenum(testPlenum(7, { room: { host: "meet.immerda.ch", name: `r${"7".repeat(25)}` } })),
		};
		render(<Popup frame={frame} />, page);
		const empty = document.createElement("div");
		document.body.append(empty);
		render(<Popup frame={frame} />, empty);

		expect(shape(page)).toBe(shape(empty));
		expect(page.querySelector("#room-link")?.textContent).toContain("meet.immerda.ch/r7777");
		expect(page.querySelector<HTMLInputElement>("#title")?.value).toBe("Plenum 7");
		// Rendered over, not replaced: the browser styled and laid out these elements already.
		expect(page.querySelector("#room-link")).toBe(link);
		render(null, page);
		render(null, empty);
		page.remove();
		empty.remove();
	});
});
