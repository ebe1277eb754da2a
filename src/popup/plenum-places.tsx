import type { ComponentProps } from "preact";
import { availableInstances, type Instance, jitsiInstances, padInstances } from "../lib/instances";
import type { Meeting } from "../lib/links/meeting";
import type { Plenum } from "../lib/plenum/plenum";
import type { Settings } from "../lib/settings";
import { t } from "../platform/i18n";
import { PlaceField } from "./place-field";

type Props = {
	plenum: Plenum;
	meeting: Meeting;
	settings: Settings;
	/** A shared plenum keeps its places: the invitation people have must stay true. */
	shared: boolean;
	save: (changes: Partial<Settings>) => unknown;
};

/** Where the plenum meets and writes: the room (or Mumble), the backup room and the pad, each with its link. */
export function PlenumPlaces({ plenum, meeting, settings, shared, save }: Props) {
	const { room, backup, pad } = plenum;
	const choice = (curated: readonly Instance[], own: readonly string[]) =>
		shared ? undefined : availableInstances(curated, own);
	const rows: ComponentProps<typeof PlaceField>[] = [
		meeting.voice === "jitsi" && room
			? {
					kind: "jitsi",
					label: t("jitsiLabel"),
					instances: choice(jitsiInstances, settings.customJitsiInstances),
					onChange: (jitsiInstance) => save({ jitsiInstance }),
					host: room.host,
					url: meeting.roomUrl,
					linkLabel: t("roomLinkOn", room.host),
				}
			: { kind: "jitsi", label: t("mumbleLinkLabel"), host: "", url: meeting.roomUrl, linkLabel: t("mumbleLinkLabel") },
	];
	if (backup && meeting.backupUrl) {
		const linkLabel = t("backupLinkOn", backup.host);
		rows.push({ kind: "backup", label: t("backupLabel"), host: backup.host, url: meeting.backupUrl, linkLabel });
	}
	if (pad && meeting.padUrl) {
		rows.push({
			kind: "pad",
			label: t("padLabel"),
			instances: choice(padInstances, settings.customPadInstances),
			onChange: (padInstance) => save({ padInstance }),
			host: pad.host,
			url: meeting.padUrl,
			linkLabel: t("padLinkOn", pad.host),
		});
	}
	return (
		<>
			{rows.map((row) => (
				<PlaceField key={row.kind} {...row} />
			))}
		</>
	);
}
