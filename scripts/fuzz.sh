#!/usr/bin/env bash
# Fuzzes the calculation crates with cargo-fuzz (libFuzzer): each target in
# fuzz/fuzz_targets runs for the given time from a fresh copy of its seed
# corpus (fuzz/corpus-seed/<target>). Fails on any crash (every panic is one:
# the crates promise never to panic), timeout (10 s per input) or memory limit.
# Usage: scripts/fuzz.sh [seconds per target, default 30] [target…, default all]
# Needs cargo-fuzz and the nightly toolchain (else stable with RUSTC_BOOTSTRAP=1,
# see lib.sh): scripts/setup.sh installs both.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

say() { printf 'fuzz: %s\n' "$*"; }

# The whole script is one function, read before it runs (safe to edit meanwhile).
main() {
  seconds=${1:-30}
  [ $# -gt 0 ] && shift
  case "$seconds" in ''|*[!0-9]*) say "seconds must be a whole number, got '$seconds'"; exit 2 ;; esac
  cd fuzz
  select_fuzz_toolchain
  if ! cargo +"$FUZZ_TOOLCHAIN" fuzz --version >/dev/null 2>&1; then
    say "cargo-fuzz or the $FUZZ_TOOLCHAIN toolchain is missing: run scripts/setup.sh"; exit 1
  fi
  if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(cargo +"$FUZZ_TOOLCHAIN" fuzz list); fi

  # Release build with debug assertions and overflow checks (an overflow is a
  # panic too), address sanitizer (cargo-fuzz's default).
  say "build ${targets[*]} ($FUZZ_TOOLCHAIN${RUSTC_BOOTSTRAP:+ with RUSTC_BOOTSTRAP=1}, --debug-assertions)"
  for t in "${targets[@]}"; do
    if ! cargo +"$FUZZ_TOOLCHAIN" fuzz build --debug-assertions "$t" 2>&1 | { grep -v '^\s*\(Compiling\|Finished\)' || true; }; then
      say "build of $t failed"; exit 1
    fi
  done

  failed=()
  for t in "${targets[@]}"; do
    rm -rf "corpus/$t"
    mkdir -p "corpus/$t" "artifacts/$t"
    cp corpus-seed/"$t"/* "corpus/$t/"
    log="artifacts/$t/last-run.txt"
    say "$t: ${seconds} s from $(ls "corpus/$t" | wc -l) seed inputs"
    set +e
    cargo +"$FUZZ_TOOLCHAIN" fuzz run --debug-assertions "$t" "corpus/$t" -- \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 >"$log" 2>&1
    rc=$?
    set -e
    runs=$(awk '/stat::number_of_executed_units/{n=$2} END{print n}' "$log")
    [ -n "$runs" ] || runs=$(awk 'match($0, /^#[0-9]+/){n=substr($0, 2, RLENGTH-1)} END{print n}' "$log")
    if [ "$rc" -eq 0 ]; then
      say "$t: ${runs:-?} executions, corpus $(ls "corpus/$t" | wc -l) inputs, no crash or timeout"
    else
      failed+=("$t")
      say "$t: FAILED (exit $rc) after ${runs:-?} executions; log fuzz/$log:"
      awk '/panicked/ {k = 2} (k > 0 || /ERROR|SUMMARY|Test unit written|Timeout|out-of-memory|Base64/) && n++ < 20 {print "fuzz:   " $0} {if (k > 0) k--}' "$log"
      say "reproduce: cd fuzz && cargo +$FUZZ_TOOLCHAIN fuzz run --debug-assertions $t <artifact>"
    fi
  done
  if [ ${#failed[@]} -gt 0 ]; then say "failed: ${failed[*]}"; exit 1; fi
  say "all passed: ${targets[*]}"
}
main "$@"; exit
