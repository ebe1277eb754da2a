// Stored data the popup did not write: from an older or newer version, another device, a broken
// profile or a hand edit. The popup must keep working, show none of it unchecked, and copy a clean
// invitation (a newer version's data: hostile-versions.e2e.ts).
import { describe, expect, it } from "vitest";
import type { ExtensionPage } from "./harness";
import {
	bidiControls,
	copies,
	copyRecorded,
	expectSignalLinks,
	jitsiInvitation,
	lineBreakCharacters,
	pageText,
	recordCopies,
	secret,
	shownLinks,
	storedLinks,
	storedPlenum,
} from "./hostile-helpers";
import {
	browsers,
	count,
	en,
	isChecked,
	message,
	noRequestLeftTheExtension,
	openSaved,
	padPattern,
	type Session,
	settle,
	storageRead,
	useBrowser,
} from "./scenario";
import { STORAGE_FAULTS_KEY } from "./test-copy";

const freshRoom = /^https:\/\/meet\.systemli\.org\/[a-z0-9]{26}#config\.startWithAudioMuted=true$/;
/** A Jitsi room on systemli, with or without a readable prefix and the title as subject. */
const systemliRoom = /^https:\/\/meet\.systemli\.org\/(?:[a-z0-9]+-)*[a-z0-9]{26}#config\.startWithAudioMuted=true/;
const useButton = (list: "#pinned" | "#recent", n: number) =>
	`${list} > li:nth-child(${n}) .saved-actions > button:nth-child(1)`;

/** Nothing a stored value could plant shows in the page: no turned text, no foreign host, no second line. */
async function expectNothingInjected(page: ExtensionPage) {
	const text = await pageText(page);
	expect(text).not.toMatch(bidiControls);
	expect(text).not.toContain("evil");
	const title = await page.text("#title");
	expect(title).not.toMatch(lineBreakCharacters);
	expect(title).not.toMatch(bidiControls);
}

/** Copies what the popup shows and checks it is the clean default invitation under `title`. */
/** A message up to its first substitution: what the page says before the browser's own words. */
const before$1 = (key: string) => message(en, key, "\u0000").split("\u0000")[0] ?? "";

/** Chooses a file in the settings page's "Restore from file" picker, as a person picking it would. */
function chooseBackupFile(page: ExtensionPage, text: string, name = "backup.json"): Promise<void> {
	return page.evaluate(
		([content, fileName]) => {
			const input = document.querySelector<HTMLInputElement>("#backup-file");
			if (!input) throw new Error("no #backup-file");
			const files = new DataTransfer();
			files.items.add(new File([content], fileName, { type: "application/json" }));
			input.files = files.files;
			input.dispatchEvent(new Event("change", { bubbles: true }));
		},
		[text, name] as const,
	);
}

/** Clicks Copy and waits until the popup has copied and said `status` (up to the browser's words). */
async function copyWithStatus(popup: ExtensionPage, status: string): Promise<string> {
	const count = (await copies(popup)).length;
	await popup.click("#copy");
	await expect.poll(async () => (await copies(popup)).length).toBe(count + 1);
	await expect.poll(() => popup.text("#status")).toContain(status);
	return (await copies(popup)).at(-1) ?? "";
}

async function expectCleanCopy(session: Session, popup: ExtensionPage, title: string) {
	await recordCopies(popup);
	const text = await copyRecorded(session, popup);
	const { room, pad } = await shownLinks(popup);
	expect(room).toMatch(systemliRoom);
	expect(pad).toMatch(/^https:\/\/pad\.systemli\.org\/p\/(?:[a-z0-9]+-)*[a-z0-9]{26}$/);
	expect(text).toBe(jitsiInvitation(title, room, pad));
	expect(text).not.toMatch(bidiControls);
	expectSignalLinks(text, [room, pad]);
}

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });
		const sync = () => session.browser.getStorage("sync");

		it.each([
			["a line break", "Plenum\nRoom moved", "Plenum Room moved"],
			["a bidi override", "Plenum \u202eNord\u202c", "Plenum Nord"],
			["CRLF and an isolate", "Plenum\r\n\u2066Süd\u2069", "Plenum Süd"],
		])("reads a default title with %s as one clean line, in the popup and the options", async (_, stored, clean) => {
			await session.browser.setStorage("sync", { version: 2, defaultTitle: stored });
			const first = await session.open("popup.html");
			await expectNothingInjected(first);
			await first.close();

			const popup = await session.open("popup.html");
			await expect.poll(() => popup.text("#title")).toBe(clean);
			await expectNothingInjected(popup);
			await expectCleanCopy(session, popup, clean);

			const options = await session.open("options.html");
			expect(await options.text("#default-title")).toBe(clean);
			// Reading is no change: the stored value stays until someone saves a new one.
			expect((await sync()).defaultTitle).toBe(stored);
		});

		it("shows the stored default title on the very first opening; one with a link shown, marked and kept out", async () => {
			await session.browser.setStorage("sync", { version: 2, defaultTitle: "Plenum Nord" });
			const popup = await session.open("popup.html");
			await expect.poll(() => popup.text("#title")).toBe("Plenum Nord");
			await expect.poll(async () => (await shownLinks(popup)).room).toContain("config.subject=");
			await popup.close();

			// A stored text the link rule refuses is never silently emptied: the field shows it with
			// the reason, and neither the links nor the invitation carry it.
			const linked = "Room moved: https://evil.example/plenum";
			await session.browser.setStorage("sync", { version: 2, defaultTitle: linked });
			const marked = await session.open("popup.html");
			await expect.poll(() => marked.text("#title")).toBe(linked);
			await expect.poll(() => marked.text("#title-problem")).toContain("https://evil.example/plenum");
			expect((await shownLinks(marked)).room).not.toContain("evil");
			const options = await session.open("options.html");
			await expect.poll(() => options.text("#default-title")).toBe(linked);
			expect((await sync()).defaultTitle).toBe(linked);
		});

		it("drops stored plenums whose room or pad is no plain name on a host (version 2)", async () => {
			const name = secret("room1");
			const bad = [
				storedPlenum(1, { room: { host: "meet.systemli.org", name: `${name}\nRoom moved: evil.example.com` } }),
				storedPlenum(2, { room: { host: "meet.systemli.org\nevil.example.com", name } }),
				storedPlenum(3, { room: { host: "evil.example.com/meet.systemli.org", name } }),
				storedPlenum(4, { room: { host: "meet.systemli.org@evil.example.com", name } }),
				storedPlenum(5, { room: { host: "meet.systemli.org:8443", name } }),
				storedPlenum(6, { room: { host: "MEET.SYSTEMLI.ORG", name } }),
				storedPlenum(7, { room: { host: "meet.systemlі.org", name } }),
				storedPlenum(8, { pad: { host: "pad.systemli.org", name: `../../evil/${name}` } }),
				storedPlenum(9, { room: { host: "meet.systemli.org", name: `${name}#config.subject="evil"` } }),
			];
			await session.browser.setStorage("local", { version: 2, current: bad[0], pinned: bad, recent: bad.slice(1) });
			const popup = await session.open("popup.html");
			await openSaved(popup);
			await popup.waitFor("#saved .hint");
			expect(await count(popup, "#pinned > li")).toBe(0);
			expect(await count(popup, "#recent > li")).toBe(0);
			expect(await pageText(popup)).toContain(message(en, "pinnedEmpty"));
			const { room, pad } = await shownLinks(popup);
			expect(room).toMatch(freshRoom);
			expect(pad).toMatch(padPattern("pad.systemli.org"));
			expect(await isChecked(popup, "#large")).toBe(false);
			await expectNothingInjected(popup);
			await expectCleanCopy(session, popup, "");
		});

		it("drops version-1 plenums whose links hold a line break or lead elsewhere than they say", async () => {
			const room = secret("room1");
			const bad = [
				storedLinks(1, { roomUrl: `https://meet.systemli.org/${room}\n\nRoom moved: https://evil.example.com/x` }),
				storedLinks(2, { roomUrl: `https://meet.systemli.org/plenum\n${room}` }),
				storedLinks(3, { roomUrl: `javascript:alert("evil")//meet.systemli.org/${room}` }),
				storedLinks(4, { roomUrl: `http://meet.systemli.org/${room}` }),
				storedLinks(5, { roomUrl: 42 }),
				storedLinks(6, { padUrl: "https://pad.systemli.org/p/../../evil" }),
				storedLinks(7, { padUrl: `https://pad.systemli.org/p/${room}\nevil` }),
				storedLinks(8, { roomUrl: `https://meet.systemli.org/${"a".repeat(5000)}${room}` }),
			];
			const good = storedLinks(9, { title: "Plenum\n\u202eNord", name: "Monday\u2028plenum\u202e" });
			await session.browser.setStorage("local", { pinned: [...bad, good], recent: bad });
			const popup = await session.open("popup.html");
			await openSaved(popup);
			await popup.waitFor("#pinned li");
			expect(await count(popup, "#pinned > li")).toBe(1);
			expect(await count(popup, "#recent > li")).toBe(0);
			expect(await popup.text("#pinned > li strong")).toBe("Monday plenum");
			await expectNothingInjected(popup);

			await popup.click(useButton("#pinned", 1));
			await expect.poll(() => popup.text("#title")).toBe("Plenum Nord");
			const shown = await shownLinks(popup);
			expect(shown).toEqual({
				room: `https://meet.systemli.org/${secret("room9")}#config.startWithAudioMuted=true&config.subject=%22Plenum%20Nord%22`,
				pad: `https://pad.systemli.org/p/${secret("pad9")}`,
			});
			await expectNothingInjected(popup);
			await expectCleanCopy(session, popup, "Plenum Nord");
		});

		it("shows a stored plenum on a foreign host under its real host, never under the one its link pretends", async () => {
			const room = secret("room1");
			await session.browser.setStorage("local", {
				pinned: [
					storedLinks(1, {
						roomUrl: `https://meet.systemli.org@meet.example.net/${room}#config.startWithAudioMuted=true`,
					}),
				],
			});
			const popup = await session.open("popup.html");
			await openSaved(popup);
			await popup.waitFor("#pinned li");
			expect(await popup.text("#pinned .saved-details")).toMatch(/ · meet\.example\.net$/);
			await popup.click(useButton("#pinned", 1));
			await expect.poll(async () => (await shownLinks(popup)).room).toMatch(/^https:\/\/meet\.example\.net\//);
			const link = await popup.evaluate(() => {
				const a = document.querySelector("#room-link");
				return { text: a?.textContent, label: a?.getAttribute("aria-label"), title: a?.getAttribute("title") };
			});
			expect(link.text).toMatch(/^meet\.example\.net\//);
			expect(link.label).toBe(`${message(en, "roomLinkOn", "meet.example.net")}: ${link.text}`);
			expect(link.title).not.toContain("meet.systemli.org");

			await recordCopies(popup);
			const text = await copyRecorded(session, popup);
			const shown = await shownLinks(popup);
			expect(shown.room).toBe(
				`https://meet.example.net/${room}#config.startWithAudioMuted=true&config.subject=%22Plenum%201%22`,
			);
			expect(text).toBe(jitsiInvitation("Plenum 1", shown.room, shown.pad));
			expect(text).not.toContain("meet.systemli.org");
			expectSignalLinks(text, [shown.room, shown.pad]);
		});

		it.each([
			["a bidi override", "Plenum/\u202eMain hall"],
			["a line separator", "Plenum\u2028Main hall"],
			["a bidi isolate", "\u2067Plenum\u2069"],
		])("keeps a stored Mumble channel with %s out of the invitation", async (_, channel) => {
			await session.browser.setStorage("sync", { version: 2, mumbleChannel: channel });
			await session.browser.setStorage("local", {
				version: 2,
				pinned: [
					storedPlenum(1, {
						title: "Assembly",
						voice: "mumble",
						room: undefined,
						mumble: { server: "", port: 64738, channel },
					}),
				],
			});
			const popup = await session.open("popup.html");
			await recordCopies(popup);
			// The settings' channel, in a large assembly proposed now...
			await popup.click("#large");
			await expect.poll(async () => (await shownLinks(popup)).room).toMatch(/^https:\/\/talk\.systemli\.org/);
			// The channel comes from the stored settings, read after the first frame: copied before
			// that, the invitation would hold no channel to check.
			await storageRead(popup);
			const proposed = await copyRecorded(session, popup);
			// ...and the pinned one's, used again.
			await openSaved(popup);
			await popup.waitFor("#pinned li");
			await popup.click(useButton("#pinned", 1));
			await expect.poll(() => popup.text("#title")).toBe("Assembly");
			const pinned = await copyRecorded(session, popup);
			for (const text of [proposed, pinned]) {
				expect(text).not.toMatch(bidiControls);
				expect(text).not.toMatch(/[\v\f\r\u0085\u2028\u2029]/);
			}
			const { room, pad } = await shownLinks(popup);
			expectSignalLinks(pinned, [room, pad].filter(Boolean), ["talk.systemli.org"]);
		});

		it("takes a huge stored title as its first 200 characters, without freezing", async () => {
			const huge = "Plenum Nord ".repeat(90_000);
			await session.browser.setStorage("local", {
				version: 2,
				current: storedPlenum(1, { title: huge }),
				pinned: [storedPlenum(2, { title: `${"x".repeat(300_000)} evil.example.com`, name: "y".repeat(300_000) })],
			});
			const begin = Date.now();
			const popup = await session.open("popup.html");
			const expected = huge.slice(0, 200).trimEnd();
			await expect.poll(() => popup.text("#title")).toBe(expected);
			expect(Date.now() - begin).toBeLessThan(10_000);
			await openSaved(popup);
			await popup.waitFor("#pinned li");
			expect(await popup.text("#pinned > li strong")).toBe("y".repeat(200));
			await expectNothingInjected(popup);
			await expectCleanCopy(session, popup, expected);
		});

		it("works with defaults where every stored value has the wrong type", async () => {
			await session.browser.setStorage("sync", {
				version: "3",
				jitsiInstance: 42,
				padInstance: null,
				customJitsiInstances: { 0: "meet.example.org" },
				customPadInstances: "pad.example.org",
				invitationLanguage: ["de"],
				startAudioMuted: "true",
				startVideoMuted: 1,
				includeTips: "yes",
				includePad: [],
				openPadWithRoom: {},
				titleInNames: "false",
				backupRoom: "on",
				durationMinutes: "120",
				defaultTitle: { text: "evil" },
				keepHistory: 0,
				mumbleServer: ["talk.example.org"],
				mumblePort: "64739",
				mumbleChannel: 5,
			});
			const oddlyTyped = storedPlenum(4, {
				title: 7,
				created: "yesterday",
				start: "tomorrow",
				repeat: 3,
				name: {},
				audioMuted: "yes",
				videoMuted: null,
			});
			await session.browser.setStorage("local", {
				version: 2,
				current: ["evil"],
				pinned: "evil",
				recent: [
					null,
					0,
					"",
					[],
					{},
					{ id: 5 },
					storedPlenum(3, { room: "https://meet.systemli.org/evil" }),
					oddlyTyped,
				],
			});
			const popup = await session.open("popup.html");
			await openSaved(popup);
			await popup.waitFor("#recent li");
			expect(await count(popup, "#pinned > li")).toBe(0);
			expect(await count(popup, "#recent > li")).toBe(1);
			expect(await popup.text("#recent > li strong")).toBe(message(en, "untitledPlenum"));
			expect(await popup.text("#title")).toBe("");
			expect((await shownLinks(popup)).room).toMatch(freshRoom);
			await expectNothingInjected(popup);
			await expectCleanCopy(session, popup, "");

			// The odd one, used again, is a plain muted room with no title.
			await popup.click(useButton("#recent", 1));
			await expect
				.poll(async () => (await shownLinks(popup)).room)
				.toBe(`https://meet.systemli.org/${secret("room4")}#config.startWithAudioMuted=true`);
			const options = await session.open("options.html");
			expect(await options.text("#jitsi-instance")).toBe("meet.systemli.org");
			expect(await options.text("#default-title")).toBe("");
			expect(await options.text("#mumble-server")).toBe("");
			expect(await isChecked(options, "#include-tips")).toBe(true);
		});

		it("treats storage reads that fail as failures: copies, renews and copies again, loses nothing and says so", async () => {
			const local = { version: 2, current: storedPlenum(1), pinned: [storedPlenum(2)], recent: [storedPlenum(3)] };
			const settings = { version: 2, defaultTitle: "Plenum Nord", includeTips: false, keepHistory: true };
			await session.browser.setStorage("local", local);
			await session.browser.setStorage("sync", settings);
			const healthy = await session.open("popup.html");
			await expect.poll(async () => (await shownLinks(healthy)).room).toContain(secret("room1"));
			await healthy.evaluate((key) => localStorage.setItem(key, "reads"), STORAGE_FAULTS_KEY);
			await healthy.close();

			const popup = await session.open("popup.html");
			// The room people were invited to, from the first frame's copy: storage said nothing.
			expect((await shownLinks(popup)).room).toContain(secret("room1"));
			await expect.poll(() => popup.text("#status")).toContain(before$1("storageReadFailed"));
			await recordCopies(popup);
			const first = await copyWithStatus(popup, before$1("copiedNotSaved"));
			expect(first).toContain(secret("room1"));
			expect(await popup.evaluate(() => document.querySelector("#status")?.className)).toContain("error");
			await popup.click("#new-room");
			await expect.poll(() => popup.text("#status")).toContain(before$1("plenumNotSaved"));
			const invited = (await shownLinks(popup)).room;
			expect(invited).not.toContain(secret("room1"));
			const second = await copyWithStatus(popup, before$1("copiedNotSaved"));
			expect(second).toContain(invited);
			await popup.close();

			// Reopened while storage still fails: the room of the last invitation.
			const again = await session.open("popup.html");
			expect((await shownLinks(again)).room).toBe(invited);
			await again.evaluate((key) => localStorage.removeItem(key), STORAGE_FAULTS_KEY);
			expect(await session.browser.getStorage("local")).toEqual(local);
			expect(await session.browser.getStorage("sync")).toEqual(settings);
		});

		it("keeps working with the plenum shown when stored times of making are 1e20, -1, NaN or text", async () => {
			const odd = [1e20, -1, Number.NaN, "2026-12-04", -1e20];
			await session.browser.setStorage("local", {
				version: 2,
				current: storedPlenum(1, { created: 1e20 }),
				pinned: odd.map((created, i) => storedPlenum(10 + i, { created })),
				recent: odd.map((created, i) => storedPlenum(20 + i, { created })),
			});
			const popup = await session.open("popup.html");
			await expect.poll(async () => (await shownLinks(popup)).room).toContain(secret("room1"));
			await openSaved(popup);
			await popup.waitFor("#recent li");
			expect(await count(popup, "#pinned > li")).toBe(odd.length);
			expect(await count(popup, "#recent > li")).toBe(odd.length);
			expect(await pageText(popup)).not.toContain("Invalid");
			// The first frame's copy with such a time paints the plenum too.
			await popup.evaluate(() => {
				const frame = JSON.parse(localStorage.getItem("first-frame") ?? "{}");
				localStorage.setItem("first-frame", JSON.stringify({ ...frame, current: { ...frame.current, created: 1e20 } }));
			});
			await popup.close();
			const again = await session.open("popup.html");
			expect((await shownLinks(again)).room).toContain(secret("room1"));
			await recordCopies(again);
			expect(await copyRecorded(session, again)).toContain(secret("room1"));
		});

		it("saves a backup file, and after a wipe restores it; a broken or foreign file is refused and changes nothing", async () => {
			const local = {
				version: 2,
				current: storedPlenum(1),
				pinned: [storedPlenum(2, { name: "AG" })],
				recent: [storedPlenum(3)],
			};
			await session.browser.setStorage("local", local);
			await session.browser.setStorage("sync", { version: 2, jitsiInstance: "meet.immerda.ch", includeTips: false });
			const options = await session.open("options.html");
			await options.click("#backup-heading");
			await options.click("#backup-save");
			await expect.poll(() => options.text("#status")).toBe(message(en, "backupSaved"));
			await expect.poll(async () => (await session.browser.downloads()).length).toBe(1);
			const [file] = await session.browser.downloads();
			expect(file?.name).toMatch(/^plenum-launcher-backup-\d{4}-\d{2}-\d{2}\.json$/);
			const text = file?.text ?? "";
			expect(JSON.parse(text)).toMatchObject({ format: "plenum-launcher-backup", version: 1 });

			await session.browser.clearStorage("local");
			await session.browser.clearStorage("sync");
			const valid = JSON.parse(text);
			// No two in a row with the same message: each file's message then replaces the last one's,
			// so the wait for it is a wait for that file to have been read.
			const broken: [string, string][] = [
				[text.slice(0, text.length / 2), "backupNotJson"],
				[JSON.stringify({ settings: {}, pinned: [] }), "backupNotBackup"],
				["", "backupNotJson"],
				[JSON.stringify([valid]), "backupNotBackup"],
				[JSON.stringify({ ...valid, version: 99 }), "backupNewer"],
				[" ".repeat(1_000_001), "backupTooLarge"],
			];
			for (const [content, key] of broken) {
				await chooseBackupFile(options, content);
				await expect.poll(() => options.text("#status")).toBe(message(en, key));
				expect(await count(options, "#backup-preview")).toBe(0);
			}
			expect(await session.browser.getStorage("local")).toEqual({});
			expect(await session.browser.getStorage("sync")).toEqual({});

			// A plenum the file's damaged copy of cannot be trusted is left out; the rest is shown first.
			valid.plenums.recent.push({ ...storedPlenum(4), room: { host: "evil.example/x", name: "x" } });
			await chooseBackupFile(options, JSON.stringify(valid));
			await options.waitFor("#backup-preview");
			expect(await options.text("#backup-preview legend")).toBe(message(en, "backupPreview", "1", "2", "2"));
			expect(await options.text("#backup-preview")).toContain(message(en, "backupDropped", "1"));
			expect(await options.text("#backup-preview ul")).toContain("AG");
			await options.click("#backup-apply");
			await expect.poll(() => options.text("#status")).toBe(message(en, "backupRestored"));
			expect(await session.browser.getStorage("sync")).toMatchObject({
				jitsiInstance: "meet.immerda.ch",
				includeTips: false,
			});
			const restored = await session.browser.getStorage("local");
			expect(restored.pinned).toEqual(local.pinned);
			expect(restored.recent).toEqual([local.current, ...local.recent]);
			await expect.poll(() => options.text("#jitsi-instance")).toBe("meet.immerda.ch");

			// The same file again adds nothing.
			await chooseBackupFile(options, JSON.stringify(valid));
			await options.waitFor("#backup-preview");
			expect(await options.text("#backup-preview legend")).toBe(message(en, "backupNothingNew"));
			expect(await count(options, "#backup-apply")).toBe(0);
		});

		it("repairs a broken first-frame copy before painting from it", async () => {
			const options = await session.open("options.html");
			// After the page's own first read of storage, which refreshes the copy: written before it,
			// the broken settings would be replaced by the stored ones and never painted from.
			await storageRead(options, ["plenum:settings-read"]);
			await options.evaluate((name) => {
				localStorage.setItem(
					"first-frame",
					JSON.stringify({
						settings: { jitsiInstance: "evil.example.com", defaultTitle: "Plenum\u202e\nNord", includeTips: "no" },
						current: {
							id: "abc",
							created: 1,
							title: "x",
							voice: "jitsi",
							room: { host: "meet.systemli.org", name: `${name}\nRoom moved: evil.example.com` },
							audioMuted: true,
							videoMuted: false,
						},
					}),
				);
			}, secret("room1"));
			await options.close();
			const popup = await session.open("popup.html");
			const first = await popup.evaluate(
				() => (performance.getEntriesByName("plenum:first-render")[0] as PerformanceMark | undefined)?.detail?.room,
			);
			expect(first).toMatch(
				/^https:\/\/meet\.systemli\.org\/(?:plenum-nord-)?[a-z0-9]{26}#config\.startWithAudioMuted=true/,
			);
			await expectNothingInjected(popup);
			// Then storage has the last word: the copy's (repaired) default title gives way to the stored one.
			await expect
				.poll(() =>
					popup.evaluate(() =>
						["plenum:settings-read", "plenum:storage-read"].every(
							(mark) => performance.getEntriesByName(mark).length > 0,
						),
					),
				)
				.toBe(true);
			await settle();
			await expectNothingInjected(popup);
			const title = await popup.text("#title");
			expect(["", "Plenum Nord"]).toContain(title);
			await expectCleanCopy(session, popup, title);

			// Not even JSON.
			await popup.evaluate(() => localStorage.setItem("first-frame", "{{{\u202e"));
			await popup.close();
			const again = await session.open("popup.html");
			await expectNothingInjected(again);
			expect((await shownLinks(again)).room).toMatch(systemliRoom);
		});

		noRequestLeftTheExtension(session);
	});
});
