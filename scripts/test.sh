#!/usr/bin/env bash
# Every test: set up the machine, rustfmt check, native Rust tests of all crates, build the
# package, Node import tests, end-to-end tests in headless Chromium, then a
# 30-second fuzz run of each cargo-fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/lib.sh
select_wasm_toolchain

echo "test: rustfmt check (rustfmt.toml; both workspaces)"
if cargo fmt --version >/dev/null 2>&1; then
  cargo fmt --all --check && (cd fuzz && cargo fmt --check)
else
  echo "test: rustfmt is not installed: format check SKIPPED"
fi

echo "test: cargo test (native, all crates; lis1kit with its elements feature)"
cargo test --workspace --features lis1kit/elements --quiet

echo "test: build the npm package"
node scripts/build.mjs

echo "test: Node import and API tests, size budget"
node --test tests/node/

echo "test: performance report command, smoke run (sizes and JS-boundary timings; nothing asserted on timings)"
node scripts/perf.mjs --quick > /dev/null

echo "test: TypeScript consumer of the built package (tsc --noEmit)"
(cd tests/types && npm install --offline --no-package-lock --no-audit --no-fund --loglevel=error) && node_modules/.bin/tsc --noEmit -p tests/types

echo "test: end-to-end in headless Chromium"
node --test tests/e2e/

echo "test: fuzz smoke (30 s per target)"
bash scripts/fuzz.sh 30
