// Turns what a person typed into the options page into a host to store, or a refusal that says
// what is wrong. Pure on purpose: it runs in Node for the tests and in the options page alike,
// which loads it only when someone submits a host.
import { type HostResult, refuse } from "./errors";
import { toAscii } from "./idna";
import { normaliseText, type PortRule, splitAuthority, stripScheme } from "./link";
import { checkDuplicate } from "./listed";
import { checkLookalike } from "./lookalike";
import { checkName } from "./name";
import { checkScripts } from "./scripts";

export { type HostError, type HostResult, hostErrors } from "./errors";
export { defaultMumblePort } from "./link";

export type HostOptions = {
	/** "allowed" for a Mumble server, which may listen on another port; refused by default. */
	port?: PortRule;
};

/**
 * @param input what the person typed
 * @param existing the hosts already listed (curated and the group's own), to refuse duplicates
 *   and look-alikes; the curated ones are compared with even when left out
 */
export function parseInstanceHost(input: string, existing: readonly string[], options: HostOptions = {}): HostResult {
	const text = normaliseText(input);
	if (text === "") return refuse("hostErrorEmpty");
	const link = stripScheme(text);
	if (!link.ok) return link;
	const authority = splitAuthority(link.value, options.port ?? "refused");
	if (!authority.ok) return authority;
	const labels = checkName(authority.value.name);
	if (!labels.ok) return labels;
	// Before the script check: "this only looks like meet.systemli.org" says more than "mixed".
	const lookalike = checkLookalike(labels.value, existing);
	if (!lookalike.ok) return lookalike;
	const scripts = checkScripts(labels.value);
	if (!scripts.ok) return scripts;
	const host = toAscii(labels.value);
	if (!host.ok) return host;
	const result = checkDuplicate(host.value, labels.value.join("."), existing);
	const { port } = authority.value;
	return result.ok && port !== undefined ? { ...result, port } : result;
}
