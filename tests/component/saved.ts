// Steps on the popup's plenums that several component tests take.

import { Resvg } from "@resvg/resvg-js";
import { fireEvent, waitFor } from "@testing-library/preact";
import jsQR from "jsqr";
import { expect } from "vitest";
import { byId, findById, message } from "./factory";

/** Opens "Pinned and earlier plenums", a <details> that reads storage only once opened (and is there after the first paint). */
export async function openSaved() {
	const saved = await findById<HTMLDetailsElement>("saved");
	saved.open = true;
	fireEvent(saved, new Event("toggle"));
	await waitFor(() => expect(saved.querySelector("h2")).not.toBeNull());
}

/** The plenums a list shows, by their name. */
export function listed(list: "pinned" | "recent"): string[] {
	return [...document.querySelectorAll(`#${list} > li strong`)].map((strong) => strong.textContent ?? "");
}

/** The Use or the Unpin/Forget button of the entry named `name`. */
export function entryButton(list: "pinned" | "recent", name: string, action: "use" | "remove"): HTMLButtonElement {
	const entry = [...document.querySelectorAll(`#${list} > li`)].find(
		(li) => li.querySelector("strong")?.textContent === name,
	);
	const button = entry?.querySelector(`.saved-actions > button:nth-child(${action === "use" ? 1 : 2})`);
	if (!(button instanceof HTMLButtonElement)) throw new Error(`No ${action} button for ${name} in #${list}`);
	return button;
}

/** Types a start into the date and time fields, as a person picks them. */
export function setStart(date: string, time: string) {
	fireEvent.change(byId("when-date"), { target: { value: date } });
	fireEvent.change(byId("when-time"), { target: { value: time } });
}

/** Clicks Copy and waits until the popup says it is done. */
export async function copy() {
	fireEvent.click(byId("copy"));
	await waitFor(() => expect(byId("status").textContent).toBe(message("copiedStatus")));
}

/** Reads the QR code the popup draws as a phone would: rasterised, then decoded. */
export function decodeQr(): string | undefined {
	const svg = document.querySelector("svg#qr-code");
	if (!svg) throw new Error("No svg#qr-code");
	const side = Number(svg.getAttribute("viewBox")?.split(" ")[2]);
	const markup = svg.outerHTML.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"');
	const image = new Resvg(markup, { fitTo: { mode: "width", value: side * 6 } }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}
