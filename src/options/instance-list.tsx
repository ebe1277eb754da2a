import { useState } from "preact/hooks";
import type { Instance } from "../lib/instances";
import { availableInstances } from "../lib/instances";
import { maxCustomInstances } from "../lib/limits";
import { t } from "../platform/i18n";
import { InstancePicker } from "../shared/instance-picker";
import { Refusal } from "../shared/use-settings";
import { Section } from "./section";
import { useHostCheck } from "./use-host-check";

type Props = {
	/** Prefix for element ids: "jitsi" or "pad". */
	kind: string;
	heading: string;
	pickerLabel: string;
	placeholder: string;
	curated: readonly Instance[];
	custom: readonly string[];
	/** The instance new plenums use. */
	chosen: string;
	onChoose: (host: string) => void;
	/**
	 * Applies a change to the freshest stored list, choosing `choose` with it when given; resolves
	 * to false when storage refused it (the parent says why).
	 */
	onChange: (change: (custom: string[]) => string[], choose?: string) => Promise<boolean>;
};

/**
 * One kind of instance in one place: the picker that chooses it, the group's own with add and
 * remove right below it, and who runs the listed ones.
 */
export function InstanceList(props: Props) {
	const { kind, heading, pickerLabel, placeholder, curated, custom, chosen, onChoose, onChange } = props;
	const [input, setInput] = useState("");
	const inputId = `${kind}-new-host`;
	const host = useHostCheck(inputId);

	async function add(event: Event) {
		event.preventDefault();
		if (custom.length >= maxCustomInstances) {
			host.setError(t("ownInstancesFull", String(maxCustomInstances)));
			return;
		}
		const result = await host.check(input, [...curated.map((instance) => instance.host), ...custom]);
		if (!result) return;
		const added = result.host;
		// Checked again on the freshest list: another settings tab may have filled it meanwhile.
		const addTo = (list: string[]) => {
			if (list.includes(added)) return list;
			if (list.length >= maxCustomInstances) {
				const full = t("ownInstancesFull", String(maxCustomInstances));
				host.setError(full);
				throw new Refusal(full);
			}
			return [...list, added];
		};
		// A group adds its own instance to meet there: it becomes the one new plenums use.
		if (await onChange(addTo, added)) setInput("");
	}

	return (
		<Section id={kind} heading={heading}>
			<InstancePicker
				id={`${kind}-instance`}
				label={pickerLabel}
				instances={availableInstances(curated, custom)}
				value={chosen}
				onChange={onChoose}
			/>
			{custom.length > 0 && (
				<>
					<h3>{t("ownInstancesHeading")}</h3>
					<ul class="instances">
						{custom.map((host) => (
							<li key={host}>
								{host}{" "}
								<button
									type="button"
									class="link-button"
									aria-label={t("removeInstanceLabel", host)}
									onClick={() => onChange((list) => list.filter((other) => other !== host))}
								>
									{t("removeInstance")}
								</button>
							</li>
						))}
					</ul>
				</>
			)}
			<form class="add-instance" onSubmit={add} noValidate>
				<label for={inputId}>{t("addInstanceLabel")}</label>
				<div class="row">
					<input
						id={inputId}
						type="text"
						inputMode="url"
						autoComplete="off"
						spellcheck={false}
						placeholder={placeholder}
						value={input}
						{...host.inputProps(`${inputId}-limit`)}
						onInput={(event) => setInput(event.currentTarget.value)}
					/>
					<button type="submit">{t("addInstance")}</button>
				</div>
				{host.message}
				<p class="hint">
					<span id={`${inputId}-limit`}>{t("ownInstancesLimit", String(maxCustomInstances))}</span>{" "}
					{t("ownInstancesLoopback")}
				</p>
			</form>
			<details class="collectives">
				<summary>{t("curatedInstancesSummary")}</summary>
				<ul class="instances">
					{curated.map(({ host, collective, homepage }) => (
						<li key={host}>
							{host} ·{" "}
							<a href={homepage} target="_blank" rel="noreferrer">
								{collective}
							</a>
						</li>
					))}
				</ul>
			</details>
		</Section>
	);
}
