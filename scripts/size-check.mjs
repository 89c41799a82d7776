// Prints the transfer size of the release build (brotli, quality 11, as a
// server would send it) against the budget, and fails over the ceiling.
//
// The budget (issue 6) is 200 KB. Sharing, comparison and decision support
// took the app to 287 KB; our own JSON instead of serde, no Unicode tables
// and no Debug formatting brought it to 242 KB; minified JS glue, more
// wasm-opt passes, no BTreeMaps of our own and fewer sort routines to
// 236 KB. What is left is what the features cost (docs/size.md,
// scripts/size-breakdown.sh), so the budget waits on a decision (issue 6).
// Until then every run says how far over it is, and CI fails above the
// ceiling so the size cannot grow unnoticed. The ceiling follows the size
// down (it was 300 KB, then 250, 245 and 244 KB); never raise it quietly.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? 200);
const ceilingKb = Number(process.env.SIZE_CEILING_KB ?? 242);
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
console.log(`Transfer size: ${kb} KB brotli (budget ${budgetKb} KB, ceiling ${ceilingKb} KB)`);
if (kb > budgetKb) {
  console.log(`Over the size budget by ${kb - budgetKb} KB (see issue 6)`);
}
if (kb > ceilingKb) {
  console.error(`Over the size ceiling by ${kb - ceilingKb} KB`);
  process.exit(1);
}
