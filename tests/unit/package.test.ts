import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExtension } from "../../scripts/build.js";
import { packageRelease, releaseVersion, sourceFiles } from "../../scripts/package.js";

const temp = mkdtempSync(join(tmpdir(), "plenum-package-"));
afterAll(() => execFileSync("rm", ["-rf", temp]));

const json = (file: string) => JSON.parse(readFileSync(file, "utf8"));

async function unzip(file: string): Promise<Map<string, Buffer>> {
	const zip = await JSZip.loadAsync(readFileSync(file));
	const entries = new Map<string, Buffer>();
	for (const [name, entry] of Object.entries(zip.files)) {
		if (!entry.dir) entries.set(name, await entry.async("nodebuffer"));
	}
	return entries;
}

function filesIn(dir: string): Map<string, Buffer> {
	const paths = readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
	return new Map(paths.map((path) => [path, readFileSync(join(dir, path))]));
}

/** node_modules as `npm ci` would lay it out: hard links where the file system allows, else a copy. */
function copyInstalledPackages(to: string) {
	try {
		execFileSync("cp", ["-al", "node_modules", to], { stdio: "pipe" });
	} catch {
		execFileSync("rm", ["-rf", to]);
		execFileSync("cp", ["-a", "node_modules", to]);
	}
}

function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>) {
	expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
	for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
}

describe("the version", () => {
	it("is the same in manifest.json, package.json and package-lock.json", () => {
		const { version } = json("manifest.json");
		expect(version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(json("package.json").version).toBe(version);
		const lock = json("package-lock.json");
		expect(lock.version).toBe(version);
		expect(lock.packages[""].version).toBe(version);
		expect(releaseVersion()).toEqual({ name: "plenum-launcher", version });
	});

	it("has its entry at the top of CHANGELOG.md", () => {
		const changelog = readFileSync("CHANGELOG.md", "utf8");
		const first = changelog.match(/^## (\S+)/m)?.[1];
		expect(first).toBe(json("manifest.json").version);
	});

	it("stops packaging when package.json and manifest.json disagree", () => {
		const dir = join(temp, "disagree");
		mkdirSync(dir);
		writeFileSync(join(dir, "manifest.json"), JSON.stringify({ version: "1.0.0" }));
		writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "x", version: "1.0.1" }));
		expect(() => releaseVersion(dir)).toThrow(/1\.0\.0.*1\.0\.1/);
	});
});

describe("npm run package", () => {
	const { version } = json("manifest.json");
	let first: { extension: string; source: string };
	let second: { extension: string; source: string };
	beforeAll(async () => {
		// Two builds at different paths, packaged into different folders: nothing of the
		// machine's paths or the time of packaging may reach the zips.
		await buildExtension(join(temp, "dist-1"));
		first = await packageRelease({ dist: join(temp, "dist-1"), out: join(temp, "out-1") });
		await buildExtension(join(temp, "dist-2"));
		second = await packageRelease({ dist: join(temp, "dist-2"), out: join(temp, "out-2") });
	}, 60_000);

	it("names both zips with the version, in one folder", () => {
		expect(first.extension).toBe(join(temp, "out-1", `plenum-launcher-${version}.zip`));
		expect(first.source).toBe(join(temp, "out-1", `plenum-launcher-${version}-source.zip`));
	});

	it("makes byte-identical zips from the same sources", () => {
		expect(readFileSync(second.extension).equals(readFileSync(first.extension))).toBe(true);
		expect(readFileSync(second.source).equals(readFileSync(first.source))).toBe(true);
	});

	it("zips exactly the build", async () => {
		expectSameFiles(await unzip(first.extension), filesIn(join(temp, "dist-1")));
	});

	it("puts what a rebuild needs in the source zip, tracked files only, and no tests", async () => {
		const names = [...(await unzip(first.source)).keys()];
		const tracked = execFileSync("git", ["ls-files"], { encoding: "utf8" }).split("\n");
		for (const name of names) expect(tracked, name).toContain(name);
		expect(names).toEqual(sourceFiles());
		for (const needed of ["package.json", "package-lock.json", "manifest.json", "tsconfig.json", "README.md"]) {
			expect(names).toContain(needed);
		}
		expect(names).toContain("scripts/build.js");
		expect(names).toContain("_locales/en/messages.json");
		expect(names).toContain("icons/icon-128.png");
		expect(names.some((name) => name.startsWith("src/lib/"))).toBe(true);
		expect(names.filter((name) => /^(tests|node_modules|dist|docs|\.ci)\//.test(name))).toEqual([]);
	});

	// What addons.mozilla.org's reviewer does: unpack the source into an empty folder, run the
	// README's commands, and compare the result with the uploaded extension. `npm ci` is replaced
	// here by a copy of the installed node_modules made of hard links: the test runs offline, and
	// `npm ci` installs exactly package-lock.json's versions, which are the ones installed here.
	// Not a symlink: esbuild follows it to the real path, and its chunk names hash the packages'
	// paths relative to the project, so they would differ from a reviewer's real node_modules.
	it("rebuilds, from the unpacked source zip with the README's commands, the same extension and source zips", async () => {
		const fresh = join(temp, "reviewer", "plenum-launcher");
		for (const [name, bytes] of await unzip(first.source)) {
			mkdirSync(dirname(join(fresh, name)), { recursive: true });
			writeFileSync(join(fresh, name), bytes);
		}
		copyInstalledPackages(join(fresh, "node_modules"));
		const readme = readFileSync(join(fresh, "README.md"), "utf8");
		expect(readme).toContain("npm ci\nnpm run build\n");
		execFileSync("npm", ["run", "build"], { cwd: fresh, stdio: "pipe" });
		expectSameFiles(filesIn(join(fresh, "dist")), await unzip(first.extension));

		execFileSync("npm", ["run", "package"], { cwd: fresh, stdio: "pipe" });
		const out = join(fresh, "web-ext-artifacts");
		expect(readFileSync(join(out, `plenum-launcher-${version}.zip`)).equals(readFileSync(first.extension))).toBe(true);
		expect(readFileSync(join(out, `plenum-launcher-${version}-source.zip`)).equals(readFileSync(first.source))).toBe(
			true,
		);
	}, 60_000);
});
