import { type Instance, jitsiInstances, padInstances } from "./instances";
import { isLanguage } from "./languages";

// The user's choices, kept in storage.sync so a person's browsers agree.
// Each setting is its own storage key: one bad value never costs the others.
export const defaults = {
	jitsiInstance: "meet.systemli.org",
	padInstance: "pad.systemli.org",
	customJitsiInstances: [] as string[],
	customPadInstances: [] as string[],
	/** "auto" follows the browser; otherwise one of `languages`. */
	invitationLanguage: "auto" as string,
	startMuted: true,
	includeTips: true,
	includePad: true,
	openPadWithRoom: true,
	defaultTitle: "",
	/** Keep the last rooms used (storage.local, this device only); off keeps no history at all. */
	keepHistory: true,
	/** The group's Mumble server for large assemblies; empty means systemli's web client. */
	mumbleServer: "",
	mumbleChannel: "",
};

export type Settings = typeof defaults;

/** Bumped when a stored key changes meaning; `migrate` then translates older data. */
export const schemaVersion = 1;

export const maxTitleLength = 200;
export const maxCustomInstances = 20;
export const maxChannelLength = 200;

// A host as stored: lowercase ASCII (punycode for IDNs), at least two labels, each 1-63 characters.
const hostPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function isStorableHost(value: unknown): value is string {
	return typeof value === "string" && hostPattern.test(value);
}

function repairHostList(value: unknown, curated: readonly Instance[]): string[] {
	if (!Array.isArray(value)) return [];
	const hosts = value.filter(isStorableHost).filter((host) => !curated.some((i) => i.host === host));
	return [...new Set(hosts)].slice(0, maxCustomInstances);
}

function repairChoice(value: unknown, curated: readonly Instance[], custom: string[], fallback: string): string {
	const known = typeof value === "string" && (curated.some((i) => i.host === value) || custom.includes(value));
	return known ? (value as string) : fallback;
}

function repairBoolean(value: unknown, fallback: boolean): boolean {
	return typeof value === "boolean" ? value : fallback;
}

function repairText(value: unknown, maxLength: number, fallback: string): string {
	return typeof value === "string" && value.length <= maxLength ? value : fallback;
}

/**
 * Turns whatever storage holds (old, corrupt, from a newer version, or hand-edited) into valid
 * settings: unknown keys are dropped and each bad value falls back to its default on its own.
 */
export function repairSettings(stored: unknown): Settings {
	const raw = (typeof stored === "object" && stored !== null ? stored : {}) as Record<string, unknown>;
	const customJitsiInstances = repairHostList(raw.customJitsiInstances, jitsiInstances);
	const customPadInstances = repairHostList(raw.customPadInstances, padInstances);
	return {
		jitsiInstance: repairChoice(raw.jitsiInstance, jitsiInstances, customJitsiInstances, defaults.jitsiInstance),
		padInstance: repairChoice(raw.padInstance, padInstances, customPadInstances, defaults.padInstance),
		customJitsiInstances,
		customPadInstances,
		invitationLanguage:
			raw.invitationLanguage === "auto" || isLanguage(raw.invitationLanguage)
				? raw.invitationLanguage
				: defaults.invitationLanguage,
		startMuted: repairBoolean(raw.startMuted, defaults.startMuted),
		includeTips: repairBoolean(raw.includeTips, defaults.includeTips),
		includePad: repairBoolean(raw.includePad, defaults.includePad),
		openPadWithRoom: repairBoolean(raw.openPadWithRoom, defaults.openPadWithRoom),
		defaultTitle: repairText(raw.defaultTitle, maxTitleLength, defaults.defaultTitle),
		keepHistory: repairBoolean(raw.keepHistory, defaults.keepHistory),
		mumbleServer: isStorableHost(raw.mumbleServer) ? raw.mumbleServer : defaults.mumbleServer,
		mumbleChannel: repairText(raw.mumbleChannel, maxChannelLength, defaults.mumbleChannel),
	};
}

/**
 * Brings data written by an older schema up to this one. Version 1 is the first, so there is
 * nothing to translate yet; data from a newer version is read key by key like any other.
 */
export function migrate(stored: Record<string, unknown>): Settings {
	return repairSettings(stored);
}

/** The keys of `patch` that repair would change: a change the UI must refuse, not store. */
export function invalidKeys(current: Settings, patch: Partial<Settings>): (keyof Settings)[] {
	const repaired = repairSettings({ ...current, ...patch });
	return (Object.keys(patch) as (keyof Settings)[]).filter(
		(key) => JSON.stringify(repaired[key]) !== JSON.stringify(patch[key]),
	);
}
