// Trunk post-build hook: minifies the wasm-bindgen glue in release builds.
//
// Trunk's own minifier gives up on the glue's `export default` and ships it
// as written (41 KB raw, 6.3 KB brotli); terser takes it to about 4.8 KB.
// Trunk has already written the file's Subresource Integrity hash into
// index.html, so the hash is replaced with the minified file's, and the
// build fails if the old one is not found (a page with a wrong hash would
// not start).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const stage = process.env.TRUNK_STAGING_DIR;
const htmlPath = join(stage, "index.html");
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

let html = readFileSync(htmlPath, "utf8");
// boot.js and sw.js are copied from static/ as written (small, commented).
const glue = readdirSync(stage).filter((name) => name.endsWith(".js") && !["boot.js", "sw.js"].includes(name));
if (glue.length !== 1) {
  console.error(`minify-js: expected one wasm-bindgen glue file in ${stage}, found ${glue.length}`);
  process.exit(1);
}
const path = join(stage, glue[0]);
const source = readFileSync(path);
const { code } = await minify(source.toString("utf8"), {
  module: true,
  compress: { passes: 2 },
  mangle: true,
});
const before = sri(source);
if (!html.includes(before)) {
  console.error(`minify-js: index.html has no integrity hash for ${glue[0]}`);
  process.exit(1);
}
writeFileSync(path, code);
html = html.replace(before, sri(code));
writeFileSync(htmlPath, html);
console.log(`minify-js: ${glue[0]} ${source.length} → ${code.length} bytes`);

// boot.js is written with its reasons in comments; the page loads it as a
// classic script by name (no integrity hash), so it is minified in place
// (about 0.7 KB brotli less). sw.js is minified once its file list is in
// (offline-manifest.mjs).
async function minifyClassic(file) {
  const written = readFileSync(file, "utf8");
  const { code: small } = await minify(written, { compress: { passes: 2 }, mangle: true });
  writeFileSync(file, small);
  console.log(`minify-js: ${file.split("/").pop()} ${written.length} → ${small.length} bytes`);
}
await minifyClassic(join(stage, "boot.js"));
