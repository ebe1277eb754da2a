// The .ics file behind "Add to calendar". ical-generator, which writes it, is the caller's to
// load (the popup imports it when the button is used), so it never weighs on the first load.
import type * as DateFnsTz from "@date-fns/tz";
import type * as IcalGenerator from "ical-generator";
import { readablePrefix } from "../names/readable-prefix";
import { defaultDurationMinutes, nextOccurrence, type Repeat, repeatRule } from "../time/recurrence";
import { civilOf, type PlenumStart } from "../time/start-time";
import { instantOf } from "../time/zone";
import { fold, unfold, uriValue, utcDateTime } from "./content-lines";
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

// RFC 5545 writes UID as TEXT; ical-generator writes it as given, so only characters that
// need no escaping are accepted.
const uidPattern = /^[A-Za-z0-9@._-]{1,255}$/;

// RFC 5545 §3.3.11: TEXT holds no control characters but tab and line breaks.
const controls = /(?![\t\n\r])\p{Cc}/gu;
const plain = (text: string) => text.replace(controls, "");

/** The libraries that write the file, loaded by the caller when the file is wanted. */
export type CalendarLibraries = { ical: typeof IcalGenerator; tz: typeof DateFnsTz };

/**
 * The RFC 5545 text of one plenum: VTIMEZONE, VEVENT with the RRULE of a series, and a
 * reminder `reminderMinutes` before. A series starts at the plenum the invitation names now
 * (see `nextOccurrence`), so the calendar gets no entries from the past.
 */
export function calendarFile(input: CalendarInput, { ical: generator, tz }: CalendarLibraries): string {
	const { default: ical, ICalAlarmType } = generator;
	const duration = input.durationMinutes ?? defaultDurationMinutes;
	if (!Number.isInteger(duration) || duration < 1 || duration > maxDurationMinutes) {
		throw new RangeError(`durationMinutes must be a whole number from 1 to ${maxDurationMinutes}`);
	}
	if (!uidPattern.test(input.uid)) throw new RangeError("uid may only hold A-Z a-z 0-9 @ . _ -");
	const first = nextOccurrence(input.start, input.repeat, input.now, duration) ?? input.start;
	const { zone } = first;
	// After TZID, ical-generator writes a date's wall time in the zone it names: a TZDate (the
	// zone-aware Date its documentation names) gives exactly that, whatever the computer's own zone.
	const wall = (civil: ReturnType<typeof civilOf>) =>
		new tz.TZDate(civil.year, civil.month - 1, civil.day, civil.hour, civil.minute, zone);
	const begin = instantOf(zone, civilOf(first));
	const end = begin + duration * 60_000;
	const calendar = ical({
		prodId: { company: "Plenum launcher", product: "Calendar file", language: "EN" },
		// No name: with one, ical-generator writes DTSTAMP in local time; this only adds the VTIMEZONE.
		timezone: { name: null, generator: (tzid) => vtimezone(tzid, begin, input.repeat ? undefined : end) },
	});
	calendar.createEvent({
		id: input.uid,
		// Grows with every file, so calendars that compare SEQUENCE take a re-import as the newer version.
		sequence: Math.floor(input.now.getTime() / 60_000),
		stamp: input.now,
		timezone: zone,
		start: wall(civilOf(first)),
		// No end and no URL here: ical-generator would write the end as a wall time, which the
		// night the clocks go back can name an hour too early, and would TEXT-escape the URL.
		summary: plain(input.title),
		location: plain(input.roomUrl),
		description: plain(input.description),
		repeating: input.repeat ? repeatRule(input.start, input.repeat) : null,
		alarms: [{ type: ICalAlarmType.display, trigger: reminderMinutes * 60, description: plain(input.reminder) }],
	});
	// The end as an instant, the same exact length for every plenum of a series (RFC 5545
	// §3.8.5.3); the room link as the URI it is.
	const lines = unfold(calendar.toString().replace(/\r\n$/, "")).flatMap((line) =>
		line.startsWith("DTSTART;")
			? [line, `DTEND:${utcDateTime(end)}`, `URL;VALUE=URI:${uriValue(input.roomUrl)}`]
			: [line],
	);
	// RFC 5545 §3.1 ends every content line, the last one too, with CRLF.
	return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** A file name for the calendar entry: the title's readable slug and the date, "plenum-nord-2026-12-03.ics". */
export function calendarFileName(title: string, start: PlenumStart, fallback = "plenum"): string {
	const name = readablePrefix(title, 60) || readablePrefix(fallback, 60) || "plenum";
	return `${name}-${start.date}.ics`;
}
