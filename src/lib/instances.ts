// The curated list: services run by tech collectives that activist groups already trust.
// Host names double as ids in stored settings, so renaming one here is a migration.

export type Instance = {
	host: string;
	collective: string;
	/** The collective's own page about itself, for people choosing between them. */
	homepage: string;
};

export const jitsiInstances: readonly Instance[] = [
	{ host: "meet.systemli.org", collective: "systemli", homepage: "https://www.systemli.org/" },
	{ host: "vc.autistici.org", collective: "Autistici/Inventati", homepage: "https://www.autistici.org/" },
	{ host: "meet.mayfirst.org", collective: "May First", homepage: "https://mayfirst.coop/" },
	{ host: "meet.immerda.ch", collective: "Immerda", homepage: "https://www.immerda.ch/" },
];

export const padInstances: readonly Instance[] = [
	{ host: "pad.systemli.org", collective: "systemli", homepage: "https://www.systemli.org/" },
	{ host: "pad.riseup.net", collective: "Riseup", homepage: "https://riseup.net/" },
];

/** The curated instances plus the group's own, as the pickers list them. */
export function availableInstances(curated: readonly Instance[], custom: readonly string[]): Instance[] {
	return [...curated, ...custom.map((host) => ({ host, collective: "", homepage: "" }))];
}
