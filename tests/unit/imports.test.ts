import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The modules of src/ and what each imports, type-only imports included: a cycle of types is
// still two modules that cannot be read one before the other.
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

function resolveImport(from: string, specifier: string): string | undefined {
	if (!specifier.startsWith(".")) return undefined;
	const base = join(dirname(from), specifier);
	return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((file) => existsSync(file));
}

function importGraph(dir = "src"): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of sourceFiles(dir)) {
		const code = readFileSync(file, "utf8");
		const specifiers = [...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms)].map((m) => m[1] ?? "");
		graph.set(
			file,
			specifiers.map((s) => resolveImport(file, s)).filter((target): target is string => target !== undefined),
		);
	}
	return graph;
}

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
		expect(graph.get(join("src", "lib", "i18n.ts"))).toContain(join("src", "lib", "browser.ts"));
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
		expect(touching.map((file) => relative("src", file))).toEqual(["lib/browser.ts"]);
	});
});
