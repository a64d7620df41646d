# Shared by the scripts: PATH, versions, toolchain selection.
export PATH="$HOME/.cargo/bin:$PATH"
WASM_PACK_VERSION=0.15.1
CARGO_FUZZ_VERSION=0.13.2

has_rustup_wasm_target() {
  command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}
has_debian_wasm_toolchain() {
  command -v rustup >/dev/null && rustup toolchain list 2>/dev/null | grep -q '^debian-wasm' \
    && [ -d /usr/lib/rustlib/wasm32-unknown-unknown/lib ] \
    && cmp -s <(/usr/bin/rustc -vV) /usr/lib/rustlib/wasm32-unknown-unknown/lib/rustc-vV.txt
}
# Uses rustup's toolchain when it has the wasm32 target, else Debian's.
select_wasm_toolchain() {
  if ! has_rustup_wasm_target && has_debian_wasm_toolchain; then
    export RUSTUP_TOOLCHAIN=debian-wasm
  fi
}
# cargo-fuzz needs nightly compiler flags: rustup's nightly, or else stable
# with RUSTC_BOOTSTRAP=1 (verified with 1.95, address sanitizer included).
# FUZZ_TOOLCHAIN=stable in the environment forces the fallback.
select_fuzz_toolchain() {
  if [ -z "${FUZZ_TOOLCHAIN:-}" ]; then
    if rustup toolchain list 2>/dev/null | grep -q '^nightly-'; then FUZZ_TOOLCHAIN=nightly; else FUZZ_TOOLCHAIN=stable; fi
  fi
  if [ "$FUZZ_TOOLCHAIN" != nightly ]; then export RUSTC_BOOTSTRAP=1; fi
}
