import { useEffect, useRef, useState } from "preact/hooks";
import { type Draft, draftPlenum, newDraft, type Plenum, type PlenumStart } from "../lib/plenum/plenum";
import type { Settings } from "../lib/settings";
import { cleanTitle } from "../lib/title/clean-title";
import { titleProblem, titleVerdict } from "../lib/title/title-problem";
import { t } from "../platform/i18n";
import { loadLocal, renew, share, updateLocal } from "../platform/storage";
import { useTitleVerdict } from "../shared/title-field";
import { Refusal } from "../shared/use-settings";

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

	// What is typed (or was stored) stays in the field; the plenum takes it cleaned, and not at all
	// while it could plant a link in the invitation (the field says why) or is still being checked.
	const cleaned = cleanTitle(title);
	const verdict = useTitleVerdict(cleaned);
	const problem = typeof verdict === "object" ? verdict : undefined;
	// A stored Mumble channel the rule refuses (the settings page shows it, marked) stays out of a new plenum.
	const channelVerdict = useTitleVerdict(settings.mumbleChannel);
	const withTitle = (usable: string, channelOk = channelVerdict === undefined): Plenum =>
		current
			? { ...current, title: usable, start }
			: draftPlenum(channelOk ? settings : { ...settings, mumbleChannel: "" }, draft, { title: usable, large, start });
	// While refused or checked, the shared plenum keeps its last title, if that one passes.
	const fallback = current && titleVerdict(current.title) === undefined ? current.title : "";
	const plenum = withTitle(verdict === undefined ? cleaned : fallback);

	/** The shown plenum once its title is checked (the link finder may still be loading); undefined when refused. */
	async function checked(): Promise<Plenum | undefined> {
		if (await titleProblem(cleaned)) return undefined;
		return withTitle(cleaned, !(await titleProblem(settings.mumbleChannel)));
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

	/** Edits to a shared plenum's title or start are kept at once: closing the popup loses nothing. */
	function edit(change: { title?: string; start?: PlenumStart }) {
		if (change.title !== undefined) {
			titleTyped.current = true;
			setTitle(change.title);
		}
		if ("start" in change) setStart(change.start);
		const typed = cleanTitle(change.title ?? title);
		if (!current) return;
		void titleProblem(typed).then((found) => {
			if (found) return;
			const edited = { ...plenum, ...change, title: typed };
			setCurrent(edited);
			void persist(share(edited, settings.keepHistory));
		});
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
		checked,
		large: current ? current.voice === "mumble" : large,
		setLarge,
		edit,
		share: shareShown,
		/** Shares and resolves to the storage failure, if any: the copy's status tells both. */
		shareAndStore: async (given?: Plenum) => (await store(given)).failure,
		renew: renewPlenum,
		choose,
		refresh: adopt,
	};
}
