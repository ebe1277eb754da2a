// Makes the store zip with web-ext build, then rewrites it so that the same dist/ always gives
// the same bytes: the stores' reviewers rebuild from source and compare. web-ext stamps every
// entry with the time of packaging and keeps the file system's order; we fix both.
import { readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { cmd } from "web-ext";

// 1980-01-01 is the earliest date a zip can hold; any fixed date would do.
const fixedDate = new Date(Date.UTC(1980, 0, 1));

/** Zips `sourceDir` into `artifactsDir`; returns the zip's path. */
export async function packageExtension(sourceDir, artifactsDir) {
	await rm(artifactsDir, { recursive: true, force: true });
	const { extensionPath } = await cmd.build(
		{ sourceDir, artifactsDir, overwriteDest: true },
		{ showReadyMessage: false },
	);
	const original = await JSZip.loadAsync(await readFile(extensionPath));
	const normalised = new JSZip();
	const names = Object.keys(original.files)
		.filter((name) => !original.files[name]?.dir)
		.sort();
	for (const name of names) {
		const data = await original.file(name)?.async("uint8array");
		if (data) normalised.file(name, data, { date: fixedDate, createFolders: false });
	}
	const bytes = await normalised.generateAsync({
		type: "uint8array",
		compression: "DEFLATE",
		compressionOptions: { level: 9 },
		platform: "UNIX",
	});
	await writeFile(extensionPath, bytes);
	return extensionPath;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	console.log(await packageExtension(process.argv[2] ?? "dist", process.argv[3] ?? "web-ext-artifacts"));
}
