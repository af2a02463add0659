#!/usr/bin/env python3
"""Writes testdata/lang_news_dev.tsv: news sentences in Urdu, Pashto, Sindhi, Uyghur, Central
Kurdish and Dari, for scoring naskh's language labels on text of news length (the regional dev
set's sentences are mostly short: Common Voice, Tatoeba, app strings).

Source: NTREX-128 (MicrosoftTranslator/NTREX, CC BY-SA 4.0), the WMT19 English news test set
(123 articles) translated by professional translators into each language; the files are
line-aligned, so line i of every file translates the same English sentence. None of it is used to
build the model. (The Dari file is also in the speed benchmark's corpus, `bench/corpus/`.)

Selection: the line numbers where every language's line has MIN_WORDS to MAX_WORDS
whitespace-separated words, shuffled with a fixed seed; the first PER_LANG of them, the same
numbers in every language. Lines are copied verbatim, whitespace runs collapsed to one space.

Not run in CI. Python 3 standard library and git; the source is read from a bare git mirror
(`DIR/MicrosoftTranslator+NTREX/repo`, as the tool library's `fetch` lays it out), each file
checked against its SHA-256:

    python3 tools/lang_news_dev.py --mirror DIR [--out testdata/lang_news_dev.tsv] [--check]

`--per-lang 0 --out FILE` writes every qualifying line instead (about 1,200 per language), for a
larger measurement with `tools/eval_lang.py --dev FILE`.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

from bench_corpus import SourceError, git_blob, raw_lines  # the same mirror reader

ROOT = Path(__file__).resolve().parent.parent
REPO = ("MicrosoftTranslator/NTREX", "8561f6a622db9edad1217683e5c83daefd8bb2bf")
# category, label of its Arabic-script words, file, SHA-256
LANGS = [
    ("news_ur", "ur", "NTREX-128/newstest2019-ref.urd.txt",
     "e069058861f5f285c159dbdcf9c40a75fcf897ab4191ca3fadbdd815048f5abe"),
    ("news_ps", "ps", "NTREX-128/newstest2019-ref.pus.txt",
     "3b1261e17e59c2bd922d46a8c75a5a281e13ee32af483fecb0e6d29a2306fe83"),
    ("news_sd", "sd", "NTREX-128/newstest2019-ref.snd-Arab.txt",
     "ca244a06edf00407dc22a58a42467790f97cdd1c15b006e0248b93b13020ee42"),
    ("news_ug", "ug", "NTREX-128/newstest2019-ref.uig.txt",
     "99a5dc58c0ca0c79f03598f037848d3619d4e698f6eef4faf5c865519813604f"),
    ("news_ckb", "ckb", "NTREX-128/newstest2019-ref.ckb-Arab.txt",
     "3ffc1c7b7a13557ce43542e6d60383556b16e097dc07a7fa1acbd0197c44c3d7"),
    ("news_dari", "fa", "NTREX-128/newstest2019-ref.prs.txt",
     "844469c33e41542011a92b07ba250575c56c3a4ba1e4fdbad606f63eb8426a2e"),
]
LICENCE = ("LICENSE.md", "5e436ff8ffbb77d8607220e9bce20c8915d860010feeb6c1ebef5a85688e9b39")
SEED = 20261205
PER_LANG = 200
MIN_WORDS, MAX_WORDS = 12, 60

HEADER = f"""\
# naskh news dev set: category <TAB> default label for Arabic-script words <TAB> text
# Same format as lang_dev.tsv and lang_regional_dev.tsv; Latin-script words are `en`.
# Source: NTREX-128, {REPO[0]} @ {REPO[1][:7]} (CC BY-SA 4.0, the repository's
# LICENSE.md): the WMT19 English news test set translated by professional translators.
# Files: {', '.join(path.split('/')[-1] for _, _, path, _ in LANGS)}.
# {PER_LANG} lines per language, the same line numbers in every file (translations of the same
# English sentences), each of {MIN_WORDS}-{MAX_WORDS} words; copied verbatim, whitespace collapsed.
# Written by tools/lang_news_dev.py; never used to build the model.
"""


def blob(mirror: Path, path: str, sha: str) -> bytes:
    try:
        data = git_blob(mirror, REPO, path)
    except SourceError as e:
        sys.exit(str(e))
    got = hashlib.sha256(data).hexdigest()
    if got != sha:
        sys.exit(f"{path}: SHA-256 {got}, expected {sha}")
    return data


def lines_of(data: bytes) -> list[str]:
    return [" ".join(line.split()) for line in raw_lines(data)]


def build(mirror: Path, per_lang: int = PER_LANG) -> str:
    blob(mirror, *LICENCE)
    files = [lines_of(blob(mirror, path, sha)) for _, _, path, sha in LANGS]
    n = len(files[0])
    if any(len(f) != n for f in files):
        sys.exit("the NTREX files are not line-aligned")
    numbers = [i for i in range(n) if all(MIN_WORDS <= len(f[i].split()) <= MAX_WORDS for f in files)]
    random.Random(SEED).shuffle(numbers)
    chosen = numbers[:per_lang] if per_lang else sorted(numbers)
    out = [HEADER if per_lang == PER_LANG else HEADER.replace(f"# {PER_LANG} lines", f"# {len(chosen)} lines")]
    for (cat, label, _, _), f in zip(LANGS, files):
        out.extend(f"{cat}\t{label}\t{f[i]}\n" for i in chosen)
    return "".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", required=True, type=Path,
                    help="directory holding MicrosoftTranslator+NTREX/repo (a bare git mirror)")
    ap.add_argument("--out", type=Path, default=ROOT / "testdata" / "lang_news_dev.tsv")
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    ap.add_argument("--per-lang", type=int, default=PER_LANG,
                    help=f"lines per language (default {PER_LANG}; 0: every qualifying line)")
    args = ap.parse_args()
    text = build(args.mirror, args.per_lang)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from a fresh build'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
