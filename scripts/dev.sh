#!/usr/bin/env bash
# The main job: set up the machine, build the package, serve the demo site
# with the widgets on http://localhost:8080/ (PORT to change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/lib.sh
select_wasm_toolchain
node scripts/build.mjs
exec node scripts/serve.mjs
