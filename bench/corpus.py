"""The benchmark corpus in bench/corpus/ (made by tools/bench_corpus.py; see bench/corpus/README.md).

    from corpus import load, damaged_persian     # with bench/ on sys.path
    fa = load("fa")                  # Persian (and Dari) news text, one sentence a line
    ar = load("ar")                  # Arabic news text, one sentence a line
    mixed = load("mixed")            # pages of English, Persian and Arabic lines, a blank line between pages
    retyped = damaged_persian(fa)    # the same text as many Iranian sites type it

    python3 bench/corpus.py --extract target/bench-corpus   # plain .txt files for the Rust benches

`--extract DIR` writes `fa.txt`, `fa_damaged.txt`, `ar.txt` and `mixed.txt` into DIR: what the
criterion bench `cargo bench --bench real` reads from `$NASKH_BENCH_CORPUS`.

Python 3 standard library only.
"""

from __future__ import annotations

import lzma
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
NAMES = ("fa", "ar", "mixed")

_DAMAGE = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643", "\u200c": None})


def path(name: str) -> Path:
    """The .txt.xz file of a corpus part."""
    if name not in NAMES:
        raise ValueError(f"unknown corpus part {name!r}; expected one of {', '.join(NAMES)}")
    return CORPUS_DIR / f"{name}.txt.xz"


def load(name: str) -> str:
    """The decompressed UTF-8 text of "fa", "ar" or "mixed" (every line ends with a newline)."""
    return lzma.decompress(path(name).read_bytes()).decode("utf-8")


def damaged_persian(text: str) -> str:
    """Persian retyped the way many Iranian sites publish it: Farsi yeh (U+06CC) becomes Arabic yeh
    (U+064A), keheh (U+06A9) becomes Arabic kaf (U+0643), and every ZWNJ (U+200C) is dropped."""
    return text.translate(_DAMAGE)


def parts() -> dict[str, str]:
    """Every part the benchmarks measure, by name: the three files and the damaged Persian."""
    fa = load("fa")
    return {"fa": fa, "fa_damaged": damaged_persian(fa), "ar": load("ar"), "mixed": load("mixed")}


def extract(out: Path) -> None:
    """Writes each of :func:`parts` as ``NAME.txt`` (UTF-8) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in parts().items():
        (out / f"{name}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="The benchmark corpus: sizes, or --extract DIR.")
    parser.add_argument("--extract", type=Path, metavar="DIR", help="write the parts as .txt files into DIR")
    args = parser.parse_args()
    if args.extract:
        extract(args.extract)
    for n, t in parts().items():
        print(f"{n}: {len(t.encode('utf-8')):,} bytes, {t.count(chr(10)):,} lines")
