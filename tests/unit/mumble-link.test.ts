import { describe, expect, it } from "vitest";
import { mumbleUrl, mumbleWebClient } from "../../src/lib/mumble-link";

describe("mumbleUrl", () => {
	it("uses systemli's web client without a server of the group's own", () => {
		expect(mumbleUrl({ server: "", channel: "Plenum", title: "x" })).toBe(mumbleWebClient);
		expect(mumbleWebClient).toBe("https://talk.systemli.org/");
	});

	it("makes a mumble:// link every client accepts", () => {
		expect(mumbleUrl({ server: "mumble.example.org" })).toBe("mumble://mumble.example.org/?version=1.2.0");
	});

	it("encodes each channel segment and the title", () => {
		expect(
			mumbleUrl({ server: "mumble.example.org", channel: " Plenum / Großer Saal (2) ", title: "Vollversammlung & Co" }),
		).toBe(
			"mumble://mumble.example.org/Plenum/Gro%C3%9Fer%20Saal%20%282%29?version=1.2.0&title=Vollversammlung%20%26%20Co",
		);
	});

	it("never carries user info or a password", () => {
		const url = new URL(mumbleUrl({ server: "mumble.example.org", channel: "a@b:c", title: "p@ss:word" }));
		expect(url.username).toBe("");
		expect(url.password).toBe("");
		expect(url.host).toBe("mumble.example.org");
	});
});
