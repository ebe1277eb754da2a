import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mumbleAppUrl, mumbleWebUrl, readMumbleRoom } from "../../src/lib/mumble/links";
import { channelPath, mumbleRoom } from "../../src/lib/mumble/room";
import { mumbleTitle } from "../../src/lib/mumble/title";
import { defaults } from "../../src/lib/settings";
import { joinedChannel, mumbleWebJoin, systemliWebsocketTarget } from "./clients/mumble-web";
import { findDesiredChannel, mumbleOpenUrl } from "./clients/qt-mumble";
import { signalAndroidLinks } from "./clients/signal-android";
import { signalDesktopLinks } from "./clients/signal-desktop";
import { meetingFor } from "./helpers";
import { channelSetting, runs, server, title, treeWith } from "./mumble-arbitraries";

const own = (choice: { server?: string; port?: number; channel?: string }) =>
	mumbleRoom({ server: "mumble.example.org", ...choice });

describe("the room a group's settings describe", () => {
	it("is systemli's server without a server of the group's own", () => {
		expect(mumbleRoom({ server: "", channel: " Plenum / Saal 2 " })).toEqual({
			host: "talk.systemli.org",
			port: 64738,
			channel: ["Plenum", "Saal 2"],
		});
	});

	it("takes the port from host:port, else from the port setting, else Mumble's 64738", () => {
		expect(own({ server: "mumble.example.org:64739", port: 1234 }).port).toBe(64739);
		expect(own({ port: 1234 }).port).toBe(1234);
		expect(own({}).port).toBe(64738);
		expect(own({ port: 70000 }).port).toBe(64738);
		expect(own({ server: " Mumble.Example.org:0 " })).toEqual({ host: "mumble.example.org", port: 64738, channel: [] });
	});
});

describe("mumbleWebUrl", () => {
	it("points to systemli's page, with the channel when there is one", () => {
		expect(mumbleWebUrl(mumbleRoom({ server: "" }))).toBe("https://talk.systemli.org");
		expect(mumbleWebUrl(mumbleRoom({ server: "", channel: "Plenum/Saal 2." }))).toBe(
			"https://talk.systemli.org/?channelName=Plenum%2FSaal%202%2E",
		);
	});

	it("does not exist for an own server, nor for systemli's host on another port", () => {
		expect(mumbleWebUrl(own({ channel: "Plenum" }))).toBeUndefined();
		expect(mumbleWebUrl(mumbleRoom({ server: "talk.systemli.org:64739" }))).toBeUndefined();
		expect(mumbleWebUrl(mumbleRoom({ server: "talk.systemli.org" }))).toBe("https://talk.systemli.org");
	});
});

describe("mumbleAppUrl", () => {
	it("makes a mumble:// link every client accepts, with the port only when it is not 64738", () => {
		expect(mumbleAppUrl(own({}))).toBe("mumble://mumble.example.org/?version=1.2.0");
		expect(mumbleAppUrl(own({ port: 64739, channel: "Plenum/Großer Saal (2)" }), " Vollversammlung & Co ")).toBe(
			"mumble://mumble.example.org:64739/Plenum/Gro%C3%9Fer%20Saal%20%282%29?version=1.2.0&title=Vollversammlung%20%26%20Co",
		);
	});

	it("gives Mumble back the title 'Plenum, Donnerstag 19:00', not 'Plenum%2C Donnerstag 19%3A00'", () => {
		const link = mumbleAppUrl(own({}), "Plenum, Donnerstag 19:00");
		expect(link).toContain("title=Plenum,%20Donnerstag%2019:00");
		expect(mumbleOpenUrl(link).title).toBe("Plenum, Donnerstag 19:00");
		// What the old encoding gave, read by the same model: the bug this fixes.
		expect(mumbleOpenUrl(`${link.split("&")[0]}&title=Plenum%2C%20Donnerstag%2019%3A00`).title).toBe(
			"Plenum%2C Donnerstag 19%3A00",
		);
	});

	it("replaces what cannot reach Mumble's title, and documents how", () => {
		expect(mumbleTitle(" 100% [Entwurf]\u0007\uFDD0\uD800 ")).toBe("100％ (Entwurf) \uFFFD\uFFFD");
		const link = mumbleAppUrl(own({}), "A&B=C #1 !$'()*+,;:@/? \"<>\\^`{|}");
		expect(mumbleOpenUrl(link).title).toBe("A&B=C #1 !$'()*+,;:@/? \"<>\\^`{|}");
	});

	it("never carries user info or a password", () => {
		const url = new URL(mumbleAppUrl(own({ channel: "a@b:c" }), "p@ss:word"));
		expect([url.username, url.password, url.host]).toEqual(["", "", "mumble.example.org"]);
	});
});

describe("a large assembly's link, and reading it back", () => {
	const link = (settings: Partial<typeof defaults>) => meetingFor({ ...defaults, ...settings }, "T", true).roomUrl;

	it("is the web link where there is one, else the app link, and reads back as the room", () => {
		expect(link({ mumbleChannel: "Plenum" })).toBe("https://talk.systemli.org/?channelName=Plenum");
		expect(readMumbleRoom(link({ mumbleChannel: "Plenum" }))).toEqual(mumbleRoom({ server: "", channel: "Plenum" }));
		const own = { mumbleServer: "mumble.example.org:64739", mumbleChannel: "Plenum/Saal 2" };
		expect(link(own)).toBe("mumble://mumble.example.org:64739/Plenum/Saal%202?version=1.2.0&title=T");
		expect(readMumbleRoom(link(own))).toEqual(mumbleRoom({ server: own.mumbleServer, channel: own.mumbleChannel }));
	});

	it("reads plenums saved before, and nothing else", () => {
		expect(readMumbleRoom("https://talk.systemli.org/")).toEqual({
			host: "talk.systemli.org",
			port: 64738,
			channel: [],
		});
		expect(readMumbleRoom("https://meet.systemli.org/abc")).toBeUndefined();
		expect(readMumbleRoom("https://talk.systemli.org.example.com/?channelName=A")).toBeUndefined();
		expect(readMumbleRoom("mumble://m.example.org/%E0%A4?version=1.2.0")).toBeUndefined();
	});
});

describe("thousands of generated servers, channels and titles", () => {
	const rooms = fc.record({ server, channel: channelSetting }).map(mumbleRoom);

	it("Mumble (Qt) reads server, port, channel and title back from the app link", () => {
		fc.assert(
			fc.property(rooms, title, (room, name) => {
				const read = mumbleOpenUrl(mumbleAppUrl(room, name));
				expect([read.host, read.port, read.version]).toEqual([room.host, room.port, "1.2.0"]);
				expect(read.title ?? "").toBe(mumbleTitle(name));
				const joined = findDesiredChannel(read.desiredChannel, treeWith(room.channel));
				expect(joined ?? []).toEqual(room.channel);
				expect(readMumbleRoom(mumbleAppUrl(room, name))).toEqual(room);
			}),
			runs,
		);
	});

	it("a title with nothing to replace reads back exactly", () => {
		const plain = title.filter((name) => mumbleTitle(name) === name.trim());
		fc.assert(
			fc.property(plain, (name) => {
				expect(mumbleOpenUrl(mumbleAppUrl(own({}), name)).title ?? "").toBe(name.trim());
			}),
			runs,
		);
	});

	it("mumble-web on systemli's page reaches systemli's server and joins the channel", () => {
		fc.assert(
			fc.property(channelSetting, (channel) => {
				const room = mumbleRoom({ server: "", channel });
				const join = mumbleWebJoin(mumbleWebUrl(room) ?? "");
				expect(systemliWebsocketTarget(join.websocket)).toBe("talk.systemli.org:64738");
				const expected = channelPath(channel);
				expect(joinedChannel(join.channelName, treeWith(expected)) ?? "root").toEqual(
					expected.length > 0 ? expected : "root",
				);
			}),
			runs,
		);
	});

	it("Signal Desktop and both Android link finders find the web link whole and exactly", () => {
		fc.assert(
			fc.property(channelSetting, (channel) => {
				const link = mumbleWebUrl(mumbleRoom({ server: "", channel })) ?? "";
				const text = `Audio plenum (Mumble):\n${link}\n\nNext line.`;
				expect(signalDesktopLinks(text).map((found) => found.url)).toEqual([link]);
				for (const finder of ["linkifier", "linkify"] as const) {
					expect(signalAndroidLinks(text, finder).map((found) => found.url)).toEqual([link]);
				}
			}),
			runs,
		);
	});
});
