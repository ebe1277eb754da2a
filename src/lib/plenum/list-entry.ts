import { intlLocale, type Translate } from "../i18n";
import type { Language } from "../languages";
import { describeRepeat } from "../time/recurrence";
import { civilOf, timeOptions } from "../time/start-time";
import type { Plenum, PlenumStart } from "./plenum";

// What a line in the pinned or recent list says about its plenum: when it meets (every week, on
// a date, or when it was made), and, where two entries would read alike, what tells them apart.

export type EntryFormat = {
	language: Language;
	t: Translate;
	/** The browser's preferred locales (navigator.languages), for the region's way of writing dates. */
	browserLocales?: readonly string[];
	/** Where "made on" days and times are counted; the browser's own zone unless a test says. */
	timeZone?: string;
};

/** The name a list shows: the pin's name, else the title. */
export function entryName(plenum: Plenum, t: Translate): string {
	return plenum.name || plenum.title || t("untitledPlenum");
}

/** "every Thursday, 19:00" as the start of a line: "Every Thursday, 19:00". */
export function sentenceCase(text: string, language: Language): string {
	return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** A start's wall time as a UTC instant, so Intl writes exactly the organiser's date and time. */
function wallTime(start: PlenumStart): number {
	const { year, month, day, hour, minute } = civilOf(start);
	return Date.UTC(year, month - 1, day, hour, minute);
}

function dateFormat(f: EntryFormat, withTime: boolean, timeZone: string | undefined) {
	return new Intl.DateTimeFormat(intlLocale(f.language, f.browserLocales), {
		weekday: "short",
		day: "numeric",
		month: "short",
		year: "numeric",
		...(withTime ? timeOptions(f.language) : {}),
		timeZone,
	});
}

/** When it meets: its series, its date and time, or the day it was made (with the time when asked). */
function when(plenum: Plenum, f: EntryFormat, madeWithTime: boolean): string {
	const { start, repeat } = plenum;
	if (start && repeat)
		return sentenceCase(describeRepeat(start, repeat, f.language, f.t, f.browserLocales), f.language);
	if (start) return dateFormat(f, true, "UTC").format(wallTime(start));
	return f.t("savedMade", dateFormat(f, madeWithTime, f.timeZone).format(plenum.created));
}

/** The day two entries are compared on: the plenum's date, else the day it was made. */
function dayOf(plenum: Plenum, f: EntryFormat): string {
	if (plenum.start) return plenum.start.date;
	return new Intl.DateTimeFormat("en-CA", { timeZone: f.timeZone }).format(plenum.created);
}

/**
 * The end of the room's (or a large assembly's pad's) secret name, as the shortened link in the
 * popup ends (links/short-link.ts keeps six): the one thing two plenums never share.
 */
function secretEnd(plenum: Plenum): string {
	const name = plenum.room?.name ?? plenum.pad?.name ?? plenum.id;
	return `…${name.slice(-6)}`;
}

/**
 * The details line of each plenum in `list`: when it meets, then where. An entry with the same
 * name and day as another also says at what time it was made; where the line would still read
 * as another's (the same series, date and time, or minute), it ends in its room's secret name,
 * so no two entries look identical.
 */
export function entryDetails(list: readonly Plenum[], f: EntryFormat, mumbleLabel: string): string[] {
	const names = list.map((plenum) => entryName(plenum, f.t));
	const days = list.map((plenum) => dayOf(plenum, f));
	const alike = (i: number, j: number) => i !== j && names[i] === names[j];
	const shown = list.map((plenum, i) =>
		when(
			plenum,
			f,
			days.some((day, j) => alike(i, j) && day === days[i]),
		),
	);
	return list.map((plenum, i) => {
		const host = plenum.voice === "jitsi" && plenum.room ? plenum.room.host : mumbleLabel;
		const twin = shown.some((text, j) => alike(i, j) && text === shown[i]);
		return [shown[i], twin ? `${host} ${secretEnd(plenum)}` : host].join(" · ");
	});
}
