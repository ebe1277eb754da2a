// Two pages of the extension (a popup and a settings tab, or two settings tabs) may change the
// same stored list at once. Each change reads the freshest data and writes it back while holding
// a lock that every page of the extension shares (Web Locks are per origin), so no write is lost.
const chains = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
	const locks = globalThis.navigator?.locks;
	if (locks) return locks.request(`plenum-launcher:${name}`, work);
	// Where Web Locks are missing (unit tests in Node), at least this page's own changes queue up.
	const next = (chains.get(name) ?? Promise.resolve()).then(work, work);
	chains.set(
		name,
		next.catch(() => undefined),
	);
	return next;
}
