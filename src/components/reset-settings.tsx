import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../lib/browser";

/** Reset asks once more inline: a stray click must not wipe a group's instances. */
export function ResetSettings({ onReset }: { onReset: () => void }) {
	const [confirming, setConfirming] = useState(false);
	const cancel = useRef<HTMLButtonElement>(null);
	// Focus lands on "Cancel", so a second Enter from the keyboard does not reset by accident.
	useEffect(() => {
		if (confirming) cancel.current?.focus();
	}, [confirming]);

	if (!confirming) {
		return (
			<button id="reset" type="button" onClick={() => setConfirming(true)}>
				{t("resetButton")}
			</button>
		);
	}
	return (
		<fieldset class="confirm">
			<legend>{t("resetQuestion")}</legend>
			<button
				id="reset-confirm"
				type="button"
				class="danger"
				onClick={() => {
					setConfirming(false);
					onReset();
				}}
			>
				{t("resetConfirm")}
			</button>{" "}
			<button id="reset-cancel" type="button" ref={cancel} onClick={() => setConfirming(false)}>
				{t("resetCancel")}
			</button>
		</fieldset>
	);
}
