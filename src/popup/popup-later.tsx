import type { ComponentProps } from "preact";
import { InvitationDisclosure } from "./invitation-disclosure";
import { OrganiserNote } from "./organiser-note";
import { PlenumExtras } from "./plenum-extras";

export type LaterProps = ComponentProps<typeof PlenumExtras>;

/**
 * What the popup shows below the room's places, needed less often than the first view: the QR
 * code, the calendar file, pinning, the saved plenums, the invitation's preview and the organiser's note. It is its own
 * file, loaded after the first paint (popup-later-slot.tsx), so the room link waits for none of it.
 */
export function PopupLater(props: LaterProps) {
	return (
		<>
			<PlenumExtras key={props.plenum.id} {...props} />
			<InvitationDisclosure invitation={props.invitation} meeting={props.meeting} />
			<OrganiserNote />
		</>
	);
}
