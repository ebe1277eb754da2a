import type { ComponentChildren } from "preact";

/** A part of the settings page with its heading, which names it for screen readers too. */
export function Section({ id, heading, children }: { id: string; heading: string; children: ComponentChildren }) {
	return (
		<section aria-labelledby={`${id}-heading`}>
			<h2 id={`${id}-heading`}>{heading}</h2>
			{children}
		</section>
	);
}
