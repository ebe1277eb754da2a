import type { FunctionComponent } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";

/**
 * Resolves after the browser has painted the frame it is drawing: an animation frame comes just
 * before a paint, a task queued from it runs after. A page in the background gets no animation
 * frames, so a timer stands in there.
 */
function afterPaint(): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, 100);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timer);
				resolve();
			}),
		);
	});
}

/**
 * A slot for a page's later parts: their code is asked for only once the first view is on
 * screen, so the first paint waits neither for its download nor for its evaluation. Until they
 * arrive the slot renders nothing; they sit below everything the first view shows, so nothing
 * above them moves. `failOf` names where a failed load is reported; the next slot asks again.
 */
export function laterSlot<P extends object>(
	load: () => Promise<FunctionComponent<P>>,
	failOf: (props: P) => (error: unknown) => void,
): FunctionComponent<P> {
	let later: Promise<FunctionComponent<P>> | undefined;
	return function LaterSlot(props: P) {
		const [Loaded, setLoaded] = useState<FunctionComponent<P>>();
		// The newest report of the page's, which may make a new one at each render.
		const fail = useRef(failOf(props));
		fail.current = failOf(props);
		useEffect(() => {
			let live = true;
			later ??= afterPaint().then(load);
			later.then(
				(component) => live && setLoaded(() => component),
				(error: unknown) => {
					later = undefined;
					if (live) fail.current(error);
				},
			);
			return () => {
				live = false;
			};
		}, []);
		return Loaded ? <Loaded {...props} /> : null;
	};
}
