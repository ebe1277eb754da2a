import LinkifyIt from "linkify-it";
import { describe, expect, it } from "vitest";
import { invitationText } from "../../src/lib/invitation-text";
import { defaults } from "../../src/lib/settings";
import { meetingFor as meeting, translator } from "./helpers";

const linkify = new LinkifyIt();
const title = 'Plenum "Nord", Donnerstag 19:00 & 🌱';

describe.each(["en", "de"])("invitation in %s", (locale) => {
	const t = translator(locale);
	const plenum = meeting({ ...defaults, padInstance: "pad.riseup.net" }, title);
	const text = invitationText(plenum, { includeTips: true }, t);
	const lines = text.split("\n");

	it("opens with the title and has each link alone on its line", () => {
		expect(lines[0]).toBe(title);
		expect(lines).toContain(plenum.roomUrl);
		expect(plenum.padUrl).toMatch(/^https:\/\/pad\.riseup\.net\/p\//);
		expect(lines).toContain(plenum.padUrl);
		expect(lines.indexOf(plenum.roomUrl)).toBeLessThan(lines.indexOf(plenum.padUrl ?? ""));
	});

	it("says the room starts muted only when the link does", () => {
		expect(lines).toContain(t("invitationRoomHeadingMuted"));
		expect(lines).not.toContain(t("invitationRoomHeading"));
	});

	it("carries the three tips in this language", () => {
		for (const key of ["invitationTipHeadset", "invitationTipMute", "invitationTipTryFirst"] as const) {
			expect(t(key)).not.toBe("");
			expect(lines).toContain(`- ${t(key)}`);
		}
	});

	it("lets linkify-it (Signal Desktop's link finder) find both links whole", () => {
		const found = (linkify.match(text) ?? []).map((match) => match.url);
		expect(found).toEqual([plenum.roomUrl, plenum.padUrl]);
	});

	it("says when people join with the camera off, as the link asks", () => {
		const cameraOff = meeting({ ...defaults, startVideoMuted: true }, title);
		expect(invitationText(cameraOff, { includeTips: true }, t).split("\n")).toContain(
			t("invitationRoomHeadingMutedCameraOff"),
		);
		const onlyCamera = meeting({ ...defaults, startAudioMuted: false, startVideoMuted: true }, title);
		expect(invitationText(onlyCamera, { includeTips: true }, t).split("\n")).toContain(
			t("invitationRoomHeadingCameraOff"),
		);
	});

	it("names the backup room after the main room and the pad, on another collective's instance", () => {
		const withBackup = meeting({ ...defaults, backupRoom: true }, title);
		const backupLines = invitationText(withBackup, { includeTips: true }, t).split("\n");
		const at = backupLines.indexOf(t("invitationBackupHeading"));
		expect(at).toBeGreaterThan(backupLines.indexOf(withBackup.roomUrl));
		expect(backupLines[at + 1]).toBe(withBackup.backupUrl);
		expect(new URL(withBackup.backupUrl ?? "").host).not.toBe(new URL(withBackup.roomUrl).host);
		expect((linkify.match(backupLines.join("\n")) ?? []).map((m) => m.url)).toEqual([
			withBackup.roomUrl,
			withBackup.padUrl,
			withBackup.backupUrl,
		]);
	});

	it("says when the plenum starts, right under the title", () => {
		const dated = invitationText(plenum, { includeTips: false, when: "Thursday, 4 December 2026, 19:00 CET" }, t);
		expect(dated.split("\n").slice(0, 2)).toEqual([title, t("invitationWhen", "Thursday, 4 December 2026, 19:00 CET")]);
	});

	it("leaves out what the group switched off", () => {
		const bare = meeting({ ...defaults, includePad: false, startAudioMuted: false }, "");
		expect(invitationText(bare, { includeTips: false }, t)).toBe(`${t("invitationRoomHeading")}\n${bare.roomUrl}`);
	});

	it("invites a large assembly to Mumble, keeps the pad before the app's details, and gives Mumble's tips", () => {
		const large = meeting(defaults, title, true);
		const mumbleText = invitationText(large, { includeTips: true }, t);
		const mumbleLines = mumbleText.split("\n");
		expect(mumbleLines).toContain(t("invitationMumbleHeading"));
		expect(mumbleLines).toContain("https://talk.systemli.org");
		expect(mumbleLines).toContain(large.padUrl);
		expect(mumbleText).not.toContain(t("invitationRoomHeading"));
		expect(mumbleText).not.toContain(t("invitationRoomHeadingMuted"));
		for (const key of ["invitationTipHeadset", "invitationTipPushToTalk", "invitationTipJoinEarly"] as const) {
			expect(mumbleLines).toContain(`- ${t(key)}`);
		}
		expect((linkify.match(mumbleText) ?? []).map((match) => match.url)).toEqual([
			large.roomUrl,
			large.padUrl,
			"http://talk.systemli.org",
		]);
	});
});

it("differs between English and German", () => {
	const plenum = meeting(defaults, "");
	expect(invitationText(plenum, { includeTips: true }, translator("de"))).not.toBe(
		invitationText(plenum, { includeTips: true }, translator("en")),
	);
});
