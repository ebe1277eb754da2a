// Bundles a client's own files with esbuild, exactly as they are in its checkout, and stands in for
// every import the check does not need (logging, React components, routes). Each decision is noted,
// so the output says which of the client's code really ran.
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type BuildOptions, build, type OnResolveResult, type Plugin } from "esbuild";

export const ownRoot = resolve(import.meta.dirname, "../..");

/** What ran for real and what was stood in for, printed at the end. */
export const notes: string[] = [];

// An inert stand-in: any property, call or construction gives the stand-in again. A stood-in file of the
// client exports the names its source exports, each as the stand-in.
const inertValue = `new Proxy(function () {}, { get: (_t, k) => (k === Symbol.toPrimitive ? () => "" : s), apply: () => s, construct: () => s })`;

function exportedNames(source: string): Set<string> {
	const names = new Set<string>();
	for (const [, name] of source.matchAll(
		/^export (?:declare )?(?:async )?(?:function\*?|const|let|var|class|enum|namespace) (\w+)/gm,
	))
		if (name) names.add(name);
	for (const [, list = ""] of source.matchAll(/^export \{([^}]*)\}/gm)) {
		for (const item of list.split(",")) {
			const name = item
				.trim()
				.split(/\s+as\s+/)
				.at(-1);
			if (name && !name.startsWith("type ")) names.add(name);
		}
	}
	return names;
}

function inertModule(file: string | undefined): string {
	if (!file || !existsSync(file)) return `const s = ${inertValue}; module.exports = s;`;
	const exports = [...exportedNames(readFileSync(file, "utf8"))].map((name) => `export const ${name} = s;`);
	return `const s = ${inertValue};\nexport default s;\n${exports.join("\n")}`;
}

function note(text: string): OnResolveResult {
	notes.push(text);
	return { path: text, namespace: "inert" };
}

export type ClientFiles = {
	/** Whether a file of the checkout (its path relative to the root) is bundled as it is. */
	isReal: (file: string) => boolean;
	/** Module sources that replace an import of that exact name. */
	shims: Record<string, string>;
	/** The packages the client may use, each mapped to the name of our copy at the version it pins. */
	packages: Record<string, string>;
};

/** esbuild plugin: a client's files are real if `isReal` says so, listed `shims` replace modules, all else is inert. */
export function clientFiles(root: string, { isReal, shims, packages }: ClientFiles): Plugin {
	return {
		name: "client-files",
		setup(b) {
			b.onResolve({ filter: /.*/ }, async ({ path, importer, resolveDir, kind, pluginData }) => {
				if (pluginData?.own || kind === "entry-point") return undefined;
				const fromClient = importer.startsWith(resolve(root)) && !importer.includes("node_modules");
				if (!fromClient && importer) return undefined;
				if (path in shims) return { path, namespace: "shim" };
				if (!path.startsWith(".") && !path.startsWith("/")) {
					const target = packages[path];
					if (!target) return note(`inert: package ${path}`);
					// The checkout's own installed copy if it has one, else ours at the version the client pins.
					const installed = existsSync(join(root, "node_modules", path));
					const found = await b.resolve(installed ? path : target, {
						resolveDir: installed ? root : ownRoot,
						kind,
						pluginData: { own: true },
					});
					if (found.errors.length > 0) return note(`inert: package ${path} (not found)`);
					notes.push(`real: ${path} from ${found.path.split("node_modules/").at(-1)}`);
					return found;
				}
				const found = await b.resolve(path, { resolveDir, kind, pluginData: { own: true } });
				// A file the checkout lacks is stood in for too, named as the client imports it.
				if (found.errors.length > 0) return note(`inert: ${path} (not found, from ${relative(root, importer)})`);
				const file = relative(root, found.path);
				if (!isReal(file)) return { ...note(`inert: ${file}`), pluginData: found.path };
				return found;
			});
			b.onLoad({ filter: /.*/, namespace: "shim" }, ({ path }) => ({
				contents: shims[path],
				loader: "js",
				resolveDir: ownRoot,
			}));
			b.onLoad({ filter: /.*/, namespace: "inert" }, ({ pluginData }) => ({
				contents: inertModule(pluginData),
				loader: "js",
			}));
		},
	};
}

/** Bundles `source` (TypeScript importing from the checkout at `root`) into `workDir` and imports it. */
export async function bundle<Module>(
	workDir: string,
	name: string,
	root: string,
	source: string,
	plugin: Plugin,
	extra: BuildOptions = {},
): Promise<Module> {
	const outfile = join(workDir, `${name}.mjs`);
	await build({
		stdin: { contents: source, resolveDir: root, loader: "ts" },
		bundle: true,
		format: "esm",
		platform: "node",
		outfile,
		nodePaths: [join(ownRoot, "node_modules")],
		logLevel: "error",
		plugins: [plugin],
		...extra,
	});
	return (await import(pathToFileURL(outfile).href)) as Module;
}

/** The first of `candidates` (paths relative to `root`) that exists: files the clients have renamed over time. */
export function first(root: string, candidates: string[]): string | undefined {
	return candidates.map((c) => join(root, c)).find((c) => existsSync(c));
}
