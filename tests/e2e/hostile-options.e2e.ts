// The options page's limits and host fields against what people (or other pages) throw at them:
// more own instances than the limit, look-alike and loopback hosts, a Mumble server with its port.
import { describe, expect, it } from "vitest";
import type { ExtensionPage } from "./harness";
import {
	alerts,
	bidiControls,
	copyRecorded,
	expectSignalLinks,
	mumbleInvitation,
	ownInstances,
	recordCopies,
	setValue,
	shownLinks,
} from "./hostile-helpers";
import {
	browsers,
	de,
	en,
	type Messages,
	message,
	noRequestLeftTheExtension,
	optionValues,
	type Session,
	settle,
	useBrowser,
} from "./scenario";

const addJitsi = "#jitsi-new-host ~ button[type=submit]";
const hosts = (n: number, kind = "meet") =>
	Array.from({ length: n }, (_, i) => `${kind}-${String(i + 1).padStart(2, "0")}.example.org`);

/** Types a host into the own-Jitsi field and presses Add. */
async function addOwnJitsi(options: ExtensionPage, host: string) {
	await options.fill("#jitsi-new-host", host);
	await options.click(addJitsi);
}

/** The field's refusal: announced as an alert and tied to the field. */
async function expectRefused(options: ExtensionPage, field: string, reason: string) {
	await expect.poll(() => alerts(options)).toContain(reason);
	expect(
		await options.evaluate((s) => {
			const input = document.querySelector(s);
			const described = input?.getAttribute("aria-describedby") ?? "";
			return { invalid: input?.getAttribute("aria-invalid"), text: document.getElementById(described)?.textContent };
		}, field),
	).toEqual({ invalid: "true", text: reason });
}

/** Look-alike and loopback hosts, refused in the own-instance field and the Mumble server field alike. */
async function refusesTrickHosts(session: Session, m: Messages) {
	const before = await session.browser.getStorage("sync");
	const cases = [
		["meet.systemǀi.org", message(m, "hostErrorLookalike", "meet.systemli.org")],
		["127.0.0.1.nip.io", message(m, "hostErrorLoopback", "nip.io")],
	] as const;
	const options = await session.open("options.html");
	for (const [typed, reason] of cases) {
		await addOwnJitsi(options, typed);
		await expectRefused(options, "#jitsi-new-host", reason);
		expect(await alerts(options)).toEqual([reason]);
		expect(await options.text("#jitsi-new-host")).toBe(typed);
		expect(await ownInstances(options, "jitsi")).toEqual([]);
	}
	await options.close();
	// Each on a page of its own: one refusal must not stand in the way of checking the next.
	for (const [typed, reason] of cases) {
		const page = await session.open("options.html");
		await page.fill("#mumble-server", `${typed}:64739`);
		await page.press("Tab");
		await expectRefused(page, "#mumble-server", reason);
		expect(await alerts(page)).toEqual([reason]);
		await page.close();
	}
	await settle();
	expect(await session.browser.getStorage("sync")).toEqual(before);
}

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });
		const sync = () => session.browser.getStorage("sync");

		it("lists all 25 own instances stored, and refuses one more with the limit, storing nothing", async () => {
			const stored = { version: 2, customJitsiInstances: hosts(25), customPadInstances: hosts(25, "pad") };
			await session.browser.setStorage("sync", stored);
			const options = await session.open("options.html");
			await expect.poll(() => ownInstances(options, "jitsi")).toEqual(hosts(25));
			expect(await ownInstances(options, "pad")).toEqual(hosts(25, "pad"));
			expect(await optionValues(options, "#jitsi-instance")).toEqual(expect.arrayContaining(hosts(25)));

			await addOwnJitsi(options, "meet.example.net");
			await expectRefused(options, "#jitsi-new-host", message(en, "ownInstancesFull", "20"));
			expect(await options.text("#jitsi-new-host")).toBe("meet.example.net");
			await settle();
			expect(await sync()).toEqual(stored);
			expect(await ownInstances(options, "jitsi")).toEqual(hosts(25));

			const popup = await session.open("popup.html");
			expect(await optionValues(popup, "#jitsi-instance")).toEqual(expect.arrayContaining(hosts(25)));
			expect(await optionValues(popup, "#pad-instance")).toEqual(expect.arrayContaining(hosts(25, "pad")));
		});

		it("states the limit before it is reached, takes the 20th and refuses the 21st", async () => {
			const options = await session.open("options.html");
			const limit = message(en, "ownInstancesLimit", "20");
			const hint = () =>
				options.evaluate(() => {
					const input = document.querySelector("#jitsi-new-host");
					const described = input?.getAttribute("aria-describedby") ?? "";
					return document.getElementById(described)?.textContent;
				});
			expect(await hint()).toBe(limit);
			await options.close();

			await session.browser.setStorage("sync", { version: 2, customJitsiInstances: hosts(19) });
			const again = await session.open("options.html");
			await expect.poll(() => ownInstances(again, "jitsi")).toHaveLength(19);
			await addOwnJitsi(again, "meet.example.net");
			await expect.poll(async () => (await sync()).customJitsiInstances).toEqual([...hosts(19), "meet.example.net"]);
			await expect.poll(() => ownInstances(again, "jitsi")).toHaveLength(20);
			expect(await alerts(again)).toEqual([]);

			await addOwnJitsi(again, "meet.example.com");
			await expectRefused(again, "#jitsi-new-host", message(en, "ownInstancesFull", "20"));
			await settle();
			expect((await sync()).customJitsiInstances).toEqual([...hosts(19), "meet.example.net"]);
		});

		it("keeps to the limit when two options tabs add the 20th own instance at the same moment", async () => {
			await session.browser.setStorage("sync", { version: 2, customJitsiInstances: hosts(19) });
			const first = await session.open("options.html");
			const second = await session.open("options.html");
			for (const page of [first, second]) await expect.poll(() => ownInstances(page, "jitsi")).toHaveLength(19);
			await setValue(first, "#jitsi-new-host", "meet.example.net");
			await setValue(second, "#jitsi-new-host", "meet.example.com");
			const submit = (page: ExtensionPage) =>
				page.evaluate(() => (document.querySelector("#jitsi-new-host") as HTMLInputElement).form?.requestSubmit());
			await Promise.all([submit(first), submit(second)]);
			await settle();
			const stored = (await sync()).customJitsiInstances as string[];
			expect(stored.length).toBe(20);
			const full = message(en, "ownInstancesFull", "20");
			expect([...(await alerts(first)), ...(await alerts(second))]).toEqual([full]);
		});

		it("refuses a look-alike and a loopback host with their messages", async () => {
			await refusesTrickHosts(session, en);
		});

		it("keeps a refused Mumble server in its field, to be corrected", async () => {
			const options = await session.open("options.html");
			await options.fill("#mumble-server", "127.0.0.1.nip.io:64739");
			await options.press("Tab");
			await expectRefused(options, "#mumble-server", message(en, "hostErrorLoopback", "nip.io"));
			expect(await options.text("#mumble-server")).toBe("127.0.0.1.nip.io:64739");
		});

		it("takes a Mumble server as host:port and carries both into the invitation", async () => {
			const options = await session.open("options.html");
			await options.fill("#mumble-server", "https://Mumble.Example.ORG:64739/");
			await options.press("Tab");
			await expect.poll(sync).toMatchObject({ mumbleServer: "mumble.example.org", mumblePort: 64739 });
			expect(await alerts(options)).toEqual([]);
			await options.close();
			const reopened = await session.open("options.html");
			expect(await reopened.text("#mumble-server")).toBe("mumble.example.org:64739");

			const popup = await session.open("popup.html");
			await recordCopies(popup);
			await popup.click("#large");
			await expect
				.poll(async () => (await shownLinks(popup)).room)
				.toBe("mumble://mumble.example.org:64739/?version=1.2.0");
			const text = await copyRecorded(session, popup);
			const { pad } = await shownLinks(popup);
			expect(text).toBe(mumbleInvitation("", { host: "mumble.example.org", port: 64739 }, pad));
			expect(text.split("\n")).toEqual(
				expect.arrayContaining([
					message(en, "invitationMumbleServer", "mumble.example.org"),
					message(en, "invitationMumblePort", "64739"),
				]),
			);
			expectSignalLinks(text, [pad], ["mumble.example.org"]);
		});

		it("keeps a bidi override typed into the Mumble channel out of the invitation", async () => {
			const options = await session.open("options.html");
			await options.fill("#mumble-channel", "Plenum/\u202eMain hall\u202c");
			await options.press("Tab");
			await settle();
			const popup = await session.open("popup.html");
			await recordCopies(popup);
			await popup.click("#large");
			await expect.poll(async () => (await shownLinks(popup)).room).toMatch(/^https:\/\/talk\.systemli\.org/);
			await settle();
			const text = await copyRecorded(session, popup);
			const { room, pad } = await shownLinks(popup);
			expect(text).not.toMatch(bidiControls);
			expectSignalLinks(text, [room, pad], ["talk.systemli.org"]);
		});

		it("takes Mumble's own port as no port at all", async () => {
			const options = await session.open("options.html");
			await options.fill("#mumble-server", "mumble.example.org:64738");
			await options.press("Tab");
			await expect.poll(sync).toMatchObject({ mumbleServer: "mumble.example.org", mumblePort: 64738 });
			await options.close();
			expect(await (await session.open("options.html")).text("#mumble-server")).toBe("mumble.example.org");
		});

		noRequestLeftTheExtension(session);
	});

	describe("German", () => {
		const session = useBrowser(name, { locale: "de", colorScheme: "light" });

		it("refuses a link as title, a full list, a look-alike and a loopback host in German", async () => {
			const popup = await session.open("popup.html");
			await popup.fill("#title", "Umzug: https://evil.example/plenum");
			await expect
				.poll(() => popup.text("#title-problem"))
				.toBe(message(de, "titleLinkLike", "https://evil.example/plenum"));
			expect(await popup.text("#title-problem")).not.toBe(message(en, "titleLinkLike", "https://evil.example/plenum"));

			await refusesTrickHosts(session, de);

			await session.browser.setStorage("sync", { version: 2, customJitsiInstances: hosts(20) });
			const full = await session.open("options.html");
			await expect.poll(() => ownInstances(full, "jitsi")).toHaveLength(20);
			await addOwnJitsi(full, "meet.example.net");
			await expectRefused(full, "#jitsi-new-host", message(de, "ownInstancesFull", "20"));
		});

		noRequestLeftTheExtension(session);
	});
});
