// The group's own invitation on the settings page: a template per language, refused with its reason
// while it cannot be used (nothing stored, nothing typed lost), stored and previewed with a sample
// plenum when it can, and a way back to today's text.
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { defaultTemplate, syncItemBytes, templatesBytes } from "../../src/lib/invitation/template";
import { byId, inLanguage, message, renderOptions, seed, testSettings } from "./factory";
import { fake } from "./fake-browser";

const sync = () => fake.stored("sync");
const field = () => byId<HTMLTextAreaElement>("template-text");
const preview = () => byId("template-preview").textContent ?? "";
const problems = (kind: "status error" | "hint") =>
	[...byId("template-problems").querySelectorAll("li")]
		.filter((item) => item.className === kind)
		.map((item) => item.textContent);

function type(text: string) {
	fireEvent.input(field(), { target: { value: text } });
}

/** Waits for anything a refused template might still write, then checks nothing was. */
async function expectUnchanged(before: Record<string, unknown>) {
	await new Promise((resolve) => setTimeout(resolve, 50));
	expect(sync()).toEqual(before);
}

/** The refusal: its reason (the text, or a matcher for it) shown as an error, the field marked, and what was typed kept. */
async function expectRefused(reason: unknown, typed: string) {
	await waitFor(() => expect(problems("status error")).toEqual([reason]));
	expect(field().getAttribute("aria-invalid")).toBe("true");
	expect(field().getAttribute("aria-describedby")).toContain("template-problems");
	expect(field().value).toBe(typed);
}

const roomLine = /^https:\/\/meet\.systemli\.org\/[a-z0-9-]+#config\.startWithAudioMuted=true/;

describe("the group's own invitation", () => {
	it("starts from today's text with nothing stored, previewing the sample plenum", async () => {
		await renderOptions();
		expect(field().value).toBe(defaultTemplate);
		expect(byId<HTMLButtonElement>("template-reset").disabled).toBe(true);
		await waitFor(() => expect(preview()).not.toBe(""));
		const lines = preview().split("\n");
		expect(lines[0]).toBe(message("templateSampleTitle"));
		expect(lines).toContain(message("invitationRoomHeadingMuted"));
		expect(lines.some((line) => roomLine.test(line))).toBe(true);
		expect(lines).toContain(message("invitationPadHeading"));
		expect(lines).toContain(`- ${message("invitationTipHeadset")}`);
		expect(sync().invitationTemplates).toBeUndefined();
	});

	it("names a misspelt placeholder and stores nothing, keeping what was typed", async () => {
		await renderOptions();
		const before = sync();
		const typed = "Hallo ihr Lieben!\n{tilte}\n\n{room}";
		type(typed);
		await expectRefused(message("templateUnknown", "{tilte}"), typed);
		await expectUnchanged(before);
	});

	it("refuses a template without the room link, saying it is needed", async () => {
		await renderOptions();
		const before = sync();
		const typed = "{title}\n\n{pad}";
		type(typed);
		await expectRefused(message("templateNeedsRoom", "{room}"), typed);
		await expectUnchanged(before);
	});

	it("refuses words of the group's own that would become a link in a chat app", async () => {
		await renderOptions();
		const before = sync();
		// The reason names the words and where the chat app's link would lead.
		for (const [typed, word, link] of [
			["Agenda: evil.example.com\n{room}", "evil.example.com", "evil.example.com"],
			["{room}\nMore at https://evil.example/plenum", "https://evil.example/plenum", "https://evil.example/plenum"],
		] as [string, string, string][]) {
			type(typed);
			await expectRefused(message("titleLinkLike", word, link), typed);
		}
		// Words glued to a placeholder: "Agenda.{title}" becomes a link once the title is filled in
		// ("Agenda.Berlin Plenum" is a link to agenda.berlin), so it is refused as such, naming
		// "Agenda." and what stands in for the title.
		const glued = "Agenda.{title}\n{room}";
		type(glued);
		const [marker, linkMarker] = ["\u0001", "\u0002"];
		const pattern = message("titleLinkLike", marker, linkMarker)
			.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
			.replace(marker, "Agenda\\.\\S+")
			.replace(linkMarker, "agenda\\.\\S+");
		await expectRefused(expect.stringMatching(new RegExp(`^${pattern}$`, "i")), glued);
		await expectUnchanged(before);
	});

	it("stores a usable template in sync and previews the sample plenum with it", async () => {
		await renderOptions();
		const template = "Hallo ihr Lieben!\n{title}\n\n{room}\n\n{pad}\n\nTagesordnung im Pad ergänzen!";
		type(template);
		await waitFor(() => expect(sync()).toMatchObject({ invitationTemplates: { en: template }, version: 2 }));
		expect(problems("status error")).toEqual([]);
		expect(field().getAttribute("aria-invalid")).toBeNull();
		// What it leaves out is said, without refusing it.
		expect(problems("hint")).toEqual([message("templateLeavesOut", "{when} {backup} {mumble} {tips}")]);
		await waitFor(() => expect(preview().startsWith("Hallo ihr Lieben!\n")).toBe(true));
		const lines = preview().split("\n");
		expect(lines.slice(0, 4)).toEqual([
			"Hallo ihr Lieben!",
			message("templateSampleTitle"),
			"",
			message("invitationRoomHeadingMuted"),
		]);
		expect(lines[4]).toMatch(roomLine);
		expect(lines.slice(5, 7)).toEqual(["", message("invitationPadHeading")]);
		expect(lines[7]).toMatch(/^https:\/\/pad\.systemli\.org\/p\/[a-z0-9-]+$/);
		expect(lines.slice(8)).toEqual(["", "Tagesordnung im Pad ergänzen!"]);
		expect(preview()).not.toContain(message("invitationTipsHeading"));
	});

	it("goes back to today's text on reset, storing no template", async () => {
		await seed({ sync: testSettings({ invitationTemplates: { en: "Hallo!\n{room}" } }) });
		await renderOptions();
		expect(field().value).toBe("Hallo!\n{room}");
		await waitFor(() => expect(preview().startsWith("Hallo!\n")).toBe(true));
		const reset = byId<HTMLButtonElement>("template-reset");
		expect(reset.disabled).toBe(false);
		expect(reset.textContent).toBe(message("templateReset"));
		fireEvent.click(reset);
		await waitFor(() => expect(sync().invitationTemplates).toEqual({}));
		expect(field().value).toBe(defaultTemplate);
		expect(byId<HTMLButtonElement>("template-reset").disabled).toBe(true);
		await waitFor(() => expect(preview().split("\n")[0]).toBe(message("templateSampleTitle")));
		expect(preview()).toContain(message("invitationTipsHeading"));
	});

	it("states storage.sync's limit with the bytes the templates would take, storing nothing", async () => {
		await renderOptions();
		const before = sync();
		const typed = `{room}\n${"Tagesordnung im Pad ergänzen! ".repeat(280)}`;
		const bytes = templatesBytes({ en: typed });
		expect(bytes).toBeGreaterThan(syncItemBytes);
		type(typed);
		await expectRefused(message("templateTooLong", String(bytes), String(syncItemBytes)), typed);
		await expectUnchanged(before);
	});

	it("keeps one template per language, each previewed in its language", async () => {
		await seed({ sync: testSettings({ invitationTemplates: { en: "Hi all!\n{room}" } }) });
		await renderOptions();
		expect(byId<HTMLSelectElement>("template-language").value).toBe("en");
		expect(field().value).toBe("Hi all!\n{room}");

		fireEvent.change(byId("template-language"), { target: { value: "de" } });
		await waitFor(() => expect(field().value).toBe(defaultTemplate));
		expect(field().getAttribute("lang")).toBe("de");
		const german = "Hallo ihr Lieben!\n{room}\n\n{pad}";
		type(german);
		await waitFor(() => expect(sync().invitationTemplates).toEqual({ en: "Hi all!\n{room}", de: german }));
		await waitFor(() =>
			expect(preview().split("\n").slice(0, 2)).toEqual([
				"Hallo ihr Lieben!",
				inLanguage("de", "invitationRoomHeadingMuted"),
			]),
		);
		expect(preview()).toContain(inLanguage("de", "invitationPadHeading"));

		// Back to English: its own template, untouched.
		fireEvent.change(byId("template-language"), { target: { value: "en" } });
		await waitFor(() => expect(field().value).toBe("Hi all!\n{room}"));
		await waitFor(() =>
			expect(preview().split("\n").slice(0, 2)).toEqual(["Hi all!", message("invitationRoomHeadingMuted")]),
		);
		// Resetting German drops its template only.
		fireEvent.change(byId("template-language"), { target: { value: "de" } });
		await waitFor(() => expect(field().value).toBe(german));
		fireEvent.click(byId("template-reset"));
		await waitFor(() => expect(sync().invitationTemplates).toEqual({ en: "Hi all!\n{room}" }));
	});
});
