import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph, sourceFiles } from "./import-graph";

/** Every cycle, each as the path of files that leads back to its start. */
function cycles(graph: Map<string, string[]>): string[][] {
	const found: string[][] = [];
	const done = new Set<string>();
	const visit = (file: string, path: string[]) => {
		const at = path.indexOf(file);
		if (at !== -1) return void found.push([...path.slice(at), file]);
		if (done.has(file)) return;
		for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
		done.add(file);
	};
	for (const file of graph.keys()) visit(file, []);
	return found;
}

describe("the modules of src/", () => {
	const graph = importGraph();

	it("are read", () => {
		expect(graph.size).toBeGreaterThan(50);
		expect(graph.get(join("src", "platform", "i18n.ts"))).toContain(join("src", "platform", "browser.ts"));
	});

	it("import each other without a cycle, type-only imports included", () => {
		const named = cycles(graph).map((cycle) => cycle.map((file) => relative("src", file)).join(" -> "));
		expect(named).toEqual([]);
	});

	it("find a cycle when there is one", () => {
		const looped = new Map([
			["a.ts", ["b.ts"]],
			["b.ts", ["c.ts"]],
			["c.ts", ["a.ts"]],
			["d.ts", ["a.ts"]],
		]);
		expect(cycles(looped)).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
	});
});

describe("the browser", () => {
	it("is touched by browser.ts alone: no other module names `browser.` or `chrome.`", () => {
		const touching = sourceFiles("src").filter((file) => {
			const code = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
			return /\b(?:browser|chrome)\.(?:runtime|storage|tabs|i18n|action|downloads)\b/.test(code);
		});
		expect(touching.map((file) => relative("src", file))).toEqual(["platform/browser.ts"]);
	});
});
