import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
	checkedTemplate,
	defaultTemplate,
	placeholders,
	renderTemplate,
	syncItemBytes,
	templateProblems,
	templatesBytes,
	usableTemplate,
} from "../../src/lib/invitation/template";
import { repairTemplates } from "../../src/lib/invitation/templates";
import { invitationText, plenumInvitation } from "../../src/lib/invitation-text";
import type { Language } from "../../src/lib/languages";
import { meetingOf } from "../../src/lib/links/meeting";
import { draftPlenum, newDraft } from "../../src/lib/plenum/plenum";
import { defaults } from "../../src/lib/settings";
import { loadLinkFinder } from "../../src/lib/title/title-problem";
import { messageBodyLinks } from "./clients/signal";
import { localeNames, meetingFor, translator } from "./helpers";
import { rawTitle } from "./title-arbitrary";

const keys = (template: string) => templateProblems(template).map((p) => [p.key, p.blocking]);

describe("templateProblems", () => {
	it("finds nothing to say about the default", () => {
		expect(templateProblems(defaultTemplate)).toEqual([]);
	});

	it("names an unknown placeholder and refuses the template", () => {
		const problems = templateProblems("{titel}\n{room}");
		expect(problems[0]).toMatchObject({ key: "templateUnknown", substitutions: ["{titel}"], blocking: true });
		expect(usableTemplate("{titel}\n{room}")).toBe(false);
	});

	it("never lets the room link be left out", () => {
		expect(keys("Hallo ihr Lieben!\n{title}\n{pad}")).toContainEqual(["templateNeedsRoom", true]);
		expect(usableTemplate("{ room }")).toBe(false);
	});

	it("warns, without refusing, about the parts it leaves out", () => {
		const problems = templateProblems("Hallo ihr Lieben!\n{title}\n{room}");
		expect(problems).toEqual([
			{ key: "templateLeavesOut", substitutions: ["{when} {pad} {backup} {mumble} {tips}"], blocking: false },
		]);
		expect(usableTemplate("Hallo ihr Lieben!\n{title}\n{room}")).toBe(true);
	});

	it("waits for the link finder before it accepts a line it must read, and keeps the line in storage meanwhile", async () => {
		const template = "{room}\nAgenda: evil.example.com";
		expect(templateProblems(template)[0]).toMatchObject({ key: "linkCheckPending", blocking: true });
		// Repair runs before the finder is there: the template is kept, and checked before any use.
		expect(usableTemplate(template)).toBe(true);
		expect(await checkedTemplate(template)).toBeUndefined();
		expect(await checkedTemplate("{room}\nz. B. um 19.00 Uhr")).toBe("{room}\nz. B. um 19.00 Uhr");
	});

	it("refuses words that would become links of their own, as in a title, and says which", async () => {
		await loadLinkFinder();
		expect(templateProblems("{room}\nAgenda: evil.example.com")[0]).toMatchObject({
			key: "titleLinkLike",
			substitutions: ["evil.example.com", "evil.example.com"],
		});
		const accepted = (template: string) => !templateProblems(template).some((problem) => problem.blocking);
		expect(accepted("{room}\nhttps://evil.example")).toBe(false);
		expect(accepted("{room}\n{title}.de")).toBe(false);
		// Glued to a placeholder: the title "Info Abend" would make agenda.info.
		expect(accepted("{room}\nAgenda.{title}")).toBe(false);
		expect(accepted("{room}\nz. B. um 19.00 Uhr, e.V.")).toBe(true);
		// Stored, such a template is kept (shown marked), and no invitation uses it.
		expect(usableTemplate("{room}\nhttps://evil.example")).toBe(true);
		expect(await checkedTemplate("{room}\nhttps://evil.example")).toBeUndefined();
	});

	it("refuses invisible and direction-changing characters, which stop Signal from showing links", () => {
		expect(keys("{room}\nHallo\u202e")).toContainEqual(["templateInvisible", true]);
		expect(keys("{room}\nHal\u200blo")).toContainEqual(["templateInvisible", true]);
		expect(usableTemplate("{room}\n  - Hallo 🏳️‍🌈")).toBe(true);
	});
});

describe("renderTemplate", () => {
	const parts = { title: "Plenum", room: "Room:\nhttps://r.example/x", pad: "Pad:\nhttps://p.example/y" };

	it("ends a link's line even when the group's text follows right after it", () => {
		expect(renderTemplate("{room}Tagesordnung!", parts)).toBe("Room:\nhttps://r.example/x\nTagesordnung!");
	});

	it("fills in the parts and takes out a missing one with its line", () => {
		const text = renderTemplate(
			"Hallo ihr Lieben!\n\n{title}\n{when}\n\n{room}\n\n{backup}\n\n{pad}\nTagesordnung im Pad ergänzen!",
			parts,
		);
		expect(text).toBe(
			"Hallo ihr Lieben!\n\nPlenum\n\nRoom:\nhttps://r.example/x\n\nPad:\nhttps://p.example/y\nTagesordnung im Pad ergänzen!",
		);
	});

	it.each(localeNames)("gives today's invitation from the default template (%s)", (locale) => {
		const t = translator(locale);
		const meeting = meetingFor({ ...defaults, backupRoom: true }, "Plenum");
		const custom = invitationText(meeting, { includeTips: true, when: "Thursday" }, t, `${defaultTemplate}\n`);
		expect(custom).toBe(invitationText(meeting, { includeTips: true, when: "Thursday" }, t));
		expect(custom.split("\n\n")[0]).toBe(`Plenum\n${t("invitationWhen", "Thursday")}`);
	});
});

// Templates as a group might write them: its own words, anything a title could hold, every placeholder.
const templateArbitrary = fc
	.tuple(
		fc.array(
			fc.oneof(
				fc.constantFrom(...placeholders.map((name) => `{${name}}`), "\n", "\n\n", "Hallo ihr Lieben!", "- "),
				rawTitle,
			),
			{ maxLength: 20 },
		),
		fc.constantFrom(" ", ""),
	)
	.map(([parts, glue]) => ["{room}", ...parts].join(glue));

describe("a template the options accept", () => {
	// The options accept a template once the link finder has read it.
	beforeAll(() => loadLinkFinder());

	it("plants no link: Signal finds exactly the plenum's own links, each once, in every language", () => {
		let used = 0;
		fc.assert(
			fc.property(templateArbitrary, fc.constantFrom(...localeNames), (template, locale) => {
				if (templateProblems(template).some((problem) => problem.blocking)) return;
				used += 1;
				const meeting = meetingFor({ ...defaults, backupRoom: true }, "Plenum");
				const text = invitationText(meeting, { includeTips: true }, translator(locale), template);
				const ours = [meeting.roomUrl, meeting.padUrl, meeting.backupUrl];
				const found = messageBodyLinks(text);
				expect(found.every((link) => ours.includes(link))).toBe(true);
				expect(found).toContain(meeting.roomUrl);
			}),
			{ numRuns: 1500 },
		);
		expect(used).toBeGreaterThan(200);
	}, 60_000);
});

describe("two languages", () => {
	it.each([
		["de", "en"],
		["fr", "es"],
		["it", "de"],
	])("writes %s, then %s, with each link once", (first, second) => {
		const plenum = draftPlenum({ ...defaults, backupRoom: true }, newDraft(), { title: "Plenum", large: false });
		const meeting = meetingOf(plenum);
		const t2 = translator(second);
		const text = plenumInvitation(
			plenum,
			{
				includeTips: true,
				language: first as Language,
				durationMinutes: 120,
				browserLocales: [],
				now: new Date(),
				second: { language: second as Language, translate: t2, template: "{when}\n{room}\n{pad}\n{tips}" },
			},
			translator(first),
		);
		for (const link of [meeting.roomUrl, meeting.padUrl ?? "", meeting.backupUrl ?? ""]) {
			expect(text.split(link).length, link).toBe(2);
		}
		expect(text).toContain(`${t2("invitationPadHeading")} ${t2("invitationLinkAbove")}`);
		expect(text).toContain(t2("invitationTipHeadset"));
		expect(text).toContain(translator(first)("invitationTipHeadset"));
		expect(messageBodyLinks(text)).toEqual([meeting.roomUrl, meeting.padUrl, meeting.backupUrl]);
	});
});

describe("templates in storage.sync", () => {
	it("counts bytes as the browser does: the key and the JSON value in UTF-8", () => {
		expect(templatesBytes({ de: "ä{room}" })).toBe("invitationTemplates".length + '{"de":"ä{room}"}'.length + 1);
	});

	it("keeps usable templates under languages, in their order, and drops the rest", () => {
		expect(repairTemplates({ fr: "{room} !", de: "{titel}", xx: "{room}", en: 5 })).toEqual({ fr: "{room} !" });
		expect(repairTemplates(["{room}"])).toEqual({});
		expect(Object.keys(repairTemplates({ it: "{room}", de: "{room}" }))).toEqual(["it", "de"]);
	});

	it("never holds more than one item of storage.sync can", () => {
		const long = `{room}\n${"ü".repeat(2000)}`;
		const repaired = repairTemplates({ de: long, en: long, fr: long });
		expect(Object.keys(repaired)).toEqual(["de", "en"]);
		expect(templatesBytes(repaired)).toBeLessThanOrEqual(syncItemBytes);
	});
});
