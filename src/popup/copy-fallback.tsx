import { useEffect, useRef } from "preact/hooks";
import { t } from "../platform/i18n";

/**
 * Shown when the clipboard refuses: the whole invitation, selected, ready for Ctrl+C. It takes
 * the focus when it appears, not when the title changes it: typing the title goes on there.
 */
export function CopyFallback({ text }: { text: string }) {
	const area = useRef<HTMLTextAreaElement>(null);
	useEffect(() => {
		area.current?.focus();
		area.current?.select();
	}, []);
	return (
		<div class="field">
			<label for="fallback">{t("fallbackLabel")}</label>
			<textarea id="fallback" ref={area} readOnly rows={8} value={text} />
		</div>
	);
}
