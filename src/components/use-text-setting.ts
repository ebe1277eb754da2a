import { useState } from "preact/hooks";
import { cleanTitle } from "../lib/title/clean-title";
import { type TitleProblem, titleProblem } from "../lib/title/title-problem";

/**
 * A text setting that reaches the invitation (the default title, the Mumble channel), held to
 * the title's rules: saved cleaned, or refused with the reason while what was typed stays in the
 * field, so bad input loses nothing.
 */
export function useTextSetting(stored: string, save: (text: string) => void, maxLength?: number) {
	const [refused, setRefused] = useState<string>();
	const [problem, setProblem] = useState<TitleProblem>();

	function onChange(typed: string) {
		const cleaned = cleanTitle(typed, maxLength);
		const found = titleProblem(cleaned);
		setProblem(found);
		setRefused(found ? typed : undefined);
		if (!found) save(cleaned);
	}

	return { value: refused ?? stored, problem, onChange };
}
