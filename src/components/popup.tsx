import { useEffect, useState } from "preact/hooks";
import { jitsiComfortableUpTo } from "../lib/assembly-size";
import { browser, t, translatorFor } from "../lib/browser";
import { availableInstances, jitsiInstances, padInstances } from "../lib/instances";
import { invitationText, type Translate } from "../lib/invitation-text";
import { pinMeeting, rememberMeeting } from "../lib/local-store";
import { type Meeting, meeting, newSecrets } from "../lib/meeting";
import { maxTitleLength, type Settings } from "../lib/settings";
import { onSettingsChanged, saveSettings } from "../lib/settings-storage";
import { CopyFallback } from "./copy-fallback";
import { InstancePicker } from "./instance-picker";
import { MeetingLink } from "./meeting-link";
import { PinForm } from "./pin-form";
import { QrCode } from "./qr-code";
import { SavedMeetings } from "./saved-meetings";
import { SwitchField } from "./switch-field";

type Status = { text: string; error?: boolean };

/** The root: owns the state and wires the pure modules to the leaf components. */
export function Popup({ initialSettings }: { initialSettings: Settings }) {
	const [settings, setSettings] = useState(initialSettings);
	const [secrets, setSecrets] = useState(newSecrets);
	const [title, setTitle] = useState(initialSettings.defaultTitle);
	const [large, setLarge] = useState(false);
	const [showQr, setShowQr] = useState(false);
	const [pinning, setPinning] = useState(false);
	const [status, setStatus] = useState<Status>();
	const [fallback, setFallback] = useState<string>();
	// Ready before the click: the clipboard wants the copy inside the click's user activation.
	const [translate, setTranslate] = useState<Translate>(() => t);

	useEffect(() => onSettingsChanged(setSettings), []);
	useEffect(() => {
		void translatorFor(settings.invitationLanguage).then((next) => setTranslate(() => next));
	}, [settings.invitationLanguage]);

	const current = meeting(settings, secrets, title, large);
	const fail = (error: unknown) => setStatus({ text: t("saveFailed", String(error)), error: true });

	async function choose(patch: Partial<Settings>) {
		try {
			setSettings(await saveSettings(settings, patch));
			setStatus(undefined);
		} catch (error) {
			fail(error);
		}
	}

	/** Recent rooms are kept only when the group wants history, and only on this device. */
	function remember(used: Meeting) {
		if (settings.keepHistory) void rememberMeeting({ ...used, name: used.title, time: Date.now() }).catch(fail);
	}

	async function copy(chosen: Meeting) {
		const text = invitationText(chosen, settings.includeTips, translate);
		try {
			await navigator.clipboard.writeText(text);
			setFallback(undefined);
			setStatus({ text: t("copiedStatus") });
		} catch {
			setFallback(text);
			setStatus({ text: t("copyRefused"), error: true });
		}
		remember(chosen);
	}

	async function start(chosen: Meeting) {
		remember(chosen);
		// A mumble:// link belongs to the Mumble app: it goes out in the invitation, not in a tab.
		const roomInTab = chosen.roomUrl.startsWith("https:");
		if (roomInTab) await browser.tabs.create({ url: chosen.roomUrl });
		else setStatus({ text: t("mumbleAppHint") });
		if (chosen.padUrl && settings.openPadWithRoom) {
			await browser.tabs.create({ url: chosen.padUrl, active: !roomInTab });
		}
	}

	async function pin(name: string) {
		setPinning(false);
		try {
			await pinMeeting({ ...current, name, time: Date.now() });
			setStatus({ text: t("pinnedStatus", name) });
		} catch (error) {
			fail(error);
		}
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
			<SwitchField
				id="large"
				label={t("largeLabel", String(jitsiComfortableUpTo))}
				checked={large}
				onChange={setLarge}
			/>
			{large ? (
				<MeetingLink id="room-link" label={t("mumbleLinkLabel")} url={current.roomUrl} />
			) : (
				<>
					<InstancePicker
						id="jitsi-instance"
						label={t("jitsiLabel")}
						instances={availableInstances(jitsiInstances, settings.customJitsiInstances)}
						value={settings.jitsiInstance}
						onChange={(jitsiInstance) => choose({ jitsiInstance })}
					/>
					<MeetingLink id="room-link" label={t("roomLinkLabel")} url={current.roomUrl} />
				</>
			)}
			{current.padUrl && (
				<>
					<InstancePicker
						id="pad-instance"
						label={t("padLabel")}
						instances={availableInstances(padInstances, settings.customPadInstances)}
						value={settings.padInstance}
						onChange={(padInstance) => choose({ padInstance })}
					/>
					<MeetingLink id="pad-link" label={t("padLinkLabel")} url={current.padUrl} />
				</>
			)}
			<div class="actions">
				<button id="copy" type="button" class="primary" onClick={() => copy(current)}>
					{t("copyButton")}
				</button>
				<button id="start" type="button" onClick={() => start(current)}>
					{t("startButton")}
				</button>
				<button id="new-room" type="button" onClick={renew}>
					{t("newRoomButton")}
				</button>
			</div>
			<div class="actions secondary">
				<button id="show-qr" type="button" class="small" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
					{showQr ? t("hideQr") : t("showQr")}
				</button>
				<button id="pin" type="button" class="small" aria-expanded={pinning} onClick={() => setPinning(!pinning)}>
					{t("pinButton")}
				</button>
			</div>
			{pinning && <PinForm suggestedName={title.trim()} onPin={pin} onCancel={() => setPinning(false)} />}
			{showQr && <QrCode url={current.roomUrl} />}
			<p id="status" role="status" class={status?.error ? "status error" : "status"}>
				{status?.text}
			</p>
			{fallback && <CopyFallback text={fallback} />}
			<SavedMeetings onCopy={copy} onStart={start} onError={fail} />
			<footer>
				<button id="open-options" type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
					{t("openOptions")}
				</button>
			</footer>
		</main>
	);
}
