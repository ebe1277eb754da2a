import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// Thousands of generated titles each: on a busy machine that takes longer than the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

import { invitationText } from "../../src/lib/invitation-text";
import { defaults } from "../../src/lib/settings";
import { cleanTitle } from "../../src/lib/title/clean-title";
import { findLink as titleProblem } from "../../src/lib/title/find-link";
import {
	findLinks,
	isLinkSneaky,
	linkifyComponentLinks,
	messageBodyLinks,
	previewLinkify,
	shouldLinkifyMessage,
	signalLinkify,
	signalTlds,
} from "./clients/signal";
import { localeNames, meetingFor, translator } from "./helpers";
import { rawTitle } from "./title-arbitrary";

const bidiControls = /[\u202a-\u202e\u2066-\u2069]/;

/** Every way Signal Desktop looks for links in a pasted invitation, each expected to find `links` and only them. */
function expectOnlyLinks(text: string, links: string[]) {
	expect(text).not.toMatch(bidiControls);
	expect(shouldLinkifyMessage(text)).toBe(true);
	// What linkify-it finds with a scheme Signal shows as a link ("//x" alone is found, never linked).
	const found = (signalLinkify.match(text) ?? []).filter((match) => match.schema !== "//");
	expect(found.map((match) => match.url)).toEqual(links);
	expect(found.map((match) => match.text)).toEqual(links);
	expect(messageBodyLinks(text)).toEqual(links);
	expect(linkifyComponentLinks(text)).toEqual(links);
	expect(findLinks(text).filter((link) => !link.startsWith("//"))).toEqual(links);
	for (const link of links) {
		expect(isLinkSneaky(link)).toBe(false);
		expect(isLinkSneaky(link, true)).toBe(false);
	}
}

describe("a title the popup accepts", () => {
	it("leaves the room and pad links the only links Signal finds in the invitation, in every language", () => {
		let accepted = 0;
		let refused = 0;
		fc.assert(
			fc.property(rawTitle, fc.boolean(), fc.boolean(), fc.constantFrom(...localeNames), (raw, pad, muted, locale) => {
				const title = cleanTitle(raw);
				if (titleProblem(title)) {
					refused += 1;
					return;
				}
				accepted += 1;
				const settings = { ...defaults, includePad: pad, startAudioMuted: muted };
				const plenum = meetingFor(settings, title);
				const text = invitationText(plenum, { includeTips: true }, translator(locale));
				expectOnlyLinks(text, plenum.padUrl ? [plenum.roomUrl, plenum.padUrl] : [plenum.roomUrl]);
			}),
			{ numRuns: 2000 },
		);
		// The generated titles must test both sides of the check, not only one.
		expect(accepted).toBeGreaterThan(1000);
		expect(refused).toBeGreaterThan(400);
	});

	// The title starts the invitation's first line; quoted elsewhere, a space or a bracket comes
	// before it. (Glued to a letter or an emoji, ".NET Stammtisch" would start a link: "a.NET".)
	it("holds no link of its own for any of Signal's link finders, alone or inside text", () => {
		fc.assert(
			fc.property(rawTitle, fc.constantFrom("", "Plenum ", "🌱 ", "("), (raw, before) => {
				const title = cleanTitle(raw);
				if (titleProblem(title)) return;
				for (const text of [title, `${before}${title}`, `${title}\n`]) {
					expect(messageBodyLinks(text), text).toEqual([]);
					expect(linkifyComponentLinks(text), text).toEqual([]);
					// Protocol-relative matches ("//x") are found but linked by no app.
					for (const finder of [signalLinkify, previewLinkify]) {
						const links = (finder.match(text) ?? []).filter((match) => match.schema !== "//");
						expect(
							links.map((match) => match.text),
							text,
						).toEqual([]);
					}
				}
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("the check for link-like titles", () => {
	it("covers every top-level domain Signal and linkify-it know: each starts with two letters, or a letter and a mark", () => {
		const twoLetter = /^\p{L}[\p{L}\p{M}]/u;
		for (const tld of signalTlds) expect(tld, tld).toMatch(twoLetter);
		// linkify-it's own list, which the composer's link preview uses, less "web": no top-level domain of the
		// root zone, so the preview fetches nothing and the message shows no link.
		for (const tld of ["biz", "com", "edu", "gov", "net", "org", "pro", "xxx", "aero", "asia", "coop", "info"]) {
			expect(previewLinkify.test(`x.${tld}`), tld).toBe(true);
			expect(titleProblem(`x.${tld}`), tld).toBeDefined();
		}
		for (const tld of signalTlds) expect(titleProblem(`plenum.${tld}`), tld).toBeDefined();
	});

	it("refuses what Signal would turn into a link (the model is not blind)", () => {
		for (const title of ["Plenum evil.de", "x@1.2.3.4", "mailto:a@b", "https://a.bc", "пример.рф"]) {
			expect(signalLinkify.test(title) || previewLinkify.test(title), title).toBe(true);
			expect(titleProblem(cleanTitle(title)), title).toBeDefined();
		}
		// Signal Desktop shows no link at all in a message with a bidi override; the title cannot carry one in.
		expect(shouldLinkifyMessage("Plenum \u202e")).toBe(false);
		expect(cleanTitle("Plenum \u202e")).toBe("Plenum");
	});
});
