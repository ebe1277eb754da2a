import { useEffect, useRef, useState } from "preact/hooks";

import { t } from "../lib/i18n";
import { type Draft, draftPlenum, newDraft, type Plenum, type PlenumStart } from "../lib/plenum/plenum";
import type { Settings } from "../lib/settings";
import { loadLocal, renew, share, updateLocal } from "../lib/store";
import { cleanTitle } from "../lib/title/clean-title";
import { titleProblem } from "../lib/title/title-problem";
import { Refusal } from "./use-settings";

/** What the popup's first frame shows, from the copy in first-frame.ts, repaired. */
export type FirstFrame = { settings: Settings; current?: Plenum };

/**
 * The plenum the popup shows. Until something has left the popup it is a draft that follows the
 * settings and the title; from then on it is the current plenum, kept in storage.local, and
 * reopening the popup (even after a restart) shows exactly it until "New room".
 */
export function usePlenum(settings: Settings, frame: FirstFrame, fail: (error: unknown) => void) {
	const [draft, setDraft] = useState<Draft>(newDraft);
	const [current, setCurrent] = useState(frame.current);
	const [title, setTitle] = useState(frame.current?.title ?? frame.settings.defaultTitle);
	const [start, setStart] = useState(frame.current?.start);
	const [large, setLarge] = useState(false);
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
			setStart(plenum.start);
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

	// What is typed stays in the field; the plenum takes it cleaned, and not at all while it could
	// plant a link in the invitation (the field says why).
	const cleaned = cleanTitle(title);
	const problem = titleProblem(cleaned);
	const usable = problem ? (current?.title ?? "") : cleaned;
	const plenum: Plenum = current
		? { ...current, title: usable, start }
		: draftPlenum(settings, draft, { title: usable, large, start });

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
	async function store(): Promise<unknown> {
		setCurrent(plenum);
		return persist(share(plenum, settings.keepHistory));
	}

	async function shareShown(): Promise<Plenum> {
		await store();
		return plenum;
	}

	/** Edits to a shared plenum's title or start are kept at once: closing the popup loses nothing. */
	function edit(change: { title?: string; start?: PlenumStart }) {
		if (change.title !== undefined) {
			titleTyped.current = true;
			setTitle(change.title);
		}
		if ("start" in change) setStart(change.start);
		const typed = cleanTitle(change.title ?? title);
		if (current && !titleProblem(typed)) {
			const edited = { ...plenum, ...change, title: typed };
			setCurrent(edited);
			void persist(share(edited, settings.keepHistory));
		}
	}

	function renewPlenum() {
		adopt(undefined);
		setDraft(newDraft());
		titleTyped.current = false;
		setTitle(settings.defaultTitle);
		setStart(undefined);
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
		large: current ? current.voice === "mumble" : large,
		setLarge,
		edit,
		share: shareShown,
		/** Shares and resolves to the storage failure, if any: the copy's status tells both. */
		shareAndStore: store,
		renew: renewPlenum,
		choose,
		refresh: adopt,
	};
}
