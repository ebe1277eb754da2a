// The settings page as a group sets it up once: its own instances and their limit, hosts that
// only look right, its Mumble server, the invitation's text settings, history and reset.
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { defaults } from "../../src/lib/settings";
import { findLinks, messageBodyLinks } from "../unit/clients/signal";
import { recordClipboard } from "./clipboard";
import {
	byId,
	message,
	renderOptions,
	renderOptionsFrame,
	renderPopup,
	seed,
	shownLinks,
	testPlenum,
	testSettings,
} from "./factory";
import { fake } from "./fake-browser";
import { mumbleInvitation } from "./invitation";
import { copy } from "./saved";

const hosts = (n: number, kind = "meet") =>
	Array.from({ length: n }, (_, i) => `${kind}-${String(i + 1).padStart(2, "0")}.example.org`);
const sync = () => fake.stored("sync");
const alerts = () => [...document.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent);
const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(id).value;

/** The group's own instances of a kind, as listed with their Remove buttons. */
function ownInstances(kind: "jitsi" | "pad"): string[] {
	return [...document.querySelectorAll(`section[aria-labelledby="${kind}-heading"] li > button`)].map(
		(button) => button.parentElement?.firstChild?.textContent?.trim() ?? "",
	);
}

/** Types a host into the own-Jitsi field and presses Add. */
function addOwnJitsi(host: string) {
	fireEvent.input(byId("jitsi-new-host"), { target: { value: host } });
	fireEvent.submit(byId<HTMLInputElement>("jitsi-new-host").form as HTMLFormElement);
}

/** Types into a field and leaves it, which is when the page takes it. */
function typeAndLeave(id: string, text: string) {
	fireEvent.change(byId(id), { target: { value: text } });
}

/** The field's refusal: announced as an alert, tied to the field, and what was typed stays. */
async function expectRefused(id: string, reason: string, typed: string) {
	await waitFor(() => expect(alerts()).toEqual([reason]));
	const field = byId(id);
	expect(field.getAttribute("aria-invalid")).toBe("true");
	expect(document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent).toBe(reason);
	expect(value(id)).toBe(typed);
}

/** Waits for anything a refused change might still write, then checks nothing was. */
async function expectUnchanged(before: Record<string, unknown>) {
	await new Promise((resolve) => setTimeout(resolve, 50));
	expect(sync()).toEqual(before);
}

/** The page's parts as a reader meets them, by their headings' ids, and whether each starts folded. */
function parts() {
	return [...document.querySelectorAll("main > section")].map((section) => {
		const id = section.getAttribute("aria-labelledby")?.replace(/-heading$/, "");
		const folded = document.getElementById(`${id}-details`)?.hasAttribute("open") === false;
		return folded ? `${id} (folded)` : id;
	});
}

describe("the page's order", () => {
	it("chooses and adds instances first, then what a group sets once, and folds the rare parts", async () => {
		await renderOptions();
		expect(parts()).toEqual([
			"jitsi",
			"pad",
			"invitation",
			"template (folded)",
			"mumble",
			"history",
			"backup (folded)",
			"reset",
		]);
		// Each picker and the field that adds to it share one part, the field right after the picker.
		for (const kind of ["jitsi", "pad"] as const) {
			const section = document.querySelector(`section[aria-labelledby="${kind}-heading"]`);
			const fields = [...(section?.querySelectorAll("select, input") ?? [])].map((field) => field.id);
			expect(fields).toEqual([`${kind}-instance`, `${kind}-new-host`]);
			expect(section?.querySelector("h2")?.textContent).toBe(message(`${kind}InstancesHeading`));
		}
		// Folded parts keep their heading as the summary, so they are found and opened by name.
		const backup = byId<HTMLDetailsElement>("backup-details");
		expect(backup.querySelector("summary")?.textContent).toBe(message("backupHeading"));
		fireEvent.click(byId("backup-heading"));
		await waitFor(() => expect(backup.open).toBe(true));
	});

	it("shows the instances and the invitation's settings in its first frame, the rest right after", async () => {
		renderOptionsFrame();
		// Synchronously after the first render: what a group comes for, and none of the later parts.
		expect(parts()).toEqual(["jitsi", "pad", "invitation"]);
		expect(document.getElementById("status")).not.toBeNull();
		await waitFor(() => expect(parts()).toHaveLength(8));
		expect(parts().at(-1)).toBe("reset");
	});

	it("opens the invitation's text at once where the group has written its own", async () => {
		await seed({ sync: testSettings({ invitationTemplates: { en: "{title}\n{room}" } }) });
		await renderOptions();
		expect(parts()).toContain("template");
		expect(value("template-text")).toBe("{title}\n{room}");
		// Editing it back to the default keeps it open: the page never folds under the person's hands.
		fireEvent.click(byId("template-reset"));
		await waitFor(() => expect(sync().invitationTemplates).toEqual({}));
		expect(byId<HTMLDetailsElement>("template-details").open).toBe(true);
	});
});

describe("the group's own instances", () => {
	it("adds one typed as a sloppy link beside the picker, stored as its bare host, and chooses it", async () => {
		const options = await renderOptions();
		expect(ownInstances("jitsi")).toEqual([]);
		expect(value("jitsi-instance")).toBe("meet.systemli.org");
		addOwnJitsi("  HTTPS://Meet.Example.ORG/  ");
		// The first host typed loads the host check and its Unicode data, slow on a busy machine: the
		// generous timeout of setup.ts applies (five seconds of its own here were less than that).
		await waitFor(() => expect(ownInstances("jitsi")).toEqual(["meet.example.org"]));
		expect(sync()).toMatchObject({ customJitsiInstances: ["meet.example.org"], jitsiInstance: "meet.example.org" });
		expect(value("jitsi-new-host")).toBe("");
		expect(alerts()).toEqual([]);
		expect([...byId<HTMLSelectElement>("jitsi-instance").options].map((o) => o.value)).toContain("meet.example.org");
		expect(value("jitsi-instance")).toBe("meet.example.org");
		expect(byId("status").textContent).toBe(message("savedStatus"));
		// The popup opened next makes its room there.
		options.unmount();
		const copies = recordClipboard();
		await renderPopup();
		expect(shownLinks().room).toMatch(/^https:\/\/meet\.example\.org\/[a-z0-9]{26}#/);
		await copy();
		expect(copies[0]).toContain("https://meet.example.org/");
	});

	it("adds an own pad instance the same way, leaving the Jitsi choice alone", async () => {
		await renderOptions();
		fireEvent.input(byId("pad-new-host"), { target: { value: "pad.example.org" } });
		fireEvent.submit(byId<HTMLInputElement>("pad-new-host").form as HTMLFormElement);
		await waitFor(() => expect(value("pad-instance")).toBe("pad.example.org"));
		expect(sync()).toMatchObject({ customPadInstances: ["pad.example.org"], padInstance: "pad.example.org" });
		expect(value("jitsi-instance")).toBe("meet.systemli.org");
		expect(ownInstances("pad")).toEqual(["pad.example.org"]);
	});

	it("keeps the preferred instance when the host typed is already the group's own", async () => {
		await seed({
			sync: testSettings({ customJitsiInstances: ["meet.example.org"], jitsiInstance: "meet.systemli.org" }),
		});
		await renderOptions();
		const before = sync();
		addOwnJitsi("meet.example.org");
		await expectRefused("jitsi-new-host", message("hostErrorDuplicate", "meet.example.org"), "meet.example.org");
		await expectUnchanged(before);
		expect(value("jitsi-instance")).toBe("meet.systemli.org");
	});

	it("refuses an insecure or non-web link, a look-alike and a loopback host with their reasons, storing nothing", async () => {
		await seed({
			sync: testSettings({ customJitsiInstances: ["meet.example.net"], jitsiInstance: "meet.example.net" }),
		});
		await renderOptions();
		const before = sync();
		for (const [typed, reason] of [
			["http://meet.example.org", message("hostErrorInsecure")],
			["javascript:alert(1)", message("hostErrorScheme", "javascript:")],
			["meet.systemǀi.org", message("hostErrorLookalike", "meet.systemli.org")],
			["127.0.0.1.nip.io", message("hostErrorLoopback", "nip.io")],
		] as [string, string][]) {
			addOwnJitsi(typed);
			await expectRefused("jitsi-new-host", reason, typed);
			expect(ownInstances("jitsi")).toEqual(["meet.example.net"]);
		}
		await expectUnchanged(before);
	});

	it("makes meet.systemli.org preferred again when the preferred own instance is removed", async () => {
		await seed({
			sync: testSettings({
				customJitsiInstances: ["meet.example.org", "meet.example.net"],
				jitsiInstance: "meet.example.org",
			}),
		});
		await renderOptions();
		expect(value("jitsi-instance")).toBe("meet.example.org");
		const remove = document.querySelector(
			`button[aria-label="${message("removeInstanceLabel", "meet.example.org")}"]`,
		) as HTMLButtonElement;
		fireEvent.click(remove);
		await waitFor(() => expect(value("jitsi-instance")).toBe("meet.systemli.org"));
		expect(sync()).toMatchObject({ customJitsiInstances: ["meet.example.net"], jitsiInstance: "meet.systemli.org" });
		expect(ownInstances("jitsi")).toEqual(["meet.example.net"]);
		expect([...byId<HTMLSelectElement>("jitsi-instance").options].map((o) => o.value)).not.toContain(
			"meet.example.org",
		);
	});

	it("states the limit before it is reached, takes the 20th and refuses the 21st", async () => {
		await seed({ sync: testSettings({ customJitsiInstances: hosts(19) }) });
		await renderOptions();
		const field = byId("jitsi-new-host");
		expect(document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
			message("ownInstancesLimit", "20"),
		);
		addOwnJitsi("meet.example.net");
		await waitFor(() => expect(ownInstances("jitsi")).toHaveLength(20));
		expect(sync().customJitsiInstances).toEqual([...hosts(19), "meet.example.net"]);
		expect(alerts()).toEqual([]);

		const before = sync();
		addOwnJitsi("meet.example.com");
		await expectRefused("jitsi-new-host", message("ownInstancesFull", "20"), "meet.example.com");
		await expectUnchanged(before);
	});

	it("lists all 25 own instances stored (from an older version), and refuses one more with the limit", async () => {
		await seed({ sync: testSettings({ customJitsiInstances: hosts(25), customPadInstances: hosts(25, "pad") }) });
		await renderOptions();
		expect(ownInstances("jitsi")).toEqual(hosts(25));
		expect(ownInstances("pad")).toEqual(hosts(25, "pad"));
		expect([...byId<HTMLSelectElement>("jitsi-instance").options].map((o) => o.value)).toEqual(
			expect.arrayContaining(hosts(25)),
		);
		const before = sync();
		addOwnJitsi("meet.example.net");
		await expectRefused("jitsi-new-host", message("ownInstancesFull", "20"), "meet.example.net");
		await expectUnchanged(before);
		expect(ownInstances("jitsi")).toEqual(hosts(25));
	});

	it("refuses in the browser's language: German", async () => {
		const english = message("ownInstancesFull", "20");
		fake.language = "de";
		expect(message("ownInstancesFull", "20")).not.toBe(english);
		await seed({ sync: testSettings({ customJitsiInstances: hosts(19) }) });
		await renderOptions();
		for (const [typed, reason] of [
			["meet.systemǀi.org", message("hostErrorLookalike", "meet.systemli.org")],
			["127.0.0.1.nip.io", message("hostErrorLoopback", "nip.io")],
		] as [string, string][]) {
			addOwnJitsi(typed);
			await expectRefused("jitsi-new-host", reason, typed);
		}
		addOwnJitsi("meet.example.net");
		await waitFor(() => expect(ownInstances("jitsi")).toHaveLength(20));
		addOwnJitsi("meet.example.com");
		await expectRefused("jitsi-new-host", message("ownInstancesFull", "20"), "meet.example.com");
	});
});

describe("the group's Mumble server", () => {
	it("refuses a loopback or look-alike server and keeps it in the field, to be corrected", async () => {
		await renderOptions();
		const before = sync();
		for (const [typed, reason] of [
			["127.0.0.1.nip.io:64739", message("hostErrorLoopback", "nip.io")],
			["meet.systemǀi.org:64739", message("hostErrorLookalike", "meet.systemli.org")],
		] as [string, string][]) {
			typeAndLeave("mumble-server", typed);
			await expectRefused("mumble-server", reason, typed);
		}
		await expectUnchanged(before);
	});

	it("takes a server as host:port, and Mumble's own port as none; the invitation carries both", async () => {
		const options = await renderOptions();
		typeAndLeave("mumble-server", "https://Mumble.Example.ORG:64739/");
		await waitFor(() => expect(sync()).toMatchObject({ mumbleServer: "mumble.example.org", mumblePort: 64739 }));
		expect(alerts()).toEqual([]);
		options.unmount();
		await renderOptions();
		expect(value("mumble-server")).toBe("mumble.example.org:64739");

		typeAndLeave("mumble-server", "mumble.example.org:64738");
		await waitFor(() => expect(sync()).toMatchObject({ mumblePort: 64738 }));
		expect(value("mumble-server")).toBe("mumble.example.org");
		typeAndLeave("mumble-server", "mumble.example.org:64739");
		await waitFor(() => expect(sync()).toMatchObject({ mumblePort: 64739 }));
	});

	it("keeps a bidi override typed into the channel out of the stored channel and the invitation", async () => {
		const options = await renderOptions();
		typeAndLeave("mumble-server", "mumble.example.org:64739");
		await waitFor(() => expect(sync()).toMatchObject({ mumblePort: 64739 }));
		typeAndLeave("mumble-channel", "Plenum/\u202eMain hall\u202c");
		await waitFor(() => expect(sync()).toMatchObject({ mumbleChannel: "Plenum/Main hall" }));
		options.unmount();

		const copies = recordClipboard();
		await renderPopup();
		fireEvent.click(byId("large"));
		expect(shownLinks().room).toBe("mumble://mumble.example.org:64739/Plenum/Main%20hall?version=1.2.0");
		await copy();
		const text = copies[0] ?? "";
		const { pad } = shownLinks();
		expect(text).toBe(
			mumbleInvitation("", { host: "mumble.example.org", port: 64739 }, pad).replace(
				`${message("invitationMumblePort", "64739")}`,
				`${message("invitationMumblePort", "64739")}\n${message("invitationMumbleChannel", "Plenum/Main hall")}`,
			),
		);
		// Signal makes only the pad a link; the server line names the host for the app.
		expect(messageBodyLinks(text)).toEqual([pad]);
		expect(findLinks(text).filter((link) => link !== pad)).toEqual(["mumble.example.org"]);
	});
});

describe("the invitation's settings", () => {
	it("store each switch at once and show it", async () => {
		await renderOptions();
		for (const [id, key] of [
			["include-tips", "includeTips"],
			["include-pad", "includePad"],
			["start-muted", "startAudioMuted"],
		] as const) {
			expect(byId<HTMLInputElement>(id).checked).toBe(true);
			fireEvent.click(byId(id));
			await waitFor(() => expect(sync()).toMatchObject({ [key]: false }));
			expect(byId<HTMLInputElement>(id).checked).toBe(false);
		}
		expect(byId<HTMLInputElement>("start-video-muted").checked).toBe(false);
		fireEvent.click(byId("start-video-muted"));
		await waitFor(() => expect(sync()).toMatchObject({ startVideoMuted: true, version: 2 }));
		fireEvent.change(byId("invitation-language"), { target: { value: "de" } });
		await waitFor(() => expect(sync()).toMatchObject({ invitationLanguage: "de" }));
		// The page itself stays in the browser's language.
		expect(document.querySelector("h1")?.textContent).toBe(message("optionsTitle"));
	});

	it("refuses a link as default title in the browser's language, keeping what was typed", async () => {
		fake.language = "de";
		await renderOptions();
		const before = sync();
		typeAndLeave("default-title", "Umzug: https://evil.example/plenum");
		// The reason names the part and where it would lead; the button after it offers the title
		// with the link broken (its dots and ":" made spaces), all in German.
		await expectRefused(
			"default-title",
			`${message("titleLinkLike", "https://evil.example/plenum", "https://evil.example/plenum")} ${message("titleLinkFix", "Umzug: https //evil example/plenum")}`,
			"Umzug: https://evil.example/plenum",
		);
		expect(byId("default-title-fix").textContent).toBe("„Umzug: https //evil example/plenum“ nehmen");
		await expectUnchanged(before);
	});
});

describe("history and reset", () => {
	it("forgets the recent plenums, not the pinned ones, when history is switched off", async () => {
		await seed({ local: { pinned: [testPlenum(1)], recent: [testPlenum(2), testPlenum(3)] } });
		await renderOptions();
		fireEvent.click(byId("keep-history"));
		await waitFor(() => expect(fake.stored("local").recent).toEqual([]));
		expect(sync()).toMatchObject({ keepHistory: false });
		expect(fake.stored("local").pinned).toEqual([testPlenum(1)]);
	});

	it("resets only after a confirmation, to the defaults, with the focus where keyboard users expect it", async () => {
		const stored = testSettings({
			customJitsiInstances: ["meet.example.org"],
			jitsiInstance: "meet.example.org",
			invitationLanguage: "de",
			includeTips: false,
			defaultTitle: "Plenum",
		});
		await seed({ sync: stored });
		await renderOptions();
		const shown = () => ({
			jitsi: value("jitsi-instance"),
			language: value("invitation-language"),
			tips: byId<HTMLInputElement>("include-tips").checked,
			title: value("default-title"),
			own: ownInstances("jitsi"),
		});
		expect(shown()).toEqual({
			jitsi: "meet.example.org",
			language: "de",
			tips: false,
			title: "Plenum",
			own: ["meet.example.org"],
		});

		fireEvent.click(byId("reset"));
		expect(byId("reset-confirm").textContent).toBe(message("resetConfirm"));
		// A second Enter must not wipe the settings: focus waits on Cancel.
		await waitFor(() => expect(document.activeElement?.id).toBe("reset-cancel"));
		fireEvent.click(byId("reset-cancel"));
		expect(document.getElementById("reset-confirm")).toBeNull();
		// Keyboard users keep their place: focus returns to the button that asked.
		await waitFor(() => expect(document.activeElement?.id).toBe("reset"));
		expect(sync()).toEqual(stored);

		fireEvent.click(byId("reset"));
		fireEvent.click(byId("reset-confirm"));
		await waitFor(() => expect(byId("status").textContent).toBe(message("resetDone")));
		await waitFor(() => expect(document.activeElement?.id).toBe("reset"));
		for (const [key, stored] of Object.entries(sync())) {
			if (key !== "version") expect(stored).toEqual(defaults[key as keyof typeof defaults]);
		}
		expect(shown()).toEqual({
			jitsi: defaults.jitsiInstance,
			language: defaults.invitationLanguage,
			tips: defaults.includeTips,
			title: defaults.defaultTitle,
			own: [],
		});
	});

	it("says so when storage refuses a change, and shows the settings as they were", async () => {
		await renderOptions();
		fake.refuseWrites.sync = new Error("QUOTA_BYTES_PER_ITEM quota exceeded");
		fireEvent.click(byId("include-tips"));
		await waitFor(() =>
			expect(byId("status").textContent).toBe(message("saveFailed", "Error: QUOTA_BYTES_PER_ITEM quota exceeded")),
		);
		expect(byId("status").className).toContain("error");
		expect(byId<HTMLInputElement>("include-tips").checked).toBe(true);
	});
});
