import { t } from "../lib/i18n";
import { availableInstances, jitsiInstances, padInstances } from "../lib/instances";
import type { Meeting } from "../lib/links/meeting";
import type { Plenum } from "../lib/plenum/plenum";
import type { Settings } from "../lib/settings";
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
	return (
		<>
			{meeting.voice === "jitsi" && room ? (
				<PlaceField
					kind="jitsi"
					label={t("jitsiLabel")}
					instances={shared ? undefined : availableInstances(jitsiInstances, settings.customJitsiInstances)}
					host={room.host}
					onChange={(jitsiInstance) => save({ jitsiInstance })}
					url={meeting.roomUrl}
					linkLabel={t("roomLinkOn", room.host)}
				/>
			) : (
				<PlaceField
					kind="jitsi"
					label={t("mumbleLinkLabel")}
					host=""
					url={meeting.roomUrl}
					linkLabel={t("mumbleLinkLabel")}
				/>
			)}
			{backup && meeting.backupUrl && (
				<PlaceField
					kind="backup"
					label={t("backupLabel")}
					host={backup.host}
					url={meeting.backupUrl}
					linkLabel={t("backupLinkOn", backup.host)}
				/>
			)}
			{pad && meeting.padUrl && (
				<PlaceField
					kind="pad"
					label={t("padLabel")}
					instances={shared ? undefined : availableInstances(padInstances, settings.customPadInstances)}
					host={pad.host}
					onChange={(padInstance) => save({ padInstance })}
					url={meeting.padUrl}
					linkLabel={t("padLinkOn", pad.host)}
				/>
			)}
		</>
	);
}
