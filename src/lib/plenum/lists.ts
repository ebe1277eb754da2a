import { maxPinned, maxRecent } from "../limits";
import type { Plenum } from "./plenum";

// How the current, pinned and recent plenums change, as pure functions of what is stored; the
// popup hands them to `updateLocal`, which applies them to the freshest data under a lock.
export type Lists = { current?: Plenum; pinned: Plenum[]; recent: Plenum[] };
/**
 * `keepsHistory` says whether a current plenum that is replaced goes to the recent ones: the
 * store needs it for a current plenum that only a newer version can read.
 */
export type Change = (data: Lists) => Partial<Lists> & { keepsHistory?: boolean };

export function without(list: readonly Plenum[], id: string): Plenum[] {
	return list.filter((entry) => entry.id !== id);
}

/** Each plenum once, at most `max`: the first of two with one id wins. */
export function uniqueById(list: readonly Plenum[], max: number): Plenum[] {
	return list.filter((plenum, index) => list.findIndex((other) => other.id === plenum.id) === index).slice(0, max);
}

/** Keeps a pinned entry in step with the plenum it names, under the name and repeat it was given. */
function updatePinned(pinned: Plenum[], plenum: Plenum): Plenum[] {
	return pinned.map((entry) =>
		entry.id === plenum.id ? { ...plenum, name: entry.name, repeat: entry.repeat } : entry,
	);
}

/** The previous current plenum goes first in the recent list, if the group keeps history. */
function retired(data: Lists, next: Plenum | undefined, keepHistory: boolean): Plenum[] {
	const { current } = data;
	const recent = next ? without(data.recent, next.id) : data.recent;
	if (!keepHistory || !current || current.id === next?.id) return recent;
	return uniqueById([current, ...recent], maxRecent);
}

/** A plenum left the popup (copied, opened, shown, saved): it is the current one from now on. */
export const share =
	(plenum: Plenum, keepHistory: boolean): Change =>
	(data) => ({
		current: plenum,
		keepsHistory: keepHistory,
		recent: retired(data, plenum, keepHistory),
		pinned: updatePinned(data.pinned, plenum),
	});

/** "New room": the popup proposes a fresh plenum; the one people were invited to goes to recent. */
export const renew =
	(keepHistory: boolean): Change =>
	(data) => ({ current: undefined, keepsHistory: keepHistory, recent: retired(data, undefined, keepHistory) });

/** Pins a plenum; when it is the current one, that one repeats from now on too. */
export const pin =
	(plenum: Plenum, name: string, repeat: Plenum["repeat"]): Change =>
	(data) => {
		const entry = { ...plenum, name, repeat: plenum.start ? repeat : undefined };
		const pinned = uniqueById([...without(data.pinned, plenum.id), entry], maxPinned);
		return data.current?.id === plenum.id ? { pinned, current: entry } : { pinned };
	};

export const unpin =
	(id: string): Change =>
	(data) => ({ pinned: without(data.pinned, id) });

export const forget =
	(id: string): Change =>
	(data) => ({ recent: without(data.recent, id) });

export const forgetAll: Change = () => ({ recent: [] });
