// A first-time organiser's walk through the popup, where nothing may happen without a word: half
// a start, a large assembly on a public Mumble server without a channel, places that no longer
// change, New room, and the Large assembly switch across openings.
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { languages } from "../../src/lib/languages";
import { formatStart } from "../../src/lib/time/start-time";
import { recordClipboard } from "./clipboard";
import { byId, findById, inLanguage, message, renderPopup, seed, shownLinks, testSettings } from "./factory";
import { fake } from "./fake-browser";
import { copy, setStart } from "./saved";

const systemliWebClient = "https://talk.systemli.org";
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const status = () => byId("status").textContent;
const stored = () => fake.stored("local") as { current?: { start?: unknown; voice?: string } | null };
const field = (id: string) => byId<HTMLInputElement>(id);

/** Lets every pending storage write, reply and render happen: what a click would do, it has done. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("half a start", () => {
	it("holds Copy back with the missing half named at the field, in every language", async () => {
		for (const language of languages) {
			fake.language = language;
			const copies = recordClipboard();
			const view = await renderPopup();
			fireEvent.change(field("when-date"), { target: { value: "2027-03-04" } });
			// Still typing: no message yet.
			expect(document.getElementById("when-problem")).toBeNull();
			fireEvent.click(byId("copy"));
			await waitFor(() => expect(byId("when-problem").textContent).toBe(inLanguage(language, "startNoTime")));
			expect(byId("when-problem").textContent).not.toBe("");
			await waitFor(() => expect(document.activeElement).toBe(field("when-time")));
			expect(field("when-time").getAttribute("aria-invalid")).toBe("true");
			await settled();
			expect(copies).toEqual([]);
			expect(status()).toBe("");
			expect(stored().current).toBeUndefined();
			view.unmount();
		}
	});

	it("copies the date once the time is there, and offers the calendar", async () => {
		const copies = recordClipboard();
		await renderPopup();
		fireEvent.change(field("when-time"), { target: { value: "19:00" } });
		fireEvent.click(byId("copy"));
		await waitFor(() => expect(byId("when-problem").textContent).toBe(message("startNoDate")));
		await waitFor(() => expect(document.activeElement).toBe(field("when-date")));
		expect(copies).toEqual([]);

		fireEvent.change(field("when-date"), { target: { value: "2027-03-04" } });
		expect(document.getElementById("when-problem")).toBeNull();
		await copy();
		expect(copies[0]).toContain(formatStart({ date: "2027-03-04", time: "19:00", zone }, "en", navigator.languages));
		await findById("calendar");
	});

	it("holds Start back too: no tab opens and nothing is kept", async () => {
		await renderPopup();
		fireEvent.change(field("when-date"), { target: { value: "2027-03-04" } });
		fireEvent.click(byId("start"));
		await waitFor(() => expect(byId("when-problem").textContent).toBe(message("startNoTime")));
		await settled();
		expect(fake.tabs).toEqual([]);
		expect(stored().current).toBeUndefined();
	});

	it("says so once the fields are left, before any click", async () => {
		await renderPopup();
		fireEvent.change(field("when-date"), { target: { value: "2027-03-04" } });
		fireEvent.focusOut(field("when-date"), { relatedTarget: byId("title") });
		expect(byId("when-problem").textContent).toBe(message("startNoTime"));
	});

	it("keeps a shared plenum's date while its time is being changed, and at the next opening", async () => {
		recordClipboard();
		const first = await renderPopup();
		setStart("2027-03-04", "19:00");
		await copy();
		const kept = { date: "2027-03-04", time: "19:00", zone };
		expect(stored().current?.start).toEqual(kept);

		fireEvent.change(field("when-time"), { target: { value: "" } });
		fireEvent.input(byId("title"), { target: { value: "Plenum" } });
		await waitFor(() => expect(stored().current).toMatchObject({ title: "Plenum" }));
		expect(stored().current?.start).toEqual(kept);
		first.unmount();

		await renderPopup();
		expect([field("when-date").value, field("when-time").value]).toEqual(["2027-03-04", "19:00"]);
	});
});

describe("a large assembly on systemli's public Mumble server", () => {
	it("asks for a channel before inviting, proposes the title, and offers the settings", async () => {
		const copies = recordClipboard();
		await renderPopup();
		fireEvent.click(byId("large"));
		const channel = await findById<HTMLInputElement>("large-channel");
		expect(byId("large-channel-why").textContent).toBe(message("largeChannelWhy"));
		expect(byId("large-channel-settings").textContent).toBe(message("largeChannelSettings"));
		expect(channel.value).toBe("");
		expect(shownLinks().room).toBe(systemliWebClient);

		fireEvent.click(byId("copy"));
		await waitFor(() => expect(byId("large-channel-missing").textContent).toBe(message("largeChannelMissing")));
		await waitFor(() => expect(document.activeElement).toBe(channel));
		await settled();
		expect(copies).toEqual([]);
		expect(stored().current).toBeUndefined();

		fireEvent.click(byId("large-channel-settings"));
		expect(fake.optionsOpened).toBe(1);

		// The title, with "/" kept out of the channel's path, until a channel is typed.
		fireEvent.input(byId("title"), { target: { value: "Delegates/North" } });
		expect(channel.value).toBe("Delegates-North");
		expect(shownLinks().room).toBe(`${systemliWebClient}/?channelName=Delegates%2DNorth`);
		fireEvent.input(channel, { target: { value: "Delegates" } });
		fireEvent.input(byId("title"), { target: { value: "Delegates' assembly" } });
		expect(channel.value).toBe("Delegates");
		await copy();
		expect(copies[0]?.split("\n")).toContain(message("invitationMumbleChannel", "Delegates"));
		expect(copies[0]).toContain(`${systemliWebClient}/?channelName=Delegates`);
		// Sent: the channel is the plenum's now, and the question is gone.
		expect(document.getElementById("large-channel")).toBeNull();
	});

	it("refuses a channel that a chat app would turn into a link, by the title's rule", async () => {
		const copies = recordClipboard();
		await renderPopup();
		fireEvent.click(byId("large"));
		fireEvent.input(await findById("large-channel"), { target: { value: "AG.Berlin" } });
		await findById("large-channel-problem");
		fireEvent.click(byId("copy"));
		await waitFor(() => expect(document.activeElement?.id).toBe("large-channel"));
		await settled();
		expect(copies).toEqual([]);
	});

	it("asks nothing where the settings name a channel, or the group's own server", async () => {
		recordClipboard();
		await seed({ sync: testSettings({ mumbleServer: "mumble.example.org" }) });
		const own = await renderPopup();
		fireEvent.click(byId("large"));
		await findById("show-qr");
		expect(document.getElementById("large-channel")).toBeNull();
		await copy();
		own.unmount();

		await seed({ sync: testSettings({ mumbleChannel: "Plenum", largeAssembly: true }) });
		await renderPopup();
		fireEvent.click(byId("new-room"));
		await findById("show-qr");
		expect(document.getElementById("large-channel")).toBeNull();
		expect(shownLinks().room).toBe(`${systemliWebClient}/?channelName=Plenum`);
	});
});

describe("once the invitation has gone out", () => {
	it("says next to the places why they are fixed and how to get others, until New room", async () => {
		recordClipboard();
		await renderPopup();
		expect(document.getElementById("places-fixed")).toBeNull();
		await copy();
		const note = await findById("places-fixed");
		expect(note.textContent).toBe(message("placesFixed", message("newRoomButton")));
		expect(byId<HTMLInputElement>("large").disabled).toBe(true);
		expect(document.getElementById("jitsi-instance")).toBeNull();
		fireEvent.click(byId("new-room"));
		await waitFor(() => expect(document.getElementById("places-fixed")).toBeNull());
		expect(byId<HTMLInputElement>("large").disabled).toBe(false);
	});
});

describe("New room", () => {
	it("says what it did and where the previous plenum went, keeping title and date", async () => {
		recordClipboard();
		await renderPopup();
		fireEvent.click(byId("new-room"));
		expect(status()).toBe(message("newRoomMade"));

		fireEvent.input(byId("title"), { target: { value: "Plenum" } });
		setStart("2027-03-04", "19:00");
		const before = shownLinks().room;
		await copy();
		fireEvent.click(byId("new-room"));
		expect(status()).toBe(`${message("newRoomMade")} ${message("newRoomPreviousKept", message("recentHeading"))}`);
		expect(shownLinks().room).not.toBe(before);
		expect(field("title").value).toBe("Plenum");
		expect([field("when-date").value, field("when-time").value]).toEqual(["2027-03-04", "19:00"]);
	});

	it("says the previous plenum is not kept when history is off", async () => {
		recordClipboard();
		await seed({ sync: testSettings({ keepHistory: false }) });
		await renderPopup();
		await copy();
		fireEvent.click(byId("new-room"));
		expect(status()).toBe(`${message("newRoomMade")} ${message("newRoomPreviousGone")}`);
	});
});

describe("the Large assembly switch", () => {
	it("stays on after New room and at the next opening", async () => {
		recordClipboard();
		const first = await renderPopup();
		fireEvent.click(byId("large"));
		await waitFor(() => expect(fake.stored("sync")).toMatchObject({ largeAssembly: true }));
		fireEvent.click(byId("new-room"));
		expect(field("large").checked).toBe(true);
		first.unmount();

		const again = await renderPopup();
		expect(field("large").checked).toBe(true);
		expect(again.firstRoom).toBe(systemliWebClient);
		fireEvent.click(byId("large"));
		await waitFor(() => expect(fake.stored("sync")).toMatchObject({ largeAssembly: false }));
		expect(shownLinks().room).toMatch(/^https:\/\/meet\.systemli\.org\//);
	});

	it("stays where it was put when the setting cannot be written, and says so", async () => {
		await renderPopup();
		fake.refuseWrites.sync = new Error("QUOTA_BYTES quota exceeded");
		fireEvent.click(byId("large"));
		await waitFor(() => expect(byId("status").className).toContain("error"));
		expect(status()).toContain("QUOTA_BYTES quota exceeded");
		expect(field("large").checked).toBe(true);
		expect(shownLinks().room).toBe(systemliWebClient);
	});
});
