import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../platform/i18n";

/** Reset asks once more inline: a stray click must not wipe a group's instances. */
export function ResetSettings({ onReset }: { onReset: () => void }) {
	const [confirming, setConfirming] = useState(false);
	const cancel = useRef<HTMLButtonElement>(null);
	const reset = useRef<HTMLButtonElement>(null);
	const asked = useRef(false);
	// Focus lands on "Cancel", so a second Enter does not reset by accident, and returns to
	// "Reset" afterwards, so keyboard users keep their place.
	useEffect(() => {
		if (confirming) cancel.current?.focus();
		else if (asked.current) reset.current?.focus();
		asked.current ||= confirming;
	}, [confirming]);

	if (!confirming) {
		return (
			<button id="reset" type="button" ref={reset} onClick={() => setConfirming(true)}>
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
