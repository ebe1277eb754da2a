// The popup as people use it, from its first frame to the copied invitation: what it proposes,
// what it copies, what it says, and how it answers impatient clicks and the keyboard.
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { languages } from "../../src/lib/languages";
import { recordClipboard } from "./clipboard";
import {
	byId,
	findById,
	message,
	padPattern,
	renderPopup,
	renderPopupFrame,
	roomPattern,
	seed,
	shownLinks,
	testSettings,
} from "./factory";
import { fake } from "./fake-browser";
import { jitsiInvitation } from "./invitation";

const status = () => byId("status").textContent;
const copied = () => waitFor(() => expect(status()).toBe(message("copiedStatus")));

describe("the popup", () => {
	it("proposes a room on the preferred instance and a pad, without a click, and new ones on New room", async () => {
		await renderPopup();
		const before = shownLinks();
		expect(before.room).toMatch(roomPattern("meet.systemli.org"));
		expect(before.pad).toMatch(padPattern("pad.systemli.org"));
		expect(byId<HTMLSelectElement>("jitsi-instance").value).toBe("meet.systemli.org");

		fireEvent.click(byId("new-room"));
		const after = shownLinks();
		expect(after.room).toMatch(roomPattern("meet.systemli.org"));
		expect(after.pad).toMatch(padPattern("pad.systemli.org"));
		expect(after.room).not.toBe(before.room);
		expect(after.pad).not.toBe(before.pad);
	});

	it("shows its first view in its first frame, and the date and time with the later sections below the links", async () => {
		renderPopupFrame();
		const ids = () => [...document.querySelectorAll("main [id]")].map((element) => element.id);
		// Synchronously after the first render: the title, the actions, the switch and the places.
		const first = ["title", "copy", "start", "new-room", "large", "jitsi-instance", "room-link", "pad-link"];
		for (const id of first) expect(ids()).toContain(id);
		expect(ids()).not.toContain("when-date");
		await findById("when-date");
		expect(ids().indexOf("when-date")).toBeGreaterThan(ids().indexOf("pad-link"));
		expect(ids()).toContain("when-time");
	});

	it("proposes on the preferred instance stored, and stores the instances chosen in the popup", async () => {
		await seed({ sync: testSettings({ jitsiInstance: "meet.mayfirst.org" }) });
		const first = await renderPopup();
		expect(shownLinks().room).toMatch(roomPattern("meet.mayfirst.org"));

		fireEvent.change(byId("jitsi-instance"), { target: { value: "vc.autistici.org" } });
		fireEvent.change(byId("pad-instance"), { target: { value: "pad.riseup.net" } });
		await waitFor(() =>
			expect(fake.stored("sync")).toMatchObject({ jitsiInstance: "vc.autistici.org", padInstance: "pad.riseup.net" }),
		);
		expect(shownLinks().room).toMatch(roomPattern("vc.autistici.org"));
		expect(shownLinks().pad).toMatch(padPattern("pad.riseup.net"));
		first.unmount();

		// Opened again: the same choices.
		await renderPopup();
		expect(byId<HTMLSelectElement>("jitsi-instance").value).toBe("vc.autistici.org");
		expect(byId<HTMLSelectElement>("pad-instance").value).toBe("pad.riseup.net");
		expect(shownLinks().room).toMatch(roomPattern("vc.autistici.org"));
	});

	it("copies exactly the invitation, with both links whole on their own lines, and keeps the plenum", async () => {
		const copies = recordClipboard();
		await renderPopup();
		const { room, pad } = shownLinks();
		fireEvent.click(byId("copy"));
		await copied();
		expect(copies).toEqual([jitsiInvitation("", room, pad)]);
		expect(document.getElementById("fallback")).toBeNull();
		expect(fake.stored("local").current).toMatchObject({ room: { host: "meet.systemli.org" } });
	});

	it("shows the invitation selected, ready to copy by hand, when the clipboard refuses", async () => {
		recordClipboard(false);
		await renderPopup();
		const { room, pad } = shownLinks();
		fireEvent.click(byId("copy"));
		await waitFor(() => expect(status()).toBe(message("copyRefused")));
		expect(byId("status").className).toContain("error");
		const area = byId<HTMLTextAreaElement>("fallback");
		expect(area.value).toBe(jitsiInvitation("", room, pad));
		await waitFor(() => expect(document.activeElement?.id).toBe("fallback"));
		expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
		// It is kept all the same: the invitation has left the popup by hand.
		expect(fake.stored("local").current).toBeDefined();

		fireEvent.click(byId("new-room"));
		expect(document.getElementById("fallback")).toBeNull();
		expect(status()).toBe(`${message("newRoomMade")} ${message("newRoomPreviousKept", message("recentHeading"))}`);
	});

	it("has the title focused at once, so that typing and Enter copy", async () => {
		const copies = recordClipboard();
		await renderPopup();
		const title = byId<HTMLInputElement>("title");
		expect(document.activeElement).toBe(title);
		fireEvent.input(title, { target: { value: "Keyboard plenum" } });
		const { room, pad } = shownLinks();
		// Enter in a form's only text field submits it.
		fireEvent.submit(title.form as HTMLFormElement);
		await copied();
		expect(copies).toEqual([jitsiInvitation("Keyboard plenum", room, pad)]);
	});

	it("names the links for screen readers by what and where they are, then by the text shown", async () => {
		await renderPopup();
		for (const [id, key, host] of [
			["room-link", "roomLinkOn", "meet.systemli.org"],
			["pad-link", "padLinkOn", "pad.systemli.org"],
		] as const) {
			const link = byId(id);
			const href = link.getAttribute("href") ?? "";
			expect(link.getAttribute("aria-label")).toBe(`${message(key, host)}: ${link.textContent}`);
			expect(link.getAttribute("title")).toBe(href);
			expect(link.textContent?.startsWith(host)).toBe(true);
			expect(link.textContent?.length).toBeLessThan(48);
		}
	});

	it("still proposes a room and a pad when the stored settings and plenums are corrupt", async () => {
		await seed({
			sync: {
				version: 99,
				jitsiInstance: "evil.example",
				padInstance: 42,
				customJitsiInstances: "meet.evil.example",
				customPadInstances: [null, 7, "no host", "../p"],
				invitationLanguage: { en: true },
				startAudioMuted: "yes",
				startVideoMuted: 1,
				backupRoom: "on",
				includeTips: null,
				includePad: "no",
				openPadWithRoom: [],
				durationMinutes: -5,
				keepHistory: "never",
				defaultTitle: { text: "x".repeat(8000) },
				unknownKey: { deep: [1, 2, 3] },
			},
			local: {
				current: { id: "../../etc", room: { host: "evil.example", name: "x" } },
				pinned: "none",
				recent: [null, 7, { id: "a", voice: "jitsi" }],
			},
		});
		await renderPopup();
		expect(shownLinks().room).toMatch(roomPattern("meet.systemli.org"));
		expect(shownLinks().pad).toMatch(padPattern("pad.systemli.org"));
		expect(byId<HTMLInputElement>("title").value).toBe("");
		expect(byId<HTMLSelectElement>("jitsi-instance").value).toBe("meet.systemli.org");
		expect(byId<HTMLInputElement>("large").disabled).toBe(false);
	});

	it("refuses a title that is a link in the browser's language, and copies nothing while it stands", async () => {
		const copies = recordClipboard();
		const link = "https://evil.example/plenum";
		const fix = "Umzug: https //evil example/plenum";
		const refusal = () => `${message("titleLinkLike", link, link)} ${message("titleLinkFix", fix)}`;
		const english = refusal();
		fake.language = "de";
		await renderPopup();
		const before = shownLinks().room;
		fireEvent.input(byId("title"), { target: { value: "Umzug: https://evil.example/plenum" } });
		// The link finder loads on demand: the refusal, with its fix, follows its verdict.
		await waitFor(() => expect(byId("title-problem").textContent).toBe(refusal()));
		expect(byId("title-problem").textContent).not.toBe(english);
		expect(byId("title").getAttribute("aria-invalid")).toBe("true");
		// The refused title reaches no link.
		expect(shownLinks().room).toBe(before);
		// Clicking Copy moves the focus to it; the refusal sends it back to the title, copying nothing.
		byId("copy").focus();
		fireEvent.click(byId("copy"));
		await waitFor(() => expect(document.activeElement?.id).toBe("title"));
		expect(copies).toEqual([]);
		expect(status()).toBe("");
		expect(fake.stored("local").current).toBeUndefined();
	});

	it("opens the settings page from its link", async () => {
		await renderPopup();
		fireEvent.click(byId("open-options"));
		await waitFor(() => expect(fake.optionsOpened).toBe(1));
	});
});

describe("impatient clicks", () => {
	it.each([2, 3])("opens the room and the pad once when Start is clicked %i times quickly", async (times) => {
		await renderPopup();
		const { room, pad } = shownLinks();
		for (let i = 0; i < times; i++) fireEvent.click(byId("start"));
		await waitFor(() => expect(fake.tabs).toHaveLength(2));
		await new Promise((resolve) => setTimeout(resolve, 50));
		// The room in front, the pad behind it.
		expect(fake.tabs).toEqual([
			{ url: room, active: true },
			{ url: pad, active: false },
		]);
		expect(fake.stored("local").current).toMatchObject({ room: { host: "meet.systemli.org" } });
		expect(fake.stored("local").recent ?? []).toEqual([]);
		expect(status()).toBe("");
	});

	it("copies once per finished copy when Copy is clicked twice, without an error", async () => {
		const copies = recordClipboard();
		await renderPopup();
		fireEvent.input(byId("title"), { target: { value: "Plenum Nord" } });
		const { room, pad } = shownLinks();
		fireEvent.click(byId("copy"));
		fireEvent.click(byId("copy"));
		await copied();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(copies).toEqual([jitsiInvitation("Plenum Nord", room, pad)]);
		expect(document.getElementById("fallback")).toBeNull();
		expect(fake.stored("local").current).toMatchObject({ title: "Plenum Nord" });
		expect(fake.stored("local").recent ?? []).toEqual([]);

		// Once the first copy is done, the next click copies again.
		fireEvent.click(byId("copy"));
		await waitFor(() => expect(copies).toHaveLength(2));
		expect(copies[1]).toBe(copies[0]);
	});
});

describe("the organiser's note", () => {
	it.each(languages)("opens with its five lines in %s", async (language) => {
		fake.language = language;
		await renderPopup();
		const note = await findById<HTMLDetailsElement>("organiser-note");
		expect(note.open).toBe(false);
		expect(note.querySelector("summary")?.textContent).toBe(message("organiserNoteSummary"));
		expect([...note.querySelectorAll("li")].map((li) => li.textContent)).toEqual(
			(
				[
					"organiserNoteModerator",
					"organiserNotePassword",
					"organiserNoteOpenGroup",
					"organiserNotePad",
					"organiserNoteEncryption",
				] as const
			).map((key) => message(key)),
		);
	});
});
