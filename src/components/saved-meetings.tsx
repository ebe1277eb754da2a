import { useEffect, useState } from "preact/hooks";
import { onStorageChanged, t } from "../lib/browser";
import { forgetAllMeetings, forgetMeeting, type LocalData, loadLocal, unpinMeeting } from "../lib/local-store";
import { meetingKey, type SavedMeeting } from "../lib/meeting-history";

type Props = {
	onCopy: (meeting: SavedMeeting) => void;
	onStart: (meeting: SavedMeeting) => void;
	onError: (error: unknown) => void;
};

/**
 * Pinned plenums and recent rooms, read only when opened: the popup's first paint waits
 * for one storage read (the settings), not two.
 */
export function SavedMeetings({ onCopy, onStart, onError }: Props) {
	const [data, setData] = useState<LocalData>();
	const [open, setOpen] = useState(false);

	useEffect(() => {
		if (!open) return;
		const refresh = () => void loadLocal().then(setData);
		refresh();
		return onStorageChanged("local", refresh);
	}, [open]);

	const run = (action: Promise<void>) => void action.catch(onError);

	function entry(meeting: SavedMeeting, id: string, remove: () => Promise<void>, removeLabel: string) {
		// The buttons say what they do; aria-describedby tells a screen reader to which plenum.
		return (
			<li key={meetingKey(meeting)}>
				<span class="saved-name" id={id}>
					{meeting.name || meeting.title || meeting.roomUrl}
				</span>
				<span class="saved-actions">
					<button type="button" class="small" aria-describedby={id} onClick={() => onCopy(meeting)}>
						{t("copyAgain")}
					</button>
					<button type="button" class="small" aria-describedby={id} onClick={() => onStart(meeting)}>
						{t("startAgain")}
					</button>
					<button type="button" class="small" aria-describedby={id} onClick={() => run(remove())}>
						{removeLabel}
					</button>
				</span>
			</li>
		);
	}

	return (
		<details id="saved" onToggle={(event) => setOpen(event.currentTarget.open)}>
			<summary>{t("savedHeading")}</summary>
			{data && (
				<>
					<h2>{t("pinnedHeading")}</h2>
					{data.pinned.length === 0 ? (
						<p class="hint">{t("pinnedEmpty")}</p>
					) : (
						<ul id="pinned" class="saved">
							{data.pinned.map((m, i) => entry(m, `pinned-${i}`, () => unpinMeeting(m), t("unpin")))}
						</ul>
					)}
					<h2>{t("recentHeading")}</h2>
					{data.recent.length === 0 ? (
						<p class="hint">{t("recentEmpty")}</p>
					) : (
						<>
							<ul id="recent" class="saved">
								{data.recent.map((m, i) => entry(m, `recent-${i}`, () => forgetMeeting(m), t("forget")))}
							</ul>
							<button id="forget-all" type="button" class="small" onClick={() => run(forgetAllMeetings())}>
								{t("forgetAll")}
							</button>
						</>
					)}
				</>
			)}
		</details>
	);
}
