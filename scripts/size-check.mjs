// Prints the transfer size of the release build (brotli, quality 11, as a
// server would send it) on every run, and fails above a ceiling.
//
// The ceiling (issue 11) is a guard against bloat, not a goal: the 200 KB
// budget of issue 6 is retired, and a maintained crate is preferred to a
// hand-written copy of it even when it costs a few kilobytes (serde, gloo,
// miniz_oxide's compressor, a QR crate). What users feel is the time to the
// first result on a slow connection, which scripts/bench.sh measures. If
// the ceiling ever binds, say so in a note rather than hand-write a crate
// away (docs/size.md).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
// 360 KB from issue 11 to issue 14, which bound it (docs/size.md).
const ceilingKb = Number(process.env.SIZE_CEILING_KB ?? 400);
const shipped = /\.(html|js|wasm|css)$/;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let total = 0;
for (const path of files(dist).filter((p) => shipped.test(p)).sort()) {
  const bytes = brotliCompressSync(readFileSync(path), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  total += bytes;
  console.log(`  ${relative(dist, path).padEnd(48)} ${String(bytes).padStart(8)} B brotli`);
}
const kb = Math.ceil(total / 1024);
console.log(`Transfer size: ${kb} KB brotli (ceiling ${ceilingKb} KB)`);
if (kb > ceilingKb) {
  console.error(`Over the size ceiling by ${kb - ceilingKb} KB`);
  process.exit(1);
}
