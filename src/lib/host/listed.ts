// The hosts a new one is compared with: the curated instances, always, and those the caller lists
// (the group's own, or whatever else the page shows next to the field).
import { jitsiInstances, padInstances } from "../instances";
import { isStorableHost } from "../settings";
import { type HostResult, refuse } from "./errors";
import { unicodeOf } from "./idna";

// Checked even if a caller leaves them out of `existing`: these are the names worth imitating.
const curatedHosts = [...jitsiInstances, ...padInstances].map((instance) => instance.host);

/** Listed hosts are stored normalised; this forgives a caller passing one as typed. */
function normaliseListed(host: string): string {
	return host.trim().toLowerCase().replace(/\.$/, "");
}

/** Every host to compare with, as people read it (punycode decoded). */
export function listedDisplays(existing: readonly string[]): string[] {
	return [...curatedHosts, ...existing.map(normaliseListed)].map(unicodeOf);
}

/** The last step: refuses a host already listed, else gives the result to store. */
export function checkDuplicate(host: string, display: string, existing: readonly string[]): HostResult {
	if (existing.map(normaliseListed).includes(host)) return refuse("hostErrorDuplicate", display);
	// Every step before should make this hold; checked again because storage relies on it.
	if (!isStorableHost(host)) return refuse("hostErrorInvalid");
	return display === host ? { ok: true, host } : { ok: true, host, display };
}
