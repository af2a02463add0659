#!/usr/bin/env bash
# Fails if src/text/arabic_block.rs is not what tools/gen_char_classes.py generates
# (scripts/test.sh runs every tools/check_*.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 tools/gen_char_classes.py --check
