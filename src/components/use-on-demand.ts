import { useEffect, useState } from "preact/hooks";

/**
 * A module loaded the first time it is wanted (a panel opened, a button used), so the popup's
 * first load carries only what its first frame shows.
 */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): T | undefined {
	const [loaded, setLoaded] = useState<T>();
	useEffect(() => {
		if (wanted && !loaded) void load().then((module) => setLoaded(() => module));
	}, [wanted]);
	return loaded;
}
