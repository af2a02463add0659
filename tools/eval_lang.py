#!/usr/bin/env python3
"""Evaluate naskh's language segmentation (and lingua's, side by side) on testdata/lang_dev.tsv.

Usage:
    python3 tools/eval_lang.py [--dev testdata/lang_dev.tsv] [--no-lingua] [--errors]

naskh: uses the installed `naskh` Python package if it has `segment`; otherwise builds and runs
the Rust dev tool `tools/dev/eval_lang.rs` (`cargo run --release --example eval_lang`).
lingua: `pip install lingua-language-detector`; restricted to Persian, Arabic, English, Urdu and
Russian. Two set-ups are scored:
  * lingua (chunks): each line cut at script changes and punctuation, every chunk detected
    separately (the best lingua set-up we know of);
  * lingua (multi): lingua's own `detect_multiple_languages_of` on the whole line.
Urdu and Russian map to "other". Gold labels: see the header of the dev file. The dev-set format
and the word definition are the same as in tests/lang_eval.rs, which asserts naskh's bar.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK_RE = re.compile(r"⟦(\w+)\|(.*?)⟧")


def script_of(c: str) -> str:
    o = ord(c)
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x0870 <= o <= 0x08FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "arabic"
    if c.isascii() or 0x00C0 <= o <= 0x024F or 0x1E00 <= o <= 0x1EFF:
        return "latin"
    return "other"


def is_letter(c: str) -> bool:
    return c.isalpha() and not unicodedata.category(c).startswith("M")


def is_mark(c: str) -> bool:
    return unicodedata.category(c).startswith("M") or c == "\u0640"


def parse_line(line: str):
    """Returns (category, plain text, [(start, end, gold label)]) with str indices."""
    cat, default, marked = line.rstrip("\n").split("\t", 2)
    text_parts, labels = [], []
    pos = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        text_parts.append(chunk)
        labels.extend([default] * len(chunk))
        text_parts.append(m.group(2))
        labels.extend([m.group(1)] * len(m.group(2)))
        pos = m.end()
    chunk = marked[pos:]
    text_parts.append(chunk)
    labels.extend([default] * len(chunk))
    text = "".join(text_parts)
    words = []
    i = 0
    while i < len(text):
        c = text[i]
        if not is_letter(c):
            i += 1
            continue
        sc = script_of(c)
        j = i + 1
        while j < len(text):
            d = text[j]
            if is_letter(d) and script_of(d) == sc:
                j += 1
            elif is_mark(d):
                j += 1
            elif d in "\u200c\u200d" and j + 1 < len(text) and is_letter(text[j + 1]) and script_of(text[j + 1]) == sc:
                j += 1
            else:
                break
        gold = {"latin": "en", "other": "other"}.get(sc) or labels[i]
        words.append((i, j, gold))
        i = j
    return cat, text, words


def load(path):
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            items.append(parse_line(line))
    return items


def naskh_predict(texts, exe=None):
    """Per text: list of (start, end, lang) in str indices. `exe`: a built `eval_lang` dev tool
    to run instead (to compare two builds)."""
    if exe:
        return run_eval_tool(exe, texts)
    try:
        import naskh

        if hasattr(naskh, "segment"):
            return [[(s.start, s.end, s.lang) for s in naskh.segment(t)] for t in texts]
    except ImportError:
        pass
    subprocess.run(
        ["cargo", "build", "--quiet", "--release", "--example", "eval_lang"], cwd=ROOT, check=True
    )
    return run_eval_tool(os.path.join(ROOT, "target", "release", "examples", "eval_lang"), texts)


def run_eval_tool(exe, texts):
    r = subprocess.run([exe], input="\n".join(texts) + "\n", capture_output=True, text=True, check=True)
    out = []
    for t, js in zip(texts, r.stdout.splitlines()):
        b = t.encode("utf-8")
        spans = []
        for s, e, lang in json.loads(js):
            spans.append((len(b[:s].decode("utf-8")), len(b[:e].decode("utf-8")), lang))
        out.append(spans)
    return out


def lingua_detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.PERSIAN, Language.ARABIC, Language.ENGLISH, Language.URDU, Language.RUSSIAN]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def lingua_code(lang) -> str:
    if lang is None:
        return "other"
    return {"PERSIAN": "fa", "ARABIC": "ar", "ENGLISH": "en"}.get(lang.name, "other")


def lingua_chunks_predict(texts, det):
    out = []
    for t in texts:
        spans = []
        # chunks: runs of same-script words separated by whitespace only
        for m in re.finditer(r"[^\s\d\W]+(?:[\s\u200c]+[^\s\d\W]+)*", t):
            chunk_start = m.start()
            # cut further at script changes
            cur = chunk_start
            sc = None
            for k in range(m.start(), m.end()):
                c = t[k]
                if is_letter(c):
                    s2 = script_of(c)
                    if sc is not None and s2 != sc:
                        spans.append((cur, k, lingua_code(det.detect_language_of(t[cur:k]))))
                        cur = k
                    sc = s2
            spans.append((cur, m.end(), lingua_code(det.detect_language_of(t[cur : m.end()]))))
        out.append(spans)
    return out


def lingua_multi_predict(texts, det):
    out = []
    for t in texts:
        spans = []
        for r in det.detect_multiple_languages_of(t):
            spans.append((r.start_index, r.end_index, lingua_code(r.language)))
        out.append(spans)
    return out


def score(items, preds, show_errors=False, name=""):
    words = correct = lines = exact = 0
    conf = Counter()
    by_gold: dict[str, Counter] = defaultdict(Counter)  # gold label -> predicted labels
    per_cat = defaultdict(lambda: [0, 0, 0, 0])  # words, correct, lines, exact
    quote_ar = quote_ar_fa = 0
    for (cat, text, gold), spans in zip(items, preds):
        ok_line = True
        for s, e, g in gold:
            p = "neutral"
            for a, b, lang in spans:
                if a <= s < b:
                    p = lang
                    break
            words += 1
            by_gold[g][p] += 1
            per_cat[cat][0] += 1
            if p == g:
                correct += 1
                per_cat[cat][1] += 1
            else:
                ok_line = False
                conf[(g, p)] += 1
                if show_errors:
                    print(f"  [{name}] {cat}: {text[s:e]!r} gold={g} got={p}  | {text[:80]}")
            if cat == "quote" and g == "ar":
                quote_ar += 1
                quote_ar_fa += p == "fa"
        lines += 1
        exact += ok_line
        per_cat[cat][2] += 1
        per_cat[cat][3] += ok_line
    return {
        "word_acc": correct / words,
        "line_exact": exact / lines,
        "fa_to_ar": conf[("fa", "ar")],
        "ar_to_fa": conf[("ar", "fa")],
        "quote_ar_called_fa": quote_ar_fa / max(1, quote_ar),
        "single_fa": per_cat["single_fa"][3] / max(1, per_cat["single_fa"][2]),
        "words": words,
        "lines": lines,
        "per_cat": {k: (v[1] / max(1, v[0]), v[3] / max(1, v[2])) for k, v in sorted(per_cat.items())},
        "confusion": conf,
        "by_gold": by_gold,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", default=os.path.join(ROOT, "testdata", "lang_dev.tsv"))
    ap.add_argument("--no-lingua", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print every mislabelled word")
    ap.add_argument("--exe", help="a built eval_lang dev tool to score instead of this checkout")
    ap.add_argument(
        "--single-words",
        action="store_true",
        help="score every distinct word of the dev set alone, one per input (naskh only)",
    )
    args = ap.parse_args()
    items = load(args.dev)
    if args.single_words:
        print_single_words(items, args.exe, args.errors)
        return
    texts = [t for _, t, _ in items]
    results = {"naskh": score(items, naskh_predict(texts, args.exe), args.errors, "naskh")}
    if not args.no_lingua:
        try:
            det = lingua_detector()
            results["lingua (chunks)"] = score(items, lingua_chunks_predict(texts, det), args.errors, "lingua-chunks")
            results["lingua (multi)"] = score(items, lingua_multi_predict(texts, det), args.errors, "lingua-multi")
        except ImportError:
            print("lingua not installed (pip install lingua-language-detector); skipping", file=sys.stderr)
    names = list(results)
    first = results[names[0]]
    print(f"dev set: {first['lines']} lines, {first['words']} words ({os.path.relpath(args.dev, ROOT)})\n")
    print("| metric | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    rows = [
        ("word accuracy", "word_acc", "{:.2%}"),
        ("line exact match", "line_exact", "{:.2%}"),
        ("fa words called ar", "fa_to_ar", "{}"),
        ("ar words called fa", "ar_to_fa", "{}"),
        ("single Persian words/phrases right", "single_fa", "{:.1%}"),
        ("Arabic phrase words in Persian sentences called fa", "quote_ar_called_fa", "{:.1%}"),
    ]
    for label, key, fmt in rows:
        print(f"| {label} | " + " | ".join(fmt.format(results[n][key]) for n in names) + " |")
    print("\nper category (word accuracy / line exact match):\n")
    print("| category | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for cat in first["per_cat"]:
        print(
            f"| {cat} | "
            + " | ".join("{:.1%} / {:.1%}".format(*results[n]["per_cat"][cat]) for n in names)
            + " |"
        )
    for n in names:
        print_by_gold(n, results[n])


def print_single_words(items, exe=None, errors=False):
    """Every distinct word of each gold language of the dev set (a word two languages share is
    a word of each), given to naskh alone: the share labelled as that language, and as Persian
    (a word as good in Persian as in another language is read as Persian); with `errors`, every
    word labelled otherwise."""
    by_gold = defaultdict(set)
    for _, text, words in items:
        for s, e, gold in words:
            if gold != "en":
                by_gold[gold].add(text[s:e])
    flat = [(g, w) for g in sorted(by_gold) for w in sorted(by_gold[g])]
    preds = naskh_predict([w for _, w in flat], exe)
    tally = defaultdict(Counter)
    for (g, w), spans in zip(flat, preds):
        labels = [lang for _, _, lang in spans if lang != "neutral"]
        got = labels[0] if labels else "none"
        tally[g][got] += 1
        if errors and got != g:
            print(f"  [naskh] single {g}: {w!r} got={got}")
    print("naskh, each distinct word alone:\n")
    print("| gold | distinct words | labelled as itself | labelled fa |")
    print("|---|---|---|---|")
    for g in sorted(tally):
        c = tally[g]
        n = sum(c.values())
        print(f"| {g} | {n} | {c[g] / n:.1%} | {c['fa'] / n:.1%} |")


def print_by_gold(name, result):
    """How each gold language's words were labelled (share of its words)."""
    by_gold = result["by_gold"]
    preds = sorted({p for c in by_gold.values() for p in c})
    print(f"\n{name}: how each language's words were labelled (share of its words)\n")
    print("| gold | words | " + " | ".join(preds) + " |")
    print("|---|---|" + "---|" * len(preds))
    for g in sorted(by_gold):
        c = by_gold[g]
        n = sum(c.values())
        print(f"| {g} | {n} | " + " | ".join(f"{c[p] / n:.1%}" if c[p] else "" for p in preds) + " |")


if __name__ == "__main__":
    main()
