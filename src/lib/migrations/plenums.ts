import { maxPinned, maxRecent } from "../limits";
import { type Change, type Lists, uniqueById } from "../plenum/lists";
import { type Plenum, plenumKeys } from "../plenum/plenum";
import { repairPlenum } from "../plenum/repair";
import { plenumFromVersion1 } from "./plenum-version-1";
import { type Step, storedVersion, upgrade } from "./stored-version";

// storage.local holds this device's plenums under `current`, `pinned` and `recent`, beside
// `version`. The plenums count their own version; it stays at 2, the number both stored areas
// shared before, so nothing stored changes (settings.ts here says why).

/** `plenumsSteps[n - 1]` takes plenums stored in version n to version n + 1. */
export const plenumsSteps: readonly Step[] = [
	// 2 keeps a plenum by its parts instead of its links (plenum-version-1.ts). It brought the
	// current plenum, so version 1 has none to translate.
	(stored) => ({
		...stored,
		pinned: list(stored.pinned).map(plenumFromVersion1),
		recent: list(stored.recent).map(plenumFromVersion1),
	}),
];

/** The form plenums are written in: the version the last step reaches (a test keeps them in step). */
export const plenumsVersion = 2;

const places = ["current", "recent", "pinned"] as const;
type Place = (typeof places)[number];
/**
 * The fields a newer version added to stored plenums, by where each is kept and its id: they are
 * written back with it, changed or not, so that version finds them again.
 */
type UnknownFields = Map<string, Record<string, unknown>>;

/** The plenums as read, and what a change needs to write them back without losing anything. */
export type StoredPlenums = {
	data: Lists;
	version: number;
	/** Entries a newer version wrote that this one cannot read: kept as they are. */
	unread: { pinned: unknown[]; recent: unknown[]; current?: unknown };
	unknown: UnknownFields;
};

function list(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

function remember(unknown: UnknownFields, place: Place, plenum: Plenum, raw: unknown): void {
	if (typeof raw !== "object" || raw === null) return;
	const fields = Object.entries(raw).filter(([key]) => !plenumKeys.has(key));
	if (fields.length > 0) unknown.set(`${place}:${plenum.id}`, Object.fromEntries(fields));
}

function readList(unknown: UnknownFields, place: "pinned" | "recent", raw: unknown, max: number, newer: boolean) {
	const entries = list(raw);
	const read = entries.map((entry) => {
		const plenum = repairPlenum(entry);
		if (plenum) remember(unknown, place, plenum, entry);
		return plenum;
	});
	// Entries a newer version wrote and this one cannot read are kept for that version.
	const unread = newer ? entries.filter((_, index) => !read[index]) : [];
	const valid = read.filter((plenum) => plenum !== undefined);
	return { list: uniqueById(valid, max), unread };
}

/**
 * Plenums stored by any version: older ones translated step by step, each repaired or dropped;
 * what a newer version wrote is read as far as this one understands it, and the rest remembered.
 */
export function readStoredPlenums(stored: Record<string, unknown>): StoredPlenums {
	const version = storedVersion(stored);
	const newer = version > plenumsVersion;
	const raw = upgrade(stored, plenumsSteps);
	const unknown: UnknownFields = new Map();
	const pinned = readList(unknown, "pinned", raw.pinned, maxPinned, newer);
	const recent = readList(unknown, "recent", raw.recent, maxRecent, newer);
	const current = repairPlenum(raw.current);
	if (current) remember(unknown, "current", current, raw.current);
	const unreadCurrent = !current && newer && raw.current != null ? raw.current : undefined;
	return {
		data: { current, pinned: pinned.list, recent: recent.list },
		version,
		unread: { pinned: pinned.unread, recent: recent.unread, current: unreadCurrent },
		unknown,
	};
}

/**
 * What a change (`patch`, from `Change`) to the plenums read as `stored` writes. Older data is
 * written whole in this version's form, so its steps run once; a newer version's number, fields
 * and entries are written back with what changed.
 */
export function plenumsToWrite(stored: StoredPlenums, patch: ReturnType<Change>): Record<string, unknown> {
	const { data, version, unread, unknown } = stored;
	// A plenum's own fields go with it where it goes (the current one retired to the recent ones).
	const fields = (place: Place, id: string) =>
		unknown.get(`${place}:${id}`) ?? places.map((other) => unknown.get(`${other}:${id}`)).find(Boolean);
	const keep = (place: Place, plenum: Plenum) => ({ ...fields(place, plenum.id), ...plenum });
	// A current plenum this version cannot read goes where a readable one would: to the
	// recent ones when the group keeps history, with all its fields.
	const retiredUnread =
		unread.current !== undefined && "current" in patch && patch.keepsHistory ? [unread.current] : [];
	const rewrite = version < plenumsVersion ? { ...data, ...patch } : patch;
	const items: Record<string, unknown> = { version: Math.max(version, plenumsVersion) };
	if ("current" in rewrite) items.current = rewrite.current ? keep("current", rewrite.current) : null;
	if (rewrite.pinned) items.pinned = [...rewrite.pinned.map((p) => keep("pinned", p)), ...unread.pinned];
	const recent = rewrite.recent ?? (retiredUnread.length > 0 ? data.recent : undefined);
	if (recent) items.recent = [...retiredUnread, ...recent.map((p) => keep("recent", p)), ...unread.recent];
	return items;
}
