import LinkifyIt from "linkify-it";
import { describe, expect, it } from "vitest";
import { invitationText } from "../../src/lib/invitation-text";
import { padUrl, roomUrl } from "../../src/lib/meeting-links";
import { randomName } from "../../src/lib/random-name";
import { translator } from "./helpers";

const linkify = new LinkifyIt();

describe.each(["en", "de"])("invitation in %s", (locale) => {
	const t = translator(locale);
	const title = 'Plenum "Nord", Donnerstag 19:00 & 🌱';
	const room = roomUrl({ host: "meet.systemli.org", secret: randomName(), title });
	const pad = padUrl({ host: "pad.riseup.net", secret: randomName(), title });
	const text = invitationText({ title, roomUrl: room, padUrl: pad, includeTips: true }, t);
	const lines = text.split("\n");

	it("opens with the title and has each link alone on its line", () => {
		expect(lines[0]).toBe(title);
		expect(lines).toContain(room);
		expect(lines).toContain(pad);
		expect(lines.indexOf(room)).toBeLessThan(lines.indexOf(pad));
	});

	it("carries the three tips in this language", () => {
		for (const key of ["invitationTipHeadset", "invitationTipMute", "invitationTipTryFirst"] as const) {
			expect(t(key)).not.toBe("");
			expect(lines).toContain(`- ${t(key)}`);
		}
	});

	it("lets linkify-it (Signal Desktop's link finder) find both links whole", () => {
		const found = (linkify.match(text) ?? []).map((match) => match.url);
		expect(found).toEqual([room, pad]);
	});

	it("leaves out what the group switched off", () => {
		const bare = invitationText({ title: " ", roomUrl: room, includeTips: false }, t);
		expect(bare).toBe(`${t("invitationRoomHeading")}\n${room}`);
	});
});

it("differs between English and German", () => {
	const parts = { title: "", roomUrl: "https://meet.systemli.org/x", includeTips: true };
	expect(invitationText(parts, translator("de"))).not.toBe(invitationText(parts, translator("en")));
});
