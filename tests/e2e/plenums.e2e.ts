// Recurring plenums, recent rooms, the QR code and large assemblies, in both browsers.
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import type { ExtensionPage } from "./harness";
import {
	browsers,
	copiedLines,
	copyInvitation,
	count,
	en,
	isChecked,
	links,
	message,
	noRequestLeftTheExtension,
	openSaved,
	popupFullyOpen,
	roomAndPad,
	roomPattern,
	savedPlenum,
	seedLocal,
	settle,
	useBrowser,
	widths,
} from "./scenario";

/** Buttons of the n-th (1-based) entry in `#pinned` or `#recent`: Use, then Unpin or Forget. */
const entryButton = (list: "#pinned" | "#recent", n: number, action: "use" | "remove") =>
	`${list} > li:nth-child(${n}) .saved-actions > button:nth-child(${action === "use" ? 1 : 2})`;

/** A stored plenum, as far as these scenarios look at it. */
type Stored = {
	id: string;
	name?: string;
	title: string;
	room?: { host: string; name: string };
	pad?: { name: string };
};

/** The secret name at the end of a room or pad link. */
const nameIn = (url: string) => new URL(url).pathname.split("/").at(-1) ?? "";

/** Wait until "New room" has proposed a room other than `before`, and give it. */
async function newRoom(page: ExtensionPage, before: string): Promise<{ room: string; pad: string }> {
	await page.click("#new-room");
	await expect.poll(async () => (await roomAndPad(page)).room).not.toBe(before);
	return roomAndPad(page);
}

/**
 * Reads the QR code as a phone would see it: the page draws its own SVG onto a canvas (no
 * network: a blob: URL of the page's origin) and hands the pixels to jsQR here in Node.
 */
async function decodeQr(page: ExtensionPage): Promise<string | undefined> {
	const image = await page.evaluate(async (scale) => {
		const svg = document.querySelector("svg#qr-code");
		if (!(svg instanceof SVGSVGElement)) throw new Error("No svg#qr-code");
		const side = svg.viewBox.baseVal.width * scale;
		const copy = svg.cloneNode(true) as SVGSVGElement;
		copy.setAttribute("width", String(side));
		copy.setAttribute("height", String(side));
		const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: "image/svg+xml" }));
		try {
			const img = new Image();
			img.src = url;
			await img.decode();
			const canvas = document.createElement("canvas");
			canvas.width = side;
			canvas.height = side;
			const context = canvas.getContext("2d");
			if (!context) throw new Error("No 2d canvas");
			context.imageSmoothingEnabled = false;
			context.drawImage(img, 0, 0, side, side);
			const { data } = context.getImageData(0, 0, side, side);
			// As base64: the drivers would pass a plain array number by number, slowly.
			let binary = "";
			for (let i = 0; i < data.length; i += 0x8000) {
				binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
			}
			return { side, rgba: btoa(binary) };
		} finally {
			URL.revokeObjectURL(url);
		}
	}, 8);
	const pixels = new Uint8ClampedArray(Buffer.from(image.rgba, "base64"));
	return jsQR(pixels, image.side, image.side)?.data;
}

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en", colorScheme: "light" });
		const local = async () =>
			(await session.browser.getStorage("local")) as { current?: Stored; pinned?: Stored[]; recent?: Stored[] };
		const recentRooms = async () => (await local()).recent?.map((p) => p.room?.name);
		const recentPads = async () => ((await local()).recent ?? []).map((p) => p.pad?.name);

		it("pins a room and pad as a recurring plenum, and uses it again later", async () => {
			const popup = await session.open("popup.html");
			const title = "Plenum, Monday 19:00";
			await popup.fill("#title", title);
			await expect.poll(async () => (await roomAndPad(popup)).room).toContain("config.subject");
			const { room, pad } = await roomAndPad(popup);

			await popup.click("#pin");
			await popup.waitFor("#pin-name");
			expect(await popup.text("#pin-name")).toBe(title);
			await expect.poll(async () => (await popup.focused()).id).toBe("pin-name");
			await popup.fill("#pin-name", "Monday plenum");
			await popup.click("#pin-save");
			await expect.poll(() => popup.text("#status")).toBe(message(en, "pinnedStatus", "Monday plenum"));
			expect(await count(popup, "#pin-name")).toBe(0);
			// Pinning shares it: it is the current plenum, stored in version 2's parts.
			const { current, pinned } = await local();
			expect(pinned).toEqual([
				{
					id: current?.id,
					created: expect.any(Number),
					title,
					voice: "jitsi",
					room: { host: "meet.systemli.org", name: nameIn(room) },
					audioMuted: true,
					videoMuted: false,
					pad: { host: "pad.systemli.org", name: nameIn(pad) },
					name: "Monday plenum",
				},
			]);
			await popup.close();

			const again = await session.open("popup.html");
			expect(await roomAndPad(again)).toEqual({ room, pad });
			await again.click("#new-room");
			await expect.poll(async () => (await roomAndPad(again)).room).not.toBe(room);
			const fresh = await roomAndPad(again);
			expect(fresh.room).toMatch(roomPattern("meet.systemli.org"));
			expect(fresh.pad).not.toBe(pad);

			await openSaved(again);
			await again.waitFor("#pinned li");
			expect(await count(again, "#pinned > li")).toBe(1);
			expect(await again.text("#pinned .saved-name strong")).toBe("Monday plenum");
			expect(await again.text(entryButton("#pinned", 1, "use"))).toBe(message(en, "useAgain"));
			expect(await again.text(entryButton("#pinned", 1, "remove"))).toBe(message(en, "unpin"));
			await again.click(entryButton("#pinned", 1, "use"));
			await expect.poll(() => roomAndPad(again)).toEqual({ room, pad });
			expect(await again.text("#title")).toBe(title);
			const lines = await copiedLines(session, again);
			expect(lines[0]).toBe(title);
			expect(lines).toContain(room);
			expect(lines).toContain(pad);
			expect(lines).not.toContain(fresh.room);
			expect(lines).not.toContain(fresh.pad);
			// Using a pinned plenum keeps it pinned.
			expect((await local()).pinned?.map((p) => p.name)).toEqual(["Monday plenum"]);
		});

		it("records the plenums New room retires, keeps the last 10, and forgets them on request", async () => {
			await seedLocal(session.browser, { pinned: [savedPlenum(1)] });
			const popup = await session.open("popup.html");
			const rooms = [(await roomAndPad(popup)).room];
			await copyInvitation(popup);
			// Shared, it is the current plenum; New room retires it.
			await expect.poll(async () => (await local()).current?.room?.name).toBe(nameIn(rooms[0] ?? ""));
			expect((await local()).recent ?? []).toEqual([]);

			const started = await newRoom(popup, rooms[0] ?? "");
			await expect.poll(recentRooms).toEqual([nameIn(rooms[0] ?? "")]);
			rooms.push(started.room);
			await popup.click("#start");
			await expect.poll(() => session.browser.openTabUrls()).toEqual([started.room, started.pad]);
			await popup.bringToFront();

			while (rooms.length < 12) {
				const { room } = await newRoom(popup, rooms.at(-1) ?? "");
				await expect.poll(async () => (await recentRooms())?.[0]).toBe(nameIn(rooms.at(-1) ?? ""));
				rooms.push(room);
				await copyInvitation(popup);
				await expect.poll(async () => (await local()).current?.room?.name).toBe(nameIn(room));
			}
			await newRoom(popup, rooms.at(-1) ?? "");
			expect(new Set(rooms).size).toBe(12);
			await expect.poll(recentRooms).toEqual(rooms.slice(-10).reverse().map(nameIn));

			await openSaved(popup);
			await popup.waitFor("#recent li");
			expect(await count(popup, "#recent > li")).toBe(10);
			expect(await popup.text(entryButton("#recent", 1, "remove"))).toBe(message(en, "forget"));
			await popup.click(entryButton("#recent", 1, "remove"));
			await expect.poll(recentRooms).toEqual(rooms.slice(-10, -1).reverse().map(nameIn));
			await expect.poll(() => count(popup, "#recent > li")).toBe(9);

			await popup.click("#forget-all");
			await expect.poll(recentRooms).toEqual([]);
			await expect.poll(() => count(popup, "#recent")).toBe(0);
			expect(await popup.text("#saved")).toContain(message(en, "recentEmpty"));
			// Forgetting recent plenums leaves the pinned ones alone.
			expect((await local()).pinned).toEqual([savedPlenum(1)]);
			expect(await count(popup, "#pinned > li")).toBe(1);
		});

		it("records nothing when the group keeps no history", async () => {
			await session.browser.setStorage("sync", { version: 2, keepHistory: false });
			const popup = await session.open("popup.html");
			const { room, pad } = await roomAndPad(popup);
			await copyInvitation(popup);
			await popup.click("#start");
			await expect.poll(() => session.browser.openTabUrls()).toEqual([room, pad]);
			await popup.bringToFront();
			await newRoom(popup, room);
			await expect.poll(async () => (await local()).current ?? null).toBeNull();
			await settle();
			expect((await local()).recent ?? []).toEqual([]);
			await openSaved(popup);
			expect(await popup.text("#saved")).toContain(message(en, "recentEmpty"));
		});

		it("forgets the recent plenums when history is switched off on the options page", async () => {
			await seedLocal(session.browser, { pinned: [savedPlenum(1)], recent: [savedPlenum(2), savedPlenum(3)] });
			const popup = await session.open("popup.html");
			await openSaved(popup);
			await popup.waitFor("#recent li");
			expect(await count(popup, "#recent > li")).toBe(2);

			const options = await session.open("options.html");
			await options.click("#keep-history");
			await expect.poll(() => session.browser.getStorage("sync")).toMatchObject({ keepHistory: false });
			await expect.poll(recentRooms).toEqual([]);
			expect((await local()).pinned).toEqual([savedPlenum(1)]);
			// The open popup sees it at once, and from now on records nothing.
			await expect.poll(() => count(popup, "#recent > li")).toBe(0);
			await popup.bringToFront();
			const { room } = await roomAndPad(popup);
			await copyInvitation(popup);
			await newRoom(popup, room);
			await settle();
			expect(await recentRooms()).toEqual([]);
		});

		it("shows a QR code that reads back as exactly the room link, and keeps the room it showed", async () => {
			const popup = await session.open("popup.html");
			await popup.fill("#title", "Plenum, Donnerstag 19:00 – Küche & Co.");
			await expect.poll(async () => (await roomAndPad(popup)).room).toContain("config.subject");
			await popup.click("#show-qr");
			await popup.waitFor("svg#qr-code");
			expect(await popup.evaluate(() => document.querySelector("#show-qr")?.getAttribute("aria-expanded"))).toBe(
				"true",
			);
			expect(await popup.text("#show-qr")).toBe(message(en, "hideQr"));
			const { room } = await roomAndPad(popup);
			expect(await decodeQr(popup)).toBe(room);
			// Shown on a projector, the room has left the popup: it is the current plenum.
			await expect.poll(async () => (await local()).current?.room?.name).toBe(nameIn(room));
			await popup.click("#show-qr");
			await expect.poll(() => count(popup, "#qr-code")).toBe(0);
			expect(await popup.text("#show-qr")).toBe(message(en, "showQr"));

			// New room with the code on show: a code still shown follows the proposal, and that room
			// has left the popup as surely as the first one, so it is the one kept.
			await popup.click("#show-qr");
			await popup.waitFor("svg#qr-code");
			const next = await newRoom(popup, room);
			if ((await count(popup, "svg#qr-code")) > 0) {
				// Each read draws and decodes a whole image: more than the default second under load.
				await expect.poll(() => decodeQr(popup), { timeout: 10_000 }).toBe(next.room);
				await popup.close();
				const reopened = await session.open("popup.html");
				expect((await roomAndPad(reopened)).room).toBe(next.room);
			}
		});

		it("invites a large assembly to Mumble, with the pad and Mumble's tips", async () => {
			const popup = await session.open("popup.html");
			const before = await roomAndPad(popup);
			await popup.click("#large");
			await expect.poll(async () => (await links(popup)).room.href).toBe("https://talk.systemli.org");
			const room = (await links(popup)).room;
			expect(room).toEqual({
				href: "https://talk.systemli.org",
				title: "https://talk.systemli.org",
				text: "talk.systemli.org",
				label: expect.stringMatching(new RegExp(`^${message(en, "mumbleLinkLabel")}`)),
			});
			expect((await links(popup)).pad.href).toBe(before.pad);
			expect(await count(popup, "#jitsi-instance")).toBe(0);

			const lines = await copiedLines(session, popup);
			expect(lines).toEqual(
				expect.arrayContaining([
					message(en, "invitationMumbleHeading"),
					room.href,
					message(en, "invitationPadHeading"),
					before.pad,
				]),
			);
			expect(lines).not.toContain(message(en, "invitationRoomHeadingMuted"));
			expect(lines.filter((line) => line.startsWith("- "))).toEqual(
				["invitationTipHeadset", "invitationTipPushToTalk", "invitationTipJoinEarly"].map(
					(key) => `- ${message(en, key)}`,
				),
			);
			// Shared, the assembly stays where it was invited to.
			expect(await popup.evaluate(() => (document.querySelector("#large") as HTMLInputElement).disabled)).toBe(true);

			// The group's own server, set while the popup is open: the invited assembly keeps its
			// place, the next one meets there.
			await session.browser.setStorage("sync", {
				version: 2,
				mumbleServer: "mumble.example.org",
				mumbleChannel: "Plenum/Main hall",
			});
			await settle();
			expect((await links(popup)).room.href).toBe(room.href);
			await popup.click("#new-room");
			const own = "mumble://mumble.example.org/Plenum/Main%20hall?version=1.2.0";
			await expect
				.poll(async () => (await links(popup)).room)
				.toEqual({
					href: own,
					title: own,
					text: "mumble.example.org",
					label: expect.stringMatching(new RegExp(`^${message(en, "mumbleLinkLabel")}`)),
				});
			expect(await isChecked(popup, "#large")).toBe(true);
			await popup.fill("#title", "Plenum, 19:00 (all)");
			// "," ":" "(" ")" travel literally: Qt's pretty decoding, which Mumble reads the title with,
			// would leave %2C %3A %28 %29 encoded (src/lib/mumble/title.ts).
			const titled = `${own}&title=Plenum,%2019:00%20(all)`;
			await expect.poll(async () => (await links(popup)).room.href).toBe(titled);
			// Messengers make no mumble:// link clickable: the invitation spells the server out for the app.
			const ownLines = await copiedLines(session, popup);
			expect(ownLines).toEqual(
				expect.arrayContaining([
					message(en, "invitationMumbleHeading"),
					message(en, "invitationMumbleNoWeb"),
					message(en, "invitationMumbleAppHeading"),
					message(en, "invitationMumbleServer", "mumble.example.org"),
					message(en, "invitationMumblePort", "64738"),
					message(en, "invitationMumbleChannel", "Plenum/Main hall"),
				]),
			);
			expect(ownLines.filter((line) => line.includes("mumble://"))).toEqual([]);

			// A mumble:// link is for the Mumble app: Start opens only the pad in a tab.
			const lastPad = (await links(popup)).pad.href;
			await popup.click("#start");
			await expect
				.poll(() => popup.text("#status"))
				.toBe(`${message(en, "mumbleAppHint")} ${message(en, "padOpenedHint")}`);
			await expect.poll(() => session.browser.openTabUrls()).toEqual([lastPad]);
		});

		// All large assemblies on one Mumble server share the room link (https://talk.systemli.org
		// by default); only their pads differ, so saved plenums are told apart by both.
		it("keeps two large assemblies with pads of their own apart", async () => {
			const popup = await session.open("popup.html");
			await popup.click("#large");
			await expect.poll(async () => (await links(popup)).room.href).toBe("https://talk.systemli.org");
			const pads: string[] = [];
			for (const pinName of ["Monday assembly", "Delegates assembly"]) {
				const previous = pads.at(-1);
				if (previous) {
					await popup.click("#new-room");
					await expect.poll(async () => (await links(popup)).pad.href).not.toBe(previous);
				}
				const pad = (await links(popup)).pad.href;
				pads.push(pad);
				await copyInvitation(popup);
				await popup.click("#pin");
				await popup.fill("#pin-name", pinName);
				await popup.click("#pin-save");
				await expect.poll(() => popup.text("#status")).toBe(message(en, "pinnedStatus", pinName));
			}
			const { pinned = [], current } = await local();
			expect({
				pinned: pinned.map((p) => `${p.name} ${p.pad?.name}`).sort(),
				recent: await recentPads(),
				current: current?.pad?.name,
			}).toEqual({
				pinned: [`Delegates assembly ${nameIn(pads[1] ?? "")}`, `Monday assembly ${nameIn(pads[0] ?? "")}`],
				recent: [nameIn(pads[0] ?? "")],
				current: nameIn(pads[1] ?? ""),
			});

			await openSaved(popup);
			await popup.waitFor("#pinned li");
			await popup.click(entryButton("#pinned", 1, "use"));
			await expect.poll(async () => (await links(popup)).pad.href).toBe(pads[0]);
			expect((await links(popup)).room.href).toBe("https://talk.systemli.org");
		});

		it("never scrolls sideways: as a popup, as Firefox for Android's full page on a phone, at 200% zoom", async () => {
			const long = "Vollversammlung der Mieter*innen-Initiative Nordstadt-Süd ";
			const unbroken = "Vollversammlungsprotokollabstimmungsverfahrensordnung".repeat(4);
			const title = `${long}${unbroken} ${long.repeat(8)}`.slice(0, 500);
			const popup = await popupFullyOpen(session, unbroken);
			await popup.fill("#title", title);
			// 460 px is the popup; Firefox for Android shows it as a page as wide as a phone (360 px);
			// 230 px is the popup at 200% zoom.
			for (const width of [460, 360, 230]) {
				await popup.setViewport(width, 600);
				const { viewport, scrollWidth, clientWidth } = await widths(popup);
				expect(viewport).toBe(width);
				expect(scrollWidth, `popup at ${width} px`).toBeLessThanOrEqual(clientWidth);
			}

			await session.browser.setStorage("sync", {
				version: 2,
				customJitsiInstances: [`${"a".repeat(63)}.${"b".repeat(63)}.example.org`],
			});
			const options = await session.open("options.html");
			await options.fill("#jitsi-new-host", `https://${unbroken}.example.org/and/a/path`);
			await options.click("#jitsi-new-host ~ button[type=submit]");
			await options.waitFor('[role="alert"]');
			for (const width of [350, 175]) {
				await options.setViewport(width, 600);
				const { viewport, scrollWidth, clientWidth } = await widths(options);
				expect(viewport).toBe(width);
				expect(scrollWidth, `options page at ${width} px`).toBeLessThanOrEqual(clientWidth);
			}
		});

		noRequestLeftTheExtension(session);
	});
});
