import { useEffect, useState } from "preact/hooks";
import type { Change } from "../lib/plenum/lists";
import { onStorageChanged } from "../platform/browser";
import { type LocalData, loadLocal, updateLocal } from "../platform/storage";

/**
 * The pinned and the recent plenums as stored, followed as other pages change them, and `run` to
 * change them: the saved lists show and change them without knowing where they are kept.
 */
export function useSavedPlenums(onError: (error: unknown) => void) {
	const [data, setData] = useState<LocalData>();
	useEffect(() => {
		const refresh = () => void loadLocal().then(setData, onError);
		refresh();
		return onStorageChanged("local", refresh);
	}, []);
	const run = (change: Change) => void updateLocal(change).then(setData, onError);
	return { data, run };
}

/** Applies one change to the stored plenums (pinning), resolving to them as stored. */
export function useChangePlenums(): (change: Change) => Promise<LocalData> {
	return updateLocal;
}
