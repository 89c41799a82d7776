#!/usr/bin/env bash
# Builds the release app and the engine benchmark module, measures both in
# headless Chromium and writes docs/performance.md. A benchmark, not a test:
# it reports, it does not fail on a missed target.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --locked 2>&1 | tail -n 1
cargo build --locked --release --target wasm32-unknown-unknown --example bench_wasm
wasm-bindgen --target web --out-dir target/bench-pkg target/wasm32-unknown-unknown/release/examples/bench_wasm.wasm
node scripts/bench.mjs
