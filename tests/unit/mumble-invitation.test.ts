import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invitationText } from "../../src/lib/invitation-text";
import type { Meeting } from "../../src/lib/links/meeting";
import { mumbleWebUrl } from "../../src/lib/mumble/links";
import { mumbleRoom } from "../../src/lib/mumble/room";
import { defaults } from "../../src/lib/settings";
import { type Link, signalAndroidLinks } from "./clients/signal-android";
import { signalDesktopLinks } from "./clients/signal-desktop";
import { localeNames, meetingFor, translator } from "./helpers";
import { channelSetting, runs, server } from "./mumble-arbitraries";

// The large-assembly invitation as it lands in Signal: the web link and the pad are found whole
// and exactly by Signal Desktop and by both of Signal Android's link finders, and no mumble://
// link is in it, since Android would turn it into an http:// link that leads nowhere.

const finders: [string, (text: string) => Link[]][] = [
	["Signal Desktop", signalDesktopLinks],
	["Signal Android (its Linkifier)", (text) => signalAndroidLinks(text, "linkifier")],
	["Signal Android (Android's Linkify)", (text) => signalAndroidLinks(text, "linkify")],
];

function large(settings: Partial<typeof defaults>, title = "Plenum, Donnerstag 19:00"): Meeting {
	return meetingFor({ ...defaults, padInstance: "pad.riseup.net", ...settings }, title, true);
}

/** Each of `links` is found exactly once, spanning exactly its own line. */
function expectFoundWhole(text: string, links: string[], find: (text: string) => Link[]) {
	const found = find(text);
	for (const link of links) {
		const start = text.split("\n").indexOf(link) === -1 ? -1 : text.indexOf(`\n${link}`) + 1;
		expect(start, link).toBeGreaterThan(0);
		expect(["\n", undefined], link).toContain(text[start + link.length]);
		const covering = found.filter((f) => f.start < start + link.length && f.end > start);
		expect(covering).toEqual([{ start, end: start + link.length, url: link }]);
	}
}

describe.each(localeNames)("large-assembly invitation in %s", (locale) => {
	const t = translator(locale);

	it("gives systemli's web link with the channel, the pad, then server, port and channel for the app", () => {
		const plenum = large({ mumbleChannel: "Plenum/Saal 2" });
		const text = invitationText(plenum, { includeTips: false }, t);
		expect(text).toBe(
			[
				"Plenum, Donnerstag 19:00",
				`${t("invitationMumbleHeading")}\n${t("invitationMumbleWebHeading")}\nhttps://talk.systemli.org/?channelName=Plenum%2FSaal%202`,
				`${t("invitationPadHeading")}\n${plenum.padUrl}`,
				[
					t("invitationMumbleAppHeading"),
					t("invitationMumbleServer", ["talk.systemli.org"]),
					t("invitationMumblePort", ["64738"]),
					t("invitationMumbleChannel", ["Plenum/Saal 2"]),
				].join("\n"),
			].join("\n\n"),
		);
		for (const [, find] of finders) expectFoundWhole(text, [plenum.roomUrl, plenum.padUrl ?? ""], find);
	});

	it("says that an own server has no browser link, and carries its port", () => {
		const plenum = large({ mumbleServer: "mumble.example.org:64739", mumbleChannel: "Plenum" });
		const lines = invitationText(plenum, { includeTips: true }, t).split("\n");
		expect(lines).toContain(t("invitationMumbleNoWeb"));
		expect(lines).not.toContain(t("invitationMumbleWebHeading"));
		expect(lines).toContain(t("invitationMumbleServer", ["mumble.example.org"]));
		expect(lines).toContain(t("invitationMumblePort", ["64739"]));
		expect(lines).toContain(t("invitationMumbleChannel", ["Plenum"]));
		expect(lines.join("\n")).not.toMatch(/mumble:\/\//i);
	});

	it("leaves the channel line out for the root channel", () => {
		const text = invitationText(large({ mumbleServer: "mumble.example.org" }), { includeTips: false }, t);
		expect(text).not.toContain(t("invitationMumbleChannel", [""]).trim());
		expect(text).toContain(t("invitationMumblePort", ["64738"]));
	});

	it("still gives a link for a Mumble room it cannot read", () => {
		const plenum: Meeting = { voice: "mumble", title: "", roomUrl: "https://mumble.example.org/web/" };
		expect(invitationText(plenum, { includeTips: false }, t)).toBe(
			`${t("invitationMumbleHeading")}\nhttps://mumble.example.org/web/`,
		);
	});
});

it("keeps every link whole for thousands of generated servers and channels, in every language", () => {
	const settings = fc.record({ mumbleServer: fc.oneof(fc.constant(""), server), mumbleChannel: channelSetting });
	fc.assert(
		fc.property(settings, fc.constantFrom(...localeNames), (choice, locale) => {
			const plenum = large(choice, "Plenum");
			const text = invitationText(plenum, { includeTips: true }, translator(locale));
			expect(text).not.toMatch(/mumble:\/\//i);
			const ours = [
				mumbleWebUrl(mumbleRoom({ server: choice.mumbleServer, channel: choice.mumbleChannel })),
				plenum.padUrl,
			];
			for (const [, find] of finders)
				expectFoundWhole(
					text,
					ours.filter((link) => link !== undefined),
					find,
				);
		}),
		runs,
	);
}, 60_000);

it("leaves the mumble:// link out: Signal Android would make a wrong http:// link of it, Desktop none", () => {
	const text = "Mumble:\nmumble://talk.systemli.org/Plenum?version=1.2.0\n\nmumble://example.org:64739/A?version=1.2.0";
	expect(signalDesktopLinks(text)).toEqual([]);
	expect(signalAndroidLinks(text, "linkifier").map((link) => link.url)).toEqual([
		"http://talk.systemli.org/Plenum?version=1.2.0",
		"http://example.org",
	]);
	expect(signalAndroidLinks(text, "linkify").map((link) => link.url)).toEqual([
		"http://systemli.org/Plenum?version=1.2.0",
	]);
});
