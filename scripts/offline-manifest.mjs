// Trunk post-build step (scripts/post-build.mjs, after minify-js): writes the
// list of the release's files into the offline worker (static/sw.js, copied
// to the staging dir by Trunk), so the worker caches exactly what was built.
//
// Every file in the staging dir but the worker itself is listed: those with
// Trunk's content hash in their name as `hashed` (the worker serves its copy
// first), the rest (index.html, boot.js) as `fresh` (network first), the page
// under "./", the address it is opened at. The version is a hash of all
// listed files' names and contents, so any change makes a new worker and a
// new cache. Development builds keep the worker without a list (it then
// removes itself; see sw.js).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const stage = process.env.TRUNK_STAGING_DIR;
const workerPath = join(stage, "sw.js");
const PLACEHOLDER = "const RELEASE = null;";
// Trunk's file hash: a dash and up to 16 hex digits before the extension
// (afkortning-0123456789abcdef_bg.wasm, app-4b1e864dc609f30.css: a 64-bit
// hash written without leading zeros).
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const listed = files(stage)
  .filter((path) => path !== workerPath)
  .map((path) => ({ path, name: relative(stage, path).split(sep).join("/") }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

const version = createHash("sha256");
for (const { path, name } of listed) version.update(name).update("\0").update(readFileSync(path));
const release = {
  version: version.digest("hex").slice(0, 16),
  hashed: listed.map((f) => f.name).filter((name) => HASHED.test(name)),
  fresh: listed
    .map((f) => f.name)
    .filter((name) => !HASHED.test(name))
    .map((name) => (name === "index.html" ? "./" : name)),
};
if (!release.fresh.includes("./") || release.hashed.length === 0) {
  console.error(`offline-manifest: no index.html or no hashed files in ${stage}`);
  process.exit(1);
}

const worker = readFileSync(workerPath, "utf8");
if (!worker.includes(PLACEHOLDER)) {
  console.error(`offline-manifest: sw.js has no "${PLACEHOLDER}" line to fill in`);
  process.exit(1);
}
writeFileSync(workerPath, worker.replace(PLACEHOLDER, `const RELEASE = ${JSON.stringify(release)};`));
const { minify } = await import("terser");
const filled = readFileSync(workerPath, "utf8");
const { code } = await minify(filled, { compress: { passes: 2 }, mangle: true });
writeFileSync(workerPath, code);
console.log(`offline-manifest: ${listed.length} files, version ${release.version}`);
