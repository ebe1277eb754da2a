// The invitation before it is copied: the popup's preview shows what Copy writes, marks where Signal
// Desktop folds a long message and warns when a link falls below it; a second language holds the
// links once; and the Jitsi options for a plenum reach the room link only when on.
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { signalFold } from "../../src/lib/invitation/fold";
import { recordClipboard } from "./clipboard";
import {
	byId,
	findById,
	inLanguage,
	message,
	renderOptions,
	renderPopup,
	seed,
	shownLinks,
	testSettings,
} from "./factory";
import { fake } from "./fake-browser";
import { jitsiInvitation } from "./invitation";

/** Opens "Show invitation" as a click on its summary does, once the popup's later sections are there. */
async function openPreview() {
	const details = await findById<HTMLDetailsElement>("invitation-details");
	expect(details.querySelector("summary")?.textContent).toBe(message("showInvitation"));
	details.open = true;
	fireEvent(details, new Event("toggle"));
}

/** The preview's text without the fold mark: what it claims the invitation is. */
function previewed(): string {
	const shown = byId("invitation-preview").cloneNode(true) as HTMLElement;
	for (const mark of shown.querySelectorAll(".fold")) mark.remove();
	return shown.textContent ?? "";
}

/** Copies and gives the text written to the clipboard. */
async function copied(copies: string[]): Promise<string> {
	const before = copies.length;
	fireEvent.click(byId("copy"));
	// Copy writes once the title's check is done; after an earlier copy the status already says
	// "copied", so the new text on the clipboard is what tells this copy is done.
	await waitFor(() => expect(copies).toHaveLength(before + 1));
	await waitFor(() => expect(byId("status").textContent).toBe(message("copiedStatus")));
	expect(copies).toHaveLength(before + 1);
	return copies.at(-1) ?? "";
}

const count = (text: string, part: string) => text.split(part).length - 1;
// The group's own words, long enough to push whatever follows them past Signal's fold.
const longWords = "Tagesordnung im Pad ergänzen! ".repeat(32).trim();

describe("the popup's invitation preview", () => {
	it("shows exactly what Copy puts on the clipboard, only once opened", async () => {
		const copies = recordClipboard();
		await renderPopup();
		await findById("invitation-details");
		expect(document.getElementById("invitation-preview")).toBeNull();
		await openPreview();
		const { room, pad } = shownLinks();
		await waitFor(() => expect(previewed()).toBe(jitsiInvitation("", room, pad)));
		// Short enough for Signal to show whole: no fold, no warning.
		expect(byId("invitation-preview").querySelector(".fold")).toBeNull();
		expect(document.getElementById("invitation-preview-fold-warning")).toBeNull();
		expect(await copied(copies)).toBe(previewed());

		// A title typed: the preview follows, and still matches the copy.
		fireEvent.input(byId("title"), { target: { value: "Plenum Nord" } });
		await waitFor(() => expect(previewed().split("\n")[0]).toBe("Plenum Nord"));
		expect(await copied(copies)).toBe(previewed());
	});

	it("marks Signal's fold in a long invitation, without a warning while the links stand above it", async () => {
		const copies = recordClipboard();
		await seed({ sync: testSettings({ invitationTemplates: { en: `{title}\n\n{room}\n\n{pad}\n\n${longWords}` } }) });
		await renderPopup();
		await openPreview();
		const { room, pad } = shownLinks();
		await waitFor(() => expect(previewed()).toContain(longWords.slice(0, 200)));
		const text = await copied(copies);
		expect(previewed()).toBe(text);
		expect(text.length).toBeGreaterThan(signalFold + 100);
		const fold = byId("invitation-preview").querySelector(".fold");
		expect(fold?.textContent).toBe(message("invitationFoldMark"));
		// Above the mark: the text up to the fold, which holds both links.
		const above = byId("invitation-preview").firstChild?.textContent ?? "";
		expect(above.length).toBeGreaterThanOrEqual(signalFold);
		expect(above.length).toBeLessThan(signalFold + 10);
		expect(text.startsWith(above)).toBe(true);
		expect(above).toContain(room);
		expect(above).toContain(pad);
		expect(byId("invitation-preview").querySelector(".below-fold")?.textContent).toBe(text.slice(above.length));
		expect(document.getElementById("invitation-preview-fold-warning")).toBeNull();
	});

	it("warns when the group's template pushes a link below the fold", async () => {
		const copies = recordClipboard();
		await seed({ sync: testSettings({ invitationTemplates: { en: `{title}\n\n${longWords}\n\n{room}\n\n{pad}` } }) });
		await renderPopup();
		await openPreview();
		await waitFor(() =>
			expect(byId("invitation-preview-fold-warning").textContent).toBe(message("invitationBelowFold")),
		);
		expect(byId("invitation-preview-fold-warning").getAttribute("role")).toBe("alert");
		const text = await copied(copies);
		expect(previewed()).toBe(text);
		const below = byId("invitation-preview").querySelector(".below-fold")?.textContent ?? "";
		expect(below).toContain(shownLinks().pad);
	});
});

describe("a second invitation language", () => {
	it("copies both languages with each link once, as the preview shows", async () => {
		const copies = recordClipboard();
		await seed({ sync: testSettings({ secondLanguage: "de" }) });
		await renderPopup();
		await openPreview();
		await waitFor(() => expect(previewed()).toContain("———"));
		const { room, pad } = shownLinks();
		const text = await copied(copies);
		expect(previewed()).toBe(text);
		const [english, german] = text.split("\n\n———\n\n");
		expect(english).toBe(jitsiInvitation("", room, pad));
		expect(count(text, room)).toBe(1);
		expect(count(text, pad)).toBe(1);
		const above = inLanguage("de", "invitationLinkAbove");
		expect(german?.split("\n")).toEqual(
			expect.arrayContaining([
				`${inLanguage("de", "invitationRoomHeadingMuted")} ${above}`,
				`${inLanguage("de", "invitationPadHeading")} ${above}`,
				inLanguage("de", "invitationTipsHeading"),
				`- ${inLanguage("de", "invitationTipHeadset")}`,
			]),
		);
	});

	it("is chosen in the options and stored in sync, and None takes it back", async () => {
		await renderOptions();
		expect(byId<HTMLSelectElement>("second-language").value).toBe("none");
		fireEvent.change(byId("second-language"), { target: { value: "fr" } });
		await waitFor(() => expect(fake.stored("sync")).toMatchObject({ secondLanguage: "fr" }));
		fireEvent.change(byId("second-language"), { target: { value: "none" } });
		await waitFor(() => expect(fake.stored("sync")).toMatchObject({ secondLanguage: "none" }));
	});
});

describe("Jitsi's options for a plenum", () => {
	const options = [
		["prejoin-check", "prejoinCheck", "config.prejoinConfig.enabled=true"],
		["require-display-name", "requireDisplayName", "config.requireDisplayName=true"],
		["do-not-store-room", "doNotStoreRoom", "config.doNotStoreRoom=true"],
	] as const;

	it("asks for none of them by default", async () => {
		await renderPopup();
		for (const [, , parameter] of options) expect(shownLinks().room).not.toContain(parameter);
	});

	it.each(options)("stores %s and writes it into the popup's room link only when on", async (id, key, parameter) => {
		const copies = recordClipboard();
		const settings = await renderOptions();
		expect(byId<HTMLInputElement>(id).checked).toBe(false);
		fireEvent.click(byId(id));
		await waitFor(() => expect(fake.stored("sync")).toMatchObject({ [key]: true }));
		expect(byId<HTMLInputElement>(id).checked).toBe(true);
		settings.unmount();

		const popup = await renderPopup();
		const { room } = shownLinks();
		expect(room).toMatch(/^https:\/\/meet\.systemli\.org\/[a-z0-9]{26}#config\.startWithAudioMuted=true&/);
		expect(room).toContain(parameter);
		for (const [, , other] of options) if (other !== parameter) expect(room).not.toContain(other);
		expect(await copied(copies)).toContain(`\n${room}\n`);
		popup.unmount();

		// Off again: a new room no longer asks for it.
		const again = await renderOptions();
		fireEvent.click(byId(id));
		await waitFor(() => expect(fake.stored("sync")).toMatchObject({ [key]: false }));
		again.unmount();
		await renderPopup();
		fireEvent.click(byId("new-room"));
		expect(shownLinks().room).not.toContain(parameter);
	});
});
