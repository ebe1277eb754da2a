import { useEffect, useRef } from "preact/hooks";
import { openOptionsPage } from "../platform/browser";
import { t } from "../platform/i18n";
import { TitleField } from "../shared/title-field";
import type { PopupModel } from "./use-popup";

/**
 * Under the places once the invitation has gone out: why the instance pickers became links and
 * the Large assembly switch is greyed, and the way to other places.
 */
export function PlacesFixed({ shared }: { shared: boolean }) {
	return shared ? (
		<p id="places-fixed" class="hint">
			{t("placesFixed", t("newRoomButton"))}
		</p>
	) : null;
}

/**
 * A new large assembly on systemli's public Mumble server while the settings name no channel:
 * why it needs one, the channel (the title proposed until something is typed, under the title's
 * rule), and the way to set one for good. Copy and Start wait for it (use-large.ts); they ask
 * here, and the field takes the focus.
 */
export function LargeChannel({ model }: { model: PopupModel }) {
	const { shown, shared } = model;
	const { channel } = shown;
	const field = useRef<HTMLInputElement>(null);
	const asked = shown.held?.by === "channel" ? shown.held.times : 0;
	useEffect(() => {
		if (asked) field.current?.focus();
	}, [asked]);
	if (shared || !channel.asks) return null;
	return (
		<div class="large-channel">
			<TitleField
				id="large-channel"
				label={t("largeChannelLabel")}
				placeholder={t("mumbleChannelPlaceholder")}
				value={channel.channel}
				problem={channel.verdict}
				inputRef={field}
				onInput={channel.typeChannel}
			/>
			{asked > 0 && channel.channel === "" && (
				<p id="large-channel-missing" class="status error" role="alert">
					{t("largeChannelMissing")}
				</p>
			)}
			<p id="large-channel-why" class="hint">
				{t("largeChannelWhy")}
			</p>
			<button id="large-channel-settings" type="button" class="link-button" onClick={() => void openOptionsPage()}>
				{t("largeChannelSettings")}
			</button>
		</div>
	);
}
