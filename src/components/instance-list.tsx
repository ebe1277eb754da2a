import { useState } from "preact/hooks";
import { t } from "../lib/browser";
import type { Instance } from "../lib/instances";

type Props = {
	/** Prefix for element ids: "jitsi" or "pad". */
	kind: string;
	heading: string;
	placeholder: string;
	curated: readonly Instance[];
	custom: readonly string[];
	/** Resolves to false when storage refused the change (the parent says why). */
	onChange: (custom: string[]) => Promise<boolean>;
};

/** The curated collectives, and the group's own instances with add and remove. */
export function InstanceList({ kind, heading, placeholder, curated, custom, onChange }: Props) {
	const [input, setInput] = useState("");
	const [error, setError] = useState<string>();
	const inputId = `${kind}-new-host`;

	async function add(event: Event) {
		event.preventDefault();
		const existing = [...curated.map((instance) => instance.host), ...custom];
		// Loaded on demand: the check and its Unicode data serve only the moment someone adds a host.
		const { parseInstanceHost } = await import("../lib/host");
		const result = parseInstanceHost(input, existing);
		if (!result.ok) {
			setError(t(result.error, result.substitutions));
			return;
		}
		setError(undefined);
		if (await onChange([...custom, result.host])) setInput("");
	}

	return (
		<section aria-labelledby={`${kind}-heading`}>
			<h2 id={`${kind}-heading`}>{heading}</h2>
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
								onClick={() => onChange(custom.filter((other) => other !== host))}
							>
								{t("removeInstance")}
							</button>
						</li>
					))}
				</ul>
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
						aria-invalid={error ? "true" : undefined}
						aria-describedby={error ? `${inputId}-error` : undefined}
						onInput={(event) => setInput(event.currentTarget.value)}
					/>
					<button type="submit">{t("addInstance")}</button>
				</div>
				{error && (
					<p id={`${inputId}-error`} class="status error" role="alert">
						{error}
					</p>
				)}
			</form>
		</section>
	);
}
