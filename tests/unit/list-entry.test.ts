import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Language } from "../../src/lib/languages";
import { entryDetails, entryName, sentenceCase } from "../../src/lib/plenum/list-entry";
import type { Plenum } from "../../src/lib/plenum/plenum";
import { storedPlenum, translator } from "./helpers";

const format = (language: Language = "en") => ({ language, t: translator(language), timeZone: "Europe/Berlin" });
const details = (list: Plenum[], language: Language = "en") =>
	entryDetails(list, format(language), translator(language)("mumbleLinkLabel"));
const thursday = { date: "2026-12-10", time: "19:00", zone: "Europe/Berlin" };
// 1_700_000_000_000 is Tuesday 14 November 2023, 23:13 in Berlin.
const tuesdayNight = 1_700_000_000_000;
const minutes = 60_000;

describe("entryDetails", () => {
	it("says what repeats, in each language, from the stored series", () => {
		const weekly = storedPlenum(1, { name: "Plenum", start: thursday, repeat: "weekly" });
		const monthly = storedPlenum(2, { name: "AG Miete", start: thursday, repeat: "monthly" });
		expect(details([weekly, monthly])).toEqual([
			"Every Thursday, 19:00 · meet.systemli.org",
			"Every 2nd Thursday of the month, 19:00 · meet.systemli.org",
		]);
		expect(details([weekly], "de")).toEqual(["Jeden Donnerstag, 19:00 Uhr · meet.systemli.org"]);
		expect(details([weekly], "fr")).toEqual(["Chaque jeudi à 19:00 · meet.systemli.org"]);
		expect(details([weekly], "it")).toEqual(["Ogni giovedì, ore 19:00 · meet.systemli.org"]);
		expect(details([weekly], "es")).toEqual(["Cada jueves, 19:00 · meet.systemli.org"]);
	});

	it("gives a single plenum its date and time as the organiser set them, else the day it was made", () => {
		const dated = storedPlenum(1, { start: { ...thursday, zone: "America/New_York" } });
		const made = storedPlenum(2, { created: tuesdayNight });
		expect(details([dated, made])).toEqual([
			"Thu, 10 Dec 2026, 19:00 · meet.systemli.org",
			"made Tue, 14 Nov 2023 · meet.systemli.org",
		]);
		expect(details([dated], "de")).toEqual(["Do., 10. Dez. 2026, 19:00 · meet.systemli.org"]);
		expect(entryDetails([made], { ...format("en"), browserLocales: ["en-US"] }, "Mumble")).toEqual([
			"made Tue, Nov 14, 2023 · meet.systemli.org",
		]);
	});

	it("names Mumble for a large assembly", () => {
		const assembly = storedPlenum(1, { voice: "mumble", created: tuesdayNight });
		expect(details([assembly], "de")).toEqual(["erstellt am Di., 14. Nov. 2023 · Mumble-Link"]);
	});

	it("adds the time to two entries of the same title made on the same day, and only to them", () => {
		const list = [
			storedPlenum(1, { title: "Plenum", created: tuesdayNight }),
			storedPlenum(2, { title: "Plenum", created: tuesdayNight - 150 * minutes }),
			storedPlenum(3, { title: "AG Miete", created: tuesdayNight - 10 * minutes }),
			// The same title, but the next day in Berlin (00:13), though still the same day in UTC.
			storedPlenum(4, { title: "Plenum", created: tuesdayNight + 60 * minutes }),
		];
		expect(details(list)).toEqual([
			"made Tue, 14 Nov 2023, 23:13 · meet.systemli.org",
			"made Tue, 14 Nov 2023, 20:43 · meet.systemli.org",
			"made Tue, 14 Nov 2023 · meet.systemli.org",
			"made Wed, 15 Nov 2023 · meet.systemli.org",
		]);
	});

	it("ends in the room's secret name where even the time or the series is the same", () => {
		const room = (n: number, end: string) => ({ host: "meet.systemli.org", name: `plenum-${n}-abcdefghij${end}` });
		const list = [
			storedPlenum(1, { title: "Plenum", created: tuesdayNight, room: room(1, "k3x9qz") }),
			storedPlenum(2, { title: "Plenum", created: tuesdayNight + 20_000, room: room(2, "7mwp2a") }),
			// Two weekly series of the same name, begun on different Thursdays.
			storedPlenum(3, { name: "Plenum", start: thursday, repeat: "weekly", room: room(3, "q2w3e4") }),
			storedPlenum(4, { name: "Plenum", start: { ...thursday, date: "2026-12-17" }, repeat: "weekly" }),
		];
		expect(details(list)).toEqual([
			"made Tue, 14 Nov 2023, 23:13 · meet.systemli.org …k3x9qz",
			"made Tue, 14 Nov 2023, 23:13 · meet.systemli.org …7mwp2a",
			"Every Thursday, 19:00 · meet.systemli.org …q2w3e4",
			"Every Thursday, 19:00 · meet.systemli.org …aaaaaa",
		]);
	});

	it("never shows two entries of one list alike, whatever their titles, dates and times", () => {
		const secret = fc.stringMatching(/^[a-z0-9]{26}$/);
		const entry = fc.record({
			title: fc.constantFrom("", "Plenum", "AG Miete"),
			created: fc.integer({ min: tuesdayNight - 3 * 86_400_000, max: tuesdayNight + 3 * 86_400_000 }),
			start: fc.option(
				fc.record({ date: fc.constantFrom("2026-12-10", "2026-12-17"), time: fc.constantFrom("19:00", "19:30") }),
				{ nil: undefined },
			),
			repeat: fc.option(fc.constantFrom("weekly" as const, "biweekly" as const), { nil: undefined }),
			voice: fc.constantFrom("jitsi" as const, "mumble" as const),
		});
		const list = fc.uniqueArray(fc.tuple(entry, secret), { maxLength: 20, selector: ([, s]) => s.slice(-6) });
		fc.assert(
			fc.property(list, fc.constantFrom<Language>("en", "de", "fr", "it", "es"), (entries, language) => {
				const plenums = entries.map(([e, s], n) =>
					storedPlenum(n, {
						title: e.title,
						created: e.created,
						voice: e.voice,
						room: { host: "meet.systemli.org", name: `plenum-${s}` },
						start: e.start && { ...e.start, zone: "Europe/Berlin" },
						repeat: e.start && e.repeat,
					}),
				);
				const lines = details(plenums, language).map(
					(d, i) => `${entryName(plenums[i] as Plenum, translator(language))}\n${d}`,
				);
				expect(new Set(lines).size).toBe(lines.length);
			}),
			{ numRuns: 300 },
		);
	});
});

it("writes the first letter as a capital in the language's own way", () => {
	expect(sentenceCase("every Thursday", "en")).toBe("Every Thursday");
	expect(sentenceCase("ogni giovedì", "it")).toBe("Ogni giovedì");
	expect(sentenceCase("", "de")).toBe("");
});
