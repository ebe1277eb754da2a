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
	links,
	message,
	noRequestLeftTheExtension,
	openSaved,
	popupFullyOpen,
	roomAndPad,
	roomPattern,
	savedMeeting,
	settle,
	useBrowser,
	widths,
} from "./scenario";

/** Buttons of the n-th (1-based) entry in `#pinned` or `#recent`: Copy, Start, Unpin or Forget. */
const entryButton = (list: "#pinned" | "#recent", n: number, action: "copy" | "start" | "remove") =>
	`${list} > li:nth-child(${n}) .saved-actions > button:nth-child(${{ copy: 1, start: 2, remove: 3 }[action]})`;

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
		const local = () => session.browser.getStorage("local");
		const recentPads = async () => (((await local()).recent ?? []) as { padUrl: string }[]).map((m) => m.padUrl);
		const recentRooms = async () =>
			((await local()).recent as { roomUrl: string }[] | undefined)?.map((m) => m.roomUrl);

		it("pins a room and pad as a recurring plenum, and copies it again later", async () => {
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
			expect((await local()).pinned).toEqual([
				{ voice: "jitsi", title, roomUrl: room, padUrl: pad, name: "Monday plenum", time: expect.any(Number) },
			]);
			await popup.close();

			const again = await session.open("popup.html");
			const fresh = await roomAndPad(again);
			expect(fresh.room).toMatch(roomPattern("meet.systemli.org"));
			expect(fresh.room).not.toBe(room);
			expect(fresh.pad).not.toBe(pad);

			await openSaved(again);
			await again.waitFor("#pinned li");
			expect(await count(again, "#pinned > li")).toBe(1);
			expect(await again.text("#pinned .saved-name")).toBe("Monday plenum");
			expect(await again.text(entryButton("#pinned", 1, "copy"))).toBe(message(en, "copyAgain"));
			const lines = await copiedLines(session, again, entryButton("#pinned", 1, "copy"));
			expect(lines[0]).toBe(title);
			expect(lines).toContain(room);
			expect(lines).toContain(pad);
			expect(lines).not.toContain(fresh.room);
			expect(lines).not.toContain(fresh.pad);
			// Copying the pinned plenum leaves the fresh proposal as it was.
			expect(await roomAndPad(again)).toEqual(fresh);
		});

		it("records copied and started rooms, keeps the last 10, and forgets them on request", async () => {
			await session.browser.setStorage("local", { pinned: [savedMeeting(1)] });
			const popup = await session.open("popup.html");
			const rooms = [(await roomAndPad(popup)).room];
			await copyInvitation(popup);
			await expect.poll(recentRooms).toEqual([rooms[0]]);

			const started = await newRoom(popup, rooms[0] ?? "");
			rooms.push(started.room);
			await popup.click("#start");
			await expect.poll(recentRooms).toEqual([started.room, rooms[0]]);
			await expect.poll(() => session.browser.openTabUrls()).toEqual([started.room, started.pad]);
			await popup.bringToFront();

			while (rooms.length < 12) {
				const { room } = await newRoom(popup, rooms.at(-1) ?? "");
				rooms.push(room);
				await copyInvitation(popup);
				await expect.poll(async () => (await recentRooms())?.[0]).toBe(room);
			}
			expect(new Set(rooms).size).toBe(12);
			expect(await recentRooms()).toEqual(rooms.slice(-10).reverse());

			await openSaved(popup);
			await popup.waitFor("#recent li");
			expect(await count(popup, "#recent > li")).toBe(10);
			expect(await popup.text(entryButton("#recent", 1, "remove"))).toBe(message(en, "forget"));
			await popup.click(entryButton("#recent", 1, "remove"));
			await expect.poll(recentRooms).toEqual(rooms.slice(-10, -1).reverse());
			await expect.poll(() => count(popup, "#recent > li")).toBe(9);

			await popup.click("#forget-all");
			await expect.poll(recentRooms).toEqual([]);
			await expect.poll(() => count(popup, "#recent")).toBe(0);
			expect(await popup.text("#saved")).toContain(message(en, "recentEmpty"));
			// Forgetting recent rooms leaves the pinned plenums alone.
			expect((await local()).pinned).toEqual([savedMeeting(1)]);
			expect(await count(popup, "#pinned > li")).toBe(1);
		});

		it("records nothing when the group keeps no history", async () => {
			await session.browser.setStorage("sync", { version: 1, keepHistory: false });
			const popup = await session.open("popup.html");
			const { room, pad } = await roomAndPad(popup);
			await copyInvitation(popup);
			await popup.click("#start");
			await expect.poll(() => session.browser.openTabUrls()).toEqual([room, pad]);
			await settle();
			expect((await local()).recent ?? []).toEqual([]);
			await popup.bringToFront();
			await openSaved(popup);
			expect(await popup.text("#saved")).toContain(message(en, "recentEmpty"));
		});

		it("forgets the recent rooms when history is switched off on the options page", async () => {
			await session.browser.setStorage("local", {
				pinned: [savedMeeting(1)],
				recent: [savedMeeting(2), savedMeeting(3)],
			});
			const popup = await session.open("popup.html");
			await openSaved(popup);
			await popup.waitFor("#recent li");
			expect(await count(popup, "#recent > li")).toBe(2);

			const options = await session.open("options.html");
			await options.click("#keep-history");
			await expect.poll(() => session.browser.getStorage("sync")).toMatchObject({ keepHistory: false });
			await expect.poll(recentRooms).toEqual([]);
			expect((await local()).pinned).toEqual([savedMeeting(1)]);
			// The open popup sees it at once, and from now on records nothing.
			await expect.poll(() => count(popup, "#recent > li")).toBe(0);
			await popup.bringToFront();
			await copyInvitation(popup);
			await settle();
			expect(await recentRooms()).toEqual([]);
		});

		it("shows a QR code that reads back as exactly the room link", async () => {
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

			// The code follows the proposal.
			const next = await newRoom(popup, room);
			// Each read draws and decodes a whole image: more than the default second under load.
			await expect.poll(() => decodeQr(popup), { timeout: 10_000 }).toBe(next.room);

			await popup.click("#show-qr");
			await expect.poll(() => count(popup, "#qr-code")).toBe(0);
		});

		it("invites a large assembly to Mumble, with the pad and Mumble's tips", async () => {
			const popup = await session.open("popup.html");
			const before = await roomAndPad(popup);
			await popup.click("#large");
			await expect.poll(async () => (await links(popup)).room.href).toBe("https://talk.systemli.org/");
			const { room, pad } = await roomAndPad(popup);
			expect(pad).toBe(before.pad);
			expect(await count(popup, "#jitsi-instance")).toBe(0);

			const lines = await copiedLines(session, popup);
			expect(lines).toEqual(
				expect.arrayContaining([
					message(en, "invitationMumbleHeading"),
					room,
					message(en, "invitationPadHeading"),
					pad,
				]),
			);
			expect(lines).not.toContain(message(en, "invitationRoomHeadingMuted"));
			expect(lines.filter((line) => line.startsWith("- "))).toEqual(
				["invitationTipHeadset", "invitationTipPushToTalk", "invitationTipJoinEarly"].map(
					(key) => `- ${message(en, key)}`,
				),
			);

			// The group's own server, set while the popup is open.
			await session.browser.setStorage("sync", {
				version: 1,
				mumbleServer: "mumble.example.org",
				mumbleChannel: "Plenum/Main hall",
			});
			const own = "mumble://mumble.example.org/Plenum/Main%20hall?version=1.2.0";
			await expect.poll(async () => (await links(popup)).room).toEqual({ href: own, text: own });
			await popup.fill("#title", "Plenum, 19:00 (all)");
			const titled = `${own}&title=Plenum%2C%2019%3A00%20%28all%29`;
			await expect.poll(async () => (await roomAndPad(popup)).room).toBe(titled);
			const { pad: titledPad } = await roomAndPad(popup);
			await popup.click("#new-room");
			await expect.poll(async () => (await roomAndPad(popup)).pad).not.toBe(titledPad);
			expect((await roomAndPad(popup)).room).toBe(titled);
			expect(await copiedLines(session, popup)).toContain(titled);

			// A mumble:// link is for the Mumble app: Start opens only the pad in a tab.
			const { pad: lastPad } = await roomAndPad(popup);
			await popup.click("#start");
			await expect.poll(() => popup.text("#status")).toBe(message(en, "mumbleAppHint"));
			await expect.poll(() => session.browser.openTabUrls()).toEqual([lastPad]);
		});

		// All large assemblies on one Mumble server share the room link (https://talk.systemli.org/
		// by default); only their pads differ, so saved plenums are told apart by both.
		it("keeps two large assemblies with pads of their own apart", async () => {
			const popup = await session.open("popup.html");
			await popup.click("#large");
			await expect.poll(async () => (await links(popup)).room.href).toBe("https://talk.systemli.org/");
			const pads: string[] = [];
			for (const pinName of ["Monday assembly", "Delegates assembly"]) {
				const previous = pads.at(-1);
				if (previous) {
					await popup.click("#new-room");
					await expect.poll(async () => (await roomAndPad(popup)).pad).not.toBe(previous);
				}
				const { pad } = await roomAndPad(popup);
				pads.push(pad);
				await copyInvitation(popup);
				await expect.poll(async () => recentPads().then((p) => p[0])).toBe(pad);
				await popup.click("#pin");
				await popup.fill("#pin-name", pinName);
				await popup.click("#pin-save");
				await expect.poll(() => popup.text("#status")).toBe(message(en, "pinnedStatus", pinName));
			}
			const pinned = ((await local()).pinned ?? []) as { name: string; padUrl: string }[];
			expect({
				pinned: pinned.map((m) => `${m.name} ${m.padUrl}`).sort(),
				recent: (await recentPads()).sort(),
			}).toEqual({
				pinned: [`Delegates assembly ${pads[1]}`, `Monday assembly ${pads[0]}`],
				recent: [...pads].sort(),
			});
		});

		it("never scrolls sideways, not even at 200% zoom", async () => {
			const long = "Vollversammlung der Mieter*innen-Initiative Nordstadt-Süd ";
			const unbroken = "Vollversammlungsprotokollabstimmungsverfahrensordnung".repeat(4);
			const title = `${long}${unbroken} ${long.repeat(8)}`.slice(0, 500);
			const popup = await popupFullyOpen(session, unbroken);
			await popup.fill("#title", title);
			for (const width of [380, 190]) {
				await popup.setViewport(width, 600);
				const { viewport, scrollWidth, clientWidth } = await widths(popup);
				expect(viewport).toBe(width);
				expect(scrollWidth, `popup at ${width} px`).toBeLessThanOrEqual(clientWidth);
			}

			await session.browser.setStorage("sync", {
				version: 1,
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
