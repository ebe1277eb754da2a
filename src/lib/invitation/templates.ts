import { isLanguage, type Language } from "../languages";
import { syncItemBytes, templatesBytes, usableTemplate } from "./template";

export type Templates = Partial<Record<Language, string>>;

/**
 * The templates as stored: each a usable one under a language, in the order stored. A set
 * over storage.sync's limit for one item never got there; one read from elsewhere is kept
 * as far as it fits, the first languages first.
 */
export function repairTemplates(value: unknown): Templates {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
	const kept: Templates = {};
	for (const [language, template] of Object.entries(value)) {
		if (!isLanguage(language) || !usableTemplate(template)) continue;
		if (templatesBytes({ ...kept, [language]: template }) > syncItemBytes) continue;
		kept[language] = template;
	}
	return kept;
}
