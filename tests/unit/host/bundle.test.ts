import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, expect, it } from "vitest";
import { buildExtension, firstLoadFiles } from "../../../scripts/build.js";

type Metafile = { outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown> }> };

const out = mkdtempSync(join(tmpdir(), "plenum-host-"));
afterAll(() => execFileSync("rm", ["-rf", out]));

// The host check and its data serve only the moment someone adds a host, so the options page
// loads them with import() then, never before its first paint.
it("ships the host check as a chunk of its own that no page loads up front", async () => {
	const metafile: Metafile = await buildExtension(out);
	const gzipped = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
	const name = (path: string) => relative(resolve(out), resolve(path));
	const isHostCode = (input: string) => input.startsWith("src/lib/host/") || input.includes("node_modules/punycode/");

	const hostChunks = Object.entries(metafile.outputs)
		.filter(([path, output]) => path.endsWith(".js") && Object.keys(output.inputs).some(isHostCode))
		.map(([path, output]) => ({ file: name(path), inputs: Object.keys(output.inputs) }));
	expect(hostChunks).toHaveLength(1);
	const [chunk] = hostChunks;
	if (chunk === undefined) return;
	// Everything of the check is in it: each module and the punycode package, and nothing else.
	expect(chunk.inputs.every(isHostCode), chunk.inputs.join(", ")).toBe(true);
	expect(chunk.inputs).toContain("src/lib/host/confusables.ts");

	for (const page of ["options", "popup"]) expect(firstLoadFiles(metafile, out, page)).not.toContain(chunk.file);
	console.log(`Host check, loaded on demand (${chunk.file}): ${gzipped(chunk.file)} B gzipped`);
	expect(gzipped(chunk.file)).toBeLessThan(6 * 1024);
});
