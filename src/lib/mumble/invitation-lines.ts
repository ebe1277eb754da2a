import type { Translate } from "../i18n";
import type { Meeting } from "../links/meeting";
import { mumbleWebUrl, readMumbleRoom } from "./links";

/**
 * The invitation's blocks for a large assembly on Mumble. A mumble:// link is never among them:
 * Signal Desktop makes only http(s) links clickable, and Signal Android turns the host and path
 * inside one into an http:// link that leads nowhere. So: the web link where a web page reaches
 * the server, else a line saying there is none, then server, port and channel for the app.
 */
export function mumbleInvitationBlocks(meeting: Meeting, t: Translate): string[] {
	const room = meeting.mumble ?? readMumbleRoom(meeting.roomUrl);
	if (!room) return [`${t("invitationMumbleHeading")}\n${meeting.roomUrl}`];
	const web = mumbleWebUrl(room);
	const browser = web ? `${t("invitationMumbleWebHeading")}\n${web}` : t("invitationMumbleNoWeb");
	const app = [
		t("invitationMumbleAppHeading"),
		t("invitationMumbleServer", [room.host]),
		t("invitationMumblePort", [`${room.port}`]),
	];
	if (room.channel.length > 0) app.push(t("invitationMumbleChannel", [room.channel.join("/")]));
	return [`${t("invitationMumbleHeading")}\n${browser}`, app.join("\n")];
}
