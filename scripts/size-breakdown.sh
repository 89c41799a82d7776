#!/usr/bin/env bash
# Where the wasm's bytes go: builds the release wasm as `trunk build
# --release` does, but with function names kept, and prints what each part
# of the code costs after brotli (scripts/size-breakdown.mjs). For working
# on the size budget (issue 6); not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/size-breakdown
# v0 symbol names keep the generic arguments: a component's view is named
# after the component, not only after Yew's generic lifecycle.
RUSTFLAGS="-C symbol-mangling-version=v0" CARGO_TARGET_DIR="$out/cargo" \
  cargo build --locked --release --target wasm32-unknown-unknown --bin afkortning
wasm-bindgen --keep-debug --target web --out-dir "$out" "$out/cargo/wasm32-unknown-unknown/release/afkortning.wasm"
# The same wasm-opt passes as index.html asks Trunk for, plus -g (names).
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
# shellcheck disable=SC2086
wasm-opt -Oz -g $params --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/afkortning_bg.wasm" -o "$out/named.wasm"
node scripts/size-breakdown.mjs "$out/named.wasm" \
  'decision support=^(ui/components/(decision|meeting)|ui/decision(_chart)?|engine/solve)$' \
  'scenario bar, files, links, QR=^(ui/components/sharing|format/(link|deflate|csv)|lib:(miniz_oxide|qrcodegen))$' \
  'scenario document (JSON)=^format/(document|json)$' \
  'Monte Carlo=^(engine|ui/components)/uncertainty$' \
  'comparison=^(ui/components/compare|engine/compare)$' \
  'workings=^(engine|ui/components)/working$' \
  'all of this crate=^(engine|ui|format|data|lang)/' \
  'Yew=^lib:yew$'
