// The languages the extension ships in _locales/ (a unit test keeps this list and the folders in step).
export const languages = ["en", "de", "fr", "it", "es"] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
	return (languages as readonly unknown[]).includes(value);
}
