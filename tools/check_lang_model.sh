#!/usr/bin/env bash
# The committed language model (src/lang/model.bin) is what tools/gen_lang_model.py produces.
# The generator makes its own venv (target/naskh-model-venv) with the pinned wordfreq on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-python3}" tools/gen_lang_model.py --check
