import { describe, expect, it } from "vitest";
import { formatMessage, intlLocale } from "../../src/lib/i18n";
import { languages } from "../../src/lib/languages";

describe("formatMessage", () => {
	const messages = { greet: { message: "Hallo $1, $2 und $$1" } };

	it("substitutes $1-$9 as i18n.getMessage does, and writes $$ as $", () => {
		// @ts-expect-error: a message of this test only, not one of the extension's keys
		expect(formatMessage(messages, "greet", ["Kim", "Sam"])).toBe("Hallo Kim, Sam und $1");
		// @ts-expect-error: as above
		expect(formatMessage(messages, "greet", "Kim")).toBe("Hallo Kim, $2 und $1");
		expect(formatMessage(messages, "copyButton")).toBe("");
	});
});

describe("intlLocale", () => {
	it("takes the first preferred locale of the language that names a region, else the default", () => {
		expect(intlLocale("en", ["de-DE", "en-US", "en-GB"])).toBe("en-US");
		expect(intlLocale("en", ["en", "en-IE"])).toBe("en-IE");
		expect(intlLocale("en", ["en"])).toBe("en-GB");
		expect(intlLocale("de", ["en-US"])).toBe("de-DE");
		expect(intlLocale("de", ["de-CH-u-hc-h12"])).toBe("de-CH");
		expect(intlLocale("fr", ["not a tag", "fr-BE"])).toBe("fr-BE");
		expect(languages.map((language) => intlLocale(language))).toEqual(["en-GB", "de-DE", "fr-FR", "it-IT", "es-ES"]);
	});
});
