import { useState } from "preact/hooks";
import type { Instance } from "../lib/instances";
import { maxCustomInstances } from "../lib/limits";
import { t } from "../platform/i18n";
import { Refusal } from "../shared/use-settings";
import { Section } from "./section";
import { useHostCheck } from "./use-host-check";

type Props = {
	/** Prefix for element ids: "jitsi" or "pad". */
	kind: string;
	heading: string;
	placeholder: string;
	curated: readonly Instance[];
	custom: readonly string[];
	/**
	 * Applies a change to the freshest stored list; resolves to false when storage refused it
	 * (the parent says why).
	 */
	onChange: (change: (custom: string[]) => string[]) => Promise<boolean>;
};

/** The curated collectives, and the group's own instances with add and remove. */
export function InstanceList({ kind, heading, placeholder, curated, custom, onChange }: Props) {
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
		if (await onChange(addTo)) setInput("");
	}

	return (
		<Section id={kind} heading={heading}>
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
			<h3>{t("ownInstancesHeading")}</h3>
			{custom.length === 0 ? (
				<p class="hint">{t("ownInstancesEmpty")}</p>
			) : (
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
			)}
			<form class="add-instance" onSubmit={add} noValidate>
				<label for={inputId}>{t("addInstanceLabel")}</label>
				<p class="hint" id={`${inputId}-limit`}>
					{t("ownInstancesLimit", String(maxCustomInstances))}
				</p>
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
				<p class="hint">{t("ownInstancesLoopback")}</p>
			</form>
		</Section>
	);
}
