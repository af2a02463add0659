"""The one Unicode Character Database the generators read: `unicodedata2`, pinned in
tools/requirements-unicode.txt to the Unicode version of the `unicode-normalization` crate in
Cargo.lock, so every generated table of the crate speaks the Unicode version of the NFC and NFKC
naskh applies at run time.

`ensure_env(script)` re-runs `script` inside a private venv (target/naskh-unicode-venv) when that
`unicodedata2` is not importable; the generators import it first thing.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQUIREMENTS = os.path.join(ROOT, "tools", "requirements-unicode.txt")
VENV = os.path.join(ROOT, "target", "naskh-unicode-venv")
# The generated files' second line starts with this and the version; a unit test checks it
# against the crate's `UNICODE_VERSION`.
VERSION_PREFIX = "// Unicode "


def pinned_version() -> str:
    with open(REQUIREMENTS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("unicodedata2=="):
                return line.split("==", 1)[1].strip()
    sys.exit(f"{REQUIREMENTS} pins no unicodedata2")


def ensure_env(script: str) -> None:
    """Re-run `script` inside a private venv when the pinned unicodedata2 is not importable."""
    try:
        from importlib.metadata import version

        if version("unicodedata2") == pinned_version():
            return
    except Exception:
        pass
    if os.environ.get("NASKH_UNICODE_VENV_ACTIVE"):
        sys.exit(f"unicodedata2=={pinned_version()} is required (pip install -r {REQUIREMENTS})")
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        print(f"creating {VENV} ...", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([py, "-m", "pip", "install", "-q", "-r", REQUIREMENTS])
    env = dict(os.environ, NASKH_UNICODE_VENV_ACTIVE="1")
    os.execve(py, [py, os.path.abspath(script)] + sys.argv[1:], env)


def main(out: str, render, generator: str, doc: str) -> int:  # type: ignore[no-untyped-def]
    """A generator's command line: writes `render()` to `out`, or with `--check` compares."""
    import argparse

    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args()
    return write_or_check(out, render(), generator, args.check)


def write_or_check(out: str, want: str, generator: str, check: bool) -> int:
    """Writes `want` to `out`, or with `check` compares them; returns the exit status."""
    import unicodedata2

    rel = os.path.relpath(out, ROOT)
    if check:
        try:
            with open(out, encoding="utf-8") as f:
                have = f.read()
        except FileNotFoundError:
            have = ""
        if have != want:
            print(f"{rel} differs from {generator}'s output "
                  f"(Unicode {unicodedata2.unidata_version}); run the script", file=sys.stderr)
            return 1
        print(f"{rel} up to date")
        return 0
    with open(out, "w", encoding="utf-8") as f:
        f.write(want)
    print(f"wrote {rel}")
    return 0
