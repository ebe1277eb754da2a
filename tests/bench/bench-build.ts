// The build the benchmark measures: its own, in a temporary folder (so a parallel `npm run build`
// cannot change dist/ under it, and esbuild's metafile is at hand), plus the blank floor page and
// the popup under the name the bench opens it by (openings.ts, POPUP).
import { execFileSync } from "node:child_process";
import { readFileSync, symlinkSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildExtension, firstLoadFiles, linkFinderFiles } from "../../scripts/build.js";
import { BLANK_PAGE, POPUP, SCRIPTED_PAGE } from "./openings";

type Metafile = Awaited<ReturnType<typeof buildExtension>>;

export async function benchBuild(): Promise<{ dir: string; metafile: Metafile }> {
	const dir = await mkdtemp(join(tmpdir(), "plenum-bench-"));
	const metafile = await buildExtension(dir);
	const popup = await readFile(join(dir, "popup.html"), "utf8");
	await writeFile(join(dir, POPUP), popup);
	await writeFile(join(dir, BLANK_PAGE), blankFrom(popup));
	await writeFile(join(dir, SCRIPTED_PAGE), scriptedFrom(popup));
	await writeFile(join(dir, scriptedScript), scriptedLine);
	return { dir, metafile };
}

/**
 * The popup as built from the git commit `ref`, into `dir`/base/ of the measured build: the same
 * extension, the same process and the same moment, so an A/B comparison on a busy machine
 * compares the builds and not the load. Only its pages and scripts are used from there; the
 * extension's manifest and messages are the measured build's.
 */
export async function baseBuild(dir: string, ref: string): Promise<void> {
	const source = await mkdtemp(join(tmpdir(), "plenum-bench-base-"));
	const parts = ["src", "_locales", "icons", "scripts", "manifest.json", "package.json"];
	const archive = execFileSync("git", ["archive", "--format=tar", ref, ...parts]);
	execFileSync("tar", ["-x", "-C", source], { input: archive });
	symlinkSync(resolve("node_modules"), join(source, "node_modules"));
	execFileSync("node", ["scripts/build.js", join(dir, "base")], { cwd: source });
	execFileSync("rm", ["-rf", source]);
}

const scriptedScript = "scripted.js";
const scriptedLine = `const line = document.createElement("p");
line.id = "blank-line";
line.textContent = "Blank extension page";
document.body.append(line);
`;

/** The blank page's head with one module script of four lines, which writes its one line. */
export function scriptedFrom(popupHtml: string): string {
	const blank = blankFrom(popupHtml);
	return blank
		.replace("</title>", `</title><script type="module" src="${scriptedScript}"></script>`)
		.replace(/<p id="blank-line">[^<]*<\/p>/, "");
}

/**
 * popup.html's head without any script (the module and its preloads) and one line of text in
 * the body: the same document, stylesheet and fonts, and nothing of the popup's own work.
 */
export function blankFrom(popupHtml: string): string {
	const scripts = /\s*<(script\b[^>]*>\s*<\/script|link rel="modulepreload"[^>]*)>/g;
	const body = /<body([^>]*)>\s*<\/body>/;
	if (!/<script\b/.test(popupHtml) || !body.test(popupHtml)) {
		throw new Error("expected popup.html to have a script and an empty <body>: teach the bench about the new page");
	}
	const blank = popupHtml
		.replace(scripts, "")
		.replace(body, '<body$1><p id="blank-line">Blank extension page</p></body>');
	if (/<script\b|modulepreload/.test(blank)) throw new Error("blank.html still has a script");
	return blank;
}

/** What a page loads before it can run: its HTML (styles inlined) and the JS it imports statically (gzip -9 bytes). */
export function firstLoad(dir: string, metafile: Metafile, page: string): { files: string[]; bytes: number } {
	const files = firstLoadFiles(metafile, dir, page);
	const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
	return { files, bytes };
}

/**
 * Everything shipped that a browser runs or shows: HTML, JS and CSS (gzip -9 bytes, each file on
 * its own), in all and in the chunk of the link finder.
 */
export function shippedBytes(metafile: Metafile, dir: string): { all: number; linkFinder: number } {
	const gzipped = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
	const sum = (files: string[]) => files.reduce((total, file) => total + gzipped(file), 0);
	const outputs = Object.keys(metafile.outputs).map((path) => relative(resolve(dir), resolve(path)));
	return { all: sum([...outputs, "popup.html", "options.html"]), linkFinder: sum(linkFinderFiles(metafile, dir)) };
}
