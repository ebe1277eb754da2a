import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { vtimezone } from "../../src/lib/calendar/vtimezone";
import { civilAt, offsetAt } from "../../src/lib/time/zone";

const day = 86_400_000;
const start = Date.UTC(2026, 11, 3, 18);

/** The VTIMEZONE as ical.js reads it from a calendar file, with no time zone data of its own. */
function parsed(text: string): ICAL.Timezone {
	const calendar = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${text}\r\nEND:VCALENDAR\r\n`));
	const component = calendar.getFirstSubcomponent("vtimezone");
	if (!component) throw new Error("no VTIMEZONE");
	return new ICAL.Timezone(component);
}

/**
 * The offset ical.js applies to the wall time Intl shows at `instant`, in ms: what a calendar
 * does with DTSTART;TZID. Equal to Intl's offset when the VTIMEZONE is right.
 */
function icalOffset(vtimezone: ICAL.Timezone, zone: string, instant: number): number {
	const wall = civilAt(zone, instant);
	const time = ICAL.Time.fromData({ ...wall, second: 0 }, vtimezone);
	const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
	return wallAsUtc - time.toUnixTime() * 1000;
}

/**
 * Instants to compare: every few days, and 61 minutes either side of each change Intl knows
 * of, which pins the change to its hour; wall times nearer to it occur twice or not at all.
 */
function instants(from: number, to: number, zone: string): number[] {
	const found: number[] = [];
	const step = 3 * day + 3_600_000;
	for (let t = from; t < to; t += step) {
		found.push(t);
		if (offsetAt(zone, t) === offsetAt(zone, t + step)) continue;
		let [before, after] = [t, t + step];
		while (after - before > 60_000) {
			const mid = before + Math.floor((after - before) / 120_000) * 60_000;
			if (offsetAt(zone, mid) === offsetAt(zone, t)) before = mid;
			else after = mid;
		}
		found.push(after - 61 * 60_000, after + 61 * 60_000);
	}
	return found;
}

// Zones with yearly rules in both hemispheres, rules on "the Sunday on or after the 2nd"
// (Santiago), half-hour summer time (Lord Howe), odd offsets (Chatham, Kathmandu), negative
// summer time (Dublin), a change at 24:00 that some years falls on 1 November (Cairo), and none
// at all.
const ruled = [
	"Europe/Berlin",
	"America/New_York",
	"Australia/Sydney",
	"America/Santiago",
	"Australia/Lord_Howe",
	"Pacific/Chatham",
	"Europe/Dublin",
	"Africa/Cairo",
	"Asia/Kathmandu",
	"Asia/Kolkata",
	"America/Phoenix",
	"America/Sao_Paulo",
];

describe("vtimezone for a recurring plenum", () => {
	it.each(ruled)("gives ical.js Intl's offsets in %s for twenty years", (zone) => {
		const ical = parsed(vtimezone(zone, start));
		for (const t of instants(start, start + 20 * 365 * day, zone)) {
			expect(icalOffset(ical, zone, t), `${zone} at ${new Date(t).toISOString()}`).toBe(offsetAt(zone, t));
		}
	});

	it("follows irregular changes one by one through the years it sampled (Casablanca)", () => {
		const ical = parsed(vtimezone("Africa/Casablanca", start));
		const times = instants(start, start + 7 * 365 * day, "Africa/Casablanca");
		expect(times.length).toBeGreaterThan(800);
		expect(new Set(times.map((t) => offsetAt("Africa/Casablanca", t))).size).toBe(2);
		for (const t of times) expect(icalOffset(ical, "Africa/Casablanca", t)).toBe(offsetAt("Africa/Casablanca", t));
	});

	it("writes the yearly rules as Outlook also reads them where they fit", () => {
		expect(vtimezone("Europe/Berlin", start)).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
		expect(vtimezone("Europe/Berlin", start)).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
		expect(vtimezone("America/New_York", start)).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
		expect(vtimezone("America/Santiago", start)).toContain("BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8");
		// Cairo's autumn change, 24:00 on the last Thursday of October, a second early.
		expect(vtimezone("Africa/Cairo", start)).toMatch(
			/DTSTART:20261029T235959\r\nTZOFFSETFROM:\+0300\r\nTZOFFSETTO:\+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1TH/,
		);
		// Each change at the wall time on the clock before it: 02:00 in spring, 03:00 in autumn.
		expect(vtimezone("Europe/Berlin", start)).toMatch(
			/DTSTART:20260329T020000\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200/,
		);
		expect(vtimezone("Europe/Berlin", start)).toMatch(
			/DTSTART:20261025T030000\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100/,
		);
	});

	it("reads every whole minute of the nights Cairo's clocks go back as the wall time it is", () => {
		const ical = parsed(vtimezone("Africa/Cairo", start));
		for (let year = 2027; year <= 2046; year++) {
			// The last Thursday of October, 22:00 to 02:00 the next day.
			const last = Date.UTC(year, 9, 31) - ((new Date(Date.UTC(year, 9, 31)).getUTCDay() + 3) % 7) * day;
			for (let wall = last + 22 * 3_600_000; wall <= last + 26 * 3_600_000; wall += 60_000) {
				const w = new Date(wall);
				const civil = {
					year,
					month: w.getUTCMonth() + 1,
					day: w.getUTCDate(),
					hour: w.getUTCHours(),
					minute: w.getUTCMinutes(),
				};
				const instant = ICAL.Time.fromData({ ...civil, second: 0 }, ical).toUnixTime() * 1000;
				expect(civilAt("Africa/Cairo", instant), w.toISOString()).toEqual(civil);
			}
		}
	});

	it("has one observance for a zone without changes, and takes Sydney's December from its October rule", () => {
		const kolkata = vtimezone("Asia/Kolkata", start);
		expect(kolkata.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(["BEGIN:STANDARD"]);
		expect(kolkata).toContain("TZOFFSETTO:+0530");
		expect(vtimezone("Australia/Sydney", start)).toMatch(
			/BEGIN:DAYLIGHT\r\nDTSTART:20261004T020000\r\nTZOFFSETFROM:\+1000\r\nTZOFFSETTO:\+1100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU/,
		);
	});

	// Outlook reads a VTIMEZONE as one STANDARD and one DAYLIGHT, each a yearly rule: with a
	// second STANDARD it drops the zone and reads the plenum's times as UTC
	// (github.com/ridafkih/keeper.sh/pull/423); observances listed one by one it ignores
	// (github.com/iCalcreator/iCalcreator/issues/86).
	const summerTime = [
		...ruled.filter(
			(zone) => !["Asia/Kathmandu", "Asia/Kolkata", "America/Phoenix", "America/Sao_Paulo"].includes(zone),
		),
		"Europe/London",
		"Pacific/Auckland",
		"America/Nuuk",
		"Asia/Jerusalem",
		"America/Havana",
	];
	it.each(summerTime)(
		"gives a series in %s one STANDARD and one DAYLIGHT, each a yearly rule from before it, at any time of year",
		(zone) => {
			for (let month = 0; month < 12; month++) {
				const first = Date.UTC(2027, month, 14, 17);
				const text = vtimezone(zone, first);
				const observances = text.split(/BEGIN:(?=STANDARD|DAYLIGHT)/).slice(1);
				expect(observances.map((o) => o.split("\r\n")[0]).sort(), `${zone} ${month + 1}`).toEqual([
					"DAYLIGHT",
					"STANDARD",
				]);
				for (const o of observances) {
					expect(o, `${zone} ${month + 1}`).toMatch(/\r\nRRULE:FREQ=YEARLY;BYMONTH=\d+;BYDAY=/);
					const [, y, mo, d, h, mi] = /DTSTART:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)/.exec(o)?.map(Number) ?? [];
					expect(Date.UTC(y ?? 0, (mo ?? 0) - 1, d ?? 0, h ?? 0, mi ?? 0) - 14 * 3_600_000).toBeLessThan(first);
				}
			}
		},
	);

	it("writes every line in CRLF and within 75 octets", () => {
		for (const zone of ruled) {
			const text = vtimezone(zone, start);
			expect(text.split("\r\n").every((line) => line.length <= 75 && !line.includes("\n"))).toBe(true);
		}
	});
});

describe("vtimezone for a single plenum", () => {
	it("covers the plenum, with no rules for years it does not need", () => {
		const end = start + 2 * 3_600_000;
		const text = vtimezone("Europe/Berlin", start, end);
		expect(text).not.toContain("RRULE");
		const ical = parsed(text);
		for (const t of [start, end]) expect(icalOffset(ical, "Europe/Berlin", t)).toBe(3_600_000);
	});

	it("includes a change that falls inside the plenum", () => {
		const night = Date.UTC(2027, 2, 27, 23);
		const text = vtimezone("Europe/Berlin", night, night + 4 * 3_600_000);
		expect(text).toContain("DTSTART:20270328T020000");
		const ical = parsed(text);
		expect(icalOffset(ical, "Europe/Berlin", night)).toBe(3_600_000);
		expect(icalOffset(ical, "Europe/Berlin", night + 4 * 3_600_000)).toBe(7_200_000);
	});

	it("includes the half hour Lord Howe's clocks go back inside a plenum", () => {
		const night = Date.UTC(2027, 3, 3, 14); // 01:00 summer time (+11:00), 4 April 2027
		const end = night + 2 * 3_600_000;
		const text = vtimezone("Australia/Lord_Howe", night, end);
		expect(text).toMatch(/DTSTART:20270404T020000\r\nTZOFFSETFROM:\+1100\r\nTZOFFSETTO:\+1030/);
		const ical = parsed(text);
		expect([icalOffset(ical, "Australia/Lord_Howe", night), icalOffset(ical, "Australia/Lord_Howe", end)]).toEqual([
			11 * 3_600_000,
			10.5 * 3_600_000,
		]);
	});
});
