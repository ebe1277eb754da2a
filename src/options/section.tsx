import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

type Props = {
	id: string;
	heading: string;
	/**
	 * Set for a part most groups rarely need: it folds under its heading and opens once it holds
	 * something of the group's own (`open`). Unset, the part is always shown.
	 */
	open?: boolean;
	children: ComponentChildren;
};

/** A part of the settings page with its heading, which names it for screen readers too. */
export function Section({ id, heading, open, children }: Props) {
	const details = useRef<HTMLDetailsElement>(null);
	// Opens when there is something to show (stored settings may arrive after the first frame),
	// but never folds by itself: a later render must not close what the person is working in.
	useLayoutEffect(() => {
		if (open && details.current) details.current.open = true;
	}, [open]);
	const title = <h2 id={`${id}-heading`}>{heading}</h2>;
	return (
		<section aria-labelledby={`${id}-heading`}>
			{open === undefined ? (
				<>
					{title}
					{children}
				</>
			) : (
				<details id={`${id}-details`} ref={details}>
					<summary>{title}</summary>
					{children}
				</details>
			)}
		</section>
	);
}
