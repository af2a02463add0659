#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS seconds each (default 60), one after another.
# Needs the nightly toolchain and cargo-fuzz (installed here if missing).
#   scripts/fuzz.sh          # 60 s per target
#   scripts/fuzz.sh 600      # the 10-minute bar of the robustness issue
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH=${1:-60}
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: the nightly toolchain is not installed; cargo-fuzz needs it" >&2
  exit 3
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install --locked cargo-fuzz
fi
for target in $(cargo +nightly fuzz list); do
  echo "==> fuzz $target for ${SECONDS_EACH}s"
  mkdir -p "corpus/$target"
  cargo +nightly fuzz run "$target" "corpus/$target" -- -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10
done
