// Each plenum lasts what it was set to, on the nights the clocks change too, in zones with odd
// changes: the file read back by ical.js (kewisch/ical.js, Thunderbird's calendar library), and
// by RFC 5545 where ical.js reads otherwise (noted where it does).
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarInput, calendarFile } from "../../src/lib/calendar/calendar-file";
import type { PlenumStart } from "../../src/lib/time/start-time";
import { type Civil, civilAt, instantOf, isSkipped, offsetAt } from "../../src/lib/time/zone";
import { unfold } from "./helpers";

const minute = 60_000;
const base: Omit<CalendarInput, "start"> = {
	uid: "abcdefghijklmnopqrstuvwxyz@plenum-launcher",
	now: new Date("2026-01-01T00:00:00Z"),
	title: "Plenum",
	roomUrl: "https://meet.example.org/plenum",
	description: "Plenum",
	reminder: "Plenum",
};

// Summer time in both hemispheres, Lord Howe's half hour, and zones without summer time.
const zones = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "America/Phoenix"];

function read(text: string) {
	const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
	if (!vevent) throw new Error("no VEVENT");
	return { vevent, event: new ICAL.Event(vevent) };
}

const two = (n: number) => String(n).padStart(2, "0");
const startOf = (civil: Civil, zone: string): PlenumStart => ({
	date: `${civil.year}-${two(civil.month)}-${two(civil.day)}`,
	time: `${two(civil.hour)}:${two(civil.minute)}`,
	zone,
});

/** A wall time that happens twice, the night the clocks go back (by an hour, or Lord Howe's half). */
function isRepeated(zone: string, civil: Civil): boolean {
	const first = instantOf(zone, civil);
	return [30, 60].some((shift) => {
		const later = civilAt(zone, first + shift * minute);
		return later.hour === civil.hour && later.minute === civil.minute;
	});
}

/** Every quarter hour from 22:00 the day before to 05:00 after each change of `zone` in `year`. */
function nightsOfChange(zone: string, year: number): Civil[] {
	const found: Civil[] = [];
	for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
		if (offsetAt(zone, day) === offsetAt(zone, day + 86_400_000)) continue;
		for (let at = day - 36 * 3_600_000; at < day + 36 * 3_600_000; at += 15 * minute) {
			const civil = civilAt(zone, at);
			if (civil.hour >= 22 || civil.hour < 5) found.push(civil);
		}
	}
	return found;
}

/** The file's start and end as instants, as RFC 5545 reads them (§3.3.5: a repeated time is its first). */
function rfcReading(text: string, zone: string) {
	const lines = unfold(text);
	const dtstart = lines.find((line) => line.startsWith(`DTSTART;TZID=${zone}:`))?.split(":")[1] ?? "";
	const [, y, mo, d, h, mi] = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)00$/.exec(dtstart)?.map(Number) ?? [];
	const start = instantOf(zone, { year: y ?? 0, month: mo ?? 0, day: d ?? 0, hour: h ?? 0, minute: mi ?? 0 });
	const dtend = lines.find((line) => line.startsWith("DTEND:"))?.slice(6) ?? "";
	const end = Date.parse(dtend.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, "$1-$2-$3T$4:$5:$6Z"));
	return { start, end };
}

describe("a single plenum's length", () => {
	it("ends two hours after 01:15 on Berlin's night the clocks go back, not one", () => {
		const text = calendarFile({ ...base, start: { date: "2026-10-25", time: "01:15", zone: "Europe/Berlin" } });
		expect(unfold(text)).toContain("DTEND:20261025T011500Z");
		const { event } = read(text);
		expect(event.startDate.toJSDate().toISOString()).toBe("2026-10-24T23:15:00.000Z");
		expect(event.endDate.toJSDate().toISOString()).toBe("2026-10-25T01:15:00.000Z");
		expect(event.endDate.toUnixTime() - event.startDate.toUnixTime()).toBe(2 * 3600);
	});

	it.each(zones)("lasts its length at every quarter hour of the nights %s changes its clocks", (zone) => {
		const nights = [2026, 2027].flatMap((year) => nightsOfChange(zone, year));
		expect(nights.length > 0).toBe(!["Asia/Kolkata", "America/Phoenix"].includes(zone));
		for (const civil of nights) {
			if (isSkipped(zone, civil)) continue; // the form refuses a time that does not exist
			for (const durationMinutes of [30, 120]) {
				const text = calendarFile({ ...base, start: startOf(civil, zone), durationMinutes });
				const where = `${zone} ${JSON.stringify(civil)} ${durationMinutes}`;
				const rfc = rfcReading(text, zone);
				expect(rfc.end - rfc.start, where).toBe(durationMinutes * minute);
				// ical.js reads a repeated wall time as its second occurrence, unlike RFC 5545 §3.3.5;
				// everywhere else it must agree to the minute.
				if (isRepeated(zone, civil)) continue;
				const { event } = read(text);
				expect(event.startDate.toUnixTime() * 1000, where).toBe(rfc.start);
				expect(event.endDate.toUnixTime() * 1000, where).toBe(rfc.start + durationMinutes * minute);
			}
		}
	});

	it("lasts its length at any time of any day, in every zone, for any length", () => {
		const anyCivil = fc.record({
			year: fc.integer({ min: 2026, max: 2045 }),
			month: fc.integer({ min: 1, max: 12 }),
			day: fc.integer({ min: 1, max: 28 }),
			hour: fc.integer({ min: 0, max: 23 }),
			minute: fc.integer({ min: 0, max: 59 }),
		});
		const input = fc.tuple(fc.constantFrom(...zones), anyCivil, fc.integer({ min: 1, max: 24 * 60 }));
		fc.assert(
			fc.property(input, ([zone, civil, durationMinutes]) => {
				fc.pre(!isSkipped(zone, civil));
				const text = calendarFile({ ...base, start: startOf(civil, zone), durationMinutes });
				const rfc = rfcReading(text, zone);
				expect(rfc.start).toBe(instantOf(zone, civil));
				expect(rfc.end - rfc.start).toBe(durationMinutes * minute);
				if (isRepeated(zone, civil)) return;
				const { event } = read(text);
				expect(event.startDate.toUnixTime() * 1000).toBe(rfc.start);
				expect(event.endDate.toUnixTime() * 1000).toBe(rfc.end);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("a series' length", () => {
	/** The first `count` plenums of the file's series as ical.js expands them. */
	function plenums(text: string, count: number) {
		const { event } = read(text);
		const iterator = event.iterator();
		return Array.from({ length: count }, () => {
			const details = event.getOccurrenceDetails(iterator.next() as ICAL.Time);
			return { start: details.startDate, end: details.endDate };
		});
	}

	it.each(zones)("keeps 19:00 and its length through two years of changes in %s", (zone) => {
		const start = { date: "2026-01-08", time: "19:00", zone };
		const text = calendarFile({ ...base, start, repeat: "weekly", durationMinutes: 90 });
		const series = plenums(text, 105);
		const offsets = new Set<number>();
		for (const { start: begin, end } of series) {
			const instant = begin.toUnixTime() * 1000;
			offsets.add(offsetAt(zone, instant));
			expect(civilAt(zone, instant), begin.toString()).toMatchObject({ hour: 19, minute: 0 });
			expect(end.toUnixTime() - begin.toUnixTime()).toBe(90 * 60);
		}
		expect(offsets.size).toBe(["Asia/Kolkata", "America/Phoenix"].includes(zone) ? 1 : 2);
	});

	it("gives the series the exact length of its first plenum, which starts the night Berlin's clocks go back", () => {
		const start = { date: "2026-10-25", time: "01:15", zone: "Europe/Berlin" };
		const text = calendarFile({ ...base, start, repeat: "weekly", now: new Date("2026-10-20T00:00:00Z") });
		const { start: begin, end } = rfcReading(text, "Europe/Berlin");
		expect([new Date(begin).toISOString(), end - begin]).toEqual(["2026-10-24T23:15:00.000Z", 2 * 3_600_000]);
		// The next plenums, in winter time, at 01:15 again.
		const [, ...later] = plenums(text, 3);
		expect(later.map(({ start: s }) => s.toJSDate().toISOString())).toEqual([
			"2026-11-01T00:15:00.000Z",
			"2026-11-08T00:15:00.000Z",
		]);
		for (const { start: s, end: e } of later) expect(e.toUnixTime() - s.toUnixTime()).toBe(2 * 3600);
	});
});
