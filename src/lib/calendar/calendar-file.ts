// The .ics file behind "Add to calendar", written line by line: an event, its reminder and the
// VTIMEZONE its start names take a few dozen lines, and writing them here keeps every value as
// RFC 5545 asks (TEXT escaped, the URL as a URI, the end as an instant) with no library to load.
import { readablePrefix } from "../names/readable-prefix";
import { defaultDurationMinutes, nextOccurrence, type Repeat, repeatRule } from "../time/recurrence";
import { civilOf, type PlenumStart } from "../time/start-time";
import { instantOf } from "../time/zone";
import { fold, uriValue, utcDateTime } from "./content-lines";
import { vtimezone } from "./vtimezone";

/** The reminder's lead time; the calendarReminder message names it as $2. */
export const reminderMinutes = 15;
export const maxDurationMinutes = 24 * 60;
export const calendarMime = "text/calendar;charset=utf-8";

export type CalendarInput = {
	/** Stays the same for the same plenum, so importing the file again updates the entry instead of adding one. */
	uid: string;
	/** The plenum's start as stored; for a series, its first plenum. */
	start: PlenumStart;
	repeat?: Repeat;
	/** Length of each plenum; two hours unless the group set another. */
	durationMinutes?: number;
	/** When the file is made: its DTSTAMP, and which plenum of a series the entry starts with. */
	now: Date;
	title: string;
	/** Where the plenum happens: the room link (LOCATION and URL). */
	roomUrl: string;
	/** The invitation text, links included. */
	description: string;
	/** The reminder's text, already localized (calendarReminder). */
	reminder: string;
};

// RFC 5545 writes UID as TEXT; it is written as given, so only characters that need no escaping
// are accepted.
const uidPattern = /^[A-Za-z0-9@._-]{1,255}$/;

// RFC 5545 §3.3.11: TEXT holds no control characters but tab and line breaks.
const controls = /(?![\t\n\r])\p{Cc}/gu;
/** A TEXT value (RFC 5545 §3.3.11): its controls dropped, "\\ ; ," escaped, every line break "\\n". */
const text = (value: string) =>
	value
		.replace(controls, "")
		.replace(/[\\;,]/g, "\\$&")
		.replace(/\r\n?|\n/g, "\\n");

const two = (n: number) => String(n).padStart(2, "0");
/** A local date-time as RFC 5545 writes it after a TZID: 20261203T190000. */
const wallTime = ({ year, month, day, hour, minute }: ReturnType<typeof civilOf>) =>
	`${String(year).padStart(4, "0")}${two(month)}${two(day)}T${two(hour)}${two(minute)}00`;

/**
 * The RFC 5545 text of one plenum: VTIMEZONE, VEVENT with the RRULE of a series, and a
 * reminder `reminderMinutes` before. A series starts at the plenum the invitation names now
 * (see `nextOccurrence`), so the calendar gets no entries from the past.
 */
export function calendarFile(input: CalendarInput): string {
	const duration = input.durationMinutes ?? defaultDurationMinutes;
	if (!Number.isInteger(duration) || duration < 1 || duration > maxDurationMinutes) {
		throw new RangeError(`durationMinutes must be a whole number from 1 to ${maxDurationMinutes}`);
	}
	if (!uidPattern.test(input.uid)) throw new RangeError("uid may only hold A-Z a-z 0-9 @ . _ -");
	const first = nextOccurrence(input.start, input.repeat, input.now, duration) ?? input.start;
	const { zone } = first;
	const begin = instantOf(zone, civilOf(first));
	// The end as an instant, the same exact length for every plenum of a series (RFC 5545
	// §3.8.5.3): as a wall time, the night the clocks go back could name it an hour too early.
	const end = begin + duration * 60_000;
	const lines = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Plenum launcher//Calendar file//EN",
		...vtimezone(zone, begin, input.repeat ? undefined : end).split("\r\n"),
		"BEGIN:VEVENT",
		`UID:${input.uid}`,
		// Grows with every file, so calendars that compare SEQUENCE take a re-import as the newer version.
		`SEQUENCE:${Math.floor(input.now.getTime() / 60_000)}`,
		`DTSTAMP:${utcDateTime(input.now.getTime())}`,
		`DTSTART;TZID=${zone}:${wallTime(civilOf(first))}`,
		`DTEND:${utcDateTime(end)}`,
		// The room link as the URI it is (§3.3.13), so ";" and "," in a Mumble link stay as they are.
		`URL;VALUE=URI:${uriValue(input.roomUrl)}`,
		...(input.repeat ? [`RRULE:${repeatRule(input.start, input.repeat)}`] : []),
		`SUMMARY:${text(input.title)}`,
		`LOCATION:${text(input.roomUrl)}`,
		`DESCRIPTION:${text(input.description)}`,
		"BEGIN:VALARM",
		"ACTION:DISPLAY",
		`TRIGGER:-PT${reminderMinutes}M`,
		`DESCRIPTION:${text(input.reminder)}`,
		"END:VALARM",
		"END:VEVENT",
		"END:VCALENDAR",
	];
	// RFC 5545 §3.1 ends every content line, the last one too, with CRLF.
	return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** A file name for the calendar entry: the title's readable slug and the date, "plenum-nord-2026-12-03.ics". */
export function calendarFileName(title: string, start: PlenumStart, fallback = "plenum"): string {
	const name = readablePrefix(title, 60) || readablePrefix(fallback, 60) || "plenum";
	return `${name}-${start.date}.ics`;
}
