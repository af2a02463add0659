#!/usr/bin/env bash
# Writes src/text/classes.rs from the Unicode Character Database as ICU4X compiles it
# (tools/gen_classes, pinned to the Unicode version of unicode-normalization); with --check,
# fails if the checked-in table differs. scripts/test.sh runs tools/check_classes.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}/gen_classes" \
    cargo run --quiet --release --manifest-path tools/gen_classes/Cargo.toml -- src/text/classes.rs "$@"
