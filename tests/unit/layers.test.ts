import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph } from "./import-graph";

// The floors of src/ (docs/architecture.md):
// - lib/: the pure core. It makes values from values: no browser API, no page, no storage. It runs
//   the same in Node, so its tests need no mock of anything.
// - platform/: the one adapter (browser.ts) and what is built directly on it: storage, the
//   first-frame copy, the page's language, saving a file.
// - popup/, options/, shared/: the pages. Their components show and wire; only hooks (use-*.ts)
//   and the page roots' entry scripts reach storage.
const floor = (file: string) => relative("src", file).split(/[\\/]/)[0] ?? "";

// What only a browser has. The core may name none of them (comments aside).
const browserGlobals =
	/\b(?:browser|chrome)\s*\.|\b(?:document|window|localStorage|sessionStorage|indexedDB)\b|\bnavigator\s*\.\s*(?:clipboard|locks|storage)\b|\bfetch\s*\(|\bURL\.createObjectURL\b/;

// What the pages reach only through platform/.
const adapterOnly =
	/\b(?:browser|chrome)\s*\.|\b(?:localStorage|sessionStorage|indexedDB)\b|\bnavigator\s*\.\s*(?:clipboard|locks|storage)\b|\bURL\.createObjectURL\b/;

function withoutComments(code: string): string {
	return code.replace(/\/\*[\s\S]*?\*\/|(?<![:"'`\\])\/\/.*$/gm, "");
}

/** The layer rules, as a list of broken ones ("from -> to: why"). */
function brokenLayers(graph: Map<string, string[]>, read: (file: string) => string): string[] {
	const broken: string[] = [];
	for (const [file, targets] of graph) {
		const from = floor(file);
		for (const target of targets) {
			const to = floor(target);
			if (from === "lib" && to !== "lib")
				broken.push(`${relative("src", file)} -> ${relative("src", target)}: the core imports ${to}/`);
			const isComponent = /\.tsx$/.test(file) && !/[\\/]main\.tsx$/.test(file);
			const intoStorage = /platform[\\/](?:storage[\\/]|first-frame)/.test(target);
			if (["popup", "options", "shared"].includes(from) && isComponent && intoStorage)
				broken.push(`${relative("src", file)} -> ${relative("src", target)}: a component reaches storage (use a hook)`);
		}
		if (from === "lib" && browserGlobals.test(withoutComments(read(file))))
			broken.push(`${relative("src", file)}: the core touches a browser global`);
		// The pages ask the adapter for what only a browser does: storage, the clipboard, files.
		if (from !== "lib" && from !== "platform" && adapterOnly.test(withoutComments(read(file))))
			broken.push(`${relative("src", file)}: a page touches what platform/ is for`);
	}
	return broken;
}

describe("the layers of src/", () => {
	const graph = importGraph("src");

	it("hold: the core is pure, components reach storage through hooks only", () => {
		expect(brokenLayers(graph, (file) => readFileSync(file, "utf8"))).toEqual([]);
	});

	it("are seen to break when the core imports the adapter or a module touches what it may not", () => {
		const file = (path: string) => join("src", ...path.split("/"));
		const fake = new Map([
			[file("lib/links/room.ts"), [file("platform/browser.ts")]],
			[file("lib/names/clip.ts"), []],
			[file("popup/title-field.tsx"), [file("platform/storage/local.ts")]],
			[file("popup/use-plenum.ts"), [file("platform/storage/local.ts")]],
			[file("popup/copy.tsx"), []],
		]);
		const clip = "export const c = () => navigator.clipboard.writeText('x');";
		const code = (path: string) => (path.endsWith("clip.ts") || path.endsWith("copy.tsx") ? clip : "");
		expect(brokenLayers(fake, code)).toEqual([
			expect.stringContaining("the core imports platform/"),
			expect.stringContaining("the core touches a browser global"),
			expect.stringContaining("a component reaches storage"),
			expect.stringContaining("a page touches what platform/ is for"),
		]);
	});

	it("has each floor it speaks of", () => {
		const floors = new Set([...graph.keys()].map(floor));
		expect([...floors].sort()).toEqual(["lib", "options", "platform", "popup", "shared"]);
		expect(readdirSync("src").sort()).toEqual(["lib", "options", "platform", "popup", "shared", "styles"]);
	});
});
