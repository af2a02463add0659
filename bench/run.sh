#!/usr/bin/env bash
# Builds the naskh wheel, installs it with the comparison tools into bench/.venv, and runs
# bench/compare.py with the given arguments (e.g. `bench/run.sh --only digits`).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=bench/.venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -r bench/requirements.txt
"$VENV/bin/python" -m pip install --quiet --no-deps -r bench/requirements-nodeps.txt
rm -rf target/bench-wheels
"$VENV/bin/maturin" build --release --out target/bench-wheels --interpreter "$VENV/bin/python" >/dev/null
"$VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps target/bench-wheels/naskh-*.whl
exec "$VENV/bin/python" bench/compare.py "$@"
