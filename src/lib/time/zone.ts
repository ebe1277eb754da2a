// Wall-clock time in an IANA time zone, from the browser's own time zone data (Intl), so a
// plenum in Berlin reads the same on a laptop set to Lisbon or São Paulo.
import { isZone } from "../plenum/start";

/**
 * The zone a start is typed in: the system's, as Intl resolves it, or UTC with `fallback` set
 * when the browser cannot use that one (undefined, or ICU's "Etc/Unknown" when the system's zone
 * is missing from its data), so setting a start still works and the field can say so.
 */
export function systemZone(resolved: unknown): { zone: string; fallback: boolean } {
	if (typeof resolved === "string" && isZone(resolved)) return { zone: resolved, fallback: false };
	return { zone: "UTC", fallback: true };
}

/** A local date and time, month 1-12. */
export type Civil = { year: number; month: number; day: number; hour: number; minute: number };

const minute = 60_000;
const day = 24 * 60 * minute;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
	let found = formatters.get(zone);
	if (!found) {
		found = new Intl.DateTimeFormat("en-US", {
			timeZone: zone,
			hourCycle: "h23",
			year: "numeric",
			month: "numeric",
			day: "numeric",
			hour: "numeric",
			minute: "numeric",
			second: "numeric",
		});
		formatters.set(zone, found);
	}
	return found;
}

/** The civil date and time at `instant` (ms since the epoch) in `zone`, to the second. */
function wallFields(zone: string, instant: number): number[] {
	const values: Record<string, number> = {};
	for (const part of formatter(zone).formatToParts(instant)) values[part.type] = Number(part.value);
	return ["year", "month", "day", "hour", "minute", "second"].map((type) => values[type] ?? 0);
}

/** The zone's offset from UTC at `instant`, in ms (Berlin in winter: +3 600 000). */
export function offsetAt(zone: string, instant: number): number {
	const [year = 0, month = 1, dayOfMonth = 1, hour = 0, min = 0, second = 0] = wallFields(zone, instant);
	const wallAsUtc = Date.UTC(year, month - 1, dayOfMonth, hour, min, second);
	return wallAsUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

export function civilAt(zone: string, instant: number): Civil {
	const [year = 0, month = 1, dayOfMonth = 1, hour = 0, min = 0] = wallFields(zone, instant);
	return { year, month, day: dayOfMonth, hour, minute: min };
}

function wallAsUtc(civil: Civil): number {
	return Date.UTC(civil.year, civil.month - 1, civil.day, civil.hour, civil.minute);
}

/** The offsets that could apply to this wall time: the ones a day before and a day after it. */
function candidateOffsets(zone: string, civil: Civil): number[] {
	const wall = wallAsUtc(civil);
	return [...new Set([offsetAt(zone, wall - day), offsetAt(zone, wall + day)])];
}

/** Whether the wall time falls in a gap, as 02:30 on the night the clocks go forward. */
export function isSkipped(zone: string, civil: Civil): boolean {
	const wall = wallAsUtc(civil);
	return !candidateOffsets(zone, civil).some((offset) => offsetAt(zone, wall - offset) === offset);
}

/**
 * The instant a wall time names, read as RFC 5545 §3.3.5 reads a DATE-TIME with TZID, so the
 * invitation and every calendar agree: a time that occurs twice (the night the clocks go back)
 * is its first occurrence; a time that does not occur (the gap when they go forward) is read
 * with the offset from before the change, so 02:30 becomes 03:30 summer time.
 */
export function instantOf(zone: string, civil: Civil): number {
	const wall = wallAsUtc(civil);
	const offsets = candidateOffsets(zone, civil);
	const valid = offsets.filter((offset) => offsetAt(zone, wall - offset) === offset);
	if (valid.length === 0) return wall - offsetAt(zone, wall - day);
	return Math.min(...valid.map((offset) => wall - offset));
}

/** Adds whole days to a civil date (the time stays), across month and year ends. */
export function addDays(civil: Civil, days: number): Civil {
	const date = new Date(Date.UTC(civil.year, civil.month - 1, civil.day + days));
	return { ...civil, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(civil: Pick<Civil, "year" | "month" | "day">): number {
	return new Date(Date.UTC(civil.year, civil.month - 1, civil.day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
