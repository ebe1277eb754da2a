import { useEffect, useState } from "preact/hooks";
import { browser, t, translatorFor } from "../lib/browser";
import { availableInstances, jitsiInstances, padInstances } from "../lib/instances";
import { invitationText, type Translate } from "../lib/invitation-text";
import { meeting, newSecrets } from "../lib/meeting";
import { maxTitleLength, type Settings } from "../lib/settings";
import { onSettingsChanged, saveSettings } from "../lib/settings-storage";
import { CopyFallback } from "./copy-fallback";
import { InstancePicker } from "./instance-picker";
import { MeetingLink } from "./meeting-link";

type Status = { text: string; error?: boolean };

/** The root: owns the state and wires the pure modules to the leaf components. */
export function Popup({ initialSettings }: { initialSettings: Settings }) {
	const [settings, setSettings] = useState(initialSettings);
	const [secrets, setSecrets] = useState(newSecrets);
	const [title, setTitle] = useState(initialSettings.defaultTitle);
	const [status, setStatus] = useState<Status>();
	const [fallback, setFallback] = useState<string>();

	// Ready before the click: the clipboard wants the copy inside the click's user activation.
	const [translate, setTranslate] = useState<Translate>(() => t);

	useEffect(() => onSettingsChanged(setSettings), []);
	useEffect(() => {
		void translatorFor(settings.invitationLanguage).then((next) => setTranslate(() => next));
	}, [settings.invitationLanguage]);

	const links = meeting(settings, secrets, title);
	const invitation = () =>
		invitationText(
			{ title, roomUrl: links.roomUrl, padUrl: links.padUrl, includeTips: settings.includeTips },
			translate,
		);

	async function choose(patch: Partial<Settings>) {
		try {
			setSettings(await saveSettings(settings, patch));
			setStatus(undefined);
		} catch (error) {
			setStatus({ text: t("saveFailed", String(error)), error: true });
		}
	}

	async function copy() {
		const text = invitation();
		try {
			await navigator.clipboard.writeText(text);
			setFallback(undefined);
			setStatus({ text: t("copiedStatus") });
		} catch {
			setFallback(text);
			setStatus({ text: t("copyRefused"), error: true });
		}
	}

	async function start() {
		await browser.tabs.create({ url: links.roomUrl });
		if (links.padUrl && settings.openPadWithRoom) await browser.tabs.create({ url: links.padUrl, active: false });
	}

	function renew() {
		setSecrets(newSecrets());
		setFallback(undefined);
		setStatus(undefined);
	}

	return (
		<main>
			<h1>{t("extensionName")}</h1>
			<div class="field">
				<label for="title">{t("titleLabel")}</label>
				<input
					id="title"
					type="text"
					maxLength={maxTitleLength}
					placeholder={t("titlePlaceholder")}
					value={title}
					onInput={(event) => setTitle(event.currentTarget.value)}
				/>
			</div>
			<InstancePicker
				id="jitsi-instance"
				label={t("jitsiLabel")}
				instances={availableInstances(jitsiInstances, settings.customJitsiInstances)}
				value={settings.jitsiInstance}
				onChange={(jitsiInstance) => choose({ jitsiInstance })}
			/>
			<MeetingLink id="room-link" label={t("roomLinkLabel")} url={links.roomUrl} />
			{links.padUrl && (
				<>
					<InstancePicker
						id="pad-instance"
						label={t("padLabel")}
						instances={availableInstances(padInstances, settings.customPadInstances)}
						value={settings.padInstance}
						onChange={(padInstance) => choose({ padInstance })}
					/>
					<MeetingLink id="pad-link" label={t("padLinkLabel")} url={links.padUrl} />
				</>
			)}
			<div class="actions">
				<button id="copy" type="button" class="primary" onClick={copy}>
					{t("copyButton")}
				</button>
				<button id="start" type="button" onClick={start}>
					{t("startButton")}
				</button>
				<button id="new-room" type="button" onClick={renew}>
					{t("newRoomButton")}
				</button>
			</div>
			<p id="status" role="status" class={status?.error ? "status error" : "status"}>
				{status?.text}
			</p>
			{fallback && <CopyFallback text={fallback} />}
			<footer>
				<button id="open-options" type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
					{t("openOptions")}
				</button>
			</footer>
		</main>
	);
}
