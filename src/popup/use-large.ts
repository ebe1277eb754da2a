import { useEffect, useState } from "preact/hooks";
import { maxChannelLength } from "../lib/limits";
import type { Settings } from "../lib/settings";
import { cleanTitle } from "../lib/title/clean-title";
import { titleProblem } from "../lib/title/title-problem";
import { useTitleVerdict } from "../shared/title-field";

/**
 * The "Large assembly" switch and the Mumble channel a new plenum meets in.
 *
 * The switch is remembered (a setting): a group that holds its assemblies on Mumble expects to
 * find it on at the next opening. It follows at once in the popup; a write that fails is shown
 * by the settings hook and the popup keeps the switch where it was put.
 *
 * A Mumble channel has no secret name, and on systemli's public server the root channel is where
 * every stranger arrives: a plenum there without a channel of its own would meet among them. So
 * when the settings name no channel (or one the title rule refuses) and no server of the group's
 * own, the popup asks for one, proposing the title until something is typed.
 */
export function useLarge(settings: Settings, save: (patch: Partial<Settings>) => unknown, title: string) {
	const [large, setShown] = useState(settings.largeAssembly);
	useEffect(() => setShown(settings.largeAssembly), [settings.largeAssembly]);
	const [typed, setTyped] = useState<string>();
	const settingsVerdict = useTitleVerdict(settings.mumbleChannel);
	const set = settingsVerdict === undefined ? settings.mumbleChannel : "";
	// "/" would make the title a channel inside another one.
	const channel = cleanTitle(typed ?? title.replaceAll("/", "-"), maxChannelLength);
	const verdict = useTitleVerdict(channel);
	const asks = settings.mumbleServer === "" && set === "" && settingsVerdict !== "checking";

	/** The channel a plenum gets now, checked; undefined when one is needed and none passes the rule. */
	async function checkedChannel(): Promise<string | undefined> {
		if (settings.mumbleChannel !== "" && !(await titleProblem(settings.mumbleChannel))) return settings.mumbleChannel;
		if (settings.mumbleServer !== "") return "";
		return channel !== "" && !(await titleProblem(channel)) ? channel : undefined;
	}

	return {
		large,
		setLarge(on: boolean) {
			setShown(on);
			void save({ largeAssembly: on });
		},
		/** True while a new large assembly needs a channel typed into the popup. */
		asks: large && asks,
		/** What the channel field shows (typed, or the proposal), and the rule's verdict on it. */
		channel,
		verdict: typeof verdict === "object" ? verdict : undefined,
		typeChannel: setTyped,
		/** The channel the shown plenum has: the settings', or the one asked for once it passes. */
		shownChannel: set || (asks && verdict === undefined ? channel : ""),
		checkedChannel,
	};
}
