#!/usr/bin/env bash
# Fails if src/calendar/corrections.rs is not what tools/gen_calendar_table.py generates from the
# Nowruz reference (scripts/test.sh runs every tools/check_*.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 tools/gen_calendar_table.py --check
