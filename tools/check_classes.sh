#!/usr/bin/env bash
# Fails if src/text/classes.rs is not what tools/gen_classes generates
# (scripts/test.sh runs every tools/check_*.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/gen_classes.sh --check
