import { useState } from "preact/hooks";
import { type Translate, t } from "../lib/i18n";
import type { Meeting } from "../lib/meeting";
import type { Plenum, Repeat } from "../lib/plenum";
import type { Settings } from "../lib/settings";
import { QrCode } from "./qr-code";
import { SavedPlenums } from "./saved-plenums";
import { useOnDemand } from "./use-on-demand";
import type { Status } from "./use-settings";

type Props = {
	plenum: Plenum;
	meeting: Meeting;
	settings: Settings;
	translate: Translate;
	share: () => Promise<Plenum>;
	choose: (plenum: Plenum) => void;
	/** Runs an action unless one is at work or the title is refused; reports what goes wrong. */
	once: (work: () => Promise<void>) => Promise<void>;
	setStatus: (status: Status | undefined) => void;
	fail: (error: unknown) => void;
};

/** What a plenum needs less often: its QR code, pinning it, and the saved plenums. */
export function PlenumExtras({ plenum, meeting, share, choose, once, setStatus, fail }: Props) {
	const [showQr, setShowQr] = useState(false);
	const [pinning, setPinning] = useState(false);
	const pinForm = useOnDemand(() => import("./pin-form"), pinning);

	// Shown on a projector, the room has left the popup as surely as when copied.
	const toggleQr = () =>
		showQr
			? setShowQr(false)
			: once(async () => {
					await share();
					setShowQr(true);
				});

	const pinPlenum = (name: string, repeat?: Repeat) =>
		once(async () => {
			setPinning(false);
			const shared = await share();
			const { pin, updateLocal } = await import("../lib/store");
			await updateLocal(pin(shared, name, repeat));
			setStatus({ text: t("pinnedStatus", name) });
		});

	return (
		<>
			<div class="actions secondary">
				<button id="show-qr" type="button" class="small" aria-expanded={showQr} onClick={() => void toggleQr()}>
					{showQr ? t("hideQr") : t("showQr")}
				</button>
				<button id="pin" type="button" class="small" aria-expanded={pinning} onClick={() => setPinning(!pinning)}>
					{t("pinButton")}
				</button>
			</div>
			{pinning && pinForm && (
				<pinForm.PinForm
					suggestedName={plenum.name || plenum.title}
					canRepeat={plenum.start !== undefined}
					onPin={(name, repeat) => void pinPlenum(name, repeat)}
					onCancel={() => setPinning(false)}
				/>
			)}
			{showQr && <QrCode url={meeting.roomUrl} />}
			<SavedPlenums currentId={plenum.id} onChoose={choose} onError={fail} />
		</>
	);
}
