import type { Instance } from "../lib/instances";
import { instanceOptions } from "../shared/instance-picker";
import { MeetingLink } from "./meeting-link";

type Props = {
	/** "jitsi", "pad" or "backup": the prefix of the ids. */
	kind: string;
	label: string;
	/** The instances to choose from; none once the plenum is shared, since its places are fixed. */
	instances?: readonly Instance[];
	host: string;
	onChange?: (host: string) => void;
	url: string;
	linkLabel: string;
};

/** Where one part of the plenum is: its instance (chosen, or fixed) and its link. */
export function PlaceField({ kind, label, instances, host, onChange, url, linkLabel }: Props) {
	const linkId = kind === "jitsi" ? "room-link" : `${kind}-link`;
	return (
		<div class="place">
			{instances && onChange ? (
				<>
					<label for={`${kind}-instance`}>{label}</label>
					<select id={`${kind}-instance`} value={host} onChange={(event) => onChange(event.currentTarget.value)}>
						{instanceOptions(instances).map(({ value, label }) => (
							<option key={value} value={value}>
								{label}
							</option>
						))}
					</select>
				</>
			) : (
				<span class="place-label">{label}</span>
			)}
			<MeetingLink id={linkId} url={url} label={linkLabel} />
		</div>
	);
}
