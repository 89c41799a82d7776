// Times the engine's exports (examples/bench_wasm.rs) and leaves the result
// in window.benchResult for scripts/bench.mjs.
import init, { large_link, evaluate_small, evaluate_large, goal_seek_large, sensitivity_large, monte_carlo } from "./pkg/bench_wasm.js";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/// Median time of one call, over `runs` measurements of `batch` calls each:
/// the browser's clock is too coarse to time a call of a few microseconds.
function time(fn, runs, batch = 1) {
  fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) {
      if (fn() === false) throw new Error("the benchmark scenario did not evaluate");
    }
    times.push((performance.now() - t0) / batch);
  }
  return median(times);
}

await init({ module_or_path: "./pkg/bench_wasm_bg.wasm" });
const draws = 100_000;
const mc3 = time(() => monte_carlo(draws, 3) >= 0, 5);
const mc5 = time(() => monte_carlo(draws, 5) >= 0, 5);
window.benchResult = {
  largeLink: large_link(),
  evaluateSmallMs: time(evaluate_small, 20, 200),
  evaluateLargeMs: time(evaluate_large, 20),
  goalSeekLargeMs: time(goal_seek_large, 5),
  sensitivityLargeMs: time(sensitivity_large, 3),
  monteCarlo3Ms: mc3,
  monteCarlo5Ms: mc5,
  drawsPerSecond3: Math.round((draws / mc3) * 1000),
  drawsPerSecond5: Math.round((draws / mc5) * 1000),
};
