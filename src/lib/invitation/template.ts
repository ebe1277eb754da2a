import type { MessageKey } from "../i18n";
import { cleanTitle } from "../title/clean-title";
import { checking, loadLinkFinder, titleVerdict } from "../title/title-problem";

// A group's own invitation: its text with placeholders for the parts the extension fills in.
// Each part is a block with its own heading (the room's says how to join); a part the plenum
// lacks (no date, no pad) is left out together with the blank lines around it.

export const placeholders = ["title", "when", "room", "pad", "backup", "mumble", "tips"] as const;
export type Placeholder = (typeof placeholders)[number];
export type Parts = Partial<Record<Placeholder, string>>;

/** Today's invitation, as a template: the links come right after the head, before the rest. */
export const defaultTemplate = "{title}\n{when}\n\n{room}\n\n{pad}\n\n{backup}\n\n{mumble}\n\n{tips}";

// storage.sync keeps each item to 8 KiB (QUOTA_BYTES_PER_ITEM: the key plus its JSON value, in UTF-8).
export const syncItemBytes = 8192;
export const templatesKey = "invitationTemplates";

const token = /\{([^{}\s]{1,30})\}/g;
const endsInLink: ReadonlySet<string> = new Set<Placeholder>(["room", "pad", "backup"]);

export type TemplateProblem = { key: MessageKey; substitutions: string[]; blocking: boolean };

const isPlaceholder = (name: string): name is Placeholder => (placeholders as readonly string[]).includes(name);

/** The bytes storage.sync counts for the templates: a limit stated by the real rule. */
export function templatesBytes(templates: Record<string, string>): number {
	return new TextEncoder().encode(templatesKey + JSON.stringify(templates)).length;
}

/**
 * What is wrong with a template, most important first. Blocking: an unknown placeholder, no room
 * link, text that hides invisible characters, and (unless `links` is "kept", as for stored data)
 * text that would become a link of its own or that the link finder, still loading, has yet to
 * read. Not blocking: a part the invitation will then not hold.
 */
export function templateProblems(template: string, links: "read" | "kept" = "read"): TemplateProblem[] {
	const problems: TemplateProblem[] = [];
	const used = new Set<string>();
	for (const [, name = ""] of template.matchAll(token)) {
		used.add(name);
		if (!isPlaceholder(name)) problems.push({ key: "templateUnknown", substitutions: [`{${name}}`], blocking: true });
	}
	if (!used.has("room")) problems.push({ key: "templateNeedsRoom", substitutions: ["{room}"], blocking: true });
	// The group's own words meet the rule every title meets: no address that would become a link.
	// Text glued to a placeholder could make an address of what fills it: "{title}.de", or
	// "Agenda.{title}" with the title "Info Abend" (agenda.info). So a placeholder is read as "de",
	// which is a top-level domain and a host label alike: either gluing is found.
	for (const line of template.replace(token, "de").split("\n")) {
		const spaced = line
			.normalize("NFC")
			.replace(/[ \t]+/g, " ")
			.trim();
		const clean = cleanTitle(spaced, Number.MAX_SAFE_INTEGER);
		if (clean !== spaced) {
			problems.push({ key: "templateInvisible", substitutions: [spaced.slice(0, 40)], blocking: true });
			continue;
		}
		if (links === "kept") continue;
		const verdict = titleVerdict(clean);
		if (verdict === checking) problems.push({ key: "linkCheckPending", substitutions: [], blocking: true });
		else if (verdict) problems.push({ key: verdict.key, substitutions: [verdict.part, verdict.link], blocking: true });
	}
	const missing = placeholders.filter((name) => !used.has(name));
	if (missing.length > 0 && used.has("room")) {
		problems.push({
			key: "templateLeavesOut",
			substitutions: [missing.map((n) => `{${n}}`).join(" ")],
			blocking: false,
		});
	}
	return problems;
}

/**
 * Whether a template can be kept as stored. Its words are not read for links here: like a stored
 * title, a template the link rule refuses is kept (the settings page shows it, marked), and
 * `checkedTemplate` keeps it out of every invitation until it is changed.
 */
export function usableTemplate(template: unknown): template is string {
	return typeof template === "string" && !templateProblems(template, "kept").some((p) => p.blocking);
}

/**
 * The template as an invitation may use it: every line read by the link finder (loaded when a
 * line needs it), or undefined (the default template) when the rule refuses it.
 */
export async function checkedTemplate(template: string | undefined): Promise<string | undefined> {
	if (template === undefined) return undefined;
	if (templateProblems(template).some((p) => p.key === "linkCheckPending")) await loadLinkFinder();
	return templateProblems(template).some((p) => p.blocking) ? undefined : template;
}

/**
 * The invitation: each placeholder replaced by its part, a missing part taken out with its line,
 * no more than one blank line in a row, no blank lines around the whole.
 */
export function renderTemplate(template: string, parts: Parts): string {
	const filled = template.replace(token, (whole, name: string, at: number) => {
		if (!isPlaceholder(name)) return whole;
		const part = parts[name] ?? "";
		// A link ends its line: text typed right after "{room}" would otherwise become part of the link.
		const next = template[at + whole.length];
		return part && endsInLink.has(name) && next !== undefined && next !== "\n" ? `${part}\n` : part;
	});
	return filled
		.split("\n")
		.map((line) => line.trimEnd())
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.trim();
}
