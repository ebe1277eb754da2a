import { useState } from "preact/hooks";
import { jitsiComfortableUpTo } from "../lib/assembly-size";
import { t } from "../lib/browser";
import { maxChannelLength, type Settings } from "../lib/settings";

type Props = { settings: Settings; onSave: (patch: Partial<Settings>) => Promise<boolean> };

/** Where a large assembly meets: systemli's web client, or the group's own Mumble server. */
export function MumbleSettings({ settings, onSave }: Props) {
	const [error, setError] = useState<string>();

	async function saveServer(input: string) {
		if (input.trim() === "") {
			setError(undefined);
			void onSave({ mumbleServer: "" });
			return;
		}
		// Loaded on demand: the check and its Unicode data serve only the moment a server is typed.
		const { mumbleDefaultPort, parseInstanceHost } = await import("../lib/host");
		// A Mumble server may listen on its own port: it is saved with the server, 64738 when none is typed.
		const result = parseInstanceHost(input, [], { port: "allowed" });
		if (!result.ok) {
			setError(t(result.error, result.substitutions));
			return;
		}
		setError(undefined);
		void onSave({ mumbleServer: result.host, mumblePort: result.port ?? mumbleDefaultPort });
	}

	return (
		<section aria-labelledby="mumble-heading">
			<h2 id="mumble-heading">{t("mumbleHeading")}</h2>
			<p class="hint">{t("mumbleHint", String(jitsiComfortableUpTo))}</p>
			<div class="field">
				<label for="mumble-server">{t("mumbleServerLabel")}</label>
				<input
					id="mumble-server"
					type="text"
					inputMode="url"
					autoComplete="off"
					spellcheck={false}
					placeholder="mumble.example.org"
					value={settings.mumbleServer}
					aria-invalid={error ? "true" : undefined}
					aria-describedby={error ? "mumble-server-error" : undefined}
					onChange={(event) => void saveServer(event.currentTarget.value)}
				/>
				{error && (
					<p id="mumble-server-error" class="status error" role="alert">
						{error}
					</p>
				)}
			</div>
			<div class="field">
				<label for="mumble-channel">{t("mumbleChannelLabel")}</label>
				<input
					id="mumble-channel"
					type="text"
					maxLength={maxChannelLength}
					placeholder={t("mumbleChannelPlaceholder")}
					value={settings.mumbleChannel}
					onChange={(event) => void onSave({ mumbleChannel: event.currentTarget.value.trim() })}
				/>
			</div>
		</section>
	);
}
