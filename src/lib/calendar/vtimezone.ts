// RFC 5545 §3.6.5 asks for a VTIMEZONE for every TZID a calendar file uses. The browser has no
// API that lists a zone's rules, but Intl knows its offset at any instant: the changes are
// found by sampling, and a change that comes back every year on the same weekday rule becomes
// a yearly RRULE, so a weekly plenum keeps its wall time for as long as the zone's rules hold.
import { type Civil, daysInMonth, offsetAt, weekdayOf } from "../time/zone";
import { lastWritable } from "./content-lines";

const day = 86_400_000;
const year = 365 * day;
// Eight years show a yearly rule on every weekday position it can take, so "the Sunday on or
// after the 2nd" (Chile) is not mistaken for "the first Sunday".
const sampledYears = 8;
const icsDays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

type Change = { at: number; from: number; to: number };

/** Every offset change in (start, end], to the second, sampling each day (no zone changes twice a day). */
function changes(zone: string, start: number, end: number): Change[] {
	const found: Change[] = [];
	for (let lo = start, before = offsetAt(zone, lo); lo < end; ) {
		const next = Math.min(lo + day, end);
		const after = offsetAt(zone, next);
		if (after !== before) {
			let [a, b] = [lo, next];
			while (b - a > 1000) {
				const mid = a + Math.floor((b - a) / 2000) * 1000;
				if (offsetAt(zone, mid) === before) a = mid;
				else b = mid;
			}
			found.push({ at: b, from: before, to: offsetAt(zone, b) });
		}
		[lo, before] = [next, after];
	}
	return found;
}

/** The wall time at which a change happens, on the clock before it (RFC 5545 §3.6.5). */
function onset(change: Change): Civil {
	const wall = new Date(change.at + change.from);
	return {
		year: wall.getUTCFullYear(),
		month: wall.getUTCMonth() + 1,
		day: wall.getUTCDate(),
		hour: wall.getUTCHours(),
		minute: wall.getUTCMinutes(),
	};
}

function formatOffset(offset: number): string {
	const seconds = Math.abs(offset) / 1000;
	const parts = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
	return (
		(offset < 0 ? "-" : "+") +
		parts
			.slice(0, parts[2] ? 3 : 2)
			.map((n) => String(n).padStart(2, "0"))
			.join("")
	);
}

/** A local date-time as RFC 5545 writes it without a zone: 20270328T020000. */
function localDateTime(instant: number, offset: number): string {
	return new Date(instant + offset).toISOString().slice(0, 19).replace(/[-:]/g, "");
}

/**
 * The BYDAY (and BYMONTHDAY) of a yearly rule that gives every onset, or nothing. Each onset is
 * the first such weekday on or after some day N of the month; the forms Outlook also reads
 * ("-1SU", "2SU") are preferred when they fit every year seen.
 */
function yearlyRule(onsets: Civil[]): string | undefined {
	const weekdays = new Set(onsets.map(weekdayOf));
	if (weekdays.size !== 1) return undefined;
	const name = icsDays[[...weekdays][0] ?? 0];
	const days = onsets.map((o) => o.day);
	const [lowest, highest] = [Math.max(...days) - 6, Math.min(...days)];
	if (lowest > highest) return undefined;
	if (onsets.every((o) => o.day > daysInMonth(o.year, o.month) - 7)) return `BYDAY=-1${name}`;
	const week = [1, 2, 3, 4].find((n) => lowest <= 7 * n - 6 && 7 * n - 6 <= highest);
	if (week) return `BYDAY=${week}${name}`;
	if (lowest !== highest) return undefined;
	return `BYDAY=${name};BYMONTHDAY=${[0, 1, 2, 3, 4, 5, 6].map((n) => lowest + n).join(",")}`;
}

function observance(kind: string, dtstart: string, from: number, to: number, rule?: string): string[] {
	const lines = [
		`BEGIN:${kind}`,
		`DTSTART:${dtstart}`,
		`TZOFFSETFROM:${formatOffset(from)}`,
		`TZOFFSETTO:${formatOffset(to)}`,
	];
	return [...lines, ...(rule ? [`RRULE:${rule}`] : []), `END:${kind}`];
}

/**
 * The VTIMEZONE for `zone` from `start` (ms since the epoch) to `end`, or on for good when
 * `end` is undefined (a recurring plenum). Changes that recur on one rule every year up to the
 * last sampled year become yearly RRULEs; the others are listed one by one.
 */
export function vtimezone(zone: string, start: number, end?: number): string {
	const from = start - day - (start % 60_000);
	// No change is looked for where its wall time would need a fifth digit for the year.
	const until = Math.min(end ?? start + sampledYears * year, lastWritable - day);
	// A series' rules start from the year before it, so they alone give every offset, as one
	// STANDARD and one DAYLIGHT: Outlook takes a VTIMEZONE with a second STANDARD (an observance
	// for the weeks up to the first change) for none at all and reads the times as UTC
	// (github.com/ridafkih/keeper.sh/pull/423, github.com/iCalcreator/iCalcreator/issues/86).
	const since = end === undefined ? from - year : from;
	const found = changes(zone, since, until);
	const initial = offsetAt(zone, from);
	const standard = Math.min(offsetAt(zone, since), ...found.map((c) => c.to));
	const kind = (offset: number) => (offset > standard ? "DAYLIGHT" : "STANDARD");
	const observances: [string, string[]][] = [];
	const add = (dtstart: string, from: number, to: number, rule?: string) =>
		observances.push([dtstart, observance(kind(to), dtstart, from, to, rule)]);

	// The changes that could be one yearly rule: same offsets, month and wall time, each change
	// taken `early` ms before it happens.
	const ruled = new Set<Change>();
	const findRules = (candidates: Change[], early: number) => {
		const groups = new Map<string, Change[]>();
		const shifted = (change: Change) => onset({ ...change, at: change.at - early });
		for (const change of candidates) {
			const { month, hour, minute } = shifted(change);
			const key = [change.from, change.to, month, hour, minute].join();
			groups.set(key, [...(groups.get(key) ?? []), change]);
		}
		for (const group of groups.values()) {
			const [first, onsets] = [group[0], group.map(shifted)];
			const everyYear = onsets.every((o, i) => i === 0 || o.year === (onsets[i - 1]?.year ?? 0) + 1);
			const stillInForce = (group.at(-1)?.at ?? 0) > until - year;
			const byDay = group.length >= 2 && everyYear && stillInForce ? yearlyRule(onsets) : undefined;
			if (!byDay || !first) continue;
			const rule = `FREQ=YEARLY;BYMONTH=${shifted(first).month};${byDay}`;
			add(localDateTime(first.at - early, first.from), first.from, first.to, rule);
			for (const change of group) ruled.add(change);
		}
	};
	if (end === undefined) {
		findRules(found, 0);
		// Egypt puts its clocks back at 24:00 on the last Thursday of October: 00:00 on a Friday,
		// some years in November, which no yearly rule names. Taken a second early, it is "the last
		// Thursday at 23:59:59", which moves no wall time in whole minutes, all a plenum starts at.
		const midnight = (change: Change) => onset(change).hour === 0 && onset(change).minute === 0;
		findRules(
			found.filter((change) => !ruled.has(change) && midnight(change)),
			1000,
		);
	}
	for (const change of found) {
		if (!ruled.has(change) && change.at > from) add(localDateTime(change.at, change.from), change.from, change.to);
	}
	// The offset at the start needs an observance of its own unless a rule already gives it.
	const last = found.filter((c) => c.at <= from).at(-1);
	if (!last || !ruled.has(last)) add(localDateTime(from, initial), initial, initial);
	observances.sort(([a], [b]) => a.localeCompare(b));
	return ["BEGIN:VTIMEZONE", `TZID:${zone}`, ...observances.flatMap(([, lines]) => lines), "END:VTIMEZONE"].join(
		"\r\n",
	);
}
