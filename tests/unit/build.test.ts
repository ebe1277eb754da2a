import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";

const budget = 20 * 1024;
const temp = mkdtempSync(join(tmpdir(), "plenum-build-"));
afterAll(() => execFileSync("rm", ["-rf", temp]));

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

/** Builds (and zips) a copy of the sources at another path, as a reviewer's fresh clone would. */
function buildCopy(name: string): { dist: string; zip: string } {
	const root = join(temp, name);
	for (const part of ["src", "_locales", "icons", "scripts", "manifest.json", "package.json"]) {
		cpSync(part, join(root, part), { recursive: true });
	}
	symlinkSync(join(process.cwd(), "node_modules"), join(root, "node_modules"));
	execFileSync("node", ["scripts/build.js", "dist"], { cwd: root });
	const zip = execFileSync("node", ["scripts/package.js", "dist", "artifacts"], { cwd: root, encoding: "utf8" });
	return { dist: join(root, "dist"), zip: join(root, zip.trim().split("\n").at(-1) ?? "") };
}

describe("the build", () => {
	const first = buildCopy("first");
	const second = buildCopy("second");

	it("is byte-identical when made twice from the same sources", () => {
		expect(files(first.dist)).toEqual(files(second.dist));
		expect(files(first.dist).length).toBeGreaterThan(10);
		for (const file of files(first.dist)) {
			expect(readFileSync(join(second.dist, file)).equals(readFileSync(join(first.dist, file))), file).toBe(true);
		}
	});

	it("makes a byte-identical store zip", () => {
		expect(readFileSync(second.zip).equals(readFileSync(first.zip))).toBe(true);
	});

	it(`ships at most ${budget / 1024} KiB of HTML, JS and CSS, gzipped`, async () => {
		const { buildExtension } = await import("../../scripts/build.js");
		const metafile = await buildExtension(join(temp, "budget"));
		const shipped = files(join(temp, "budget")).filter((file) => /\.(html|js|css)$/.test(file));
		const gzipped = shipped.map((file) => gzipSync(readFileSync(join(temp, "budget", file)), { level: 9 }).length);
		const total = gzipped.reduce((sum, size) => sum + size, 0);

		// Where the minified bytes come from, so growth shows up in every test run.
		const byPackage = new Map<string, number>();
		for (const output of Object.values(metafile.outputs) as { inputs: Record<string, { bytesInOutput: number }> }[]) {
			for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
				const name = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? "own code";
				byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
			}
		}
		const lines = [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `  ${name}: ${bytes} B minified`);
		console.log(`Shipped HTML, JS and CSS: ${total} B gzipped of ${budget} B\n${lines.join("\n")}`);

		expect(byPackage.get("preact")).toBeGreaterThan(0);
		expect(total).toBeLessThanOrEqual(budget);
	});
});
