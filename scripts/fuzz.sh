#!/usr/bin/env bash
# Runs cargo-fuzz targets for SECONDS seconds each (default 60), one after another; all targets
# unless some are named. A target that finds a crash does not stop the others: the crash input is
# saved under fuzz/artifacts/TARGET/ and the script exits non-zero at the end, naming it.
# Needs the nightly toolchain and cargo-fuzz (installed here if missing).
#   scripts/fuzz.sh                    # 60 s per target
#   scripts/fuzz.sh 600                # the 10-minute bar of the robustness issue
#   scripts/fuzz.sh 300 normalize clean
# Reproduce a crash:  cd fuzz && cargo +nightly fuzz run TARGET artifacts/TARGET/crash-…
# Minimize it:        cd fuzz && cargo +nightly fuzz tmin TARGET artifacts/TARGET/crash-…
set -uo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH=${1:-60}
shift || true
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: the nightly toolchain is not installed; cargo-fuzz needs it" >&2
  exit 3
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install --locked cargo-fuzz || exit 3
fi
if [ "$#" -gt 0 ]; then
  targets="$*"
else
  targets=$(cargo +nightly fuzz list) || exit 3
fi
failed=""
for target in $targets; do
  echo "==> fuzz $target for ${SECONDS_EACH}s"
  mkdir -p "corpus/$target"
  if ! cargo +nightly fuzz run "$target" "corpus/$target" -- \
      -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10 -rss_limit_mb=2048; then
    echo "==> fuzz $target FAILED (see fuzz/artifacts/$target/)" >&2
    failed="$failed $target"
  fi
done
if [ -n "$failed" ]; then
  echo "fuzz: findings in:$failed" >&2
  exit 1
fi
echo "fuzz: no findings in: $targets"
