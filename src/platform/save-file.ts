// Saves a file the page made, with no permission: a blob: URL on an <a download> clicked in
// the page, as any web page does (the `downloads` API would need a permission).
//
// From an extension popup, seen in Firefox ESR 153 and Chromium 156 (2026-12): the download
// completes whether the browser saves straight to the downloads folder (the default; the popup
// stays open) or asks where to save. Asking, Firefox closes the popup when its file dialog
// opens; both browsers have already copied the file into a temporary file by then, so the
// download completes even when the popup is gone and the URL was revoked right after the
// click. Call this from the click handler itself, and expect the popup may have closed.

/** How long the blob: URL stays valid after the click, for a browser slower to read it. */
export const revokeAfterMs = 60_000;

export function saveFile(name: string, text: string, mime: string, page: Document = document): void {
	const url = URL.createObjectURL(new Blob([text], { type: mime }));
	const link = page.createElement("a");
	link.href = url;
	link.download = name;
	link.hidden = true;
	page.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
