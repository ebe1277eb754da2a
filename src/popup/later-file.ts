type LaterFile = typeof import("./popup-later");

let loading: Promise<LaterFile> | undefined;

/**
 * The later sections' file (popup-later.tsx), loaded once for all that comes with it: the later
 * sections, the invitation's code and the stored plenums' code. One dynamic import, so that what
 * the first view shares with it stays one chunk. A failed load is asked for again.
 */
export function laterFile(): Promise<LaterFile> {
	loading ??= import("./popup-later").catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
