import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { maxTitleLength } from "../lib/limits";
import type { Repeat } from "../lib/plenum";

type Props = {
	suggestedName: string;
	/** A plenum repeats from its date: without one there is nothing to repeat. */
	canRepeat: boolean;
	onPin: (name: string, repeat?: Repeat) => void;
	onCancel: () => void;
};

const repeats: { value: Repeat; label: "repeatWeekly" | "repeatBiweekly" | "repeatMonthly" }[] = [
	{ value: "weekly", label: "repeatWeekly" },
	{ value: "biweekly", label: "repeatBiweekly" },
	{ value: "monthly", label: "repeatMonthly" },
];

/** Names the current plenum as a recurring one ("Monday plenum"), and how often it meets. */
export function PinForm({ suggestedName, canRepeat, onPin, onCancel }: Props) {
	const [name, setName] = useState(suggestedName);
	const [repeat, setRepeat] = useState<Repeat | "">("");
	const input = useRef<HTMLInputElement>(null);
	useEffect(() => input.current?.focus(), []);
	return (
		<form
			class="pin-form"
			onSubmit={(event) => {
				event.preventDefault();
				onPin(name.trim() || t("pinDefaultName"), repeat || undefined);
			}}
		>
			<label for="pin-name">{t("pinNameLabel")}</label>
			<div class="row">
				<input
					id="pin-name"
					ref={input}
					type="text"
					maxLength={maxTitleLength}
					placeholder={t("pinDefaultName")}
					value={name}
					onInput={(event) => setName(event.currentTarget.value)}
				/>
				<select
					id="pin-repeat"
					aria-label={t("repeatLabel")}
					aria-describedby={canRepeat ? undefined : "pin-repeat-hint"}
					disabled={!canRepeat}
					value={repeat}
					onChange={(event) => {
						const chosen = event.currentTarget.value;
						setRepeat(repeats.find(({ value }) => value === chosen)?.value ?? "");
					}}
				>
					<option value="">{t("repeatNone")}</option>
					{repeats.map(({ value, label }) => (
						<option key={value} value={value}>
							{t(label)}
						</option>
					))}
				</select>
			</div>
			{!canRepeat && (
				<p id="pin-repeat-hint" class="hint">
					{t("repeatNeedsDate")}
				</p>
			)}
			<div class="row">
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
