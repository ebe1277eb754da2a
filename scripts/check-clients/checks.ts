// Each generated title through the extension's own code and then through the clients': the room
// link through Jitsi's parser, the invitation (a Jitsi plenum's and a large assembly's) through
// Signal Desktop's link finders. A finding is a place where the two part ways.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Translate } from "../../src/lib/i18n";
import { translatorFrom } from "../../src/lib/i18n";
import { plenumInvitation } from "../../src/lib/invitation-text";
import { isLanguage } from "../../src/lib/languages";
import { meetingOf } from "../../src/lib/links/meeting";
import { draftPlenum, newDraft, type PlenumStart } from "../../src/lib/plenum/plenum";
import { defaults, type Settings } from "../../src/lib/settings";
import { cleanTitle } from "../../src/lib/title/clean-title";
import { findLink } from "../../src/lib/title/find-link";
import { ownRoot } from "./bundle";
import { hooks, type Jitsi, type Signal, signalLinks } from "./clients";

export type Findings = Map<string, { raw: string; detail: unknown }[]>;

const languages = readdirSync(join(ownRoot, "_locales")).filter(isLanguage);
const translators: Translate[] = languages.map((locale) =>
	translatorFrom(JSON.parse(readFileSync(join(ownRoot, "_locales", locale, "messages.json"), "utf8"))),
);

// Dates as the invitation writes them, in every language: digits and dots that a link finder might take up.
const zones = ["Europe/Berlin", "America/Mexico_City", "Asia/Kolkata", "Pacific/Chatham", "UTC"];
const startOf = (i: number): PlenumStart | undefined =>
	i % 3 === 0
		? undefined
		: {
				date: `20${26 + (i % 4)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
				time: `${String(i % 24).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}`,
				zone: zones[i % zones.length] ?? "UTC",
			};

export type Outcome = {
	findings: Findings;
	refused: number;
	refusedWithoutSignalLink: number;
	missingConfig: string[];
};

export function checkTitles(titles: string[], jitsi: Jitsi, signal: Signal): Outcome {
	const findings: Findings = new Map();
	const found = (kind: string, raw: string, detail: unknown) => {
		const list = findings.get(kind) ?? [];
		list.push({ raw: JSON.stringify(raw), detail });
		findings.set(kind, list);
	};
	let refused = 0;
	let refusedWithoutSignalLink = 0;
	for (const [i, raw] of titles.entries()) {
		const title = cleanTitle(raw);
		// Every combination of the room options and of a readable title in the room's name comes round.
		const settings: Settings = {
			...defaults,
			startAudioMuted: i % 3 !== 0,
			startVideoMuted: i % 4 === 0,
			titleInNames: i % 5 < 2,
			backupRoom: i % 7 < 3,
		};
		const draft = newDraft();
		const plenum = draftPlenum(settings, draft, { title, large: false, start: startOf(i) });
		const meeting = meetingOf(plenum);
		const url = meeting.roomUrl;

		hooks.jitsiReported = [];
		const params = jitsi.parseURLParams(new URL(url));
		if (hooks.jitsiReported.length > 0)
			found("Jitsi could not read a hash option", raw, hooks.jitsiReported.join("; "));
		// The subject is the clean title, or its start where the whole one would push the invitation's
		// links below Signal's "Read more" (lib/invitation/fold.ts).
		if (!title.startsWith(String(params["config.subject"] ?? "")))
			found("Jitsi subject is not the clean title or its start", raw, params["config.subject"]);
		if (params["config.startWithAudioMuted"] !== (settings.startAudioMuted || undefined))
			found("startWithAudioMuted lost", raw, url);
		if (params["config.startWithVideoMuted"] !== (settings.startVideoMuted || undefined))
			found("startWithVideoMuted lost", raw, url);
		const room = jitsi.getBackendSafeRoomName(jitsi.parseURIString(url)?.room);
		if (room !== new URL(url).pathname.slice(1) || !room.endsWith(draft.room))
			found("Jitsi changes the room name", raw, room);

		if (findLink(title)) {
			refused += 1;
			const links = signalLinks(signal, title);
			if (links.all.length === 0 && links.preview.length === 0) refusedWithoutSignalLink += 1;
			continue;
		}
		const language = i % languages.length;
		const t = translators[language] as Translate;
		const context = {
			includeTips: i % 2 === 0,
			language: languages[language] ?? "en",
			durationMinutes: 120,
			browserLocales: [],
			now: new Date(Date.UTC(2026, 11, 1)),
		};
		const text = plenumInvitation(plenum, context, t);
		// In the invitation's order: the room, the pad, the backup room.
		const links = [meeting.roomUrl, meeting.padUrl, meeting.backupUrl].filter((link): link is string => Boolean(link));
		const expected = JSON.stringify(links);
		for (const [finder, finderLinks] of Object.entries(signalLinks(signal, text))) {
			if (JSON.stringify(finderLinks) !== expected)
				found(`Signal (${finder}) finds other links than the invitation's`, raw, finderLinks);
		}
		for (const strict of [false, true]) {
			hooks.strictHost = strict;
			for (const link of links) if (signal.isLinkSneaky(link)) found("Signal finds a link sneaky", raw, link);
		}

		// The same title as a large assembly's, with the title as its channel, on systemli's server or an own one.
		const server = ["", "talk.systemli.org", "mumble.example.org:64739"][i % 3] ?? "";
		const assembly = draftPlenum({ ...settings, mumbleServer: server, mumbleChannel: title }, draft, {
			title,
			large: true,
			start: startOf(i),
		});
		const large = meetingOf(assembly);
		if (!large.mumble) throw new Error("A large assembly without its Mumble server");
		const largeText = plenumInvitation(assembly, context, t);
		// Besides the web link and the pad, Signal may only make the server's own name clickable, on its line.
		const serverLinks = [large.mumble.host, `http://${large.mumble.host}`];
		const ours = [large.roomUrl.startsWith("https:") && large.roomUrl, large.padUrl].filter(Boolean);
		for (const [finder, finderLinks] of Object.entries(signalLinks(signal, largeText))) {
			const other = finderLinks.filter((link) => !serverLinks.includes(link));
			if (JSON.stringify(other) !== JSON.stringify(ours))
				found(`Signal (${finder}) finds other links than the large assembly's`, raw, finderLinks);
		}
		if (/mumble:\/\//i.test(largeText)) found("A mumble:// link in the invitation", raw, largeText);
	}
	// The options a room link sets must stay among those Jitsi lets a link set.
	const missingConfig = [
		"startWithAudioMuted",
		"startWithVideoMuted",
		"subject",
		"prejoinConfig.enabled",
		"requireDisplayName",
		"doNotStoreRoom",
	].filter((key) => !jitsi.configWhitelist.includes(key));
	if (missingConfig.length > 0) found("Jitsi no longer lets a link set", "", missingConfig);
	return { findings, refused, refusedWithoutSignalLink, missingConfig };
}
