import { useState } from "preact/hooks";
import { cleanTitle } from "../lib/title/clean-title";
import { titleProblem } from "../lib/title/title-problem";
import { useTitleVerdict } from "../shared/title-field";

/**
 * A text setting that reaches the invitation (the default title, the Mumble channel), held to
 * the title's rules: saved cleaned, or refused with the reason while what was typed stays in the
 * field, so bad input loses nothing. A stored text the rule refuses is shown, marked, too.
 */
export function useTextSetting(stored: string, save: (text: string) => void, maxLength?: number) {
	const [refused, setRefused] = useState<string>();
	const value = refused ?? stored;
	const verdict = useTitleVerdict(cleanTitle(value, maxLength));
	const problem = typeof verdict === "object" ? verdict : undefined;

	async function onChange(typed: string) {
		const cleaned = cleanTitle(typed, maxLength);
		setRefused(typed);
		const found = await titleProblem(cleaned);
		if (found) return;
		setRefused(undefined);
		save(cleaned);
	}

	return { value, problem, onChange: (typed: string) => void onChange(typed) };
}
