// The plenum's date: the invitation's date line and the calendar file, in both browsers, which
// run in TIME_ZONE (harness). Every expectation is computed here, in Node: the date line with the
// extension's own formatStart for that zone, the calendar file read back by ical.js.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { formatStart } from "../../src/lib/time/start-time";
import { addDays, expectedRule, type Repeat, readCalendar, saveCalendar, today, upcoming } from "./calendar";
import { type ExtensionPage, TIME_ZONE } from "./harness";
import {
	browsers,
	copiedLines,
	de,
	en,
	message,
	noRequestLeftTheExtension,
	openSaved,
	roomAndPad,
	setStart,
	storageRead,
	useBrowser,
} from "./scenario";

const languages = (page: ExtensionPage) => page.evaluate(() => [...navigator.languages]);
const saved = message(en, "calendarSaved");
const duration = 90;

/** Pins the popup's plenum under `name`, repeating as `repeat`. */
async function pin(popup: ExtensionPage, name: string, repeat: Repeat) {
	await popup.click("#pin");
	await popup.waitFor("#pin-repeat");
	await popup.fill("#pin-name", name);
	await popup.select("#pin-repeat", repeat);
	await popup.click("#pin-save");
	await expect.poll(() => popup.text("#status")).toBe(message(en, "pinnedStatus", name));
}

describe.each(browsers)("%s", (name) => {
	describe("English, light", () => {
		const session = useBrowser(name, { locale: "en" });

		it("runs in the time zone the expectations are computed for", async () => {
			const popup = await session.open("popup.html");
			expect(await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(TIME_ZONE);
		});

		it("names the start under the title, in the invitation's language, and keeps it", async () => {
			const popup = await session.open("popup.html");
			await popup.fill("#title", "Plenum Nord");
			const start = { date: "2027-06-17", time: "19:00", zone: TIME_ZONE };
			await setStart(popup, start);
			const lines = await copiedLines(session, popup);
			expect(lines.slice(0, 2)).toEqual([
				"Plenum Nord",
				message(en, "invitationWhen", formatStart(start, "en", await languages(popup))),
			]);
			expect((await session.browser.getStorage("local")).current).toMatchObject({ start });

			// Written in the group's language, whatever the browser's.
			await session.browser.setStorage("sync", { version: 2, invitationLanguage: "de" });
			await popup.close();
			const again = await session.open("popup.html");
			expect(await again.text("#when-date")).toBe(start.date);
			expect(await again.text("#when-time")).toBe(start.time);
			// Storage, and with it the group's language, is read after the first frame (settings.e2e.ts
			// copies at once after a change in the options): the preview says when it is in.
			const when = message(de, "invitationWhen", formatStart(start, "de", await languages(again)));
			await again.click("#invitation-details > summary");
			await expect.poll(() => again.text("#invitation-preview")).toContain(when);
			await again.click("#copy");
			await expect
				.poll(async () => (await session.browser.readClipboard()).split("\n").slice(0, 2))
				.toEqual(["Plenum Nord", when]);

			// A system time zone the browser cannot use (ICU's "Etc/Unknown"): the next start is read
			// in UTC, and the field says so.
			await again.evaluate(() => {
				const resolved = Intl.DateTimeFormat.prototype.resolvedOptions;
				Intl.DateTimeFormat.prototype.resolvedOptions = function (this: Intl.DateTimeFormat) {
					return { ...resolved.call(this), timeZone: "Etc/Unknown" };
				};
			});
			await again.click("#new-room");
			await expect.poll(async () => (await session.browser.getStorage("local")).current ?? null).toBeNull();
			await expect.poll(() => again.text("#when-zone")).toBe(message(en, "startZoneUnknown"));
			const utc = { date: "2027-06-17", time: "19:00", zone: "UTC" };
			await setStart(again, utc);
			expect(await copiedLines(session, again)).toContain(
				message(de, "invitationWhen", formatStart(utc, "de", await languages(again))),
			);
			expect((await session.browser.getStorage("local")).current).toMatchObject({ start: utc });
		});

		it("saves a calendar file, without a new permission, that holds the whole plenum", async () => {
			const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "dist", "manifest.json"), "utf8"));
			expect([manifest.permissions, manifest.optional_permissions]).toEqual([["storage"], undefined]);
			await session.browser.setStorage("sync", { version: 2, durationMinutes: duration });
			const popup = await session.open("popup.html");
			// The duration the file's end comes from is a stored setting, read after the first frame.
			await storageRead(popup);
			expect(await popup.evaluate(() => document.querySelector("#calendar"))).toBeNull();
			await popup.fill("#title", "Plenum Nord");
			await setStart(popup, { date: "2027-01-14", time: "19:00" });
			const { room, pad } = await roomAndPad(popup);
			const invitation = (await copiedLines(session, popup)).join("\n");

			const file = await saveCalendar(session.browser, popup, saved);
			expect(file.name).toBe("plenum-nord-2027-01-14.ics");
			const { vevent, event } = readCalendar(file.text);
			const start = vevent.getFirstProperty("dtstart");
			expect(start?.getParameter("tzid")).toBe(TIME_ZONE);
			// Soft: the fields below are worth seeing even when the time is wrong.
			expect.soft(String(start?.getFirstValue())).toBe("2027-01-14T19:00:00");
			// The time zone in the file puts it where Berlin is in winter: UTC+1.
			expect.soft(event.startDate.toJSDate().toISOString()).toBe("2027-01-14T18:00:00.000Z");
			// The end is in UTC, the start in Berlin: subtractDateTz, as subtractDate ignores zones.
			expect(event.endDate.subtractDateTz(event.startDate).toSeconds()).toBe(duration * 60);
			expect.soft(event.endDate.toJSDate().toISOString()).toBe("2027-01-14T19:30:00.000Z");
			expect({
				summary: event.summary,
				location: event.location,
				url: vevent.getFirstPropertyValue("url"),
				description: event.description,
				rrule: vevent.getFirstProperty("rrule"),
			}).toEqual({ summary: "Plenum Nord", location: room, url: room, description: invitation, rrule: null });
			expect(invitation.split("\n")).toEqual(
				expect.arrayContaining([
					room,
					pad,
					message(en, "invitationTipsHeading"),
					`- ${message(en, "invitationTipMute")}`,
				]),
			);
			const alarms = vevent.getAllSubcomponents("valarm");
			expect(alarms).toHaveLength(1);
			const alarm = alarms[0] as ICAL.Component;
			expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
			expect((alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(-15 * 60);

			// The same plenum saved again, and again from the popup opened anew: the same UID, so a
			// calendar updates its entry.
			const again = readCalendar((await saveCalendar(session.browser, popup, saved)).text);
			expect(again.event.uid).toBe(event.uid);
			await popup.close();
			const reopened = await session.open("popup.html");
			expect((await roomAndPad(reopened)).room).toBe(room);
			const later = readCalendar((await saveCalendar(session.browser, reopened, saved)).text);
			expect(later.event.uid).toBe(event.uid);
			expect(later.event.location).toBe(room);

			// Another plenum: another entry.
			await reopened.click("#new-room");
			await expect.poll(async () => (await session.browser.getStorage("local")).current ?? null).toBeNull();
			await reopened.close();
			const other = await session.open("popup.html");
			// On the night the clocks go back: 01:45 summer time and 90 minutes end at 02:15 winter
			// time, a wall time that happens twice; the file's end names the instant.
			await setStart(other, { date: "2027-10-31", time: "01:45" });
			const otherRoom = (await roomAndPad(other)).room;
			const otherText = (await saveCalendar(session.browser, other, saved)).text;
			const otherFile = readCalendar(otherText);
			expect(otherFile.event.uid).not.toBe(event.uid);
			expect(otherFile.event.location).toBe(otherRoom);
			expect([otherFile.event.startDate, otherFile.event.endDate].map((t) => t.toJSDate().toISOString())).toEqual([
				"2027-10-30T23:45:00.000Z",
				"2027-10-31T01:15:00.000Z",
			]);
			// As an instant: RFC 5545 reads a repeated wall time as its first, which ical.js does not.
			expect(otherText.split("\r\n")).toContain("DTEND:20271031T011500Z");
		});

		/** A plenum that started 18 days ago, pinned as `repeat`: its next plenums lie ahead whatever the hour of the run. */
		async function pinnedSeries(repeat: Repeat) {
			await session.browser.setStorage("sync", { version: 2, durationMinutes: duration });
			const first = addDays(today(), -18);
			const popup = await session.open("popup.html");
			// Whether a plenum of today has ended depends on the stored duration: read before going on.
			await storageRead(popup);
			await popup.fill("#title", "Neighbourhood plenum");
			await setStart(popup, { date: first, time: "19:00" });
			const { room } = await roomAndPad(popup);
			await pin(popup, "Our plenum", repeat);
			const next = upcoming(first, "19:00", repeat, duration, 3);
			const start = { date: next[0] ?? "", time: "19:00", zone: TIME_ZONE };
			const when = message(en, "invitationWhen", formatStart(start, "en", await languages(popup)));
			return { popup, room, first, next, when };
		}

		/** The invitation names the next plenum; the calendar file holds the series from it on. */
		async function expectSeries(
			popup: ExtensionPage,
			repeat: Repeat,
			series: Awaited<ReturnType<typeof pinnedSeries>>,
		) {
			// Soft: the calendar file is worth seeing even when the date line is wrong.
			expect.soft((await copiedLines(session, popup))[1]).toBe(series.when);
			const { vevent, event } = readCalendar((await saveCalendar(session.browser, popup, saved)).text);
			expect(String(vevent.getFirstPropertyValue("rrule"))).toBe(expectedRule(series.first, repeat));
			const dates = event.iterator();
			expect([dates.next(), dates.next(), dates.next()].map(String)).toEqual(
				series.next.map((date) => `${date}T19:00:00`),
			);
		}

		it.each(["weekly", "biweekly", "monthly"] as const)(
			"repeats a plenum as soon as it is pinned %s",
			async (repeat) => {
				const series = await pinnedSeries(repeat);
				await expectSeries(series.popup, repeat, series);
			},
		);

		it.each(["weekly", "biweekly", "monthly"] as const)("brings back a plenum pinned %s with Use", async (repeat) => {
			const series = await pinnedSeries(repeat);
			const { popup, room } = series;
			await popup.click("#new-room");
			await expect.poll(async () => (await roomAndPad(popup)).room).not.toBe(room);
			await openSaved(popup);
			await popup.waitFor("#pinned li");
			await popup.click("#pinned li .saved-actions > button:nth-child(1)");
			await expect.poll(async () => (await roomAndPad(popup)).room).toBe(room);
			await expectSeries(popup, repeat, series);
		});

		noRequestLeftTheExtension(session);
	});
});
