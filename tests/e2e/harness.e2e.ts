// The harness's own proof that "no network request from an extension page" can fail: in both
// browsers it sees what an extension page requests, and only that.
import { describe, expect, it } from "vitest";
import { browsers, settle, useBrowser } from "./scenario";

describe.each(browsers)("%s harness", (name) => {
	const session = useBrowser(name);
	const requests = () => session.browser.extensionRequests();

	it("records an extension page's requests and embedded frames, not the meeting tabs' own loads", async () => {
		const popup = await session.open("popup.html");
		await popup.evaluate(() => fetch("https://example.org/fetched").catch(() => undefined));
		await expect.poll(requests).toEqual(["https://example.org/fetched"]);

		// WebDriver BiDi shows Firefox's extension pages without their frames (puppeteer sees no
		// child browsing context and no request of one), so only Chromium can prove this.
		if (name === "chromium") {
			await popup.evaluate(() => {
				const frame = document.createElement("iframe");
				frame.src = "https://example.org/framed";
				document.body.append(frame);
			});
			await expect.poll(requests).toContain("https://example.org/framed");
		}

		const before = requests();
		await popup.click("#start");
		await expect.poll(async () => (await session.browser.openTabUrls()).length).toBe(2);
		await settle();
		expect(requests()).toEqual(before);
	});
});
