import { InvitationDisclosure } from "./invitation-disclosure";
import { OrganiserNote } from "./organiser-note";
import { PlenumExtras } from "./plenum-extras";
import { LargeChannel, PlacesFixed } from "./popup-later-notes";
import { StartField } from "./start-field";
import { loadLocal, updateLocal } from "./stored-plenums";
import type { PopupModel } from "./use-popup";

// The invitation's code comes with the later sections, after the first paint (invitation-code.ts).
export { checkedTemplate } from "../lib/invitation/template";
export { plenumInvitation } from "../lib/invitation-text";

// So is the code that reads and writes the stored plenums (storage-code.ts). An object, not
// `export * as`: that needs a helper of esbuild's that would give the chunks both pages share
// (the link finder's) a different name in each page's build, shipping them twice.
export const storage = { loadLocal, updateLocal };

export type LaterProps = { model: PopupModel };

/**
 * What the popup shows below the room's places, needed less often than the first view: why the
 * places are fixed, a large assembly's channel, the date and time, the QR code, the calendar
 * file, pinning, the saved plenums, the invitation's preview and the organiser's note. It is its
 * own file, loaded after the first paint (popup-later-slot.tsx), so the room link waits for none
 * of it: not for the date and time fields either, the costliest elements to style and lay out
 * that the popup has (`npm run bench`, CONTRIBUTING.md).
 */
export function PopupLater(props: LaterProps) {
	return (
		<>
			<PlacesFixed shared={props.model.shared} />
			<LargeChannel model={props.model} />
			<StartField
				typed={props.model.shown.typedStart}
				problem={props.model.shown.startProblem}
				inUtc={props.model.shown.inUtc()}
				asked={props.model.shown.held?.by === "start" ? props.model.shown.held.times : undefined}
				onChange={(start) => props.model.shown.edit({ start })}
			/>
			<PlenumExtras key={props.model.plenum.id} model={props.model} />
			<InvitationDisclosure invitation={props.model.invitation} meeting={props.model.meeting} />
			<OrganiserNote />
		</>
	);
}
