// Checks titles, room links and invitations (Jitsi rooms with every room option, backup rooms, dates in every
// language, and large assemblies on Mumble) against the real code of Jitsi Meet and Signal Desktop, taken
// from checkouts of their repositories, with titles generated afresh from random seeds. The unit tests do
// the same against models of that code; this check finds where a model and the real code part ways.
//
//   npm run check:clients -- <jitsi-meet> <Signal-Desktop> [--js-utils <jitsi/js-utils>] [--runs 5000] [--seed n]
//
// A release check (`npm run release-check`, see docs/releasing.md), not part of `npm test` nor of CI:
// it needs checkouts of jitsi-meet and Signal Desktop, and CI reaches only the package registry,
// where neither is published.
//
// Each client's files that decide the outcome are bundled as they are: jitsi-meet's parseURLParams.ts,
// uri.ts, strings.web.ts and configWhitelist.ts; Signal Desktop's Linkify.dom.tsx, MessageTextRenderer.dom.tsx,
// LinkPreview.std.ts and the utilities they call. Every other import of theirs (logging, React components,
// routes) is replaced by an inert stand-in, and each substitution is printed. Nothing of theirs is written
// into this repository: the bundles live in a temporary folder and are deleted afterwards.
// Run by jiti, like the benchmark: Node 20 runs no TypeScript.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { notes } from "./check-clients/bundle";
import { checkTitles } from "./check-clients/checks";
import { loadJitsi, loadSignal } from "./check-clients/clients";
import { generatedTitles } from "./check-clients/titles";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
// Paths as the caller typed them, from where npm was called.
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? ".", path);
const [jitsiRoot, signalRoot] = args
	.filter((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"))
	.map(fromCaller);
if (!jitsiRoot || !signalRoot) {
	console.error("Usage: npm run check:clients -- <jitsi-meet checkout> <Signal-Desktop checkout> [--js-utils <dir>]");
	process.exit(2);
}
const runs = Number(option("--runs") ?? "5000");
const seed = Number(option("--seed") ?? String((crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) >>> 1));
const jsUtils = option("--js-utils");

const workDir = mkdtempSync(join(tmpdir(), "check-clients-"));
process.on("exit", () => rmSync(workDir, { recursive: true, force: true }));
const jitsi = await loadJitsi(workDir, jitsiRoot, jsUtils && fromCaller(jsUtils));
const signal = await loadSignal(workDir, signalRoot);
const titles = generatedTitles(seed, runs);
const { findings, refused, refusedWithoutSignalLink, missingConfig } = checkTitles(titles, jitsi, signal);

console.log([...new Set(notes)].sort().join("\n"));
console.log(
	`\nseed ${seed}: ${titles.length} generated titles, ${titles.length - refused} accepted, ${refused} refused`,
);
console.log(`refused although Signal Desktop would show no link in the title: ${refusedWithoutSignalLink}`);
console.log(
	`Jitsi whitelist (${jitsi.configWhitelist.length} keys) holds startWithAudioMuted, startWithVideoMuted, subject: ${missingConfig.length === 0}`,
);
for (const [kind, list] of findings) {
	console.log(`\nFOUND ${list.length}x: ${kind}`);
	for (const { raw, detail } of list.slice(0, 5)) console.log(`  ${raw}\n    -> ${JSON.stringify(detail)}`);
}
console.log(findings.size === 0 ? "\nNothing found." : `\n${findings.size} kinds of finding.`);
process.exitCode = findings.size === 0 ? 0 : 1;
