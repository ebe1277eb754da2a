import { intlLocale, type MessageKey } from "../i18n";
import type { Language } from "../languages";
import { isRealDate, isZone, type PlenumStart } from "../plenum/start";
import { type Civil, instantOf, isSkipped } from "./zone";

export { type PlenumStart, repairStart } from "../plenum/start";

// What <input type="time"> may give: seconds appear when the field's step allows them.
const inputTimePattern = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d{1,3})?)?$/;

export function civilOf(start: PlenumStart): Civil {
	const [year = 0, month = 0, day = 0] = start.date.split("-").map(Number);
	const [hour = 0, minute = 0] = start.time.split(":").map(Number);
	return { year, month, day, hour, minute };
}

/** The moment the plenum starts (see `instantOf` for the hour that is skipped or repeated). */
export function startInstant(start: PlenumStart): Date {
	return new Date(instantOf(start.zone, civilOf(start)));
}

/**
 * Why a date and time from the form cannot be a start; each is a message key, and the half that
 * is missing is named, so the message can say which field to fill.
 */
export type StartProblem = Extract<MessageKey, "startNoTime" | "startNoDate" | "startInvalid" | "startSkipped">;

/**
 * Reads the values of `<input type="date">` and `<input type="time">` (both empty: no start).
 * A time the clocks skip that day is refused, so nobody is invited to an hour that does not exist.
 */
export function readStart(date: string, time: string, zone: string): { start?: PlenumStart; problem?: StartProblem } {
	if (date === "" && time === "") return {};
	if (time === "") return { problem: "startNoTime" };
	if (date === "") return { problem: "startNoDate" };
	const timeMatch = inputTimePattern.exec(time);
	if (!isRealDate(date) || !timeMatch || !isZone(zone)) return { problem: "startInvalid" };
	const start = { date, time: `${timeMatch[1]}:${timeMatch[2]}`, zone };
	return isSkipped(zone, civilOf(start)) ? { problem: "startSkipped" } : { start };
}

/**
 * Options for the time of day. English keeps its region's clock (7:00 PM in the US); the other
 * languages write the 24-hour clock everywhere they are spoken by the groups this is for.
 */
export function timeOptions(language: Language): Intl.DateTimeFormatOptions {
	return language === "en"
		? { hour: "numeric", minute: "2-digit" }
		: { hour: "numeric", minute: "2-digit", hourCycle: "h23" };
}

/**
 * The date line of the invitation, all of it from Intl: weekday, date, time and the zone's
 * name in force on that day ("Thursday, 3 December 2026 at 19:00 CET", "Donnerstag,
 * 3. Dezember 2026 um 19:00 MESZ" in June). A zone without a short name in that language is
 * written as its offset ("GMT-3").
 */
export function formatStart(start: PlenumStart, language: Language, browserLocales: readonly string[] = []): string {
	return new Intl.DateTimeFormat(intlLocale(language, browserLocales), {
		weekday: "long",
		day: "numeric",
		month: "long",
		year: "numeric",
		...timeOptions(language),
		timeZone: start.zone,
		timeZoneName: "short",
	}).format(startInstant(start));
}
