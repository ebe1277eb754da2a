import { useState } from "preact/hooks";
import type { HostOptions } from "../lib/host";
import { t } from "../platform/i18n";

/**
 * A host field's check and its message: what someone typed becomes a host to store, or a clear
 * refusal shown under the field. The checker and its Unicode data are loaded only when a host is
 * actually submitted.
 */
export function useHostCheck(id: string) {
	const [error, setError] = useState<string>();

	async function check(input: string, existing: readonly string[] = [], options?: HostOptions) {
		const { parseInstanceHost } = await import("../lib/host");
		const result = parseInstanceHost(input, existing, options);
		setError(result.ok ? undefined : t(result.error, result.substitutions));
		return result.ok ? result : undefined;
	}

	const errorId = `${id}-error`;
	return {
		check,
		setError,
		/** For the input: whether it is refused, and where the reason is (else `hint`). */
		inputProps: (hint?: string) => ({
			"aria-invalid": error ? ("true" as const) : undefined,
			"aria-describedby": error ? errorId : hint,
		}),
		message: error && (
			<p id={errorId} class="status error" role="alert">
				{error}
			</p>
		),
	};
}
