// The invitation as it must be, written out from the messages, for the component tests to compare
// the popup's copy with, whole.
import type en from "../../_locales/en/messages.json";
import { message } from "./factory";

type Key = keyof typeof en;

const tips = (keys: Key[]) => [message("invitationTipsHeading"), ...keys.map((key) => `- ${message(key)}`)];

function withTitle(title: string, blocks: string[][]): string {
	return [...(title ? [[title]] : []), ...blocks].map((block) => block.join("\n")).join("\n\n");
}

/** A Jitsi room with the default settings: muted start, the pad, the tips. */
export function jitsiInvitation(title: string, room: string, pad: string): string {
	return withTitle(title, [
		[message("invitationRoomHeadingMuted"), room],
		[message("invitationPadHeading"), pad],
		tips(["invitationTipHeadset", "invitationTipMute", "invitationTipTryFirst"]),
	]);
}

/**
 * A large assembly on a Mumble server, with the default settings. The links stand above Signal's
 * fold: the room (its browser link, if any), then the pad, and only then the Mumble app's details.
 */
export function mumbleInvitation(
	title: string,
	server: { host: string; port: number; web?: string; channel?: string },
	pad: string,
) {
	const browser = server.web ? [message("invitationMumbleWebHeading"), server.web] : [message("invitationMumbleNoWeb")];
	return withTitle(title, [
		[message("invitationMumbleHeading"), ...browser],
		[message("invitationPadHeading"), pad],
		[
			message("invitationMumbleAppHeading"),
			message("invitationMumbleServer", server.host),
			message("invitationMumblePort", String(server.port)),
			...(server.channel ? [message("invitationMumbleChannel", server.channel)] : []),
		],
		tips(["invitationTipHeadset", "invitationTipPushToTalk", "invitationTipJoinEarly"]),
	]);
}
