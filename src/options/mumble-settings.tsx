import { useState } from "preact/hooks";
import { jitsiComfortableUpTo } from "../lib/assembly-size";
import { maxChannelLength } from "../lib/limits";
import { defaultMumblePort } from "../lib/mumble/room";
import type { Settings } from "../lib/settings";
import { t } from "../platform/i18n";
import { TitleField } from "../shared/title-field";
import { Section } from "./section";
import { useHostCheck } from "./use-host-check";
import { useTextSetting } from "./use-text-setting";

type Props = { settings: Settings; onSave: (patch: Partial<Settings>) => Promise<boolean> };

/** Where a large assembly meets: systemli's web client, or the group's own Mumble server. */
export function MumbleSettings({ settings, onSave }: Props) {
	const host = useHostCheck("mumble-server");
	const channel = useTextSetting(
		settings.mumbleChannel,
		(mumbleChannel) => void onSave({ mumbleChannel }),
		maxChannelLength,
	);
	// What was typed stays in the field while it is refused: bad input loses nothing.
	const [refused, setRefused] = useState<string>();
	const { mumbleServer, mumblePort } = settings;
	const shown = mumbleServer && mumblePort !== defaultMumblePort ? `${mumbleServer}:${mumblePort}` : mumbleServer;

	async function saveServer(input: string) {
		if (input.trim() === "") {
			host.setError(undefined);
			setRefused(undefined);
			void onSave({ mumbleServer: "", mumblePort: defaultMumblePort });
			return;
		}
		// A Mumble server may listen on its own port: it is saved with the server.
		const result = await host.check(input, [], { port: "allowed" });
		setRefused(result ? undefined : input);
		if (result) void onSave({ mumbleServer: result.host, mumblePort: result.port ?? defaultMumblePort });
	}

	return (
		<Section id="mumble" heading={t("mumbleHeading")}>
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
					value={refused ?? shown}
					{...host.inputProps()}
					onChange={(event) => void saveServer(event.currentTarget.value)}
				/>
				{host.message}
			</div>
			<TitleField
				id="mumble-channel"
				label={t("mumbleChannelLabel")}
				placeholder={t("mumbleChannelPlaceholder")}
				{...channel}
			/>
		</Section>
	);
}
