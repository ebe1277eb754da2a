// Makes the two files a release uploads: the extension zip (for addons.mozilla.org and the
// Chrome Web Store) and the source zip that addons.mozilla.org's reviewers rebuild it from.
// Both are byte-identical for the same sources: entries in a fixed order with a fixed date,
// so a reviewer who rebuilds from the source zip can compare bytes, not guess.
//   npm run package            builds dist/, then writes both into web-ext-artifacts/
//   node scripts/package.js DIST OUT
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

// 1980-01-01 is the earliest date a zip can hold; any fixed date would do.
const fixedDate = new Date(Date.UTC(1980, 0, 1));

/**
 * What a reviewer needs to rebuild the extension with the README's commands, and nothing
 * else: no tests, no CI, no screenshots. `scripts/package.js` is there so they can also
 * remake both zips and compare them byte for byte.
 */
export const sourcePaths = [
	"CHANGELOG.md",
	"LICENSE",
	"README.md",
	"_locales",
	"icons",
	"manifest.json",
	"package-lock.json",
	"package.json",
	"scripts/build.js",
	"scripts/package.js",
	"src",
	"tsconfig.json",
];

/** The release's version; fails when package.json and manifest.json disagree. */
export function releaseVersion(root = ".") {
	const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
	const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
	if (manifest.version !== pkg.version) {
		throw new Error(`manifest.json says ${manifest.version}, package.json says ${pkg.version}: make them agree`);
	}
	return { name: pkg.name, version: manifest.version };
}

/** Every file under `dir`, as sorted paths relative to `base` with forward slashes. */
function walk(dir, base = dir) {
	if (statSync(dir).isFile()) return [relative(base, dir).split(sep).join("/")];
	return readdirSync(dir)
		.flatMap((name) => walk(join(dir, name), base))
		.sort();
}

/**
 * The source files: in a git checkout only tracked ones, so nothing stray on a developer's
 * disk leaks into the upload; in an unpacked source zip (no git), the files themselves.
 */
export function sourceFiles(root = ".") {
	const top = (() => {
		try {
			return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: root, encoding: "utf8", stdio: "pipe" });
		} catch {
			return "";
		}
	})().trim();
	if (top && realpathSync(top) === realpathSync(root)) {
		const listed = execFileSync("git", ["ls-files", "-z", "--", ...sourcePaths], { cwd: root, encoding: "utf8" });
		return listed.split("\0").filter(Boolean).sort();
	}
	return sourcePaths.flatMap((path) => (existsSync(join(root, path)) ? walk(join(root, path), root) : [])).sort();
}

/** A zip of `files` (paths relative to `dir`) in sorted order, every entry dated `fixedDate`. */
async function zipFiles(dir, files) {
	const zip = new JSZip();
	for (const file of [...files].sort()) {
		zip.file(file, readFileSync(join(dir, file)), { date: fixedDate, createFolders: false });
	}
	return zip.generateAsync({
		type: "uint8array",
		compression: "DEFLATE",
		compressionOptions: { level: 9 },
		platform: "UNIX",
	});
}

/** Writes both zips of `root`'s release into `out`; returns their paths. */
export async function packageRelease({ root = ".", dist = "dist", out = "web-ext-artifacts" } = {}) {
	const { name, version } = releaseVersion(root);
	if (!existsSync(join(dist, "manifest.json"))) throw new Error(`No build in ${dist}: run npm run build first`);
	const built = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
	if (built.version !== version) throw new Error(`${dist} holds version ${built.version}, not ${version}: rebuild`);

	await mkdir(out, { recursive: true });
	const extension = resolve(out, `${name}-${version}.zip`);
	const source = resolve(out, `${name}-${version}-source.zip`);
	await writeFile(extension, await zipFiles(dist, walk(dist)));
	await writeFile(source, await zipFiles(root, sourceFiles(root)));
	return { extension, source };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { extension, source } = await packageRelease({ dist: process.argv[2], out: process.argv[3] });
	console.log(`${extension}\n${source}`);
}
