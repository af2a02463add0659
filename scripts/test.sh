#!/usr/bin/env bash
# The whole test suite, from a fresh clone: Rust checks and tests, then the Python wheel built,
# installed into a fresh virtualenv (the wheel itself, not an editable install) and tested.
# Needs only Rust (cargo) and Python 3 with venv; installs everything else it uses.
# .ci/run calls exactly this script.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-python3}
VENV=${NASKH_TEST_VENV:-$ROOT/target/test-venv}

step() { printf '\n==> %s\n' "$*"; }

step "toolchain components (rustfmt, clippy)"
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  rustup component add rustfmt clippy
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (the library alone, with the CLI, with python)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --features cli -- -D warnings
cargo clippy --all-targets --features python,cli -- -D warnings

step "the library's default features build no CLI dependency"
cli_deps=$(cargo tree -e normal --prefix none --format '{p}' | awk '{print $1}' \
  | grep -E '^(clap|clap_builder|indicatif|glob|serde_json)$' || true)
if [ -n "$cli_deps" ]; then
  echo "error: the default features pull in CLI dependencies: $cli_deps" >&2
  exit 1
fi
echo "none of clap, indicatif, glob, serde_json"

step "cargo test (no Python involved; the CLI's tests need --features cli)"
cargo test --all-targets --features cli
cargo test --doc --features cli

step "rustdoc without warnings"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --features cli,serde

step "the crate packages without a warning (cargo package, which builds it from the package)"
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
cargo package --locked --allow-dirty 2>&1 | tee target/cargo-package.log
if grep -q '^warning' target/cargo-package.log; then
  echo "error: cargo package warned (see above)" >&2
  exit 1
fi
CRATE="target/package/naskh-$VERSION.crate"
crate_bytes=$(stat -c %s "$CRATE")
echo "$CRATE: $crate_bytes bytes"
if [ "$crate_bytes" -gt $((10 * 1024 * 1024)) ]; then
  echo "error: the crate is larger than 10 MB" >&2
  exit 1
fi

step "generated tables are what their scripts produce"
for check in tools/check_*.sh; do
  [ -e "$check" ] || continue
  echo "-- $check"
  bash "$check"
done

step "fresh virtualenv with maturin and pytest: $VENV"
rm -rf "$VENV"
"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -r tests/python/requirements.txt

step "the hosted-CI recipe is a valid workflow"
"$VENV/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml

step "build the manylinux2014 abi3 wheel (zig from PyPI's ziglang as the linker)"
rm -rf target/wheels
PATH="$VENV/bin:$PATH" "$VENV/bin/maturin" build --release --compatibility manylinux2014 --zig \
  --out target/wheels --interpreter "$VENV/bin/python"
WHEEL=$(ls target/wheels/naskh-*.whl)
echo "built $WHEEL"
case "$(basename "$WHEEL")" in
  "naskh-$VERSION-cp39-abi3-manylinux2014_x86_64"*) ;;
  *) echo "error: expected naskh-$VERSION-cp39-abi3-manylinux2014_x86_64…, got $WHEEL" >&2; exit 1 ;;
esac
"$VENV/bin/auditwheel" show "$WHEEL"
"$VENV/bin/check-wheel-contents" "$WHEEL"
"$VENV/bin/twine" check --strict "$WHEEL"

step "Java for the PySpark test"
if ! command -v java >/dev/null 2>&1; then
  echo "java not found: installing a headless JRE from the system packages"
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq default-jre-headless
  else
    echo "error: no java and no apt-get; install Java 17+ for the PySpark test" >&2
    exit 1
  fi
fi
java -version 2>&1 | head -1

step "Chromium for the notebook views' browser test"
if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium not found: installing it from the system packages"
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq chromium
  else
    echo "error: no chromium and no apt-get; install Chromium for tests/python/test_views_browser.py" >&2
    exit 1
  fi
fi
chromium --version 2>/dev/null | head -1

step "install that wheel and run pytest"
"$VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps "$WHEEL"
# Run from outside the source tree so `import naskh` can only find the installed wheel.
cd "$ROOT/tests/python"
PATH="$VENV/bin:$PATH" "$VENV/bin/python" -m pytest -p no:cacheprovider -c "$ROOT/pyproject.toml" --rootdir "$ROOT" "$ROOT/tests/python"

cd "$ROOT"
step "the sdist builds and installs from scratch in its own fresh virtualenv"
rm -rf target/sdist target/sdist-venv
"$VENV/bin/maturin" sdist --out target/sdist
SDIST=$(ls target/sdist/naskh-*.tar.gz)
"$VENV/bin/twine" check --strict "$SDIST"
"$PY" -m venv target/sdist-venv
target/sdist-venv/bin/python -m pip install --quiet "$SDIST"
(cd target && sdist-venv/bin/python "$ROOT/tests/python/smoke.py" "$VERSION")
echo "سلام ۱۲" | target/sdist-venv/bin/naskh digits | grep -qx "سلام 12"
echo "sdist $SDIST: built, installed and smoke-tested"

step "fuzz smoke run (every cargo-fuzz target, ${NASKH_FUZZ_SECONDS:-5}s each)"
if cargo +nightly --version >/dev/null 2>&1; then
  bash scripts/fuzz.sh "${NASKH_FUZZ_SECONDS:-5}"
else
  echo "SKIPPED: fuzz smoke run — the nightly toolchain is not installed on this machine (cargo-fuzz needs it)."
  echo "         Everything else above ran; install nightly and run scripts/fuzz.sh to fuzz."
fi
echo
echo "all checks passed"
