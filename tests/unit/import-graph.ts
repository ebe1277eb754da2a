import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

// The modules of src/ and what each imports, type-only imports included: a cycle of types is
// still two modules that cannot be read one before the other.
export function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

function resolveImport(from: string, specifier: string): string | undefined {
	if (!specifier.startsWith(".")) return undefined;
	const base = join(dirname(from), specifier);
	return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((file) => existsSync(file));
}

export function importGraph(dir = "src"): Map<string, string[]> {
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
