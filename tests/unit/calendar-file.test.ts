import fc from "fast-check";
import ICAL from "ical.js";
import LinkifyIt from "linkify-it";
import { describe, expect, it } from "vitest";
import {
	type CalendarInput,
	calendarFile,
	calendarFileName,
	reminderMinutes,
} from "../../src/lib/calendar/calendar-file";
import { invitationText } from "../../src/lib/invitation-text";
import { mumbleAppUrl } from "../../src/lib/mumble/links";
import { defaults } from "../../src/lib/settings";
import type { PlenumStart } from "../../src/lib/time/start-time";
import { meetingFor, translator, unfold } from "./helpers";

const t = translator("de");
const plenum = meetingFor(defaults, 'Plenum "Nord"; Küche, Straße & 🌱');
const berlin = (date: string, time = "19:00"): PlenumStart => ({ date, time, zone: "Europe/Berlin" });
const base: CalendarInput = {
	uid: "abcdefghijklmnopqrstuvwxyz@plenum-launcher",
	start: berlin("2026-12-03"),
	now: new Date("2026-11-20T10:00:00Z"),
	title: plenum.title,
	roomUrl: plenum.roomUrl,
	description: invitationText(plenum, { includeTips: true }, t),
	reminder: t("calendarReminder", [plenum.title, String(reminderMinutes)]),
};

/** The file as a calendar reads it: ical.js, with only the file's own VTIMEZONE to go on. */
function read(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const vevent = calendar.getFirstSubcomponent("vevent");
	if (!vevent) throw new Error("no VEVENT");
	return { calendar, vevent, event: new ICAL.Event(vevent) };
}
const iso = (time: ICAL.Time) => time.toJSDate().toISOString();

describe("calendarFile", () => {
	const text = calendarFile(base);
	const { calendar, vevent, event } = read(text);

	it("is a VCALENDAR 2.0 with a PRODID, in CRLF lines", () => {
		expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
		expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Plenum launcher//Calendar file//EN");
		expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
		expect(text.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
	});

	it("carries title, room link as location and URL, and the invitation with both links", () => {
		expect(event.summary).toBe('Plenum "Nord"; Küche, Straße & 🌱');
		expect(event.location).toBe(plenum.roomUrl);
		expect(vevent.getFirstPropertyValue("url")).toBe(plenum.roomUrl);
		expect(event.description).toBe(base.description);
		const links = (new LinkifyIt().match(event.description) ?? []).map((match) => match.url);
		expect(links).toEqual([plenum.roomUrl, plenum.padUrl]);
	});

	it("starts at the wall time in its zone, described by the file's own VTIMEZONE", () => {
		expect(event.startDate.toString()).toBe("2026-12-03T19:00:00");
		expect(event.startDate.zone.tzid).toBe("Europe/Berlin");
		expect(event.startDate.zone.component).toBe(calendar.getFirstSubcomponent("vtimezone"));
		expect(iso(event.startDate)).toBe("2026-12-03T18:00:00.000Z");
	});

	it("writes the same wall time on a computer in any time zone", () => {
		const original = process.env.TZ;
		try {
			for (const zone of ["America/New_York", "Asia/Tokyo", "Pacific/Chatham", "UTC"]) {
				process.env.TZ = zone;
				const lines = calendarFile(base).split("\r\n");
				expect(lines, zone).toContain("DTSTART;TZID=Europe/Berlin:20261203T190000");
				// The end as the instant it is: a wall time may name two (calendar-length.test.ts).
				expect(lines, zone).toContain("DTEND:20261203T200000Z");
			}
		} finally {
			if (original === undefined) delete process.env.TZ;
			else process.env.TZ = original;
		}
	});

	it("writes a computer set to UTC like any other zone: its start with the TZID, its end and its link", () => {
		const lines = unfold(calendarFile({ ...base, start: { date: "2026-12-03", time: "19:00", zone: "UTC" } }));
		expect(lines).toContain("DTSTART;TZID=UTC:20261203T190000");
		expect(lines).toContain("DTEND:20261203T210000Z");
		expect(lines).toContain(`URL;VALUE=URI:${plenum.roomUrl}`);
		expect(lines).toContain("TZID:UTC");
	});

	it("lasts two hours unless the group says otherwise", () => {
		expect(event.duration.toSeconds()).toBe(2 * 3600);
		expect(iso(event.endDate)).toBe("2026-12-03T20:00:00.000Z");
		const short = read(calendarFile({ ...base, durationMinutes: 90 })).event;
		expect(short.duration.toSeconds()).toBe(90 * 60);
	});

	it("writes a Mumble link as the URI it is, with its ';' and ',' unescaped, and escapes them in the texts", () => {
		const mumble = mumbleAppUrl({ host: "mumble.example.org", port: 64738, channel: ["Plena"] }, "Plenum; Nord, Süd");
		expect(mumble).toMatch(/;.*,/);
		const file = calendarFile({ ...base, roomUrl: mumble, description: `Mumble: ${mumble}` });
		const again = read(file);
		expect(again.vevent.getFirstPropertyValue("url")).toBe(mumble);
		expect(unfold(file)).toContain(`URL;VALUE=URI:${mumble}`);
		// LOCATION and DESCRIPTION are TEXT (RFC 5545 §3.3.11): escaped in the file, whole when read.
		expect(unfold(file)).toContain(`LOCATION:${mumble.replace(/[;,]/g, "\\$&")}`);
		expect([again.event.location, again.event.description]).toEqual([mumble, `Mumble: ${mumble}`]);
	});

	it("percent-encodes what no URI may hold, so a link can neither end its line nor break", () => {
		const odd = "https://meet.example.org/room x\r\nDTSTART:19700101T000000Z\u0000ü";
		const url = read(calendarFile({ ...base, roomUrl: odd })).vevent.getFirstPropertyValue("url");
		expect(url).toBe("https://meet.example.org/room%20x%0D%0ADTSTART:19700101T000000Z%00%C3%BC");
		expect(decodeURI(String(url))).toBe(odd);
	});

	it("stamps the file with when it was made, in UTC", () => {
		expect(iso(vevent.getFirstPropertyValue("dtstamp") as ICAL.Time)).toBe("2026-11-20T10:00:00.000Z");
		expect(text).toContain("DTSTAMP:20261120T100000Z");
	});

	it("keeps the UID of the same plenum, so a second import updates the entry", () => {
		const later = read(calendarFile({ ...base, now: new Date("2026-11-27T08:00:00Z"), title: "Plenum Nord" }));
		expect(event.uid).toBe(base.uid);
		expect(later.event.uid).toBe(event.uid);
		expect(later.event.sequence).toBeGreaterThan(event.sequence);
	});

	it("reminds 15 minutes before, with a localized text", () => {
		const alarm = vevent.getFirstSubcomponent("valarm");
		expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
		expect(alarm?.getFirstPropertyValue("trigger")?.toString()).toBe("-PT15M");
		expect(alarm?.getFirstPropertyValue("description")).toBe(
			'Plenum "Nord"; Küche, Straße & 🌱 beginnt in 15 Minuten.',
		);
	});

	it("has no RRULE for a single plenum", () => {
		expect(event.isRecurring()).toBe(false);
	});

	it("writes a series in the year 9999 with four-digit years only, and refuses a plenum that ends after it", () => {
		// The form takes any four-digit year; RFC 5545 §3.3.4 writes no other, in the time zone's
		// changes neither, which a series looks for years ahead.
		const start = { date: "9996-06-03", time: "19:00", zone: "Africa/Cairo" };
		const file = calendarFile({ ...base, start, repeat: "weekly" });
		for (const line of unfold(file).filter((l) => /^(DTSTART|DTEND|DTSTAMP)/.test(l))) {
			expect(line).toMatch(/:\d{8}T\d{6}Z?$/);
		}
		expect(read(file).event.startDate.toString()).toBe("9996-06-03T19:00:00");
		expect(() => calendarFile({ ...base, start: berlin("9999-12-31", "23:00") })).toThrow(RangeError);
	});

	it("refuses a UID that would need escaping, and durations that are no plenum", () => {
		expect(() => calendarFile({ ...base, uid: "a;b" })).toThrow(RangeError);
		for (const durationMinutes of [0, 1.5, 24 * 60 + 1]) {
			expect(() => calendarFile({ ...base, durationMinutes })).toThrow(RangeError);
		}
	});
});

describe("calendarFile for a recurring plenum", () => {
	/** The next three plenums as ical.js expands the file's RRULE, as UTC instants. */
	function firstThree(input: CalendarInput): string[] {
		const iterator = read(calendarFile(input)).event.iterator();
		return [iterator.next(), iterator.next(), iterator.next()].map((time) => iso(time as ICAL.Time));
	}

	it("repeats weekly across the change to summer time at the same wall time", () => {
		const input = {
			...base,
			start: berlin("2027-03-18"),
			repeat: "weekly" as const,
			now: new Date("2027-03-01T00:00:00Z"),
		};
		expect(read(calendarFile(input)).vevent.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=WEEKLY");
		expect(firstThree(input)).toEqual([
			"2027-03-18T18:00:00.000Z",
			"2027-03-25T18:00:00.000Z",
			"2027-04-01T17:00:00.000Z",
		]);
	});

	it("repeats every other week, and starts with the plenum the invitation names now", () => {
		const input = { ...base, repeat: "biweekly" as const, now: new Date("2026-12-10T00:00:00Z") };
		const { event } = read(calendarFile(input));
		expect(event.startDate.toString()).toBe("2026-12-17T19:00:00");
		expect(firstThree(input)).toEqual([
			"2026-12-17T18:00:00.000Z",
			"2026-12-31T18:00:00.000Z",
			"2027-01-14T18:00:00.000Z",
		]);
	});

	it("repeats on the 2nd Thursday of each month", () => {
		const input = { ...base, start: berlin("2026-12-10"), repeat: "monthly" as const };
		expect(read(calendarFile(input)).vevent.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=MONTHLY;BYDAY=2TH");
		expect(firstThree(input)).toEqual([
			"2026-12-10T18:00:00.000Z",
			"2027-01-14T18:00:00.000Z",
			"2027-02-11T18:00:00.000Z",
		]);
	});

	it("repeats on the last Thursday, across the change to summer time", () => {
		const input = {
			...base,
			start: berlin("2026-10-29"),
			repeat: "monthly" as const,
			now: new Date("2027-02-01T00:00:00Z"),
		};
		expect(read(calendarFile(input)).vevent.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=MONTHLY;BYDAY=-1TH");
		expect(firstThree(input)).toEqual([
			"2027-02-25T18:00:00.000Z",
			"2027-03-25T18:00:00.000Z",
			"2027-04-29T17:00:00.000Z",
		]);
	});

	it("keeps New York's wall time across its own change to summer time", () => {
		const input = {
			...base,
			start: { date: "2027-03-04", time: "18:30", zone: "America/New_York" },
			repeat: "weekly" as const,
		};
		expect(firstThree({ ...input, now: new Date("2027-03-08T00:00:00Z") })).toEqual([
			"2027-03-11T23:30:00.000Z",
			"2027-03-18T22:30:00.000Z",
			"2027-03-25T22:30:00.000Z",
		]);
	});
});

describe("calendarFile with any text", () => {
	// The title and texts come from people: any character must come back as it went in.
	const anyText = fc.string({ unit: "grapheme", maxLength: 300 });

	it("folds every line within 75 octets, never inside a character, and ical.js reads back every text", () => {
		const controls = /(?![\t\n\r])\p{Cc}/gu;
		fc.assert(
			fc.property(anyText, anyText, (title, description) => {
				const text = calendarFile({ ...base, title, description, reminder: title });
				const bytes = new TextEncoder().encode(text);
				const lines = new TextDecoder("utf-8", { fatal: true }).decode(bytes).split("\r\n");
				for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
				const { event } = read(text);
				expect(event.summary).toBe(title.replace(controls, "").replace(/\r\n?/g, "\n"));
				expect(event.description).toBe(description.replace(controls, "").replace(/\r\n?/g, "\n"));
			}),
			{ numRuns: 1000 },
		);
	});

	it("survives any UTF-16, lone surrogates too, as the saved file's UTF-8 holds it", () => {
		// A Blob writes a string as UTF-8 and a lone surrogate as U+FFFD (three octets), which the
		// fold must have counted so; U+2028 and U+FEFF are text like any other. Controls go before
		// line breaks are read: "\r\u0085\n" is one line break.
		const anyUnits = fc.string({
			unit: fc.oneof(
				fc.constantFrom("\u0085", "\u2028", "\ufeff", "\r"),
				fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
			),
			maxLength: 200,
		});
		const asSaved = (value: string) =>
			new TextDecoder("utf-8", { ignoreBOM: true }).decode(new TextEncoder().encode(value));
		const controls = /(?![\t\n\r])\p{Cc}/gu;
		fc.assert(
			fc.property(anyUnits, (title) => {
				const saved = asSaved(calendarFile({ ...base, title, description: title, reminder: title }));
				for (const line of saved.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
				const { event } = read(saved);
				const expected = asSaved(title).replace(controls, "").replace(/\r\n?/g, "\n");
				expect([event.summary, event.description]).toEqual([expected, expected]);
			}),
			{ numRuns: 2000 },
		);
	});

	it("splits no emoji or accented letter at any position of a long title", () => {
		for (let pad = 0; pad < 8; pad++) {
			const title = `${"x".repeat(pad)}${"🌱ä€".repeat(40)}`;
			const { event } = read(calendarFile({ ...base, title }));
			expect(event.summary).toBe(title);
		}
	});
});

describe("calendarFileName", () => {
	it("makes a safe .ics name from the title and the date", () => {
		expect(calendarFileName(plenum.title, berlin("2026-12-03"))).toBe("plenum-nord-kuche-strasse-2026-12-03.ics");
		expect(calendarFileName("../../etc/passwd", berlin("2026-12-03"))).toBe("etc-passwd-2026-12-03.ics");
		expect(calendarFileName("🌱", berlin("2026-12-03"), t("calendarDefaultTitle"))).toBe("plenum-2026-12-03.ics");
		expect(calendarFileName("", berlin("2026-12-03"), translator("fr")("calendarDefaultTitle"))).toBe(
			"ag-2026-12-03.ics",
		);
	});
});
