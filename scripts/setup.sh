#!/usr/bin/env bash
# Installs everything lis1kit needs on a fresh Debian 12 machine of this kind,
# idempotently, printing one line for each thing it does or skips.
# Facts behind each step: shared/TOOLCHAIN.md (verified November 2026).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

say() { printf 'setup: %s\n' "$*"; }
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    say "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# 1. The wasm32-unknown-unknown standard library.
#    Route A: rustup, with a short timeout (its server is not a promised registry).
#    Route B: Debian's rustc-web with a wasm32 std built once into its sysroot.
if has_rustup_wasm_target; then
  say "wasm32 std: rustup target present, skipping"
elif timeout 20 rustup target add wasm32-unknown-unknown >/dev/null 2>&1 && has_rustup_wasm_target; then
  say "wasm32 std: installed with rustup"
elif has_debian_wasm_toolchain; then
  say "wasm32 std: Debian toolchain debian-wasm present, skipping"
else
  say "wasm32 std: rustup unavailable, building Debian's route (rustc-web + build-std)"
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  work=$(mktemp -d)
  mkdir -p "$work/src"
  printf '[package]\nname = "wasm-std-build"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n' >"$work/Cargo.toml"
  printf '#![no_std]\n' >"$work/src/lib.rs"
  (cd "$work" && PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes \
    /usr/bin/cargo build --release --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort,panic_unwind,test >/dev/null)
  dest=/usr/lib/rustlib/wasm32-unknown-unknown/lib
  mkdir -p "$dest"
  find "$work/target/wasm32-unknown-unknown/release/deps" \( -name 'lib*.rlib' -o -name 'lib*.rmeta' \) \
    ! -name 'libwasm_std_build*' -exec cp {} "$dest/" \;
  /usr/bin/rustc -vV >"$dest/rustc-vV.txt"
  rm -rf "$work"
  rustup toolchain link debian-wasm /usr
  say "wasm32 std: built for $(/usr/bin/rustc --version); toolchain debian-wasm linked"
fi
select_wasm_toolchain

# 2. wasm-bindgen-cli at exactly the version in Cargo.lock (wasm-pack uses the
#    one on PATH only when it matches; its own download fails here).
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" = "$want" ]; then
  say "wasm-bindgen-cli $want present, skipping"
else
  say "cargo install wasm-bindgen-cli $want (a few minutes)"
  cargo install -q wasm-bindgen-cli --version "$want"   # without --locked: see TOOLCHAIN.md
fi

# 3. wasm-pack.
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" = "$WASM_PACK_VERSION" ]; then
  say "wasm-pack $WASM_PACK_VERSION present, skipping"
else
  say "cargo install wasm-pack $WASM_PACK_VERSION (a few minutes)"
  cargo install -q wasm-pack --version "$WASM_PACK_VERSION"
fi

# 4. Chromium and chromedriver from Debian (for the browser tests).
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  say "chromium and chromedriver present, skipping"
else
  apt_install chromium chromium-driver
fi

# 5. Node dev dependencies from the committed lock file (npm binaryen's
#    wasm-opt, playwright-core, sirv).
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "node_modules up to date with package-lock.json, skipping"
else
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
if node_modules/.bin/wasm-opt --version >/dev/null 2>&1; then
  say "wasm-opt: $(node_modules/.bin/wasm-opt --version) (npm binaryen)"
else
  say "wasm-opt from npm binaryen does not run"; exit 1
fi

# 6. Fuzzing (scripts/fuzz.sh): the nightly toolchain (cargo-fuzz builds with
#    -Zsanitizer; without nightly, fuzz.sh falls back to stable with
#    RUSTC_BOOTSTRAP=1, see lib.sh) and cargo-fuzz itself.
if rustup toolchain list 2>/dev/null | grep -q '^nightly-'; then
  say "nightly toolchain present, skipping"
elif timeout 300 rustup toolchain install nightly --profile minimal >/dev/null 2>&1 \
    && rustup toolchain list 2>/dev/null | grep -q '^nightly-'; then
  say "nightly toolchain: installed with rustup"
else
  say "nightly toolchain: rustup could not install it; scripts/fuzz.sh uses stable with RUSTC_BOOTSTRAP=1"
fi
if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" = "$CARGO_FUZZ_VERSION" ]; then
  say "cargo-fuzz $CARGO_FUZZ_VERSION present, skipping"
else
  say "cargo install cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes)"
  cargo install -q cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

# 7. rustfmt for the format check of scripts/test.sh (rustfmt.toml).
if cargo fmt --version >/dev/null 2>&1; then
  say "rustfmt present, skipping"
elif timeout 120 rustup component add rustfmt >/dev/null 2>&1 && cargo fmt --version >/dev/null 2>&1; then
  say "rustfmt: installed with rustup"
else
  say "rustfmt: not available (rustup could not add it); scripts/test.sh skips the format check and says so"
fi
say "done"
