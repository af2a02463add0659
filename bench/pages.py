"""News pages for the benchmarks, from this repository or from a directory given on the command
line. Shared by bench/compare.py and bench/make_corpus.py.

The default pages are the bundled sample (examples/news_page.txt) and the `seed` lines of the
language dev set (testdata/lang_dev.tsv: the non-empty lines of five sample news pages — English
articles with Persian footers — deduplicated). ``--pages DIR`` reads DIR/*.txt instead.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MARK = re.compile(r"⟦[a-z]+\|(.*?)⟧")


def default_pages() -> list[str]:
    seed_lines = []
    for line in (ROOT / "testdata" / "lang_dev.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t", 2)
        if len(cols) == 3 and cols[0] == "seed":
            seed_lines.append(_MARK.sub(r"\1", cols[2]))
    sample = (ROOT / "examples" / "news_page.txt").read_text(encoding="utf-8")
    return ["\n".join(seed_lines) + "\n", sample]


def load_pages(directory: Path | None) -> tuple[list[str], str]:
    """The pages and a description of where they came from."""
    if directory is None:
        return default_pages(), "examples/news_page.txt + the seed lines of testdata/lang_dev.tsv"
    pages = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
    if not pages:
        raise SystemExit(f"no .txt pages under {directory}")
    return pages, f"{len(pages)} pages from --pages {directory.name}/"
