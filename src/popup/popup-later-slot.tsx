import type { FunctionComponent } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { invitationCode } from "./invitation-code";
import type { LaterProps } from "./popup-later";

type Later = FunctionComponent<LaterProps>;

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

let later: Promise<Later> | undefined;

/**
 * The popup's later sections (popup-later.tsx), asked for only once the first view is on
 * screen: the first paint waits neither for their code nor for its evaluation. Until they
 * arrive this renders nothing; they sit below everything the first view shows, so nothing
 * above them moves. Copy, Start and New room do not depend on them.
 */
export function PopupLaterSlot(props: LaterProps) {
	const [Loaded, setLoaded] = useState<Later>();
	// The newest fail of the root's, which makes a new one at each render.
	const fail = useRef(props.model.fail);
	fail.current = props.model.fail;
	useEffect(() => {
		let live = true;
		// Through invitationCode(), which loads this file and keeps the invitation's code it holds
		// for what is drawn from it (the preview among these sections).
		later ??= afterPaint()
			.then(() => Promise.all([import("./popup-later"), invitationCode()]))
			.then(([module]) => module.PopupLater);
		later.then(
			(component) => live && setLoaded(() => component),
			(error: unknown) => {
				// Asked again on the next opening of the slot, not cached as a failure.
				later = undefined;
				if (live) fail.current(error);
			},
		);
		return () => {
			live = false;
		};
	}, []);
	return Loaded ? <Loaded {...props} /> : null;
}
