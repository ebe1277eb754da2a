// Builds the loadable extension into dist/ (or the folder given as the first argument).
// Type checking is its own step (tsc --noEmit); this only bundles and copies.
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { build } from "esbuild";

// Preact's one `innerHTML =` serves dangerouslySetInnerHTML, which this extension never uses.
// Making that path throw means no string can ever become markup in our pages, and the stores'
// linter (web-ext lint, UNSAFE_VAR_ASSIGNMENT) has nothing to flag.
const noInnerHtml = {
	name: "no-inner-html",
	setup(build) {
		build.onLoad({ filter: /preact[\\/]dist[\\/]preact\.mjs$/ }, async ({ path }) => {
			const source = await readFile(path, "utf8");
			const assignment = /\b\w+\.innerHTML=\w+\.__html\b/g;
			const found = source.match(assignment)?.length ?? 0;
			if (found !== 1) throw new Error(`expected one innerHTML assignment in ${path}, found ${found}`);
			const contents = source.replace(assignment, '(()=>{throw Error("dangerouslySetInnerHTML is disabled")})()');
			return { contents, loader: "js" };
		});
	},
};

const outdir = process.argv[2] ?? "dist";

// Bundle in memory first: a failed build leaves the last good dist/ in place.
const { outputFiles } = await build({
	entryPoints: ["src/popup.tsx", "src/options.tsx"],
	outdir,
	bundle: true,
	// Both pages share one chunk of Preact, polyfill and settings code instead of carrying it twice.
	format: "esm",
	splitting: true,
	chunkNames: "chunks/[name]-[hash]",
	// Minified to keep the pages small and fast; reviewers rebuild it byte for byte from source.
	minifyWhitespace: true,
	minifySyntax: true,
	minifyIdentifiers: true,
	target: ["chrome120", "firefox140"],
	jsx: "automatic",
	jsxImportSource: "preact",
	legalComments: "none",
	logLevel: "warning",
	// No source maps: the readable bundle itself is what reviewers read.
	sourcemap: false,
	plugins: [noInnerHtml],
	write: false,
});

await rm(outdir, { recursive: true, force: true });
for (const file of outputFiles) {
	await mkdir(dirname(file.path), { recursive: true });
	await writeFile(file.path, file.contents);
}

const copies = [
	["manifest.json", "manifest.json"],
	["_locales", "_locales"],
	["src/popup.html", "popup.html"],
	["src/options.html", "options.html"],
	["src/style.css", "style.css"],
];
for (const [from, to] of copies) await cp(from, `${outdir}/${to}`, { recursive: true });
await mkdir(`${outdir}/icons`);
for (const size of [16, 32, 48, 96, 128]) await cp(`icons/icon-${size}.png`, `${outdir}/icons/icon-${size}.png`);
