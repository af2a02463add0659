#!/usr/bin/env python3
"""Writes the benchmark corpus bench/corpus/{fa,ar,mixed}.txt.xz: real published text, for speed
measurements only (never for accuracy: nothing here is labelled).

    python3 tools/bench_corpus.py --mirror DIR           # re-derive and write the three files
    python3 tools/bench_corpus.py --mirror DIR --check   # re-derive and compare with the committed files

DIR (or $NASKH_CORPUS_SOURCES) holds the source repositories as <owner>+<name>/repo git
directories (bare clones).

Exit status: 0 done (or --check found the same bytes); 1 --check found another text; 2 a source is
missing or its SHA-256 differs; 3 --check found the same text but other xz bytes (another liblzma).

Python 3 standard library and `git` only. Not run in CI.

Sources (each pinned to a commit; every input file is checked against its SHA-256 in PINNED, the
33,724 Tehran Times files against one SHA-256 over their manifest). They are read with
`git --git-dir=MIRROR/<owner>+<name>/repo cat-file blob <commit>:<path>`, i.e. from bare git
snapshots of the public GitHub repositories (fetch them with the search tool's `fetch`, or make a
bare clone of GitHub's <owner>/<name> at MIRROR/<owner>+<name>/repo; any clone that holds the pinned
commit will do):

  MicrosoftTranslator/NTREX @ 8561f6a  (CC BY-SA 4.0)
      NTREX-128/newstest2019-ref.{fas,prs,arb}.txt: the WMT19 English news test set (news articles
      of 2019) translated by professional translators into Persian, Dari and Arabic; one sentence a
      line; DOCUMENT_IDS.tsv gives the article of each line.
  Helsinki-NLP/OPUS-MT-testsets @ ac0f19c  (TICO-19, CC0-1.0)
      testsets/eng-fas/tico19-test.fas, testsets/en-prs/tico19-test.prs, testsets/eng-ara/tico19-test.ara:
      the TICO-19 COVID-19 translation test set (English Wikipedia, Wikinews, Wikisource and PubMed
      text, professionally translated); testsets/en-prs/tico19-test.en.info gives the source and
      document of each line (the files are line-aligned). The CMU lines (short spoken doctor-patient
      phrases) are left out. Only these TICO-19 files are read: the FLORES files of that
      repository are never opened.
  Kmahmoudi/Tehran-Times-Dataset @ 5441021  (CC BY 4.0: every file carries Mehr News Agency's
      "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0
      International License." line; files without it are skipped)
      data/*.txt: English news articles of the Tehran Times (Mehr Media Group), one file an article,
      for the English lines of mixed.txt. The crawler wrote, for each paragraph, a line holding that
      paragraph and the rest of the article, so paragraph i is line i minus line i+1; only the
      1,326 files where that holds for every line are used (most files are one flattened line).

Persian news text with a licence that allows redistribution could not be found in quantity (see
bench/corpus/README.md), so fa.txt also holds Dari (Afghan Persian) translations, and TICO-19's
Wikipedia/PubMed sentences count as news-like prose.

What the script does, in order:
  1. reads and checks every input; splits lines on "\\n" only (a "\\r" before it and a BOM at the
     start of a file are dropped), strips spaces and tabs at both ends of a line and drops empty
     lines. Nothing else is changed: letters (ي/ی, ك/ک), ZWNJ, digits, punctuation and NBSPs stay
     as published.
  2. groups lines into documents (articles), and shuffles the Persian, Arabic and English
     documents with SEED (lines keep their order inside a document).
  3. writes mixed.txt first: "pages" separated by a blank line, each page made of real lines taken
     in order from the front of the shuffled streams by a seeded page recipe (an English article
     with a Persian footer line; a Persian paragraph with an Arabic sentence in it; an Arabic
     paragraph with an English and a Persian line; an English article quoting an Arabic sentence
     with a Persian footer), until the file holds MIXED_BYTES bytes.
  4. writes the rest of the Persian stream to fa.txt and the rest of the Arabic stream to ar.txt.
  Every line appears once in the whole corpus: a line already written (to any file) is skipped.
  The texts are compressed with lzma.compress(preset=9 | PRESET_EXTREME), xz format, CRC64:
  byte-deterministic for a given Python lzma (liblzma) build.

Statistics printed: raw bytes, lines, and distinct words per file and over all files; a word is a
maximal run of letters, marks and digits (Unicode categories L*, M*, N*) in which ZWNJ/ZWJ may
stand between two such characters; words are compared exactly (no case folding).
"""

from __future__ import annotations

import argparse
import hashlib
import lzma
import os
import random
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "bench" / "corpus"
DEFAULT_MIRROR = Path(os.environ["NASKH_CORPUS_SOURCES"]) if os.environ.get("NASKH_CORPUS_SOURCES") else None

SEED = 20251204
MIXED_BYTES = 1_150_000  # mixed.txt stops at the first page boundary past this many UTF-8 bytes
XZ_PRESET = 9 | lzma.PRESET_EXTREME

NTREX = ("MicrosoftTranslator/NTREX", "8561f6a622db9edad1217683e5c83daefd8bb2bf")
OPUS = ("Helsinki-NLP/OPUS-MT-testsets", "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180")
TEHRAN_TIMES = ("Kmahmoudi/Tehran-Times-Dataset", "5441021a9f52bb153c1d7ab18ae3d6a6a93f1099")

# (repository, commit), path -> SHA-256 of the file's bytes
PINNED = {
    (NTREX, "NTREX-128/newstest2019-ref.fas.txt"): "17bca2217c74accf95fbdc47b7743402a05abc0d892ae6053477c7aec4a767c1",
    (NTREX, "NTREX-128/newstest2019-ref.prs.txt"): "844469c33e41542011a92b07ba250575c56c3a4ba1e4fdbad606f63eb8426a2e",
    (NTREX, "NTREX-128/newstest2019-ref.arb.txt"): "d271c8645933421f760eba8ed8cc1ceaaa052f917d9c2839b8abb27e0ded71e6",
    (NTREX, "DOCUMENT_IDS.tsv"): "88a8b0ff1eae47e83f60dcde01075b8c87d75ced59ca09e0af1eb539958e05d5",
    (NTREX, "LICENSE.md"): "5e436ff8ffbb77d8607220e9bce20c8915d860010feeb6c1ebef5a85688e9b39",
    (OPUS, "testsets/eng-fas/tico19-test.fas"): "38e0c2a4fd7b8e4c4f2a6b594fee6cfbf71e051a76cbfe84fb1befdba81a3deb",
    (OPUS, "testsets/en-prs/tico19-test.prs"): "1d0dd7d9308c9e08af4f98c1854405e1530fa304d992102987782d8680c1d16e",
    (OPUS, "testsets/eng-ara/tico19-test.ara"): "795c59c9c8470e82c9bbeb37f174b2bf98a47954638182039f9f09fa75774431",
    (OPUS, "testsets/en-prs/tico19-test.en.info"): "9379ebb9125f060bb5fa265d998294ffc716edc586f654abdcc41a709fd024b9",
    (OPUS, "LICENSE-CC0.md"): "a2010f343487d3f7618affe54f789f5487602331c0a8d03f49e9a7c547cf0499",
}
# SHA-256 over "<path>\t<sha256 of file>\n" for every Tehran Times file under data/, in path order
TEHRAN_TIMES_MANIFEST = "60bce29fb3d073aa74f202a035b1ac47e846a3acd4eb9aaf75b652207a67f998"
TT_LICENCE = ("All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 "
              "International License.")


class SourceError(RuntimeError):
    pass


# ---------------------------------------------------------------------------------------------
# reading the pinned sources


def git_dir(mirror: Path, repo: tuple[str, str]) -> Path:
    d = mirror / repo[0].replace("/", "+") / "repo"
    if not d.exists():
        raise SourceError(f"{repo[0]}: no git directory at {d} (fetch github:{repo[0]} or pass --mirror)")
    return d


def git_blob(mirror: Path, repo: tuple[str, str], path: str) -> bytes:
    d = git_dir(mirror, repo)
    r = subprocess.run(["git", f"--git-dir={d}", "cat-file", "blob", f"{repo[1]}:{path}"],
                       capture_output=True)
    if r.returncode != 0:
        raise SourceError(f"{repo[0]}@{repo[1][:7]}:{path}: {r.stderr.decode(errors='replace').strip()}")
    return r.stdout


def pinned(mirror: Path, repo: tuple[str, str], path: str) -> bytes:
    data = git_blob(mirror, repo, path)
    want = PINNED[(repo, path)]
    got = hashlib.sha256(data).hexdigest()
    if got != want:
        raise SourceError(f"{repo[0]}@{repo[1][:7]}:{path}: SHA-256 {got}, expected {want}")
    return data


def text_lines(data: bytes) -> list[str]:
    """Lines as published: split on \\n only; drop a BOM, \\r, surrounding spaces/tabs, empty lines."""
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    out = []
    for line in text.split("\n"):
        line = line.rstrip("\r").strip(" \t")
        if line:
            out.append(line)
    return out


def raw_lines(data: bytes) -> list[str]:
    """Every line, empty ones included, for files that are line-aligned with another."""
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r").strip(" \t") for line in lines]


@dataclass
class Doc:
    source: str  # short source key, for the statistics
    lines: list[str]


def ntrex_docs(mirror: Path, lang: str, key: str) -> list[Doc]:
    lines = raw_lines(pinned(mirror, NTREX, f"NTREX-128/newstest2019-ref.{lang}.txt"))
    ids = raw_lines(pinned(mirror, NTREX, "DOCUMENT_IDS.tsv"))
    if len(ids) != len(lines):
        raise SourceError(f"NTREX {lang}: {len(lines)} lines but {len(ids)} document ids")
    return group(key, zip(ids, lines))


def tico_docs(mirror: Path, path: str, key: str) -> list[Doc]:
    lines = raw_lines(pinned(mirror, OPUS, path))
    info = raw_lines(pinned(mirror, OPUS, "testsets/en-prs/tico19-test.en.info"))
    if len(info) != len(lines):
        raise SourceError(f"TICO-19 {path}: {len(lines)} lines but {len(info)} info lines")
    pairs = []
    for meta, line in zip(info, lines):
        doc_id = meta.split("\t", 1)[0].rsplit(":", 1)[0]  # e.g. "wiki_12:3" -> "wiki_12"
        if doc_id.startswith("CMU"):
            continue  # short spoken phrases from a medical phrase book, not prose
        pairs.append((doc_id, line))
    return group(key, pairs)


def group(key: str, pairs) -> list[Doc]:
    docs: list[Doc] = []
    last = None
    for doc_id, line in pairs:
        if doc_id != last:
            docs.append(Doc(key, []))
            last = doc_id
        if line:
            docs[-1].lines.append(line)
    return [d for d in docs if d.lines]


def tt_paragraphs(data: bytes) -> list[str] | None:
    """Paragraphs of one Tehran Times file, or None when the file can't be split into paragraphs.

    The crawler wrote, for each paragraph i, one line holding paragraphs i..n joined by spaces and
    then Mehr's licence sentence on its own line (or at the end of the last line). Paragraph i is
    line i without line i+1 at its end; a file is used only if every line ends with the next one
    and it has at least two paragraphs (most files are one flattened line: those are skipped)."""
    text = data.decode("utf-8")
    if TT_LICENCE not in text:
        return None
    lines = []
    for line in text_lines(data):
        if line.endswith(TT_LICENCE):
            line = line[: -len(TT_LICENCE)].strip(" \t")
        if line:
            lines.append(line)
    if len(lines) < 2:
        return None
    paras = []
    for i, line in enumerate(lines):
        if i + 1 < len(lines):
            nxt = lines[i + 1]
            if len(line) <= len(nxt) or not line.endswith(nxt):
                return None
            line = line[: -len(nxt)].strip(" \t")
        if line:
            paras.append(line)
    return paras if len(paras) >= 2 else None


def tehran_times_docs(mirror: Path) -> list[Doc]:
    d = git_dir(mirror, TEHRAN_TIMES)
    ls = subprocess.run(["git", f"--git-dir={d}", "ls-tree", "-r", "-z", TEHRAN_TIMES[1], "data/"],
                        capture_output=True, check=True).stdout
    entries = []
    for ent in ls.split(b"\0"):
        if not ent:
            continue
        meta, path = ent.split(b"\t", 1)
        entries.append((path.decode("utf-8"), meta.split()[2].decode()))
    entries.sort()
    batch = subprocess.run(["git", f"--git-dir={d}", "cat-file", "--batch"],
                           input="".join(f"{sha}\n" for _, sha in entries).encode(),
                           capture_output=True, check=True).stdout
    manifest = hashlib.sha256()
    docs = []
    pos = 0
    for path, sha in entries:
        header_end = batch.index(b"\n", pos)
        size = int(batch[pos:header_end].split()[2])
        data = batch[header_end + 1: header_end + 1 + size]
        pos = header_end + 1 + size + 1
        manifest.update(f"{path}\t{hashlib.sha256(data).hexdigest()}\n".encode())
        paras = tt_paragraphs(data)
        if paras:
            docs.append(Doc("tehran_times", paras))
    got = manifest.hexdigest()
    if got != TEHRAN_TIMES_MANIFEST:
        raise SourceError(f"Tehran Times: manifest SHA-256 {got}, expected {TEHRAN_TIMES_MANIFEST}")
    return docs


# ---------------------------------------------------------------------------------------------
# building the three texts


class Stream:
    """Lines of shuffled documents, handed out in order; a line already used anywhere is skipped."""

    def __init__(self, docs: list[Doc], seen: set[str], rng: random.Random):
        self.docs = list(docs)
        rng.shuffle(self.docs)
        self.seen = seen
        self.d = 0
        self.i = 0
        self.left: list[tuple[str, str]] = []  # lines skipped by start_doc, kept for rest()

    def take(self, n: int, same_doc: bool = False) -> list[tuple[str, str]]:
        """Up to n unused lines; with same_doc, stop at the end of the current document."""
        out: list[tuple[str, str]] = []
        while len(out) < n and self.d < len(self.docs):
            doc = self.docs[self.d]
            if self.i >= len(doc.lines):
                self.d += 1
                self.i = 0
                if same_doc and out:
                    break
                continue
            line = doc.lines[self.i]
            self.i += 1
            if line not in self.seen:
                self.seen.add(line)
                out.append((doc.source, line))
        return out

    def start_doc(self) -> None:
        """Go to the start of the next document (unless at the start of one); the lines of the
        current document not yet handed out are kept for rest()."""
        if self.i > 0 and self.d < len(self.docs):
            doc = self.docs[self.d]
            self.left += [(doc.source, line) for line in doc.lines[self.i:]]
            self.d += 1
            self.i = 0

    def rest(self) -> list[tuple[str, str]]:
        """The lines not handed out yet: those skipped by start_doc (in order), then the rest."""
        out = []
        for src, line in self.left:
            if line not in self.seen:
                self.seen.add(line)
                out.append((src, line))
        self.left = []
        while True:
            got = self.take(1)
            if not got:
                return out
            out += got


def build(mirror: Path) -> tuple[dict[str, str], dict[str, dict[str, int]]]:
    fa_docs = (ntrex_docs(mirror, "fas", "ntrex_fas") + ntrex_docs(mirror, "prs", "ntrex_prs")
               + tico_docs(mirror, "testsets/eng-fas/tico19-test.fas", "tico_fas")
               + tico_docs(mirror, "testsets/en-prs/tico19-test.prs", "tico_prs"))
    ar_docs = (ntrex_docs(mirror, "arb", "ntrex_arb")
               + tico_docs(mirror, "testsets/eng-ara/tico19-test.ara", "tico_ara"))
    en_docs = tehran_times_docs(mirror)
    # the licence files are read only to check that the pinned snapshots are the expected ones
    pinned(mirror, NTREX, "LICENSE.md")
    pinned(mirror, OPUS, "LICENSE-CC0.md")

    rng = random.Random(SEED)
    seen: set[str] = set()
    fa = Stream(fa_docs, seen, rng)
    ar = Stream(ar_docs, seen, rng)
    en = Stream(en_docs, seen, rng)
    per_source: dict[str, dict[str, int]] = {}

    def note(name: str, items: list[tuple[str, str]]) -> list[str]:
        for src, line in items:
            s = per_source.setdefault(name, {})
            s[src] = s.get(src, 0) + len(line.encode("utf-8")) + 1
        return [line for _, line in items]

    pages: list[str] = []
    size = 0
    while size < MIXED_BYTES:
        kind = rng.choices(("en_fa", "fa_ar", "ar_en_fa", "en_ar_fa"), weights=(55, 15, 10, 20))[0]
        if kind == "en_fa":  # an English article with a Persian footer line
            en.start_doc()
            parts = [en.take(rng.randint(1, 3), same_doc=True), fa.take(1)]
        elif kind == "fa_ar":  # a Persian paragraph with an Arabic sentence quoted in it
            parts = [fa.take(rng.randint(1, 2), same_doc=True), ar.take(1), fa.take(rng.randint(0, 1), same_doc=True)]
        elif kind == "ar_en_fa":  # an Arabic article, an English line and a Persian line
            parts = [ar.take(rng.randint(1, 2), same_doc=True), en.take(1), fa.take(rng.randint(0, 1))]
        else:  # an English article quoting an Arabic sentence, with a Persian footer
            en.start_doc()
            parts = [en.take(rng.randint(1, 2), same_doc=True), ar.take(1),
                     en.take(rng.randint(0, 1), same_doc=True), fa.take(1)]
        lines = [line for part in parts for line in note("mixed", part)]
        if len(lines) < 2 or not all(parts[i] for i in (0, 1)):
            raise SourceError(f"the sources ran out before mixed.txt reached MIXED_BYTES ({kind}, {size} bytes, parts {[len(p) for p in parts]})")
        page = "\n".join(lines) + "\n"
        pages.append(page)
        size += len(page.encode("utf-8")) + 1
    texts = {
        "mixed": "\n".join(pages),
        "fa": "".join(line + "\n" for line in note("fa", fa.rest())),
        "ar": "".join(line + "\n" for line in note("ar", ar.rest())),
    }
    return texts, per_source


# ---------------------------------------------------------------------------------------------
# statistics and output


def words(text: str) -> list[str]:
    out = []
    cur: list[str] = []
    pending_joiner = ""
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in "LMN":
            if pending_joiner:
                cur.append(pending_joiner)
                pending_joiner = ""
            cur.append(ch)
        elif ch in "\u200c\u200d" and cur:
            if pending_joiner:  # two joiners in a row end the word
                out.append("".join(cur))
                cur = []
                pending_joiner = ""
            else:
                pending_joiner = ch
        else:
            if cur:
                out.append("".join(cur))
                cur = []
            pending_joiner = ""
    if cur:
        out.append("".join(cur))
    return out


def compress(text: str) -> bytes:
    return lzma.compress(text.encode("utf-8"), format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC64, preset=XZ_PRESET)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR, required=DEFAULT_MIRROR is None,
                    help="directory holding <owner>+<name>/repo git directories (default $NASKH_CORPUS_SOURCES)")
    ap.add_argument("--check", action="store_true", help="compare with bench/corpus/*.txt.xz instead of writing")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="output directory (default bench/corpus)")
    args = ap.parse_args()
    try:
        texts, per_source = build(args.mirror)
    except SourceError as e:
        print(f"bench_corpus: {e}", file=sys.stderr)
        return 2

    all_words: set[str] = set()
    for name in ("fa", "ar", "mixed"):
        text = texts[name]
        ws = set(words(text))
        all_words |= ws
        n_lines = sum(1 for line in text.split("\n") if line)
        pages = text.count("\n\n") + 1 if name == "mixed" else None
        print(f"{name}.txt: {len(text.encode('utf-8')):,} bytes, {n_lines:,} lines"
              + (f" in {pages:,} pages" if pages else "") + f", {len(ws):,} distinct words")
        for src, b in sorted(per_source.get(name, {}).items()):
            print(f"    {src}: {b:,} bytes")
    print(f"all files: {sum(len(t.encode('utf-8')) for t in texts.values()):,} bytes, "
          f"{len(all_words):,} distinct words")

    status = 0
    for name in ("fa", "ar", "mixed"):
        data = compress(texts[name])
        path = args.out / f"{name}.txt.xz"
        shown = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        if args.check:
            old = path.read_bytes() if path.exists() else None
            if old == data:
                print(f"{shown}: same")
            else:
                # liblzma versions may differ in their bytes; compare the text too
                same_text = old is not None and lzma.decompress(old) == texts[name].encode("utf-8")
                if same_text:
                    print(f"{shown}: same text, other xz bytes (another liblzma?)")
                    status = max(status, 3) if status != 1 else 1
                else:
                    print(f"{shown}: DIFFERS")
                    status = 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {shown} ({len(data):,} bytes)")
    return status


if __name__ == "__main__":
    sys.exit(main())
