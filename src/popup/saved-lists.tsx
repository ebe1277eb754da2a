import { Fragment } from "preact";
import { forget, forgetAll, unpin } from "../lib/plenum/lists";
import type { Plenum } from "../lib/plenum/plenum";
import { t } from "../platform/i18n";
import { useSavedPlenums } from "./use-saved-plenums";

export type Props = { currentId: string; onChoose: (plenum: Plenum) => void; onError: (error: unknown) => void };

const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const dayAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** What tells two plenums with the same title apart: the instance, when it was made, its date. */
function details(plenum: Plenum): string {
	const parts = [plenum.room && plenum.voice === "jitsi" ? plenum.room.host : t("mumbleLinkLabel")];
	if (plenum.created) parts.push(t("savedMade", day.format(plenum.created)));
	if (plenum.start) parts.push(dayAndTime.format(new Date(`${plenum.start.date}T${plenum.start.time}`)));
	return parts.join(" · ");
}

/** The pinned and the recent plenums; choosing one makes it the current plenum again. */
export function SavedLists({ currentId, onChoose, onError }: Props) {
	const { data, run } = useSavedPlenums(onError);

	function entry(plenum: Plenum, id: string, removeLabel: string, remove: () => void) {
		// The buttons say what they do; aria-describedby tells a screen reader to which plenum.
		return (
			<li key={plenum.id} aria-current={plenum.id === currentId ? "true" : undefined}>
				<span class="saved-name" id={id}>
					<strong>{plenum.name || plenum.title || t("untitledPlenum")}</strong>
					<span class="saved-details">{details(plenum)}</span>
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
		<>
			{lists.map(({ key, heading, empty, remove, change }) => (
				<Fragment key={key}>
					<h2>{heading}</h2>
					{data[key].length === 0 ? (
						<p class="hint">{empty}</p>
					) : (
						<ul id={key} class="saved">
							{data[key].map((p, i) => entry(p, `${key}-${i}`, remove, () => run(change(p.id))))}
						</ul>
					)}
				</Fragment>
			))}
			{data.recent.length > 0 && (
				<button id="forget-all" type="button" class="small" onClick={() => run(forgetAll)}>
					{t("forgetAll")}
				</button>
			)}
		</>
	);
}
