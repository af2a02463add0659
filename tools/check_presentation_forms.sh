#!/usr/bin/env bash
# Fails if src/text/presentation_forms/table.rs is not what tools/gen_presentation_forms.py generates
# (scripts/test.sh runs every tools/check_*.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 tools/gen_presentation_forms.py --check
