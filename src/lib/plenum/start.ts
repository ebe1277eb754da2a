// When a plenum starts, and how it repeats, as stored: the rules a stored start must meet,
// without the time arithmetic (plenum-time.ts, recurrence.ts), so that the popup's first frame
// can check what storage holds without loading it.

/**
 * When a plenum starts: the organiser's wall-clock time and IANA time zone. The zone travels
 * with the time, so "19:00 in Berlin" stays 19:00 in Berlin for a reader in Lisbon, and across
 * a change to or from summer time.
 */
export type PlenumStart = { date: string /* "2026-12-03" */; time: string /* "19:00" */; zone: string };

/** How a plenum repeats. Monthly is the same weekday of the same week of the month. */
export type Repeat = "weekly" | "biweekly" | "monthly";

export const repeats: readonly Repeat[] = ["weekly", "biweekly", "monthly"];

export function isRepeat(value: unknown): value is Repeat {
	return (repeats as readonly unknown[]).includes(value);
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
export const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
// IANA names ("Europe/Berlin", "America/Argentina/Buenos_Aires", "UTC"); not "+01:00".
const zonePattern = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

export function isRealDate(date: string): boolean {
	const match = datePattern.exec(date);
	if (!match) return false;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const parsed = new Date(Date.UTC(year, month - 1, day));
	return year >= 1000 && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** A time zone name Intl knows. */
export function isZone(zone: string): boolean {
	if (zone.length > 64 || !zonePattern.test(zone)) return false;
	try {
		new Intl.DateTimeFormat("en", { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** A start as storage holds it, or `undefined` for anything malformed: no start is better than a wrong one. */
export function repairStart(stored: unknown): PlenumStart | undefined {
	if (typeof stored !== "object" || stored === null) return undefined;
	const { date, time, zone } = stored as Record<string, unknown>;
	if (typeof date !== "string" || typeof time !== "string" || typeof zone !== "string") return undefined;
	if (!isRealDate(date) || !timePattern.test(time) || !isZone(zone)) return undefined;
	return { date, time, zone };
}
