// Makes the store zip with web-ext build, then rewrites it so that the same dist/ always gives
// the same bytes: the stores' reviewers rebuild from source and compare. web-ext stamps every
// entry with the time of packaging and keeps the file system's order; we fix both.
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { cmd } from "web-ext";

const artifacts = process.argv[2] ?? "web-ext-artifacts";
// 1980-01-01 local time is the earliest date a zip can hold; any fixed date would do.
const fixedDate = new Date(1980, 0, 1);

await rm(artifacts, { recursive: true, force: true });
const { extensionPath } = await cmd.build({ sourceDir: "dist", artifactsDir: artifacts, overwriteDest: true });

const original = await JSZip.loadAsync(await readFile(extensionPath));
const normalised = new JSZip();
const names = Object.keys(original.files)
	.filter((name) => !original.files[name]?.dir)
	.sort();
for (const name of names) {
	const file = original.file(name);
	if (file) normalised.file(name, await file.async("uint8array"), { date: fixedDate, createFolders: false });
}
const bytes = await normalised.generateAsync({
	type: "uint8array",
	compression: "DEFLATE",
	compressionOptions: { level: 9 },
	platform: "UNIX",
});
await writeFile(extensionPath, bytes);
console.log(`${extensionPath}: ${bytes.length} bytes, ${names.length} files`);
console.log((await readdir(artifacts)).join("\n"));
