import { Fragment } from "preact";
import { entryDetails, entryName } from "../lib/plenum/list-entry";
import { forget, forgetAll, unpin } from "../lib/plenum/lists";
import type { Plenum } from "../lib/plenum/plenum";
import { pageLanguage, t } from "../platform/i18n";
import { useSavedPlenums } from "./use-saved-plenums";

export type Props = { currentId: string; onChoose: (plenum: Plenum) => void; onError: (error: unknown) => void };

/**
 * The pinned and the recent plenums; choosing one makes it the current plenum again. Both lists
 * scroll inside one bounded region, so the popup stays within the 600 px a browser shows.
 */
export function SavedLists({ currentId, onChoose, onError }: Props) {
	const { data, run } = useSavedPlenums(onError);
	const format = { language: pageLanguage(), t, browserLocales: navigator.languages };

	function entry(plenum: Plenum, details: string, id: string, removeLabel: string, remove: () => void) {
		const current = plenum.id === currentId;
		// The buttons say what they do; aria-describedby tells a screen reader to which plenum.
		return (
			<li key={plenum.id} aria-current={current ? "true" : undefined}>
				<span class="saved-name" id={id}>
					<span>
						<strong>{entryName(plenum, t)}</strong>
						{current && <span class="saved-current">{t("savedCurrent")}</span>}
					</span>
					<span class="saved-details">{details}</span>
				</span>
				<span class="saved-actions">
					<button type="button" class="small" aria-describedby={id} onClick={() => onChoose(plenum)}>
						{t("useAgain")}
					</button>
					<button type="button" class="small" aria-describedby={id} onClick={remove}>
						{removeLabel}
					</button>
				</span>
			</li>
		);
	}

	if (!data) return null;
	const lists = [
		{ key: "pinned", heading: t("pinnedHeading"), empty: t("pinnedEmpty"), remove: t("unpin"), change: unpin },
		{ key: "recent", heading: t("recentHeading"), empty: t("recentEmpty"), remove: t("forget"), change: forget },
	] as const;
	return (
		// biome-ignore lint/a11y/noNoninteractiveTabindex: the lists scroll inside the popup, so the keyboard must reach them.
		<section class="saved-lists" aria-label={t("savedHeading")} tabIndex={0}>
			{lists.map(({ key, heading, empty, remove, change }) => (
				<Fragment key={key}>
					<h2>{heading}</h2>
					{data[key].length === 0 ? (
						<p class="hint">{empty}</p>
					) : (
						<ul id={key} class="saved">
							{entryDetails(data[key], format, t("mumbleLinkLabel")).map((details, i) => {
								const plenum = data[key][i] as Plenum;
								return entry(plenum, details, `${key}-${i}`, remove, () => run(change(plenum.id)));
							})}
						</ul>
					)}
				</Fragment>
			))}
			{data.recent.length > 0 && (
				<button id="forget-all" type="button" class="small" onClick={() => run(forgetAll)}>
					{t("forgetAll")}
				</button>
			)}
		</section>
	);
}
