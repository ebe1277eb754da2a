import type { MessageKey } from "./browser";

/** The contents of a `_locales/xx/messages.json`. */
export type LocaleMessages = Partial<Record<string, { message: string }>>;

/**
 * Reads a message the way `i18n.getMessage` does for the $1-$9 substitutions this project uses,
 * so text can be made in a language other than the browser's (the invitation language setting).
 */
export function formatMessage(messages: LocaleMessages, key: MessageKey, substitutions: string[] = []): string {
	const message = messages[key]?.message ?? "";
	return message.replace(/\$(\d|\$)/g, (match, ref: string) =>
		ref === "$" ? "$" : (substitutions[Number(ref) - 1] ?? match),
	);
}
