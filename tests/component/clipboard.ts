// The clipboard as the popup meets it: navigator.clipboard.writeText accepting (recording the
// text) or refusing, as a browser refuses a page without a user gesture.
import { vi } from "vitest";

export function recordClipboard(accept = true) {
	const copies: string[] = [];
	const clipboard = { writeText: vi.fn() };
	clipboard.writeText.mockImplementation(async (text: string) => {
		if (!accept) throw new DOMException("Document is not focused.", "NotAllowedError");
		copies.push(text);
	});
	vi.spyOn(navigator, "clipboard", "get").mockReturnValue(clipboard as unknown as Clipboard);
	return copies;
}
