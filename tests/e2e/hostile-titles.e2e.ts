// Titles typed or pasted to trick the invitation: invisible controls that turn text around or break
// lines, quotes Jitsi rewrites, emoji sequences, far too much text, and titles that are links.
import { describe, expect, it } from "vitest";
import type { ExtensionPage } from "./harness";
import {
	bidiControls,
	copies,
	copyRecorded,
	expectSignalLinks,
	jitsiInvitation,
	jitsiSubject,
	lineBreakCharacters,
	mumbleInvitation,
	recordCopies,
	setValue,
	shownLinks,
	systemliWebClient,
	valueUnits,
} from "./hostile-helpers";
import {
	browsers,
	count,
	en,
	fallbackText,
	message,
	noRequestLeftTheExtension,
	type Session,
	settle,
	storageRead,
	useBrowser,
} from "./scenario";

type Hostile = {
	what: string;
	text: string;
	/** The title the invitation must carry; undefined: check the long-title rules instead. */
	clean?: string;
	/** A keyboard can type it (else it is pasted: set and announced with an input event). */
	typed: boolean;
};

const hostileTitles: Hostile[] = [
	{
		what: "bidi embeddings, overrides and isolates",
		text: "Plenum \u202a\u202b\u202c\u202d\u202eevil\u2066\u2067\u2068\u2069 Nord",
		clean: "Plenum evil Nord",
		typed: true,
	},
	{
		what: "a right-to-left override that reverses a word",
		text: "Plenum \u202edrow\u202c",
		clean: "Plenum drow",
		typed: true,
	},
	{ what: "lone surrogates", text: "Plenum \ud83d Nord \udc00", clean: "Plenum Nord", typed: false },
	{
		what: "line and paragraph separators, NEL and a vertical tab",
		text: "Plenum\u2028Room moved\u2029to\u0085the\u000bhall",
		clean: "Plenum Room moved to the hall",
		typed: false,
	},
	{
		what: "typographic quotes and a backslash before &",
		text: "„Plenum“ über ‚Miete‘ ’n’ \\& “Wohnen” \\\\& ‛x‟",
		clean: "„Plenum“ über ‚Miete‘ ’n’ \\& “Wohnen” \\\\& ‛x‟",
		typed: true,
	},
	{ what: "emoji joined with ZWJ", text: "👩‍💻 Plenum 🏳️‍🌈 🧑🏽‍🚀", clean: "👩‍💻 Plenum 🏳️‍🌈 🧑🏽‍🚀", typed: true },
	{ what: "500 characters", text: "Plenum 👩‍💻 Wohnen, Miete ".repeat(20).slice(0, 500), typed: false },
];

/**
 * Puts a title into the popup's field the way a person would: typed where a keyboard can, else
 * pasted. Gives how long the page then took to get to its next task: a frozen popup shows there.
 */
async function enterTitle(popup: ExtensionPage, title: Hostile): Promise<number> {
	if (!title.typed) return setValue(popup, "#title", title.text);
	// Emptied as a person would (select all, delete): the driver's own clearing sends no input event,
	// so a render in between would put the old title back in front of the typed one.
	await setValue(popup, "#title", "");
	await popup.fill("#title", title.text);
	return popup.evaluate(async () => {
		const begin = performance.now();
		await new Promise((resolve) => setTimeout(resolve, 0));
		return performance.now() - begin;
	});
}

/** The long title: whole graphemes from the start, at most 200 UTF-16 units, on one line. */
function expectFittedTitle(line: string, typed: string) {
	expect(line.length).toBeLessThanOrEqual(200);
	expect(line.length).toBeGreaterThan(180);
	expect(typed.startsWith(line)).toBe(true);
	const graphemes = (text: string) => Array.from(new Intl.Segmenter().segment(text), (s) => s.segment);
	const kept = graphemes(line);
	expect(graphemes(typed).slice(0, kept.length)).toEqual(kept);
}

/** Copies with `title` in the field and checks the invitation whole, as Signal and Jitsi would read it. */
async function copyAndCheck(session: Session, popup: ExtensionPage, title: Hostile, large: boolean) {
	const handled = await enterTitle(popup, title);
	// A frozen popup takes seconds; this one answers within a frame or two.
	expect(handled, title.what).toBeLessThan(1000);
	expect(await count(popup, "#title-problem"), title.what).toBe(0);
	const text = await copyRecorded(session, popup);
	const { room, pad } = await shownLinks(popup);
	const lines = text.split("\n");
	const clean = title.clean ?? lines[0] ?? "";
	if (!title.clean) expectFittedTitle(clean, title.text);
	// The popup says "copied" (still, from the copy before) while it is storing the plenum, and
	// ignores a click until it has: the next title is copied once this one is stored.
	await expect
		.poll(async () => ((await session.browser.getStorage("local")).current as { title?: string } | undefined)?.title)
		.toBe(clean);
	const server = { host: "talk.systemli.org", port: 64738, web: assemblyLink, channel: "Plenum" };
	expect(text, title.what).toBe(large ? mumbleInvitation(clean, server, pad) : jitsiInvitation(clean, room, pad));
	expect(text, title.what).not.toMatch(bidiControls);
	expect(clean, title.what).not.toMatch(lineBreakCharacters);
	if (large) expectSignalLinks(text, [assemblyLink, pad], [server.host]);
	else expectSignalLinks(text, [room, pad]);
	if (large) return;
	// Jitsi shows the title it reads from the link as the meeting's subject: the invitation's, or its
	// start where the whole one would push the links below Signal's "Read more" (lib/invitation/fold.ts).
	const { subject, errors } = jitsiSubject(room);
	expect(errors, title.what).toEqual([]);
	expect(clean.startsWith(String(subject ?? "")), title.what).toBe(true);
	// A short title never needs cutting.
	if (clean.length <= 20) expect(subject ?? "", title.what).toBe(clean);
	expect(new URL(room).pathname).toMatch(/^\/[a-z0-9-]+$/);
	expect(new URL(pad).pathname).toMatch(/^\/p\/[a-z0-9-]+$/);
}

/** systemli's web client into the channel the large assembly's settings name. */
const assemblyLink = `${systemliWebClient}/?channelName=Plenum`;

const linkLike = [
	{
		text: "Room moved: https://meet.systemli.org.evil.example.com/plenum",
		part: "https://meet.systemli.org.evil.example.com/plenum",
		link: "https://meet.systemli.org.evil.example.com/plenum",
		fix: "Room moved: https //meet systemli org evil example com/plenum",
	},
	{
		text: "[Join here](https://evil.example)",
		part: "https://evil.example",
		link: "https://evil.example",
		fix: "[Join here](https //evil example)",
	},
	{ text: "evil.example.com", part: "evil.example.com", link: "evil.example.com", fix: "evil example com" },
	{ text: "a@b.org", part: "a@b.org", link: "a@b.org", fix: "a b org" },
	// An invisible character does not hide an address: it is taken out before the check.
	{
		text: "Plenum at evil.exam\u200bple.com",
		part: "evil.example.com",
		link: "evil.example.com",
		fix: "Plenum at evil example com",
	},
	// Nor does a look-alike: full-width letters read as ASCII (NFKC).
	{ text: "Treffen ｅｖｉｌ．ｃｏｍ", part: "ｅｖｉｌ．ｃｏｍ", link: "evil.com", fix: "Treffen ｅｖｉｌ ｃｏｍ" },
];

/** The message under a refused title: the link it would become, and the button with the fix. */
const refusal = (part: string, link: string, fix: string) =>
	`${message(en, "titleLinkLike", part, link)} ${message(en, "titleLinkFix", fix)}`;

// The link finder loads on demand, and the machine may be busy: polls wait generously.
const patiently = { timeout: 20_000 };

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });

		describe.each([
			["Jitsi", false],
			["Large assembly", true],
		])("%s", (_, large) => {
			it("copies a clean invitation of this mode whatever title is typed or pasted, and never freezes", async () => {
				// On systemli's public server an assembly meets in a channel of its own, here the settings'.
				if (large) await session.browser.setStorage("sync", { version: 2, mumbleChannel: "Plenum" });
				const popup = await session.open("popup.html");
				await recordCopies(popup);
				if (large) {
					await popup.click("#large");
					await expect.poll(async () => (await shownLinks(popup)).room).toBe(assemblyLink);
				}
				// Each title on a fresh proposal, whose room name is made from it...
				for (const [i, title] of hostileTitles.entries()) {
					if (i > 0) {
						const before = (await shownLinks(popup)).pad;
						await popup.click("#new-room");
						await expect.poll(async () => (await shownLinks(popup)).pad).not.toBe(before);
					}
					await copyAndCheck(session, popup, title, large);
				}
				// ...and each again on the plenum already shared, whose title alone changes.
				for (const title of hostileTitles) await copyAndCheck(session, popup, title, large);
				expect(await popup.text("#status")).toBe(message(en, "copiedStatus"));
			});
		});

		it("keeps a pasted lone surrogate in the field, where it can be corrected", async () => {
			const popup = await session.open("popup.html");
			await setValue(popup, "#title", "Plenum \ud83d");
			expect(await valueUnits(popup, "#title")).toEqual([..."Plenum "].map((c) => c.charCodeAt(0)).concat(0xd83d));
			await recordCopies(popup);
			const text = await copyRecorded(session, popup);
			expect(text.split("\n")[0]).toBe("Plenum");
		});

		it("refuses a title that is a link, says why, does nothing with it, and copies once it is fixed", async () => {
			const popup = await session.open("popup.html");
			await recordCopies(popup);
			const clipboard = await session.browser.readClipboard();
			for (const { text, part, link, fix } of linkLike) {
				await popup.fill("#title", text);
				await expect.poll(() => popup.text("#title-problem"), patiently).toBe(refusal(part, link, fix));
				expect(
					await popup.evaluate(() => {
						const input = document.querySelector("#title");
						return {
							role: document.querySelector("#title-problem")?.getAttribute("role"),
							invalid: input?.getAttribute("aria-invalid"),
							describedBy: input?.getAttribute("aria-describedby"),
						};
					}),
				).toEqual({ role: "alert", invalid: "true", describedBy: "title-problem" });
				// What was typed stays, to be corrected.
				expect(await popup.text("#title")).toBe(text);

				await popup.click("#copy");
				await popup.press("Enter");
				await popup.click("#show-qr");
				await popup.click("#start");
				await settle();
				expect(await copies(popup)).toEqual([]);
				expect(await session.browser.readClipboard()).toBe(clipboard);
				expect(await popup.text("#status")).toBe("");
				expect(await session.browser.openTabUrls()).toEqual([]);
				expect(await count(popup, "svg#qr-code")).toBe(0);
				expect((await session.browser.getStorage("local")).current).toBeUndefined();
				// The refused title reaches neither the room's name nor its subject.
				const { room } = await shownLinks(popup);
				expect(jitsiSubject(room).subject).toBeUndefined();
				expect(room).not.toContain("evil");
				// Each refused click hands the focus back to the title once its check is done.
				await expect.poll(async () => (await popup.focused()).id).toBe("title");
			}

			// The offered fix breaks the link in one click; the field then holds it.
			await popup.fill("#title", "AG.Berlin Plenum");
			await expect
				.poll(() => popup.text("#title-problem"), patiently)
				.toBe(refusal("AG.Berlin", "ag.berlin", "AG Berlin Plenum"));
			await popup.click("#title-fix");
			await expect.poll(() => count(popup, "#title-problem"), patiently).toBe(0);
			expect(await popup.text("#title")).toBe("AG Berlin Plenum");
			expect(await popup.evaluate(() => document.querySelector("#title")?.getAttribute("aria-invalid"))).toBeNull();

			// A name with dots that no chat app links is a title like any other.
			await popup.fill("#title", "ver.di Betriebsgruppe");
			const text = await copyRecorded(session, popup);
			expect(await count(popup, "#title-problem")).toBe(0);
			const { room, pad } = await shownLinks(popup);
			expect(jitsiSubject(room).subject).toBe("ver.di Betriebsgruppe");
			expect(text).toBe(jitsiInvitation("ver.di Betriebsgruppe", room, pad));
			expectSignalLinks(text, [room, pad]);
		});

		it("refuses a link typed over the title of a plenum already shared, and keeps its last good title", async () => {
			const popup = await session.open("popup.html");
			await recordCopies(popup);
			await popup.fill("#title", "Plenum Nord");
			const first = await copyRecorded(session, popup);
			// Pasted whole: typed key by key, "Plenum moved: evil.e" would be a good title on the way.
			await setValue(popup, "#title", "Plenum moved: evil.example.com");
			await expect
				.poll(() => popup.text("#title-problem"), patiently)
				.toBe(refusal("evil.example.com", "evil.example.com", "Plenum moved: evil example com"));
			await popup.click("#copy");
			await settle();
			expect(await copies(popup)).toEqual([first]);
			// Neither the popup nor the stored plenum took the refused title.
			const { room, pad } = await shownLinks(popup);
			expect(jitsiSubject(room).subject).toBe("Plenum Nord");
			expect((await session.browser.getStorage("local")).current).toMatchObject({ title: "Plenum Nord" });
			expect(first).toBe(jitsiInvitation("Plenum Nord", room, pad));
		});

		it("shows the invitation with the current title in the copy fallback after the title is edited", async () => {
			const popup = await session.open("popup.html");
			await popup.fill("#title", "Plenum Nord");
			const first = await fallbackText(popup);
			const { room, pad } = await shownLinks(popup);
			expect(first).toBe(jitsiInvitation("Plenum Nord", room, pad));

			// Typed key by key into the title, while the fallback is shown.
			await popup.fill("#title", "Plenum Süd");
			expect(await popup.text("#title")).toBe("Plenum Süd");
			// The room stays where people were invited; its link's subject follows the title.
			const edited = async () => jitsiInvitation("Plenum Süd", (await shownLinks(popup)).room, pad);
			await expect.poll(async () => (await popup.text("#fallback")) === (await edited())).toBe(true);
			const now = (await shownLinks(popup)).room;
			expect(jitsiSubject(now).subject).toBe("Plenum Süd");
			expect(now.split("#")[0]).toBe(room.split("#")[0]);
		});

		it("shows the current title in the copy fallback after a pasted edit", async () => {
			const popup = await session.open("popup.html");
			await popup.fill("#title", "Plenum Nord");
			await fallbackText(popup);
			const { pad } = await shownLinks(popup);
			await setValue(popup, "#title", "Plenum\u2028West \u202eWohnen");
			const { room } = await shownLinks(popup);
			await expect.poll(() => popup.text("#fallback")).toBe(jitsiInvitation("Plenum West Wohnen", room, pad));
			// A link-like edit is refused: the fallback keeps the last invitation that may be sent.
			await setValue(popup, "#title", "Plenum at evil.example.com");
			await popup.waitFor("#title-problem");
			expect(await popup.text("#fallback")).toBe(jitsiInvitation("Plenum West Wohnen", room, pad));
		});

		it("keeps the title out of room and pad names when the group says so, but not out of the subject", async () => {
			const options = await session.open("options.html");
			await options.click("#title-in-names");
			await expect.poll(() => session.browser.getStorage("sync")).toMatchObject({ titleInNames: false });
			const popup = await session.open("popup.html");
			// The switch reaches the popup with the stored settings, read after its first frame; the
			// subject below would follow the title before that, with the title still in the names.
			await storageRead(popup);
			await recordCopies(popup);
			await popup.fill("#title", "Plenum Nord");
			await expect.poll(async () => jitsiSubject((await shownLinks(popup)).room).subject).toBe("Plenum Nord");
			const { room, pad } = await shownLinks(popup);
			expect(room).toMatch(
				/^https:\/\/meet\.systemli\.org\/[a-z0-9]{26}#config\.startWithAudioMuted=true&config\.subject=/,
			);
			expect(pad).toMatch(/^https:\/\/pad\.systemli\.org\/p\/[a-z0-9]{26}$/);
			const text = await copyRecorded(session, popup);
			expect(text).toBe(jitsiInvitation("Plenum Nord", room, pad));
			const { current } = await session.browser.getStorage("local");
			expect(current).toMatchObject({
				title: "Plenum Nord",
				room: { name: expect.stringMatching(/^[a-z0-9]{26}$/) },
				pad: { name: expect.stringMatching(/^[a-z0-9]{26}$/) },
			});

			// Switched on again, the next room carries the title's slug, as by default.
			await options.bringToFront();
			await options.click("#title-in-names");
			await expect.poll(() => session.browser.getStorage("sync")).toMatchObject({ titleInNames: true });
			await popup.bringToFront();
			await popup.click("#new-room");
			await popup.fill("#title", "Plenum Nord");
			await expect
				.poll(async () => (await shownLinks(popup)).room)
				.toMatch(/^https:\/\/meet\.systemli\.org\/plenum-nord-[a-z0-9]{26}#/);
			expect((await shownLinks(popup)).pad).toMatch(/^https:\/\/pad\.systemli\.org\/p\/plenum-nord-[a-z0-9]{26}$/);
		});

		noRequestLeftTheExtension(session);
	});
});
