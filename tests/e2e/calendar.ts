// What the calendar scenarios compute on their own, in Node, to check the popup against: dates in
// the browsers' time zone, and the calendar file as ical.js (the calendar library of Mozilla
// Thunderbird's Lightning, kewisch/ical.js) reads it.
import ICAL from "ical.js";
import { expect } from "vitest";
import { type ExtensionBrowser, type ExtensionPage, TIME_ZONE } from "./harness";

/** Today's date where the browsers run, "2026-12-01". */
export function today(now = new Date()): string {
	return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now);
}

const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
	return isoDay(utcDay(date) + days * 86_400_000);
}

/** The moment a wall time in TIME_ZONE happens (no plenum here starts near a clock change). */
export function instantOf(date: string, time: string): number {
	const guess = Date.parse(`${date}T${time}:00Z`);
	const name = new Intl.DateTimeFormat("en", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
		.formatToParts(guess)
		.find((part) => part.type === "timeZoneName")?.value;
	const [, sign = "+", hours = "0", minutes = "0"] = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? "") ?? [];
	const offset = (Number(hours) * 60 + Number(minutes)) * (sign === "-" ? -1 : 1);
	return guess - offset * 60_000;
}

/** Day of the month of the `week`th (1-4, or -1 for the last) `weekday` (0 Sunday) of a month (1-12). */
function nthWeekday(year: number, month: number, weekday: number, week: number): number {
	if (week === -1) {
		const last = new Date(Date.UTC(year, month, 0));
		return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
	}
	const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
	return 1 + ((weekday - first + 7) % 7) + 7 * (week - 1);
}

export type Repeat = "weekly" | "biweekly" | "monthly";

/**
 * A series' dates as its group means it: every 7 or 14 days, or the same weekday of the same
 * week of each month ("the 3rd Thursday"; from the 29th on, "the last").
 */
export function seriesDates(start: string, repeat: Repeat, count: number): string[] {
	if (repeat !== "monthly") {
		const step = repeat === "weekly" ? 7 : 14;
		return Array.from({ length: count }, (_, i) => addDays(start, i * step));
	}
	const [year = 0, month = 0, day = 0] = start.split("-").map(Number);
	const weekday = new Date(utcDay(start)).getUTCDay();
	const week = Math.ceil(day / 7) === 5 ? -1 : Math.ceil(day / 7);
	return Array.from({ length: count }, (_, i) => {
		const months = month - 1 + i;
		const [y, m] = [year + Math.floor(months / 12), (months % 12) + 1];
		return `${y}-${String(m).padStart(2, "0")}-${String(nthWeekday(y, m, weekday, week)).padStart(2, "0")}`;
	});
}

/** What RFC 5545 calls the series. */
export function expectedRule(start: string, repeat: Repeat): string {
	if (repeat === "weekly") return "FREQ=WEEKLY";
	if (repeat === "biweekly") return "FREQ=WEEKLY;INTERVAL=2";
	const day = Number(start.slice(8, 10));
	const week = Math.ceil(day / 7) === 5 ? -1 : Math.ceil(day / 7);
	const weekday = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][new Date(utcDay(start)).getUTCDay()];
	return `FREQ=MONTHLY;BYDAY=${week}${weekday}`;
}

/** The series' plenums that have not ended by `now`, as the invitation and the calendar count them. */
export function upcoming(
	start: string,
	time: string,
	repeat: Repeat,
	minutes: number,
	count: number,
	now = Date.now(),
) {
	return seriesDates(start, repeat, 60)
		.filter((date) => instantOf(date, time) + minutes * 60_000 > now)
		.slice(0, count);
}

/** One calendar file as ical.js reads it, its time zone registered so that times convert. */
export function readCalendar(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
	const events = calendar.getAllSubcomponents("vevent");
	expect(events).toHaveLength(1);
	const vevent = events[0] as ICAL.Component;
	return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** Clicks "Add to calendar" and gives back the file the browser saved. */
export async function saveCalendar(browser: ExtensionBrowser, popup: ExtensionPage, status: string) {
	const before = (await browser.downloads()).length;
	await popup.click("#calendar");
	await expect.poll(() => popup.text("#status")).toBe(status);
	await expect
		.poll(async () =>
			(await browser.downloads()).slice(before).filter((file) => file.text.endsWith("END:VCALENDAR\r\n")),
		)
		.toHaveLength(1);
	const file = (await browser.downloads()).at(-1);
	if (!file) throw new Error("No download");
	return file;
}
