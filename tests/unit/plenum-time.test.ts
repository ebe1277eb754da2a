import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { languages } from "../../src/lib/languages";
import { formatStart, type PlenumStart, readStart, repairStart, startInstant } from "../../src/lib/time/start-time";
import { systemZone } from "../../src/lib/time/zone";

// Expected texts are what Node 20's Intl (ICU 78, CLDR 48) writes; browsers use their own ICU.
const berlin = (date: string, time: string): PlenumStart => ({ date, time, zone: "Europe/Berlin" });
const winter = berlin("2026-12-03", "19:00");
afterEach(() => vi.useRealTimers());
const summer = berlin("2027-06-10", "09:30");

describe("formatStart", () => {
	const skipped = berlin("2027-03-28", "02:30");
	const saoPaulo = { date: "2026-12-03", time: "19:00", zone: "America/Sao_Paulo" };

	// Each language: a plenum in winter; one in summer while "now" is still winter; a time the
	// clocks skip; a zone with no short name in that language.
	it.each([
		[
			"en",
			"Thursday, 3 December 2026 at 19:00 CET",
			"Thursday, 10 June 2027 at 09:30 CEST",
			"Sunday, 28 March 2027 at 03:30 CEST",
			"Thursday, 3 December 2026 at 19:00 GMT-3",
		],
		[
			"de",
			"Donnerstag, 3. Dezember 2026 um 19:00 MEZ",
			"Donnerstag, 10. Juni 2027 um 09:30 MESZ",
			"Sonntag, 28. März 2027 um 03:30 MESZ",
			"Donnerstag, 3. Dezember 2026 um 19:00 GMT-3",
		],
		[
			"fr",
			"jeudi 3 décembre 2026 à 19:00 UTC+1",
			"jeudi 10 juin 2027 à 09:30 UTC+2",
			"dimanche 28 mars 2027 à 03:30 UTC+2",
			"jeudi 3 décembre 2026 à 19:00 UTC−3",
		],
		[
			"it",
			"giovedì 3 dicembre 2026 alle ore 19:00 CET",
			"giovedì 10 giugno 2027 alle ore 09:30 CEST",
			"domenica 28 marzo 2027 alle ore 03:30 CEST",
			"giovedì 3 dicembre 2026 alle ore 19:00 GMT-3",
		],
		[
			"es",
			"jueves, 3 de diciembre de 2026, 19:00 CET",
			"jueves, 10 de junio de 2027, 9:30 CEST",
			"domingo, 28 de marzo de 2027, 3:30 CEST",
			"jueves, 3 de diciembre de 2026, 19:00 GMT-3",
		],
	] as const)("writes %s with weekday, date, 24-hour time and the zone in force that day", (language, ...expected) => {
		vi.useFakeTimers({ now: new Date("2026-11-20T12:00:00Z"), toFake: ["Date"] });
		expect([winter, summer, skipped, saoPaulo].map((start) => formatStart(start, language))).toEqual(expected);
	});

	it("names the zone of the plenum's day, not of today, across a change to summer time", () => {
		vi.useFakeTimers({ now: new Date("2027-01-15T12:00:00Z"), toFake: ["Date"] });
		const afterChange = berlin("2027-04-01", "19:00");
		expect(formatStart(afterChange, "de")).toBe("Donnerstag, 1. April 2027 um 19:00 MESZ");
		expect(startInstant(afterChange).toISOString()).toBe("2027-04-01T17:00:00.000Z");
		vi.setSystemTime(new Date("2027-07-01T12:00:00Z"));
		expect(formatStart(winter, "en")).toBe("Thursday, 3 December 2026 at 19:00 CET");
		expect(startInstant(winter).toISOString()).toBe("2026-12-03T18:00:00.000Z");
	});

	it("reads a time the clocks skip as the calendars do, an hour later in summer time", () => {
		expect(startInstant(skipped).toISOString()).toBe("2027-03-28T01:30:00.000Z");
		expect(startInstant(berlin("2027-03-28", "03:30")).toISOString()).toBe("2027-03-28T01:30:00.000Z");
	});

	it("takes the first of a repeated hour, still in summer time", () => {
		const repeated = berlin("2027-10-31", "02:30");
		expect(startInstant(repeated).toISOString()).toBe("2027-10-31T00:30:00.000Z");
		expect(formatStart(repeated, "en")).toBe("Sunday, 31 October 2027 at 02:30 CEST");
	});

	it("writes a zone without a short name in a language as its offset", () => {
		const kolkata = { date: "2026-12-03", time: "19:00", zone: "Asia/Kolkata" };
		expect(startInstant(saoPaulo).toISOString()).toBe("2026-12-03T22:00:00.000Z");
		expect(formatStart(kolkata, "de")).toBe("Donnerstag, 3. Dezember 2026 um 19:00 GMT+5:30");
		expect(startInstant(kolkata).toISOString()).toBe("2026-12-03T13:30:00.000Z");
	});

	it("follows the browser's region for the invitation's language, with its clock for English", () => {
		expect(formatStart(winter, "en", ["de-DE", "en-US"])).toBe("Thursday, December 3, 2026 at 7:00 PM GMT+1");
		expect(formatStart({ ...winter, date: "2027-01-14" }, "de", ["de-AT"])).toBe(
			"Donnerstag, 14. Jänner 2027 um 19:00 MEZ",
		);
		expect(formatStart(winter, "es", ["es-MX"])).toBe("jueves, 3 de diciembre de 2026, 19:00 GMT+1");
	});

	it("does not depend on the time zone of the machine it runs on", () => {
		const original = process.env.TZ;
		const machineOffsets = new Set<number>();
		const texts = ["UTC", "Pacific/Auckland", "America/Los_Angeles"].map((tz) => {
			process.env.TZ = tz;
			machineOffsets.add(new Date(Date.UTC(2027, 5, 10)).getTimezoneOffset());
			return languages.map((language) => formatStart(summer, language)).join("\n");
		});
		if (original === undefined) delete process.env.TZ;
		else process.env.TZ = original;
		expect(machineOffsets.size).toBe(3);
		expect(new Set(texts).size).toBe(1);
	});
});

describe("readStart", () => {
	it("reads the values of date and time inputs, seconds dropped", () => {
		expect(readStart("2026-12-03", "19:00", "Europe/Berlin")).toEqual({ start: winter });
		expect(readStart("2026-12-03", "19:00:30.500", "Europe/Berlin")).toEqual({ start: winter });
		expect(readStart("", "", "Europe/Berlin")).toEqual({});
	});

	it("says what is wrong, as a message key", () => {
		expect(readStart("2026-12-03", "", "Europe/Berlin")).toEqual({ problem: "startNoTime" });
		expect(readStart("", "19:00", "Europe/Berlin")).toEqual({ problem: "startNoDate" });
		for (const [date, time, zone] of [
			["2026-02-30", "19:00", "Europe/Berlin"],
			["2026-12-03", "24:00", "Europe/Berlin"],
			["3.12.2026", "19:00", "Europe/Berlin"],
			["2026-12-03", "7 pm", "Europe/Berlin"],
			["2026-12-03", "19:00", "Mars/Olympus_Mons"],
			["2026-12-03", "19:00", "+01:00"],
		]) {
			expect(readStart(date ?? "", time ?? "", zone ?? ""), `${date} ${time} ${zone}`).toEqual({
				problem: "startInvalid",
			});
		}
	});

	it("refuses a time the clocks skip that day, in either hemisphere", () => {
		expect(readStart("2027-03-28", "02:30", "Europe/Berlin")).toEqual({ problem: "startSkipped" });
		expect(readStart("2027-03-14", "02:00", "America/New_York")).toEqual({ problem: "startSkipped" });
		expect(readStart("2027-10-03", "02:15", "Australia/Sydney")).toEqual({ problem: "startSkipped" });
		expect(readStart("2027-03-28", "03:00", "Europe/Berlin").start).toEqual(berlin("2027-03-28", "03:00"));
	});
});

describe("systemZone", () => {
	it("takes the system's zone when the browser can use it", () => {
		for (const zone of ["Europe/Berlin", "America/Phoenix", "Asia/Kolkata", "UTC", "Europe/Kiev"]) {
			expect(systemZone(zone)).toEqual({ zone, fallback: false });
		}
	});

	// What Intl.DateTimeFormat().resolvedOptions().timeZone gives when the system's zone is not
	// in the browser's data: ICU's "Etc/Unknown", or nothing at all.
	it.each([["Etc/Unknown"], ["Factory"], [undefined], [""], ["Mars/Olympus_Mons"], [42]])(
		"falls back to UTC, and says so, for %j, so a start can be set",
		(resolved) => {
			const { zone, fallback } = systemZone(resolved);
			expect({ zone, fallback }).toEqual({ zone: "UTC", fallback: true });
			const { start } = readStart("2026-12-03", "19:00", zone);
			expect(start).toEqual({ date: "2026-12-03", time: "19:00", zone: "UTC" });
			expect(startInstant(start as PlenumStart).toISOString()).toBe("2026-12-03T19:00:00.000Z");
			expect(formatStart(start as PlenumStart, "en")).toBe("Thursday, 3 December 2026 at 19:00 UTC");
		},
	);
});

describe("repairStart", () => {
	it("keeps a well-formed start, and only its three fields", () => {
		expect(repairStart({ ...winter, extra: 1 })).toEqual(winter);
	});

	it("turns anything malformed into no start", () => {
		for (const bad of [
			null,
			"2026-12-03T19:00",
			[],
			{ date: "2026-12-03", time: "19:00" },
			{ ...winter, time: "19:00:00" },
			{ ...winter, time: 1900 },
			{ ...winter, date: "2026-13-01" },
			{ ...winter, zone: "Europe/Nowhere" },
			{ ...winter, zone: "" },
		]) {
			expect(repairStart(bad), JSON.stringify(bad)).toBeUndefined();
		}
	});

	it("gives a start that reads and formats, or none, for thousands of generated values", () => {
		const field = fc.oneof(fc.string(), fc.constantFrom("2026-12-03", "19:00", "Europe/Berlin", "UTC"), fc.integer());
		fc.assert(
			fc.property(fc.record({ date: field, time: field, zone: field }, { requiredKeys: [] }), (stored) => {
				const start = repairStart(stored);
				if (!start) return;
				expect(Number.isNaN(startInstant(start).getTime())).toBe(false);
				expect(formatStart(start, "en")).toMatch(/\d/);
			}),
			{ numRuns: 1000 },
		);
	});

	it("round-trips every valid start through storage", () => {
		const start = fc.record({
			date: fc
				.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
				.map((d) => d.toISOString().slice(0, 10)),
			time: fc
				.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
				.map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
			zone: fc.constantFrom(...Intl.supportedValuesOf("timeZone")),
		});
		fc.assert(
			fc.property(start, (s) => {
				expect(repairStart(JSON.parse(JSON.stringify(s)))).toEqual(s);
			}),
			{ numRuns: 1000 },
		);
	});
});
