// What the pinned and recent lists say about each plenum: what repeats, which one is the current
// plenum, and what tells two alike entries apart (the wording itself: tests/unit/list-entry.test.ts).
import { describe, expect, it } from "vitest";
import { byId, message, renderPopup, seed, testPlenum } from "./factory";
import { fake } from "./fake-browser";
import { openSaved } from "./saved";

const thursday = { date: "2027-06-17", time: "19:00", zone: "Europe/Berlin" };
// 1_700_000_000_000 is 14 November 2023, 22:13 UTC.
const made = 1_700_000_000_000;

function entries(list: "pinned" | "recent") {
	return [...document.querySelectorAll(`#${list} > li`)].map((li) => ({
		name: li.querySelector("strong")?.textContent,
		details: li.querySelector(".saved-details")?.textContent,
		current: li.getAttribute("aria-current"),
		mark: li.querySelector(".saved-current")?.textContent,
	}));
}

async function seedAndOpen() {
	const weekly = testPlenum(1, { name: "Plenum", start: thursday, repeat: "weekly" });
	await seed({
		local: {
			current: weekly,
			pinned: [weekly, testPlenum(2, { name: "AG Miete", start: thursday, repeat: "monthly" })],
			recent: [
				testPlenum(3, { title: "Demo", name: undefined, created: made }),
				testPlenum(4, { title: "Demo", name: undefined, created: made - 3 * 3_600_000 }),
				testPlenum(5, { title: "Demo", name: undefined, created: made - 40 * 86_400_000 }),
			],
		},
	});
	await renderPopup();
	await openSaved();
}

describe("the saved lists", () => {
	it("say what repeats, mark the current plenum in words, and tell the recent ones of one day apart", async () => {
		await seedAndOpen();
		expect(entries("pinned")).toEqual([
			{
				name: "Plenum",
				details: "Every Thursday, 7:00 PM · meet.systemli.org",
				current: "true",
				mark: message("savedCurrent"),
			},
			{
				name: "AG Miete",
				details: "Every 3rd Thursday of the month, 7:00 PM · meet.systemli.org",
				current: null,
				mark: undefined,
			},
		]);
		const recent = entries("recent");
		expect(recent.map((entry) => entry.name)).toEqual(["Demo", "Demo", "Demo"]);
		// The two of one day say when they were made, in the browser's zone; the third needs no time.
		const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		const time = (at: number) =>
			new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone: zone }).format(at);
		expect(recent[0]?.details).toContain(time(made));
		expect(recent[1]?.details).toContain(time(made - 3 * 3_600_000));
		expect(recent[2]?.details).not.toContain(time(made - 40 * 86_400_000));
		expect(new Set(recent.map((entry) => entry.details)).size).toBe(3);
		expect(recent.every((entry) => entry.current === null && entry.mark === undefined)).toBe(true);

		// One region scrolls both lists, and the keyboard reaches it.
		const region = byId("saved").querySelector(".saved-lists");
		// A named section is a landmark region.
		expect(region?.tagName).toBe("SECTION");
		expect(region?.getAttribute("aria-label")).toBe(message("savedHeading"));
		expect(region?.getAttribute("tabindex")).toBe("0");
	});

	it("speak the browser's language", async () => {
		fake.language = "de";
		await seedAndOpen();
		const [weekly] = entries("pinned");
		expect(weekly?.details).toBe("Jeden Donnerstag, 19:00 Uhr · meet.systemli.org");
		expect(weekly?.mark).toBe("aktuelles Plenum");
	});
});
