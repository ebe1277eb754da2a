import { resolveObjectURL } from "node:buffer";
import { afterEach, expect, it, vi } from "vitest";
import { revokeAfterMs, saveFile } from "../../src/platform/save-file";

// Node has the real Blob and blob: URLs; of the DOM only what saveFile touches is stood in for,
// recording what happens to the link. How browsers treat the click from a popup: save-file.ts.
type Link = { href: string; download: string; hidden: boolean; click(): void; remove(): void };

function page() {
	const events: string[] = [];
	const links: Link[] = [];
	const document = {
		body: { append: (link: Link) => events.push(`append hidden=${link.hidden}`) },
		createElement(tag: string): Link {
			const link: Link = {
				href: "",
				download: "",
				hidden: false,
				click: () => events.push(`click ${link.download} ${link.href.slice(0, 5)}`),
				remove: () => events.push("remove"),
			};
			events.push(`create ${tag}`);
			links.push(link);
			return link;
		},
	};
	return { document: document as unknown as Document, events, links };
}

afterEach(() => vi.useRealTimers());

it("clicks one hidden link that downloads the text under the name, then takes the link away", async () => {
	const { document, events, links } = page();
	saveFile("plenum-2026-12-03.ics", "BEGIN:VCALENDAR\r\nÄ🌱\r\n", "text/calendar;charset=utf-8", document);
	expect(events).toEqual(["create a", "append hidden=true", "click plenum-2026-12-03.ics blob:", "remove"]);
	const blob = resolveObjectURL(links[0]?.href ?? "");
	expect(blob?.type).toBe("text/calendar;charset=utf-8");
	expect(await blob?.text()).toBe("BEGIN:VCALENDAR\r\nÄ🌱\r\n");
});

it("keeps the file's URL valid for a while after the click, then frees it", () => {
	vi.useFakeTimers();
	const { document, links } = page();
	saveFile("a.ics", "x", "text/calendar", document);
	const url = links[0]?.href ?? "";
	vi.advanceTimersByTime(revokeAfterMs - 1);
	expect(resolveObjectURL(url)).toBeDefined();
	vi.advanceTimersByTime(1);
	expect(resolveObjectURL(url)).toBeUndefined();
});
