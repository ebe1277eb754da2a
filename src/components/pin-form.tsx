import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../lib/browser";

type Props = { suggestedName: string; onPin: (name: string) => void; onCancel: () => void };

/** Names the current room and pad as a recurring plenum ("Monday plenum"). */
export function PinForm({ suggestedName, onPin, onCancel }: Props) {
	const [name, setName] = useState(suggestedName);
	const input = useRef<HTMLInputElement>(null);
	useEffect(() => input.current?.focus(), []);
	return (
		<form
			class="pin-form"
			onSubmit={(event) => {
				event.preventDefault();
				onPin(name.trim() || t("pinDefaultName"));
			}}
		>
			<label for="pin-name">{t("pinNameLabel")}</label>
			<div class="row">
				<input
					id="pin-name"
					ref={input}
					type="text"
					maxLength={200}
					placeholder={t("pinDefaultName")}
					value={name}
					onInput={(event) => setName(event.currentTarget.value)}
				/>
				<button id="pin-save" type="submit">
					{t("pinSave")}
				</button>
				<button type="button" onClick={onCancel}>
					{t("resetCancel")}
				</button>
			</div>
		</form>
	);
}
