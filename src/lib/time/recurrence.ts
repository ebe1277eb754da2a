import { intlLocale, type MessageKey, type Translate } from "../i18n";
import type { Language } from "../languages";
import type { PlenumStart, Repeat } from "../plenum/start";
import { civilOf, timeOptions } from "./start-time";
import { addDays, type Civil, daysInMonth, instantOf, weekdayOf } from "./zone";

export { isRepeat, type Repeat, repeats } from "../plenum/start";

/** How long a plenum lasts unless the group says otherwise. */
export const defaultDurationMinutes = 120;

/** Which week of its month a date is in: 1-4, or -1 ("last") for days 29-31. */
export function weekOfMonth(start: PlenumStart): number {
	const week = Math.ceil(civilOf(start).day / 7);
	return week === 5 ? -1 : week;
}

function nthWeekday(year: number, month: number, weekday: number, week: number): number {
	if (week === -1) {
		const last = daysInMonth(year, month);
		return last - ((weekdayOf({ year, month, day: last }) - weekday + 7) % 7);
	}
	return 1 + ((weekday - weekdayOf({ year, month, day: 1 }) + 7) % 7) + 7 * (week - 1);
}

/** The `index`th plenum of the series (0 is `start` itself), as a wall time in the start's zone. */
function occurrence(start: PlenumStart, repeat: Repeat, index: number): Civil {
	const first = civilOf(start);
	if (repeat !== "monthly") return addDays(first, index * (repeat === "weekly" ? 7 : 14));
	const months = first.month - 1 + index;
	const year = first.year + Math.floor(months / 12);
	const month = (months % 12) + 1;
	return { ...first, year, month, day: nthWeekday(year, month, weekdayOf(first), weekOfMonth(start)) };
}

function toStart(civil: Civil, zone: string): PlenumStart {
	const two = (n: number) => String(n).padStart(2, "0");
	return {
		date: `${civil.year}-${two(civil.month)}-${two(civil.day)}`,
		time: `${two(civil.hour)}:${two(civil.minute)}`,
		zone,
	};
}

/**
 * The plenum an invitation sent at `now` names: the first one that has not ended yet. A plenum
 * in progress still counts until its end, so an invitation copied during it, for someone
 * joining late, names the plenum they can still join. `undefined` once a single plenum is over.
 */
export function nextOccurrence(
	start: PlenumStart,
	repeat: Repeat | undefined,
	now: Date,
	durationMinutes = defaultDurationMinutes,
): PlenumStart | undefined {
	const duration = durationMinutes * 60_000;
	const ended = (civil: Civil) => instantOf(start.zone, civil) + duration <= now.getTime();
	if (!repeat) return ended(civilOf(start)) ? undefined : start;
	// Jump close to `now` (one period short, to stay clear of the zone's offset), then step.
	const first = civilOf(start);
	const daysSince = Math.floor((now.getTime() - Date.UTC(first.year, first.month - 1, first.day)) / 86_400_000);
	const periods =
		repeat === "monthly" ? Math.floor(daysSince / 31) : Math.floor(daysSince / (repeat === "weekly" ? 7 : 14));
	let index = Math.max(0, periods - 1);
	while (ended(occurrence(start, repeat, index))) index++;
	return toStart(occurrence(start, repeat, index), start.zone);
}

const icsDays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** The RFC 5545 RRULE value for the series that begins at `start`. */
export function repeatRule(start: PlenumStart, repeat: Repeat): string {
	if (repeat === "weekly") return "FREQ=WEEKLY";
	if (repeat === "biweekly") return "FREQ=WEEKLY;INTERVAL=2";
	return `FREQ=MONTHLY;BYDAY=${weekOfMonth(start)}${icsDays[weekdayOf(civilOf(start))]}`;
}

// Sunday has its own ordinals: Italian says "il secondo giovedì" but "la seconda domenica".
const ordinals: Record<"weekday" | "sunday", Record<number, MessageKey>> = {
	weekday: {
		1: "repeatOrdinal1",
		2: "repeatOrdinal2",
		3: "repeatOrdinal3",
		4: "repeatOrdinal4",
		[-1]: "repeatOrdinalLast",
	},
	sunday: {
		1: "repeatSundayOrdinal1",
		2: "repeatSundayOrdinal2",
		3: "repeatSundayOrdinal3",
		4: "repeatSundayOrdinal4",
		[-1]: "repeatSundayOrdinalLast",
	},
};

/**
 * A short description of the series ("every 2nd Thursday of the month, 19:00"), the weekday
 * and time from Intl, the wording from the messages of `t`'s language.
 */
export function describeRepeat(
	start: PlenumStart,
	repeat: Repeat,
	language: Language,
	t: Translate,
	browserLocales: readonly string[] = [],
): string {
	const locale = intlLocale(language, browserLocales);
	const civil = civilOf(start);
	const noonUtc = Date.UTC(civil.year, civil.month - 1, civil.day, 12);
	const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(noonUtc);
	const wallTime = Date.UTC(2000, 0, 1, civil.hour, civil.minute);
	const time = new Intl.DateTimeFormat(locale, { ...timeOptions(language), timeZone: "UTC" }).format(wallTime);
	if (repeat === "weekly") return t("repeatWeekly", [weekday, time]);
	if (repeat === "biweekly") return t("repeatBiweekly", [weekday, time]);
	const ordinal = ordinals[weekdayOf(civil) === 0 ? "sunday" : "weekday"][weekOfMonth(start)] ?? "repeatOrdinalLast";
	return t("repeatMonthly", [t(ordinal), weekday, time]);
}
