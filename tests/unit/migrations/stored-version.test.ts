import { describe, expect, it } from "vitest";
import { plenumsVersion } from "../../../src/lib/migrations/plenums";
import { settingsVersion } from "../../../src/lib/migrations/settings";
import { type Step, storedVersion, upgrade } from "../../../src/lib/migrations/stored-version";

describe("storedVersion", () => {
	it("is the version stored data names", () => {
		expect(storedVersion({ version: 2 })).toBe(2);
		expect(storedVersion({ version: 99 })).toBe(99);
	});

	it.each([{}, { version: "2" }, { version: 0 }, { version: -3 }, { version: 2.5 }, { version: null }])(
		"counts %j as version 1, from before versions were written",
		(stored) => {
			expect(storedVersion(stored)).toBe(1);
		},
	);
});

describe("upgrade", () => {
	// Each step notes that it ran, so the order and the steps skipped show.
	const steps: Step[] = [1, 2, 3].map((from) => (stored) => ({ ...stored, ran: [...(stored.ran as number[]), from] }));

	it("runs each step from the stored version on, in order", () => {
		expect(upgrade({ ran: [] }, steps)).toEqual({ ran: [1, 2, 3] });
		expect(upgrade({ version: 2, ran: [] }, steps)).toEqual({ version: 2, ran: [2, 3] });
	});

	it("leaves data of the last version, or of a newer one, as it is", () => {
		const current = { version: 4, ran: [] };
		expect(upgrade(current, steps)).toBe(current);
		expect(upgrade({ version: 9, ran: [] }, steps)).toEqual({ version: 9, ran: [] });
	});
});

describe("the stored areas' versions", () => {
	it("are equal while a backup file names one version for both", () => {
		// src/lib/backup/backup-file.ts writes one `schemaVersion` for the settings and plenums it holds.
		expect(settingsVersion).toBe(plenumsVersion);
	});
});
