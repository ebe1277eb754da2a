import { describe, expect, it } from "vitest";
import zxcvbn from "zxcvbn";
import { maxPadNameLength, padName } from "../../src/lib/names/pad-name";
import { randomName } from "../../src/lib/names/random-name";
import { readablePrefix } from "../../src/lib/names/readable-prefix";
import { roomName } from "../../src/lib/names/room-name";
import { jitsiNormalise } from "./helpers";

const titles = [
	"",
	"Plenum, Thursday 19:00",
	"Plenum, Donnerstag 19:00 – Übergabe & Straßenfest",
	'Say "hi" & #plan = 100%',
	"🌱 Garden crew 🌻",
	"AG Küche/Ökologie",
	"x".repeat(500),
	"---",
	"Ünïcödé ĲSSﬁ", // compatibility characters that NFKC would change
];

// Etherpad's pad-id rule (src/node/db/PadManager.ts).
const etherpadPadId = /^(g.[a-zA-Z0-9]{16}\$)?[^$]{1,50}$/;

describe("readablePrefix", () => {
	it("makes a lowercase slug within [a-z0-9-]", () => {
		expect(readablePrefix("Plenum, Donnerstag 19:00", 40)).toBe("plenum-donnerstag-19-00");
		expect(readablePrefix("Übergabe Straße", 40)).toBe("ubergabe-strasse");
		expect(readablePrefix("🌱 !!", 40)).toBe("");
		expect(readablePrefix("Cœur de Łódź, Øresund", 40)).toBe("coeur-de-lodz-oresund");
	});

	it("never exceeds its length and never ends in a dash", () => {
		expect(readablePrefix("ab cd ef", 3)).toBe("ab");
		for (const title of titles) expect(readablePrefix(title, 10)).toMatch(/^([a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?)?$/);
	});
});

describe("roomName", () => {
	it("keeps the secret whole at the end", () => {
		const secret = randomName();
		expect(roomName(secret)).toBe(secret);
		expect(roomName(secret, "Plenum, Thursday")).toBe(`plenum-thursday-${secret}`);
	});

	it("is unchanged by Jitsi's normalisation, whatever the title", () => {
		for (const title of titles) {
			const name = roomName(randomName(), title);
			expect(name).toMatch(/^[a-z0-9-]+$/);
			expect(jitsiNormalise(name)).toBe(name);
		}
	});

	it("is not flagged by Jitsi's weak-name check (zxcvbn score >= 3)", () => {
		for (const title of titles) {
			for (let i = 0; i < 5; i++) expect(zxcvbn(roomName(randomName(), title)).score).toBeGreaterThanOrEqual(3);
		}
	});
});

describe("padName", () => {
	it("is a valid Etherpad pad id for every title", () => {
		for (const title of titles) {
			const name = padName(randomName(), title);
			expect(name.length).toBeLessThanOrEqual(maxPadNameLength);
			expect(name).toMatch(etherpadPadId);
			expect(name).not.toContain("$");
			expect(name).toMatch(/^[a-z0-9-]+$/);
		}
	});

	it("keeps all of its own secret, even after a long title", () => {
		const secret = randomName();
		expect(padName(secret, "x".repeat(500))).toBe(`${"x".repeat(23)}-${secret}`);
	});

	it("does not reveal the room: the same title gives different secrets", () => {
		const room = roomName(randomName(), "Plenum");
		const pad = padName(randomName(), "Plenum");
		expect(pad.slice(-26)).not.toBe(room.slice(-26));
	});
});
