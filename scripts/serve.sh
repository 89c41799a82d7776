#!/usr/bin/env bash
# Sets up what is missing, then builds the app and serves it at
# http://127.0.0.1:8080 (rebuilding on change). RELEASE=1 serves the
# optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --address 127.0.0.1 --port 8080 ${RELEASE:+--release}
