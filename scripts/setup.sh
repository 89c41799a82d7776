#!/usr/bin/env bash
# Installs what building and testing need, and skips what is already right,
# so a second run takes seconds. Only crates.io, npm and Debian's packages
# are used: Trunk would otherwise try to download wasm-bindgen and wasm-opt.
#   scripts/setup.sh          build tools (wasm target, Trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --test   the same, plus Chromium and ChromeDriver for tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14 # Trunk 0.22 needs a newer rustc than this machine's.
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: present"
else
  say "wasm32 target: installing"
  rustup target add wasm32-unknown-unknown
fi

if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "Trunk $TRUNK_VERSION: present"
else
  say "Trunk $TRUNK_VERSION: installing (about 10–13 minutes on 2 cores)"
  # --locked: without it a newer lightningcss fails to build.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$" \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION (as in Cargo.lock): installing (about 5 minutes)"
  # No --locked: its lockfile names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt (binaryen 132), Playwright and axe-core come from npm; Debian's
# binaryen is too old for what wasm-bindgen emits.
if [ -f node_modules/.stamp ] && [ node_modules/.stamp -nt package-lock.json ] && [ node_modules/.stamp -nt package.json ]; then
  say "npm packages: present"
else
  say "npm packages: installing"
  npm ci --no-audit --no-fund
  touch node_modules/.stamp
fi

if [ "${1:-}" = "--test" ]; then
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "Chromium and ChromeDriver: present"
  else
    say "Chromium and ChromeDriver: installing"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
fi
