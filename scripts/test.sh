#!/usr/bin/env bash
# Sets up what is missing, then runs every test: the engine and formats
# natively, the components in headless Chromium, the release build's size,
# and the end-to-end tests against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

say "Engine, formats and data (native cargo test)"
cargo test --locked

if ls tests/ui_*.rs >/dev/null 2>&1; then
  say "Components in headless Chromium (wasm-bindgen-test)"
  for suite in tests/ui_*.rs; do
    cargo test --locked --target wasm32-unknown-unknown --test "$(basename "$suite" .rs)"
  done
fi

say "Release build"
trunk build --release --locked 2>&1 | tail -n 3
node scripts/size-check.mjs

if ls tests/e2e/*.spec.mjs >/dev/null 2>&1; then
  say "End to end (Playwright against dist/)"
  node --test --test-concurrency=1 tests/e2e/*.spec.mjs
fi
