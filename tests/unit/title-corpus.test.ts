import { describe, expect, it } from "vitest";
import { cleanTitle } from "../../src/lib/title/clean-title";
import { findLink as titleProblem } from "../../src/lib/title/find-link";
import { previewLinkify, signalLinkify } from "./clients/signal";
import { titleCorpus } from "./title-corpus";

describe.each(Object.entries(titleCorpus))("realistic titles in %s", (_language, titles) => {
	const refused = titles.filter((title) => titleProblem(cleanTitle(title)));

	it("are almost all accepted", () => {
		expect(titles.length).toBeGreaterThanOrEqual(25);
		expect(refused.length, refused.join(" | ")).toBeLessThanOrEqual(titles.length * 0.03);
	});

	it("are refused only where Signal would really show a link", () => {
		for (const title of refused) expect(signalLinkify.test(title) || previewLinkify.test(title), title).toBe(true);
	});

	it("come through cleaning as typed", () => {
		for (const title of titles) expect(cleanTitle(title)).toBe(title);
	});
});
