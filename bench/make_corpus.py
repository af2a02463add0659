#!/usr/bin/env python3
"""Writes the corpus-scale input of the README's `naskh clean` measurement: news pages
(bench/pages.py: the bundled sample and the dev set's sample-page lines, or --pages DIR/*.txt), one JSON object per line
({"id": N, "text": PAGE}), repeated in order until the file holds at least --mb megabytes.

    python3 bench/make_corpus.py /tmp/corpus.jsonl --mb 200
    /usr/bin/time -v naskh clean --field text -o /tmp/out.jsonl /tmp/corpus.jsonl
"""
import argparse
import json
from pathlib import Path

from pages import load_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=200.0, help="minimum size in MB")
    parser.add_argument("--pages", type=Path, help="a directory of .txt news pages")
    args = parser.parse_args()
    pages, _ = load_pages(args.pages)
    target = int(args.mb * 1e6)
    written = 0
    n = 0
    with args.out.open("w", encoding="utf-8") as f:
        while written < target:
            line = json.dumps({"id": n, "text": pages[n % len(pages)]}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{args.out}: {n} records, {written / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
