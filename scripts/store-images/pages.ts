// The pages the store images are photographed from, besides the extension's own: a chat with the
// copied invitation, the canvas each screenshot is set on, and the promotional tile. All are
// self-contained HTML (no request leaves the page), coloured with the popup's light scheme.
import { readFileSync } from "node:fs";
import LinkifyIt from "linkify-it";

const root = new URL("../../", import.meta.url);

/** The custom properties of the popup's light scheme (the first `:root` block of src/styles/base.css). */
function popupColours(): string {
	const css = readFileSync(new URL("src/styles/base.css", root), "utf8");
	const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
	const colours = [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map(
		([, name, value]) => `${name}: ${value};`,
	);
	if (!colours.some((c) => c.startsWith("--accent:")))
		throw new Error("src/styles/base.css has no --accent in its :root");
	return `:root { ${colours.join(" ")} }`;
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** Data URL of a file's bytes, for pages that must not load anything. */
export const dataUrl = (mime: string, bytes: Buffer) => `data:${mime};base64,${bytes.toString("base64")}`;

// The same calm ground for every image: the popup's surface with a breath of its accent.
const base = `${popupColours()}
	* { box-sizing: border-box; }
	html, body { margin: 0; }
	body { font: 15px / 1.4 system-ui, sans-serif; color: var(--text); background: color-mix(in srgb, var(--accent) 8%, var(--surface)); }`;

const page = (style: string, body: string) =>
	`<!doctype html><html><head><meta charset="utf-8"><style>${base}\n${style}</style></head><body>${body}</body></html>`;

/**
 * The invitation as a messenger shows it: one sent message, the text as it was copied, and the
 * links that linkify-it finds (the link finder Signal Desktop uses) drawn as links.
 */
export function chatPage(invitation: string, groupName: string): string {
	let html = "";
	let at = 0;
	for (const match of new LinkifyIt().match(invitation) ?? []) {
		html += `${escapeHtml(invitation.slice(at, match.index))}<a href="${escapeHtml(match.url)}">${escapeHtml(match.text)}</a>`;
		at = match.lastIndex;
	}
	html += escapeHtml(invitation.slice(at));
	const initials = groupName
		.split(/\s+/)
		.map((word) => word[0])
		.join("")
		.slice(0, 2);
	const style = `
	body { width: 600px; background: #efedf2; }
	header { display: flex; align-items: center; gap: 12px; padding: 12px 16px; background: #ffffff; border-bottom: 1px solid #dcd8e2; }
	.avatar { width: 40px; height: 40px; border-radius: 50%; display: grid; place-items: center; font-weight: 700; color: #ffffff; background: #2f7d6d; }
	.name { font-weight: 700; font-size: 16px; }
	main { padding: 20px 16px 24px; display: flex; flex-direction: column; align-items: flex-end; }
	.bubble { max-width: 500px; padding: 10px 14px; border-radius: 18px 18px 4px 18px; background: #dbe8ff; color: #1b1b1f;
		white-space: pre-wrap; overflow-wrap: anywhere; }
	.bubble a { color: #1453c4; text-decoration: underline; }
	footer { margin: 0 16px 16px; height: 40px; border-radius: 20px; background: #ffffff; border: 1px solid #dcd8e2; }`;
	const header = `<header><div class="avatar">${escapeHtml(initials)}</div><div class="name">${escapeHtml(groupName)}</div></header>`;
	return page(style, `${header}<main><div class="bubble">${html}</div></main><footer></footer>`);
}

/** A store screenshot: one caption line beside the real page at its real size. */
export function canvasPage(shot: string, size: { width: number; height: number }, caption: string): string {
	const style = `
	body { width: 1280px; height: 800px; overflow: hidden; display: flex; align-items: center; gap: 64px; padding: 0 72px; }
	.caption { flex: 1; margin: 0; font-size: 40px; line-height: 1.2; font-weight: 700; }
	.caption::before { content: ""; display: block; width: 56px; height: 6px; margin-bottom: 20px; border-radius: 3px; background: var(--accent); }
	img { flex: none; display: block; border-radius: 10px; border: 1px solid color-mix(in srgb, var(--border) 45%, transparent);
		box-shadow: 0 18px 48px color-mix(in srgb, var(--accent) 22%, transparent); }`;
	const img = `<img src="${shot}" width="${size.width}" height="${size.height}" alt="">`;
	return page(style, `<p class="caption">${escapeHtml(caption)}</p>${img}`);
}

/** The small promotional tile: the icon and the extension's name. */
export function tilePage(icon: string, name: string): string {
	const style = `
	body { width: 440px; height: 280px; overflow: hidden; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 18px; }
	h1 { margin: 0; font-size: 34px; line-height: 1.15; font-weight: 700; text-align: center; }`;
	return page(style, `<img src="${icon}" width="112" height="112" alt=""><h1>${escapeHtml(name)}</h1>`);
}
