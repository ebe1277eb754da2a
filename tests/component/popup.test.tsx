// The popup as people use it, in a DOM with the in-memory browser module.
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { recordClipboard } from "./clipboard";
import { byId, message, padPattern, renderPopup, roomPattern, seed, shownLinks, testSettings } from "./factory";
import { fake } from "./fake-browser";

describe("the popup", () => {
	it("proposes a room on the preferred instance and a pad, without a click", async () => {
		await renderPopup();
		expect(shownLinks().room).toMatch(roomPattern("meet.systemli.org"));
		expect(shownLinks().pad).toMatch(padPattern("pad.systemli.org"));
	});

	it("copies exactly the invitation, and says so", async () => {
		const copies = recordClipboard();
		await renderPopup();
		const { room, pad } = shownLinks();
		fireEvent.click(byId("copy"));
		await waitFor(() => expect(byId("status").textContent).toBe(message("copiedStatus")));
		const lines = copies[0]?.split("\n") ?? [];
		expect(lines).toContain(room);
		expect(lines).toContain(pad);
		expect(fake.stored("local").current).toMatchObject({ room: { host: "meet.systemli.org" } });
	});

	it("follows the preferred instance stored", async () => {
		await seed({ sync: testSettings({ jitsiInstance: "meet.mayfirst.org" }) });
		await renderPopup();
		expect(shownLinks().room).toMatch(roomPattern("meet.mayfirst.org"));
	});
});
