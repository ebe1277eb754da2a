import { useEffect, useRef, useState } from "preact/hooks";
import { renew, share } from "../lib/plenum/lists";
import { type Draft, draftPlenum, newDraft, type Plenum } from "../lib/plenum/plenum";
import type { Settings } from "../lib/settings";
import { cleanTitle } from "../lib/title/clean-title";
import { titleProblem, titleVerdict } from "../lib/title/title-problem";
import { t } from "../platform/i18n";
import { useTitleVerdict } from "../shared/title-field";
import { Refusal } from "../shared/use-settings";
import { loadLocal, updateLocal } from "./storage-code";
import { useLarge } from "./use-large";
import { type TypedStart, useStart } from "./use-start";

/** What the popup's first frame shows, from the copy in first-frame.ts, repaired. */
export type FirstFrame = { settings: Settings; current?: Plenum };

/** What keeps the shown plenum in the popup besides its title, said at its field. */
export type Hold = "start" | "channel";

/**
 * The plenum the popup shows. Until something has left the popup it is a draft that follows the
 * settings and the title; from then on it is the current plenum, kept in storage.local, and
 * reopening the popup (even after a restart) shows exactly it until "New room".
 */
export function usePlenum(
	settings: Settings,
	frame: FirstFrame,
	fail: (error: unknown) => void,
	save: (patch: Partial<Settings>) => unknown,
) {
	const [draft, setDraft] = useState<Draft>(newDraft);
	const [current, setCurrent] = useState(frame.current);
	const [title, setTitle] = useState(frame.current?.title ?? frame.settings.defaultTitle);
	const when = useStart(frame.current?.start);
	const { start } = when;
	// What last kept the plenum in the popup; `times` has its field say so (and take the focus) again.
	const [held, setHeld] = useState<{ by: Hold; times: number }>();
	const holding = useRef<Hold | undefined>(undefined);
	// Until someone types, a fresh plenum's title follows the stored default title (the first
	// frame's copy may not have it yet: a new profile, or a default synced from another device).
	const titleTyped = useRef(false);
	useEffect(() => {
		if (!current && !titleTyped.current) setTitle(settings.defaultTitle);
	}, [settings.defaultTitle]);

	function adopt(plenum: Plenum | undefined) {
		setCurrent(plenum);
		if (plenum) {
			setTitle(plenum.title);
			when.adopt(plenum.start);
		}
	}

	// The first frame came from a copy; storage has the last word.
	useEffect(() => {
		// A read that fails leaves the first frame's plenum shown: it is the room people were invited to.
		void loadLocal().then(
			({ current: stored }) => {
				performance.mark("plenum:storage-read");
				if (JSON.stringify(stored) !== JSON.stringify(frame.current)) adopt(stored);
			},
			(error: unknown) => fail(new Refusal(t("storageReadFailed", String(error)))),
		);
	}, []);

	// What is typed (or was stored) stays in the field; the plenum takes it cleaned, and not at all
	// while it could plant a link in the invitation (the field says why) or is still being checked.
	const cleaned = cleanTitle(title);
	const verdict = useTitleVerdict(cleaned);
	const problem = typeof verdict === "object" ? verdict : undefined;
	// A stored Mumble channel the rule refuses (the settings page shows it, marked) stays out of a new plenum.
	const large = useLarge(settings, save, cleaned);
	const withTitle = (usable: string, mumbleChannel = large.shownChannel): Plenum =>
		current
			? { ...current, title: usable, start }
			: draftPlenum({ ...settings, mumbleChannel }, draft, { title: usable, large: large.large, start });
	// While refused or checked, the shared plenum keeps its last title, if that one passes.
	const fallback = current && titleVerdict(current.title) === undefined ? current.title : "";
	const plenum = withTitle(verdict === undefined ? cleaned : fallback);

	function hold(by: Hold): undefined {
		holding.current = by;
		setHeld((before) => ({ by, times: (before?.times ?? 0) + 1 }));
		return undefined;
	}

	/**
	 * The shown plenum once it may leave the popup: its title checked (the link finder may still be
	 * loading), its start whole, a new large assembly's channel there. Undefined when not; a start
	 * or a channel is then asked for at its field (`held`), a title's refusal is at the title.
	 */
	async function checked(): Promise<Plenum | undefined> {
		holding.current = undefined;
		if (when.problem) return hold("start");
		if (await titleProblem(cleaned)) return undefined;
		const channel = large.large && !current ? await large.checkedChannel() : "";
		if (channel === undefined) return hold("channel");
		return withTitle(cleaned, channel);
	}

	/**
	 * Applies a change to the freshest stored plenums; a failure (storage unreadable, a quota) is
	 * shown, and resolves to it so that a caller can say more.
	 */
	const persist = (change: Parameters<typeof updateLocal>[0]) =>
		updateLocal(change).then(
			() => undefined,
			(error: unknown) => {
				fail(new Refusal(t("plenumNotSaved", String(error))));
				return error;
			},
		);

	/** Makes the shown plenum the current one (it just left the popup) and stores it. */
	async function store(given?: Plenum): Promise<{ shown: Plenum; failure: unknown }> {
		const shown = given ?? (await checked()) ?? withTitle(fallback);
		setCurrent(shown);
		return { shown, failure: await persist(share(shown, settings.keepHistory)) };
	}

	async function shareShown(given?: Plenum): Promise<Plenum> {
		return (await store(given)).shown;
	}

	/**
	 * Edits to a shared plenum's title or start are kept at once: closing the popup loses nothing.
	 * Half a start, or one that cannot be read, is kept in its fields only, with the field's message.
	 */
	function edit(change: { title?: string; start?: TypedStart }) {
		if (change.title !== undefined) {
			titleTyped.current = true;
			setTitle(change.title);
		}
		const read = change.start && when.type(change.start);
		const typed = cleanTitle(change.title ?? title);
		if (!current || (read?.problem && change.title === undefined)) return;
		void titleProblem(typed).then((found) => {
			if (found) return;
			const edited = { ...plenum, ...(read && !read.problem && { start: read.start }), title: typed };
			setCurrent(edited);
			void persist(share(edited, settings.keepHistory));
		});
	}

	/**
	 * New room: new places and secrets. The title and the date and time typed stay, they are the
	 * organiser's; the start is read again in the system's zone, as for any new plenum.
	 */
	function renewPlenum() {
		adopt(undefined);
		setDraft(newDraft());
		when.renew();
		void persist(renew(settings.keepHistory));
	}

	function choose(chosen: Plenum) {
		adopt(chosen);
		void persist(share(chosen, settings.keepHistory));
	}

	return {
		plenum,
		shared: current !== undefined,
		title,
		problem,
		checked,
		holding,
		held,
		typedStart: when.typed,
		startProblem: when.problem,
		inUtc: when.inUtc,
		large: current ? current.voice === "mumble" : large.large,
		setLarge: large.setLarge,
		/** A new large assembly's channel, asked for in the popup where the settings name none. */
		channel: large,
		edit,
		share: shareShown,
		/** Shares and resolves to the storage failure, if any: the copy's status tells both. */
		shareAndStore: async (given?: Plenum) => (await store(given)).failure,
		renew: renewPlenum,
		choose,
		refresh: adopt,
	};
}
