// What the group's settings make of the popup: the invitation's language, what it leaves out, how
// people join, a backup room; and settings changed elsewhere reaching a popup that is open.
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { getMessage as inLanguage } from "../../src/platform/browser";
import { recordClipboard } from "./clipboard";
import {
	byId,
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

/** Copies, waits until the popup says so, and gives the invitation's lines. */
async function copiedLines(copies: string[]): Promise<string[]> {
	const before = copies.length;
	fireEvent.click(byId("copy"));
	// Copy writes once the title's check is done; after an earlier copy the status already says
	// "copied", so the new text on the clipboard is what tells this copy is done.
	await waitFor(() => expect(copies).toHaveLength(before + 1));
	await waitFor(() => expect(byId("status").textContent).toBe(message("copiedStatus")));
	expect(copies).toHaveLength(before + 1);
	return copies.at(-1)?.split("\n") ?? [];
}

/** A message in another language than the browser's. */
function german(key: string): string {
	const browserLanguage = fake.language;
	fake.language = "de";
	try {
		return inLanguage(key);
	} finally {
		fake.language = browserLanguage;
	}
}

describe("the popup under the group's settings", () => {
	it("writes the invitation in the chosen language while the popup speaks the browser's", async () => {
		const copies = recordClipboard();
		await seed({ sync: testSettings({ invitationLanguage: "de" }) });
		await renderPopup();
		expect(byId("copy").textContent).toBe(message("copyButton"));
		const { room, pad } = shownLinks();
		const lines = await copiedLines(copies);
		expect(lines).toEqual(
			expect.arrayContaining([
				german("invitationRoomHeadingMuted"),
				room,
				german("invitationPadHeading"),
				pad,
				german("invitationTipsHeading"),
				`- ${german("invitationTipHeadset")}`,
			]),
		);
		for (const key of ["invitationRoomHeadingMuted", "invitationPadHeading", "invitationTipsHeading"] as const) {
			expect(lines).not.toContain(message(key));
		}
		expect(byId("status").textContent).toBe(message("copiedStatus"));
	});

	it("writes it in the chosen language when Copy comes before anything was read", async () => {
		const copies = recordClipboard();
		const settings = testSettings({ invitationLanguage: "de" });
		await seed({ sync: settings });
		// The first frame's copy knows the language too, as the settings page left it.
		localStorage.setItem("first-frame", JSON.stringify({ settings }));
		renderPopupFrame();
		fireEvent.click(byId("copy"));
		await waitFor(() => expect(copies).toHaveLength(1));
		const lines = copies[0]?.split("\n") ?? [];
		expect(lines).toContain(german("invitationPadHeading"));
		expect(lines).not.toContain(message("invitationPadHeading"));
	});

	it("leaves out tips and pad, and the muted start, when switched off", async () => {
		const copies = recordClipboard();
		await seed({ sync: testSettings({ includeTips: false, includePad: false, startAudioMuted: false }) });
		await renderPopup();
		expect(document.getElementById("pad-link")).toBeNull();
		expect(document.getElementById("pad-instance")).toBeNull();
		const { room } = shownLinks();
		expect(room).toMatch(/^https:\/\/meet\.systemli\.org\/[a-z0-9]{26}$/);
		expect(await copiedLines(copies)).toEqual([message("invitationRoomHeading"), room]);

		fireEvent.click(byId("start"));
		await waitFor(() => expect(fake.tabs).toEqual([{ url: room, active: true }]));
	});

	it("lets people join with the camera off, and the invitation says so", async () => {
		const copies = recordClipboard();
		await seed({ sync: testSettings({ startVideoMuted: true }) });
		const view = await renderPopup();
		const { room } = shownLinks();
		expect(room).toMatch(
			/^https:\/\/meet\.systemli\.org\/[a-z0-9]{26}#config\.startWithAudioMuted=true&config\.startWithVideoMuted=true$/,
		);
		expect((await copiedLines(copies)).slice(0, 2)).toEqual([message("invitationRoomHeadingMutedCameraOff"), room]);
		view.unmount();

		// Camera off alone: the heading says only that.
		fake.reset();
		localStorage.clear();
		await seed({ sync: testSettings({ startAudioMuted: false, startVideoMuted: true }) });
		await renderPopup();
		const alone = shownLinks().room;
		expect(alone).toMatch(/^https:\/\/meet\.systemli\.org\/[a-z0-9]{26}#config\.startWithVideoMuted=true$/);
		expect((await copiedLines(copies)).slice(0, 2)).toEqual([message("invitationRoomHeadingCameraOff"), alone]);
	});

	it("adds a backup room on another collective's instance; Start opens only the room and the pad", async () => {
		const copies = recordClipboard();
		await seed({ sync: testSettings({ backupRoom: true }) });
		await renderPopup();
		const { room, pad, backup } = shownLinks();
		expect(room).toMatch(roomPattern("meet.systemli.org"));
		const host = new URL(backup).host;
		expect(host).not.toBe("meet.systemli.org");
		expect(backup).toMatch(roomPattern(host));
		expect(new URL(backup).pathname).not.toBe(new URL(room).pathname);
		const link = byId("backup-link");
		expect(link.getAttribute("title")).toBe(backup);
		expect(link.getAttribute("aria-label")?.startsWith(message("backupLinkOn", host))).toBe(true);
		expect(link.textContent?.startsWith(host)).toBe(true);

		const lines = await copiedLines(copies);
		const at = lines.indexOf(message("invitationBackupHeading"));
		// The links above Signal's fold in the order people need them: the room, the pad, then the backup.
		expect(at).toBeGreaterThan(lines.indexOf(pad));
		expect(lines[at + 1]).toBe(backup);
		expect(lines.filter((line) => line.startsWith("https://"))).toEqual([room, pad, backup]);

		fireEvent.click(byId("start"));
		await waitFor(() => expect(fake.tabs.map((tab) => tab.url)).toEqual([room, pad]));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(fake.tabs.map((tab) => tab.url)).toEqual([room, pad]);
	});

	it("follows settings changed on the options page while it is open", async () => {
		await renderPopup();
		expect(shownLinks().room).toMatch(roomPattern("meet.systemli.org"));
		await fake.store("sync", { jitsiInstance: "vc.autistici.org" });
		await waitFor(() => expect(shownLinks().room).toMatch(roomPattern("vc.autistici.org")));
		expect(byId<HTMLSelectElement>("jitsi-instance").value).toBe("vc.autistici.org");
		await fake.store("sync", { padInstance: "pad.riseup.net" });
		await waitFor(() => expect(shownLinks().pad).toMatch(padPattern("pad.riseup.net")));
		await fake.store("sync", { includePad: false });
		await waitFor(() => expect(document.getElementById("pad-link")).toBeNull());
	});

	it("offers the group's own instances in the pickers", async () => {
		await seed({ sync: testSettings({ customJitsiInstances: ["meet.example.org"] }) });
		await renderPopup();
		const offered = [...byId<HTMLSelectElement>("jitsi-instance").options].map((option) => option.value);
		expect(offered).toContain("meet.example.org");
		fireEvent.change(byId("jitsi-instance"), { target: { value: "meet.example.org" } });
		await waitFor(() => expect(shownLinks().room).toMatch(roomPattern("meet.example.org")));
	});
});
