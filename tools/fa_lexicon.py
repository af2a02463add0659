#!/usr/bin/env python3
"""Derives src/normalize/fa_lexicon.tsv, the Persian word frequencies behind the
`zwnj_lexicon` option (ZWNJ joins and splits decided by which written form is a known word).

Source, pinned and checked against its SHA-256:
    unicode-org/unilex @ b3a9ae27, data/frequency/fa.txt  (Unicode License, SPDX
    Unicode-DFS-2016; word frequencies per billion words of web text, as its header says)

The output keeps every row whose form is written only in Arabic-block letters, marks and ZWNJ
(no digit, no Latin), with its frequency as unilex gives it, most frequent first. Rust folds the
forms into its lookup keys when it loads the file (`src/normalize/lexicon.rs`), so the key rules
live in one place.

    python3 tools/fa_lexicon.py --mirror-root DIR   # DIR holds unicode-org+unilex/repo; writes the file
    python3 tools/fa_lexicon.py --source fa.txt --check            # compare with the committed one

CI does not run this script (it needs the source, which lives on GitHub); it is the record of
how the committed file was made.
"""
import argparse
import hashlib
import pathlib
import subprocess
import sys

REPO = "unicode-org/unilex"
COMMIT = "b3a9ae27a0c29eac217bb15a75c6f8d8efb15d17"
PATH = "data/frequency/fa.txt"
SHA256 = "77fa624e80a80608e00d2c771c56c779ef2c888153a60fbcd8980de6d6374150"
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/normalize/fa_lexicon.tsv"
ZWNJ = "\u200c"


def allowed(ch: str) -> bool:
    o = ord(ch)
    if ch == ZWNJ:
        return True
    # Arabic block letters and marks; not digits (U+0660-0669, U+06F0-06F9), not punctuation.
    if 0x0621 <= o <= 0x065F or o == 0x0670 or 0x0671 <= o <= 0x06D3 or o == 0x06D5:
        return True
    return 0x06FA <= o <= 0x06FF


def derive(data: bytes) -> str:
    if hashlib.sha256(data).hexdigest() != SHA256:
        raise SystemExit(f"{PATH}: SHA-256 differs from the pinned one")
    rows = []
    for line in data.decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].isdigit():
            continue
        form, freq = parts[0], int(parts[1])
        if form and all(allowed(c) for c in form) and any(c != ZWNJ for c in form):
            rows.append((form, freq))
    rows.sort(key=lambda r: (-r[1], r[0]))
    head = [
        "# Persian word frequencies (per billion words of web text) for naskh's zwnj_lexicon option.",
        f"# Derived by tools/fa_lexicon.py from {REPO} @ {COMMIT[:8]}, {PATH}",
        "# (Unicode License, SPDX Unicode-DFS-2016): rows written only in Arabic-block letters,",
        "# marks and ZWNJ, frequencies as unilex gives them.",
    ]
    return "\n".join(head + [f"{f}\t{n}" for f, n in rows]) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror-root", help="folder holding unicode-org+unilex/repo (a git dir)")
    ap.add_argument("--source", help="the unilex fa.txt file itself")
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    a = ap.parse_args()
    if a.source:
        data = pathlib.Path(a.source).read_bytes()
    elif a.mirror_root:
        git = pathlib.Path(a.mirror_root) / "unicode-org+unilex" / "repo"
        data = subprocess.run(
            ["git", f"--git-dir={git}", "show", f"{COMMIT}:{PATH}"], check=True, capture_output=True
        ).stdout
    else:
        raise SystemExit("give --mirror-root or --source")
    text = derive(data)
    if a.check:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} differs from what {PATH} gives; run tools/fa_lexicon.py")
        print(f"{OUT.name}: up to date")
    else:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT} ({len(text.splitlines())} lines, {len(text.encode())} bytes)")


if __name__ == "__main__":
    main()
