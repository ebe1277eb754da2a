import { useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { type Props, SavedLists } from "./saved-lists";

/** Pinned and recent plenums, read and drawn only once opened: the first frame waits for none of it. */
export function SavedPlenums(props: Props) {
	const [open, setOpen] = useState(false);
	return (
		<details id="saved" onToggle={(event) => setOpen(event.currentTarget.open)}>
			<summary>{t("savedHeading")}</summary>
			{open && <SavedLists {...props} />}
		</details>
	);
}
