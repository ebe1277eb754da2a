// One folder for everything a run of the scenarios leaves in the temp folder: the test copies,
// the profiles and downloads, the browsers' own files. The browsers shared by a worker's files
// (scenario.ts) close only when the worker does, with no chance to clean up after themselves:
// removing this folder at the end does it for them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function setup() {
	const folder = mkdtempSync(join(tmpdir(), "plenum-e2e-run-"));
	const before = process.env.TMPDIR;
	// The workers and the browsers they start inherit it, and node's tmpdir() follows it.
	process.env.TMPDIR = folder;
	return () => {
		if (before === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = before;
		// A browser that is still going away may write one last file while the folder goes.
		rmSync(folder, { recursive: true, force: true, maxRetries: 10 });
	};
}
