import { useState } from "preact/hooks";
import { t } from "../lib/i18n";
import type { Props } from "./saved-lists";
import { useOnDemand } from "./use-on-demand";

/** Pinned and recent plenums, read and drawn only once opened: the first frame waits for none of it. */
export function SavedPlenums(props: Props) {
	const [open, setOpen] = useState(false);
	const lists = useOnDemand(() => import("./later"), open);
	return (
		<details id="saved" onToggle={(event) => setOpen(event.currentTarget.open)}>
			<summary>{t("savedHeading")}</summary>
			{open && lists && <lists.SavedLists {...props} />}
		</details>
	);
}
