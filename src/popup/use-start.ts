import { useState } from "preact/hooks";
import type { PlenumStart } from "../lib/plenum/plenum";
import { readStart } from "../lib/time/start-time";
import { systemZone } from "../lib/time/zone";

/** The date and time fields as typed: either may be empty while the other is filled. */
export type TypedStart = { date: string; time: string };

const fieldsOf = (start?: PlenumStart): TypedStart => ({ date: start?.date ?? "", time: start?.time ?? "" });

/** The zone a new start is typed in, read when needed: the system's may have changed since the popup opened. */
const systemNow = () => systemZone(Intl.DateTimeFormat().resolvedOptions().timeZone);

/**
 * The shown plenum's start: the last one that could be read, and the fields as typed, so that
 * half a start changes nothing kept. A typed start is read in the plenum's zone, or the system's.
 * Intl is asked for that only once a start is typed whole: its first answer in an opening is
 * slow, a fifth of the first render's script in a profile. Half a start or none needs no zone.
 */
export function useStart(initial: PlenumStart | undefined) {
	const [start, setStart] = useState(initial);
	const [typed, setTyped] = useState(() => fieldsOf(initial));
	const read = ({ date, time }: TypedStart) =>
		readStart(date, time, date && time ? (start?.zone ?? systemNow().zone) : "");

	return {
		start,
		typed,
		problem: read(typed).problem,
		/** Takes the fields as typed, and the start they give when it can be read; returns the reading. */
		type(change: TypedStart) {
			const reading = read(change);
			setTyped(change);
			if (!reading.problem) setStart(reading.start);
			return reading;
		},
		/** Shows a stored plenum's start. */
		adopt(stored: PlenumStart | undefined) {
			setStart(stored);
			setTyped(fieldsOf(stored));
		},
		/** A new plenum's start: the fields as typed, read again in the system's zone. */
		renew() {
			setStart(readStart(typed.date, typed.time, systemNow().zone).start);
		},
		/** Whether a start is, or would be, in UTC only because the system's zone is unknown: the start field says so. */
		inUtc() {
			const system = systemNow();
			return system.fallback && (start?.zone ?? system.zone) === system.zone;
		},
	};
}
