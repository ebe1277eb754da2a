import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeRepeat, isRepeat, nextOccurrence, type Repeat, repeatRule } from "../../src/lib/time/recurrence";
import { type PlenumStart, startInstant } from "../../src/lib/time/start-time";
import { translator } from "./helpers";

const berlin = (date: string, time = "19:00"): PlenumStart => ({ date, time, zone: "Europe/Berlin" });
const at = (iso: string) => new Date(iso);
const hours = 3_600_000;

it("knows the three repeats, for repairing what storage holds", () => {
	expect(["weekly", "biweekly", "monthly"].every(isRepeat)).toBe(true);
	for (const other of ["daily", "Weekly", "", undefined, null, 7]) expect(isRepeat(other), String(other)).toBe(false);
});

describe("repeatRule", () => {
	it("writes weekly, every other week and the weekday of a week of the month", () => {
		expect(repeatRule(berlin("2026-12-03"), "weekly")).toBe("FREQ=WEEKLY");
		expect(repeatRule(berlin("2026-12-03"), "biweekly")).toBe("FREQ=WEEKLY;INTERVAL=2");
		expect(repeatRule(berlin("2026-12-03"), "monthly")).toBe("FREQ=MONTHLY;BYDAY=1TH");
		expect(repeatRule(berlin("2026-12-10"), "monthly")).toBe("FREQ=MONTHLY;BYDAY=2TH");
		expect(repeatRule(berlin("2026-12-19"), "monthly")).toBe("FREQ=MONTHLY;BYDAY=3SA");
		expect(repeatRule(berlin("2026-12-28"), "monthly")).toBe("FREQ=MONTHLY;BYDAY=4MO");
		// Days 29-31 are in the fifth week, which not every month has: "the last".
		expect(repeatRule(berlin("2026-10-29"), "monthly")).toBe("FREQ=MONTHLY;BYDAY=-1TH");
	});
});

describe("nextOccurrence", () => {
	const once = berlin("2026-12-03");

	it("names a single plenum until it ends, then none", () => {
		expect(nextOccurrence(once, undefined, at("2026-11-01T00:00:00Z"))).toEqual(once);
		expect(nextOccurrence(once, undefined, at("2026-12-03T19:59:00Z"))).toEqual(once);
		expect(nextOccurrence(once, undefined, at("2026-12-03T20:00:00Z"))).toBeUndefined();
		expect(nextOccurrence(once, undefined, at("2026-12-03T18:45:00Z"), 30)).toBeUndefined();
	});

	it("counts the plenum in progress until its end, then the next one", () => {
		expect(nextOccurrence(once, "weekly", at("2026-12-10T19:30:00Z"))).toEqual(berlin("2026-12-10"));
		expect(nextOccurrence(once, "weekly", at("2026-12-10T20:00:00Z"))).toEqual(berlin("2026-12-17"));
		expect(nextOccurrence(once, "weekly", at("2026-12-10T18:30:00Z"), 15)).toEqual(berlin("2026-12-17"));
	});

	it("keeps the wall time across the change to summer time", () => {
		const next = nextOccurrence(once, "weekly", at("2027-03-27T12:00:00Z"));
		expect(next).toEqual(berlin("2027-04-01"));
		expect(startInstant(next as PlenumStart).toISOString()).toBe("2027-04-01T17:00:00.000Z");
		expect(startInstant(once).toISOString()).toBe("2026-12-03T18:00:00.000Z");
	});

	it("keeps the fortnightly rhythm of the first plenum", () => {
		expect(nextOccurrence(once, "biweekly", at("2026-12-11T00:00:00Z"))).toEqual(berlin("2026-12-17"));
		expect(nextOccurrence(once, "biweekly", at("2027-06-01T00:00:00Z"))).toEqual(berlin("2027-06-03"));
	});

	it("finds the same weekday of the same week in later months, or the last one", () => {
		const second = berlin("2026-12-10");
		expect(nextOccurrence(second, "monthly", at("2026-12-11T00:00:00Z"))).toEqual(berlin("2027-01-14"));
		expect(nextOccurrence(second, "monthly", at("2027-01-15T00:00:00Z"))).toEqual(berlin("2027-02-11"));
		const last = berlin("2026-10-29");
		expect(nextOccurrence(last, "monthly", at("2026-11-01T00:00:00Z"))).toEqual(berlin("2026-11-26"));
		expect(nextOccurrence(last, "monthly", at("2026-11-27T00:00:00Z"))).toEqual(berlin("2026-12-31"));
		expect(nextOccurrence(last, "monthly", at("2027-01-01T00:00:00Z"))).toEqual(berlin("2027-01-28"));
		const fourth = berlin("2026-12-24");
		expect(nextOccurrence(fourth, "monthly", at("2026-12-25T00:00:00Z"))).toEqual(berlin("2027-01-28"));
		expect(nextOccurrence(fourth, "monthly", at("2027-02-01T00:00:00Z"))).toEqual(berlin("2027-02-25"));
	});

	it("names the first plenum while the series has not begun", () => {
		expect(nextOccurrence(once, "monthly", at("2020-01-01T00:00:00Z"))).toEqual(once);
	});

	it("keeps a wall time the clocks skip on one day of the series; calendars read it an hour later", () => {
		const night = berlin("2027-03-21", "02:30");
		const skipped = nextOccurrence(night, "weekly", at("2027-03-22T00:00:00Z"));
		expect(skipped).toEqual(berlin("2027-03-28", "02:30"));
		expect(startInstant(skipped as PlenumStart).toISOString()).toBe("2027-03-28T01:30:00.000Z");
	});

	// The same answer as walking the calendar day by day from the first plenum, which needs no
	// arithmetic on weeks and months.
	function walked(start: PlenumStart, repeat: Repeat, now: Date, minutes: number): PlenumStart {
		const [y, m, d] = start.date.split("-").map(Number) as [number, number, number];
		const first = Date.UTC(y, m - 1, d);
		const weekday = new Date(first).getUTCDay();
		const weekOf = (day: number) => Math.ceil(day / 7);
		for (let day = first; ; day += 24 * hours) {
			const date = new Date(day);
			const days = Math.round((day - first) / (24 * hours));
			const lastOfMonth = new Date(day + 7 * 24 * hours).getUTCMonth() !== date.getUTCMonth();
			const onRule =
				repeat === "monthly"
					? date.getUTCDay() === weekday && (d > 28 ? lastOfMonth : weekOf(date.getUTCDate()) === weekOf(d))
					: days % (repeat === "weekly" ? 7 : 14) === 0;
			const candidate = { ...start, date: date.toISOString().slice(0, 10) };
			if (onRule && startInstant(candidate).getTime() + minutes * 60_000 > now.getTime()) return candidate;
		}
	}

	it("agrees with a day-by-day walk for thousands of generated series", () => {
		const zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/Santiago"];
		const series = fc.record({
			first: fc.date({ min: new Date("2024-01-01"), max: new Date("2028-12-31"), noInvalidDate: true }),
			time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)),
			zone: fc.constantFrom(...zones),
			repeat: fc.constantFrom<Repeat>("weekly", "biweekly", "monthly"),
			later: fc.integer({ min: -60 * 24, max: 3 * 365 * 24 }),
			minutes: fc.constantFrom(30, 90, 120, 240, 24 * 60),
		});
		fc.assert(
			fc.property(series, ({ first, time: [h, m], zone, repeat, later, minutes }) => {
				const start = {
					date: first.toISOString().slice(0, 10),
					time: `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`,
					zone,
				};
				const now = new Date(first.getTime() + later * hours);
				expect(nextOccurrence(start, repeat, now, minutes)).toEqual(walked(start, repeat, now, minutes));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("describeRepeat", () => {
	const thursday = berlin("2026-12-10");
	const lastSunday = berlin("2027-01-31", "10:30");

	it.each([
		[
			"en",
			"every Thursday, 19:00",
			"every other Thursday, 19:00",
			"every 2nd Thursday of the month, 19:00",
			"every last Sunday of the month, 10:30",
		],
		[
			"de",
			"jeden Donnerstag, 19:00 Uhr",
			"jeden zweiten Donnerstag, 19:00 Uhr",
			"jeden 2. Donnerstag im Monat, 19:00 Uhr",
			"jeden letzten Sonntag im Monat, 10:30 Uhr",
		],
		[
			"fr",
			"chaque jeudi à 19:00",
			"un jeudi sur deux à 19:00",
			"le 2e jeudi de chaque mois à 19:00",
			"le dernier dimanche de chaque mois à 10:30",
		],
		[
			"it",
			"ogni giovedì, ore 19:00",
			"ogni due settimane, di giovedì, ore 19:00",
			"ogni secondo giovedì del mese, ore 19:00",
			"ogni ultima domenica del mese, ore 10:30",
		],
		[
			"es",
			"cada jueves, 19:00",
			"cada dos semanas, el jueves, 19:00",
			"el segundo jueves de cada mes, 19:00",
			"el último domingo de cada mes, 10:30",
		],
	] as const)(
		"describes each repeat in %s with Intl's weekday and time",
		(language, weekly, biweekly, monthly, last) => {
			const t = translator(language);
			expect(describeRepeat(thursday, "weekly", language, t)).toBe(weekly);
			expect(describeRepeat(thursday, "biweekly", language, t)).toBe(biweekly);
			expect(describeRepeat(thursday, "monthly", language, t)).toBe(monthly);
			expect(describeRepeat(lastSunday, "monthly", language, t)).toBe(last);
		},
	);

	it("writes the time as the browser's English region does", () => {
		expect(describeRepeat(thursday, "weekly", "en", translator("en"), ["en-US"])).toBe("every Thursday, 7:00 PM");
	});

	it("has words for every week of the month", () => {
		const t = translator("en");
		const texts = ["2026-12-03", "2026-12-10", "2026-12-17", "2026-12-24", "2026-12-31"].map((date) =>
			describeRepeat(berlin(date), "monthly", "en", t),
		);
		expect(texts.map((text) => text.split(" ")[1])).toEqual(["1st", "2nd", "3rd", "4th", "last"]);
	});
});
