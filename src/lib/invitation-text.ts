import type { MessageKey } from "./browser";

export type Translate = (key: MessageKey, substitutions?: string[]) => string;

export type InvitationParts = {
	title: string;
	roomUrl: string;
	/** Absent when the group chose to meet without a pad. */
	padUrl?: string;
	includeTips: boolean;
};

/**
 * Plain text for Signal, Telegram, XMPP or e-mail: every link alone on its line,
 * so every messenger finds it whole.
 */
export function invitationText({ title, roomUrl, padUrl, includeTips }: InvitationParts, t: Translate): string {
	const blocks: string[] = [];
	if (title.trim()) blocks.push(title.trim());
	blocks.push(`${t("invitationRoomHeading")}\n${roomUrl}`);
	if (padUrl) blocks.push(`${t("invitationPadHeading")}\n${padUrl}`);
	if (includeTips) {
		const tips: MessageKey[] = ["invitationTipHeadset", "invitationTipMute", "invitationTipTryFirst"];
		blocks.push([t("invitationTipsHeading"), ...tips.map((key) => `- ${t(key)}`)].join("\n"));
	}
	return blocks.join("\n\n");
}
