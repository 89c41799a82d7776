// Trunk post-build hook: runs the steps below one after the other. Trunk
// starts all hooks of a stage at once, and the offline list must be made
// from the files as minify-js leaves them.
import { execFileSync } from "node:child_process";

for (const step of ["minify-js.mjs", "offline-manifest.mjs"]) {
  execFileSync(process.execPath, [new URL(step, import.meta.url).pathname], { stdio: "inherit" });
}
