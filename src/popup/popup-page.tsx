import { jitsiComfortableUpTo } from "../lib/assembly-size";
import { openOptionsPage } from "../platform/browser";
import { t } from "../platform/i18n";
import { SwitchField } from "../shared/switch-field";
import { TitleField } from "../shared/title-field";
import { CopyFallback } from "./copy-fallback";
import { PlenumPlaces } from "./plenum-places";
import { PopupLaterSlot } from "./popup-later-slot";
import type { FirstFrame } from "./use-plenum";
import { usePopup } from "./use-popup";

/** The root: shows the popup's model (use-popup.ts) and hands it to the later sections. */
export function Popup({ frame }: { frame: FirstFrame }) {
	const model = usePopup(frame);
	const {
		settings,
		status,
		save,
		shown,
		plenum,
		shared,
		meeting,
		invitation,
		fallback,
		titleInput,
		copy,
		start,
		renew,
	} = model;

	return (
		<main>
			<header>
				<h1>{t("extensionName")}</h1>
				<button id="open-options" type="button" class="link-button" onClick={() => void openOptionsPage()}>
					{t("openOptions")}
				</button>
			</header>
			<form
				onSubmit={(event) => {
					event.preventDefault();
					void copy();
				}}
			>
				<TitleField
					id="title"
					label={t("titleLabel")}
					value={shown.title}
					problem={shown.problem}
					inputRef={titleInput}
					onInput={(title) => shown.edit({ title })}
				/>
				<div class="actions">
					<button id="copy" type="submit" class="primary">
						{t("copyButton")}
					</button>
					<button id="start" type="button" onClick={() => void start()}>
						{t("startButton")}
					</button>
					<button id="new-room" type="button" onClick={renew}>
						{t("newRoomButton")}
					</button>
				</div>
			</form>
			<p id="status" role="status" class={status?.error ? "status error" : "status"}>
				{status?.text}
			</p>
			{fallback && <CopyFallback text={invitation()} />}
			<SwitchField
				id="large"
				label={t("largeLabel", String(jitsiComfortableUpTo))}
				checked={shown.large}
				disabled={shared}
				onChange={shown.setLarge}
			/>
			<PlenumPlaces plenum={plenum} meeting={meeting} settings={settings} shared={shared} save={save} />
			<PopupLaterSlot model={model} />
		</main>
	);
}
