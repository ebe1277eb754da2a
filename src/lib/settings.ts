import { type Instance, jitsiInstances, padInstances } from "./instances";
import { repairTemplates } from "./invitation/templates";
import { isLanguage, type Language } from "./languages";
import { maxChannelLength } from "./limits";
import { defaultMumblePort } from "./mumble/room";
import { usableTitle } from "./title/usable-title";

// The user's choices, kept in storage.sync so a person's browsers agree. Each setting is its own
// storage key: one bad value never costs the others; how older versions stored them is
// migrations/settings.ts's. `Settings` is the type of the defaults; `choice` names a default's
// type where its literal alone would be too narrow.
const choice = <T>(value: T): T => value;

export const defaults = {
	jitsiInstance: "meet.systemli.org",
	padInstance: "pad.systemli.org",
	customJitsiInstances: choice<string[]>([]),
	customPadInstances: choice<string[]>([]),
	/** "auto" follows the browser; otherwise one of `languages`. */
	invitationLanguage: choice<"auto" | Language>("auto"),
	/** A second language the invitation is also written in, below the first; "none" for one. */
	secondLanguage: choice<"none" | Language>("none"),
	/** The group's own invitation per language; a language without one gets the default. */
	invitationTemplates: choice<Partial<Record<Language, string>>>({}),
	/** Jitsi's `config.startWithAudioMuted` in the room link. */
	startAudioMuted: true,
	/** Jitsi's `config.startWithVideoMuted`: spares weak connections. */
	startVideoMuted: false,
	/** Jitsi's `config.prejoinConfig.enabled`: everyone checks microphone and headset before joining. */
	prejoinCheck: false,
	/** Jitsi's `config.requireDisplayName`: the moderation knows who speaks. */
	requireDisplayName: false,
	/** Jitsi's `config.doNotStoreRoom`: the secret room stays out of each joiner's recent list. */
	doNotStoreRoom: false,
	includeTips: true,
	includePad: true,
	openPadWithRoom: true,
	/** The title's readable slug in room and pad names; off keeps it in the subject only. */
	titleInNames: true,
	/** A second room on another trusted instance, for when the first is overloaded. */
	backupRoom: false,
	/** How long a plenum lasts, for the calendar file. */
	durationMinutes: 120,
	defaultTitle: "",
	/** Keep the last plenums (storage.local, this device only); off keeps only the current one. */
	keepHistory: true,
	/** The group's Mumble server for large assemblies; empty means systemli's web client. */
	mumbleServer: "",
	mumblePort: defaultMumblePort,
	mumbleChannel: "",
	/** The popup's "Large assembly" switch as last left: a group that meets on Mumble keeps meeting there. */
	largeAssembly: false,
};

export type Settings = typeof defaults;
type FlagKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

// A host as stored: lowercase ASCII (punycode for IDNs), at least two labels, each 1-63 characters.
const hostPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function isStorableHost(value: unknown): value is string {
	return typeof value === "string" && hostPattern.test(value);
}

/**
 * The group's own hosts as stored. More than `maxCustomInstances` (from an older version or
 * another device) are kept: the limit only stops adding.
 */
function repairHostList(value: unknown, curated: readonly Instance[]): string[] {
	if (!Array.isArray(value)) return [];
	const hosts = value.filter(isStorableHost).filter((host) => !curated.some((i) => i.host === host));
	return [...new Set(hosts)];
}

function repairChoice(value: unknown, curated: readonly Instance[], custom: string[], fallback: string): string {
	const known = curated.some((i) => i.host === value) || custom.some((host) => host === value);
	return known && typeof value === "string" ? value : fallback;
}

function repairBoolean(value: unknown, fallback: boolean): boolean {
	return typeof value === "boolean" ? value : fallback;
}

function repairNumber(value: unknown, min: number, max: number, fallback: number): number {
	return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

/**
 * Turns whatever storage holds (old, corrupt, from a newer version, or hand-edited) into valid
 * settings: unknown keys are left out and each bad value falls back to its default on its own.
 */
export function repairSettings(stored: unknown): Settings {
	const raw: Record<string, unknown> = typeof stored === "object" && stored !== null ? { ...stored } : {};
	const customJitsiInstances = repairHostList(raw.customJitsiInstances, jitsiInstances);
	const customPadInstances = repairHostList(raw.customPadInstances, padInstances);
	const flag = (key: FlagKey) => repairBoolean(raw[key], defaults[key]);
	return {
		jitsiInstance: repairChoice(raw.jitsiInstance, jitsiInstances, customJitsiInstances, defaults.jitsiInstance),
		padInstance: repairChoice(raw.padInstance, padInstances, customPadInstances, defaults.padInstance),
		customJitsiInstances,
		customPadInstances,
		invitationLanguage:
			raw.invitationLanguage === "auto" || isLanguage(raw.invitationLanguage)
				? raw.invitationLanguage
				: defaults.invitationLanguage,
		secondLanguage: isLanguage(raw.secondLanguage) ? raw.secondLanguage : defaults.secondLanguage,
		invitationTemplates: repairTemplates(raw.invitationTemplates),
		startAudioMuted: flag("startAudioMuted"),
		startVideoMuted: flag("startVideoMuted"),
		prejoinCheck: flag("prejoinCheck"),
		requireDisplayName: flag("requireDisplayName"),
		doNotStoreRoom: flag("doNotStoreRoom"),
		includeTips: flag("includeTips"),
		includePad: flag("includePad"),
		openPadWithRoom: flag("openPadWithRoom"),
		titleInNames: flag("titleInNames"),
		backupRoom: flag("backupRoom"),
		durationMinutes: repairNumber(raw.durationMinutes, 15, 24 * 60, defaults.durationMinutes),
		defaultTitle: usableTitle(raw.defaultTitle),
		keepHistory: flag("keepHistory"),
		mumbleServer: isStorableHost(raw.mumbleServer) ? raw.mumbleServer : defaults.mumbleServer,
		mumblePort: repairNumber(raw.mumblePort, 1, 65535, defaults.mumblePort),
		mumbleChannel: usableTitle(raw.mumbleChannel, maxChannelLength),
		largeAssembly: flag("largeAssembly"),
	};
}

/** The keys of `patch` that repair would change: a change the UI must refuse, not store. */
export function invalidKeys(current: Settings, patch: Partial<Settings>): (keyof Settings)[] {
	const repaired = repairSettings({ ...current, ...patch });
	return (Object.keys(patch) as (keyof Settings)[]).filter(
		(key) => JSON.stringify(repaired[key]) !== JSON.stringify(patch[key]),
	);
}
