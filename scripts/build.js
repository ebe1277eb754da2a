// Builds the loadable extension into dist/ (or the folder given as the first argument).
// Type checking is its own step (tsc --noEmit); this only bundles and copies.
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";

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

const pages = ["popup", "options"];
const copies = [
	["manifest.json", "manifest.json"],
	["_locales", "_locales"],
	...[16, 32, 48, 96, 128].map((size) => [`icons/icon-${size}.png`, `icons/icon-${size}.png`]),
];

/** Builds into `outdir`; returns esbuild's metafile, which the size budget test reads. */
export async function buildExtension(outdir) {
	// Bundle in memory first: a failed build leaves the last good output in place.
	const { outputFiles, metafile } = await bundle(outdir);

	await rm(outdir, { recursive: true, force: true });
	for (const file of outputFiles) {
		await mkdir(dirname(file.path), { recursive: true });
		await writeFile(file.path, file.contents);
	}
	for (const [from, to] of copies) {
		await mkdir(dirname(`${outdir}/${to}`), { recursive: true });
		await cp(from, `${outdir}/${to}`, { recursive: true });
	}
	for (const page of pages) await writePage(outdir, page, metafile);
	return metafile;
}

/**
 * Each page its own bundle: in one bundle, what the pages share became chunks both load, and
 * the popup's first view asked for five files. Now the popup's first load is its entry and the
 * one chunk it shares with its later sections (popup-later.tsx, loaded after the first paint);
 * loaded on use are only those sections and the libraries for the QR code, the calendar file,
 * the host check and the polyfill. Every file costs the browser a request before the first
 * paint (`npm run bench` shows them in its trace). Both pages carry their own Preact for that.
 * Chunk names are content hashes, so a chunk both builds make is one file.
 */
async function bundle(outdir) {
	const results = await Promise.all(pages.map((page) => bundlePage(outdir, page)));
	const outputFiles = new Map(results.flatMap((result) => result.outputFiles).map((file) => [file.path, file]));
	const outputs = Object.assign({}, ...results.map((result) => result.metafile.outputs));
	const inputs = Object.assign({}, ...results.map((result) => result.metafile.inputs));
	return dropRuntimeOnlyImports([...outputFiles.values()], { inputs, outputs });
}

/**
 * esbuild gives each page's entry a bare `import"./chunks/chunk-….js"` of the chunk that holds
 * only its own runtime helpers (for the CommonJS libraries loaded on demand) even where the entry
 * uses none of them. Such a chunk has no inputs and no side effects, so the bare import does
 * nothing but cost the page one more file before its first paint; it is dropped, and so is its
 * modulepreload.
 */
function dropRuntimeOnlyImports(files, metafile) {
	const runtime = Object.entries(metafile.outputs)
		.filter(([path, output]) => path.endsWith(".js") && Object.keys(output.inputs).length === 0)
		.map(([path]) => resolve(path));
	const outputFiles = files.map((file) => {
		const output = Object.entries(metafile.outputs).find(([path]) => resolve(path) === file.path)?.[1];
		if (!output || !file.path.endsWith(".js")) return file;
		let text = file.text;
		for (const chunk of runtime) {
			let from = relative(dirname(file.path), chunk);
			if (!from.startsWith(".")) from = `./${from}`;
			const bare = `import"${from}";`;
			if (!text.includes(bare) || text.includes(`from"${from}"`)) continue;
			text = text.replace(bare, "");
			output.imports = output.imports.filter(({ path }) => resolve(path) !== chunk);
		}
		return text === file.text ? file : { path: file.path, contents: Buffer.from(text), text };
	});
	return { outputFiles, metafile };
}

function bundlePage(outdir, page) {
	return build({
		entryPoints: [{ in: `src/${page}/main.tsx`, out: page }],
		outdir,
		bundle: true,
		format: "esm",
		splitting: true,
		chunkNames: "chunks/[name]-[hash]",
		// Minified to keep the pages small and fast; reviewers rebuild it byte for byte from source.
		minify: true,
		target: ["chrome120", "firefox140"],
		jsx: "automatic",
		jsxImportSource: "preact",
		legalComments: "none",
		logLevel: "warning",
		sourcemap: false,
		plugins: [noInnerHtml],
		metafile: true,
		write: false,
	});
}

/**
 * Both pages from one template. The page's styles (the shared ones and its own) are inlined, so
 * nothing but the scripts is fetched before the first paint; the chunks the script imports are
 * announced as modulepreload links, so the browser fetches them in parallel instead of finding
 * them one import at a time, which `npm run bench` showed on the popup's first paint.
 */
async function writePage(outdir, page, metafile) {
	const css = (await Promise.all(["base", page].map((name) => readFile(`src/styles/${name}.css`, "utf8")))).join("\n");
	const { code: style } = await transform(css, { loader: "css", minify: true, target: ["chrome120", "firefox140"] });
	const preloads = staticChunks(metafile, resolve(outdir, `${page}.js`)).map(
		(chunk) => `<link rel="modulepreload" href="${relative(resolve(outdir), chunk)}">`,
	);
	const html = [
		"<!doctype html>",
		'<html lang="en">',
		'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title></title>',
		// Scripts first: a module script runs after parsing anyway, and its files are asked for the
		// moment the parser meets them, before it reads the styles.
		...preloads,
		`<script type="module" src="${page}.js"></script>`,
		`<style>${style.trim()}</style>`,
		`</head><body class="${page}"></body></html>`,
		"",
	];
	await writeFile(`${outdir}/${page}.html`, html.join("\n"));
}

/**
 * What a page loads before it can show anything, as paths in `outdir`: its HTML (with its styles
 * inlined), its script, and the chunks the script imports statically.
 */
export function firstLoadFiles(metafile, outdir, page) {
	const chunks = staticChunks(metafile, resolve(outdir, `${page}.js`)).map((chunk) => relative(resolve(outdir), chunk));
	return [`${page}.html`, `${page}.js`, ...chunks];
}

/**
 * The chunks of the title's link finder (linkify-it with the IANA top-level domains, Signal's own
 * rule), as paths in `outdir`. It is loaded only when a title could hold a link, and its size has
 * a ceiling of its own.
 */
export function linkFinderFiles(metafile, outdir) {
	const packages = ["linkify-it", "tlds"];
	return Object.entries(metafile.outputs)
		.filter(([, { inputs }]) => Object.keys(inputs).some((input) => packages.some((p) => input.includes(`/${p}/`))))
		.map(([path]) => relative(resolve(outdir), resolve(path)));
}

/** The chunks an output imports statically, directly or through another chunk (not import()). */
export function staticChunks(metafile, output, found = new Set()) {
	const entry = Object.entries(metafile.outputs).find(([path]) => resolve(path) === output)?.[1];
	for (const { path, kind } of entry?.imports ?? []) {
		if (kind === "import-statement" && !found.has(resolve(path))) {
			found.add(resolve(path));
			staticChunks(metafile, resolve(path), found);
		}
	}
	return [...found].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildExtension(process.argv[2] ?? "dist");
