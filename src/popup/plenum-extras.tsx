import { useEffect, useRef, useState } from "preact/hooks";
import { calendarFile, calendarFileName, calendarMime, reminderMinutes } from "../lib/calendar/calendar-file";
import { pin } from "../lib/plenum/lists";
import type { PlenumStart, Repeat } from "../lib/plenum/plenum";
import { t } from "../platform/i18n";
import { saveFile } from "../platform/save-file";
import { PinForm } from "./pin-form";
import { QrCode } from "./qr-code";
import { SavedPlenums } from "./saved-plenums";
import type { PopupModel } from "./use-popup";
import { useChangePlenums } from "./use-saved-plenums";

/** What a plenum needs less often: its QR code, pinning it, and the saved plenums. */
export function PlenumExtras({ model }: { model: PopupModel }) {
	const { plenum, meeting, settings, translate, once, setStatus, fail } = model;
	const { share, choose, refresh } = model.shown;
	const [showQr, setShowQr] = useState(false);
	const [pinning, setPinning] = useState(false);
	// The form takes the place of the buttons; once it closes, focus goes back to "Pin plenum…".
	const pinButton = useRef<HTMLButtonElement>(null);
	const closed = useRef(false);
	useEffect(() => {
		if (pinning) closed.current = true;
		else if (closed.current) pinButton.current?.focus();
	}, [pinning]);
	const updateLocal = useChangePlenums();

	// Shown on a projector, the room has left the popup as surely as when copied.
	const toggleQr = () =>
		showQr
			? setShowQr(false)
			: once(async () => {
					await share();
					setShowQr(true);
				});

	// The .ics file is made and saved inside the click: the browser may close the popup when
	// it asks where to save, and the download completes all the same (see save-file.ts).
	const addToCalendar = (start: PlenumStart) =>
		once(async () => {
			const shared = await share();
			const title = shared.title || translate("calendarDefaultTitle");
			const input = {
				uid: `${shared.id}@plenum-launcher`,
				start,
				repeat: shared.repeat,
				durationMinutes: settings.durationMinutes,
				now: new Date(),
				title,
				roomUrl: meeting.roomUrl,
				description: model.invitation(),
				reminder: translate("calendarReminder", [title, String(reminderMinutes)]),
			};
			saveFile(calendarFileName(shared.title, start, title), calendarFile(input), calendarMime);
			setStatus({ text: t("calendarSaved") });
		});

	const pinPlenum = (name: string, repeat?: Repeat) =>
		once(async () => {
			setPinning(false);
			const shared = await share();
			const { current } = await updateLocal(pin(shared, name, repeat));
			// The current plenum now has its name and its repeat: its invitation names the next date.
			if (current) refresh(current);
			setStatus({ text: t("pinnedStatus", name) });
		});

	return (
		<>
			{/* While it is open, the pin form stands where the buttons were: the popup stays within 600 px. */}
			{pinning ? (
				<PinForm
					suggestedName={plenum.name || plenum.title}
					start={plenum.start}
					language={model.language}
					onPin={(name, repeat) => void pinPlenum(name, repeat)}
					onCancel={() => setPinning(false)}
				/>
			) : (
				<div class="actions secondary">
					<button id="show-qr" type="button" class="small" aria-expanded={showQr} onClick={() => void toggleQr()}>
						{showQr ? t("hideQr") : t("showQr")}
					</button>
					{plenum.start && (
						<button
							id="calendar"
							type="button"
							class="small"
							onClick={() => plenum.start && void addToCalendar(plenum.start)}
						>
							{t("calendarButton")}
						</button>
					)}
					<button id="pin" ref={pinButton} type="button" class="small" onClick={() => setPinning(true)}>
						{t("pinButton")}
					</button>
				</div>
			)}
			{/* The code stands at the right of what follows it, which keeps the popup within 600 px. */}
			{showQr && <QrCode url={meeting.roomUrl} />}
			<SavedPlenums currentId={plenum.id} onChoose={choose} onError={fail} />
		</>
	);
}
