#!/usr/bin/env python3
"""Generate naskh's embedded word model of the region's Arabic-script languages (src/lang/model.bin).

Usage:
    python3 tools/gen_lang_model.py           # regenerate src/lang/model.bin + model_meta.rs
    python3 tools/gen_lang_model.py --check   # regenerate in memory, fail if the files differ

Data (see THIRD_PARTY.md for every source and licence):
  * Persian, Arabic, Urdu: the word-frequency lists shipped inside the PyPI package `wordfreq`
    (version pinned in tools/requirements-model.txt; data CC-BY-SA 4.0, code Apache-2.0), the
    `small_fa`, `small_ar` and `small_ur` lists (all three cut at the same frequency, 1e-6);
  * Pashto, Central Kurdish, Sindhi, Uyghur, South Azerbaijani, Balochi, Kashmiri, Gilaki: the lists
    committed in tools/lang_data/<code>.tsv (`word<TAB>count`, made by tools/lang_lists.py from
    the sources named in each file's header).
No other data is used: in particular nothing from testdata/ (the dev sets) goes into the model.

If `wordfreq` (the pinned version) is not importable, the script creates a virtual environment
in target/naskh-model-venv, installs tools/requirements-model.txt into it, and re-runs itself
there. Needs network access to PyPI only for that first run.

What the model holds (all probabilities as -ln p, quantised to 1/256 nat, u16; 0xFFFF = none):
  * a word table: FNV-1a-64 of the *folded* word -> P(word | lang) for every language of LANGS;
  * a character 4-gram model per language (interpolated Witten-Bell, word-boundary marks '^' and
    '$'), trained on the folded word types, for words a language's list does not hold;
  * a "channel": how often each language writes the yeh / kaf letters as ی ي ى / ک ك (word-final
    and elsewhere), and how often its words contain ZWNJ.
Folding (identical in src/lang/model.rs): drop Arabic combining marks, tatweel, ZWNJ and ZWJ;
ي ى -> ی, ك -> ک, ۀ -> ه, a final هء -> ه. Folding makes a Persian word typed on an Arabic
keyboard find its Persian entry; the channel then weighs the keyboard evidence instead of the
letter deciding. Per-language letter aliases (ALIASES) then spell a word the way that
language's list does.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import math
import os
import struct
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_BIN = os.path.join(ROOT, "src", "lang", "model.bin")
OUT_META = os.path.join(ROOT, "src", "lang", "model_meta.rs")
REQUIREMENTS = os.path.join(ROOT, "tools", "requirements-model.txt")
VENV = os.path.join(ROOT, "target", "naskh-model-venv")
WORDFREQ_VERSION = "3.1.1"

# The model's languages, in the order of its tables (the state index of the Rust search), each
# with the `naskh::lang::Lang` it is reported as (written into model_meta.rs as MODEL_LANGS).
# The first three come from wordfreq, the rest from tools/lang_data/<code>.tsv. `oth` is one
# state for the languages modelled only so that they are not read as Persian or Urdu, which
# naskh reports as `other` (see MERGED).
REPORTED_AS = {
    "fa": "Persian",
    "ar": "Arabic",
    "ur": "Urdu",
    "ps": "Pashto",
    "ckb": "CentralKurdish",
    "sd": "Sindhi",
    "ug": "Uyghur",
    "azb": "SouthAzerbaijani",
    "oth": "Other",
}
# A state made of several lists, each weighing the same: Balochi, Kashmiri and Gilaki are all
# reported as `other`, so one state holds them (a state per language costs a cost per word of
# every list and a step of the search).
MERGED = {"oth": ["bal", "ks", "glk"]}
LANGS = list(REPORTED_AS)
WORDFREQ_LANGS = {"fa", "ar", "ur"}
LIST_DIR = os.path.join(ROOT, "tools", "lang_data")
# Share of running text outside a committed top-N list whose header gives no corpus size.
LIST_OOV_MASS = 0.15
# A letter belongs to the modelled alphabets when it makes at least this share of the letters
# of some language's list (weighted by frequency); a word with any other Arabic-script letter
# belongs to none of the modelled languages (src/lang/script.rs::is_foreign_arabic_letter).
ALPHABET_MIN_SHARE = 1e-6
# Letters of Quranic and Maghrebi Arabic that the Arabic list lacks but Arabic text writes:
# alef wasla, dotless beh and qaf, Maghrebi qaf.
EXTRA_LETTERS = "\u0671\u066e\u066f\u06a8"
# Hyperparameters (chosen by reasoning, not fitted to the dev set).
ALPHA = 0.5  # add-alpha for the character unigram
ALPHABET = 256  # nominal alphabet size for the unigram of a seen letter
# Cost (nats) of a letter the language's list never writes: strong evidence against the language
# (a Kurdish ڵ or a Pashto ښ in a "Persian" word), not a verdict (e^-25; a word of the list
# costs 5-20).
UNSEEN_LETTER_NLL = 25.0
MAX_CONTEXT = 3  # characters of context: a 4-gram model
CHANNEL_FLOOR = 0.01  # no spelling of a yeh/kaf is ever less likely than this
# Persian is typed on Arabic keyboards on many Iranian sites and whole news archives (ي for every
# yeh, ك for every kaf), which word lists do not show: Persian's channel is this mixture of its
# list's spellings and the Arabic keyboard's.
ARABIC_KEYBOARD_SHARE = {"fa": 0.1}
KEYBOARD_YEH = 1  # ي
KEYBOARD_KAF = 1  # ك
ZWNJ_FLOOR = 0.0005
# The Pashto, Central Kurdish, Uyghur and South Azerbaijani lists hold no ZWNJ form at all: their
# sources cut words at ZWNJ. South Azerbaijani writes suffixes after ZWNJ as Persian does
# (`اؤلکه‌سینده`), so it takes Persian's share; Pashto writes ZWNJ less often (`ويکي‌رسنۍ`).
ZWNJ_SHARE = {"azb": "fa", "ps": 0.01}
# The South Azerbaijani list counts religious text (`الله` is its second word, 1.8% of it; 0.27%
# of Arabic's, 0.03% of Persian's), so the Arabic religious vocabulary it shares would read as
# South Azerbaijani wherever it stands alone (`الله`, `روح الله`). A word Arabic's list holds
# more often than Persian's, and at least this share of, gets no more of the South Azerbaijani
# list than of Arabic's: 17 words (`الله`, `داخل`, `طلب`, `صالح`; also the native `منه`, `منی`,
# which lose about one nat). Native words Persian shares (`کی`, `او`) are left as counted.
DOMAIN_CAP = {"azb": 1e-4}
# Arabic's list (wordfreq's, from web text and news) ends in a long tail of transliterated
# foreign names (`هازارد`, `بلفاست`, `نیلسن`, `ستامفورد`) that Persian writes the same way and
# Persian's shorter list lacks: Persian priced them by its character model, 10-15 nats above
# Arabic's list, and a name inside a Persian sentence became a one-word Arabic island. A word
# among that tail (costing Arabic at least RARE_ARABIC_NLL nats: fewer than about 6 in a
# million words) that Persian's list lacks, with no `ال` at its start and none of the letters
# Arabic writes far more often than Persian (RARE_ARABIC_MARKED), costs Persian at most
# RARE_ARABIC_MARGIN nats more than Arabic. See docs/lang.md for what 10 and 11 nats cost.
RARE_ARABIC_NLL = 12.0
RARE_ARABIC_MARGIN = 3.0
RARE_ARABIC_MARKED = "\u0629\u0649\u0623\u0625\u0624\u0626"  # ة ى أ إ ؤ ئ
# Pashto's list (Unilex: a web crawl of Afghan pages) likewise holds the Dari spellings of names
# and loanwords that Iranian Persian's list lacks (`اندونیزیا`, `تکنالوژی`, `سپتمبر`,
# `پروفیسور`): in Dari news such a word, often with a neighbour, became Pashto. A word Pashto's
# list holds at RARE_PASHTO_NLL nats or more, Persian's lacks, with none of the letters only
# Pashto writes (RARE_PASHTO_MARKED), costs Persian at most RARE_PASHTO_MARGIN nats more than
# Pashto. In a Pashto sentence the context keeps it Pashto, and alone Pashto's list still wins
# (Pashto starts a line 2 nats dearer than Persian: less than the margin). docs/lang.md has
# the thresholds tried.
RARE_PASHTO_NLL = 10.0
RARE_PASHTO_MARGIN = 4.0
RARE_PASHTO_MARKED = "\u067c\u0689\u0693\u069a\u0696\u0681\u0685\u06ab\u06bc\u06d0\u06cd\u0626"  # ټ ډ ړ ښ ږ ځ څ ګ ڼ ې ۍ ئ
# (source language, its least cost, Persian's margin above it, letters that exclude a word,
# a prefix that excludes a word) for cap_rare
RARE_CAPS = [
    ("ar", RARE_ARABIC_NLL, RARE_ARABIC_MARGIN, RARE_ARABIC_MARKED, "\u0627\u0644"),
    ("ps", RARE_PASHTO_NLL, RARE_PASHTO_MARGIN, RARE_PASHTO_MARKED, None),
]
# Persian writes a suffix after a ZWNJ (`کتاب‌ها`, `بزرگ‌ترین`), and a name or loanword no list
# holds is as Persian with it as without: `هازارد‌ها` was priced whole by the character models,
# and Arabic's, which has seen the name, won. A ZWNJ word no list holds costs Persian at most
# its head (the part before the last ZWNJ, as a word) plus -ln of its tail's share among the
# tails after a ZWNJ in Persian's list (src/lang/model.rs::Model::persian_compound), for each
# tail of at least this share (61 tails; written into model_meta.rs as PERSIAN_ZWNJ_TAILS). At
# 0.001 (115 tails) the South Azerbaijani possessive `‌سی` is one of them (`فهله‌سی` alone → fa).
ZWNJ_TAIL_MIN_SHARE = 0.002
# Letters a language writes that its list spells otherwise (the source normalised them): the
# Central Kurdish list writes every heh doachashmee ھ as ه; the South Azerbaijani list writes
# no hamza seat (یير, گوره for یئر, گؤره), no ۇ and no madda (الان for آلان); the Sindhi list
# writes no Urdu heh goal ہ, which many Sindhi writers type for ه (نہ, تہ for نه, ته). A word
# is scored in that language as if spelt the list's way (src/lang/model.rs reads these from
# model_meta.rs).
ALIASES = {
    "ckb": {"\u06be": "\u0647"},
    "azb": {"\u0626": "\u06cc", "\u0624": "\u0648", "\u06c7": "\u0648", "\u0622": "\u0627"},
    "sd": {"\u06c1": "\u0647"},
}


def alias(lang: str, folded: str) -> str:
    table = ALIASES.get(lang)
    if not table:
        return folded
    return "".join(table.get(c, c) for c in folded)


# Share of running text outside a state's list, unless OOV_MASS says otherwise: at least this.
MIN_OOV_MASS = 0.05
# The South Azerbaijani list comes from one domain (religious text, see its header) and cuts an
# agglutinative language at 36,338 words: on its own corpus 3.2% of tokens fall outside it, on
# encyclopedia and news text (suffixed names, `حزبینین`, `ایالتین`, `اؤلکه‌سینده`) about a third
# (341 of the regional dev set's 1,075 South Azerbaijani tokens).
# Priced at the 5% floor, such a word cost South Azerbaijani 1.7 nats more than at this share,
# and the place names and loanwords between them went Persian. Chosen on the regional dev set
# (docs/lang.md has the table): higher shares move foreign names in Persian text to azb; 25%
# did as well until the cap on Pashto's tail (RARE_PASHTO_NLL) moved a line of names from ps
# to fa.
OOV_MASS = {"azb": 0.27}
QUANT = 256.0
NONE = 0xFFFF

MAGIC = b"NASKHLM2"
HEADER_TEXT = (
    b"generated by tools/gen_lang_model.py from wordfreq "
    + WORDFREQ_VERSION.encode()
    + b" data (CC-BY-SA 4.0) and tools/lang_data (see THIRD_PARTY.md) -- do not edit\n"
)

YEH = {"\u06cc": 0, "\u064a": 1, "\u0649": 2}  # ی ي ى
KAF = {"\u06a9": 0, "\u0643": 1}  # ک ك
ZWNJ = "\u200c"


def ensure_env() -> None:
    """Re-run inside a private venv when the pinned wordfreq is not importable."""
    try:
        from importlib.metadata import version

        if version("wordfreq") == WORDFREQ_VERSION and importlib.util.find_spec("msgpack"):
            return
    except Exception:
        pass
    if os.environ.get("NASKH_MODEL_VENV_ACTIVE"):
        sys.exit(f"wordfreq=={WORDFREQ_VERSION} and msgpack are required (pip install -r {REQUIREMENTS})")
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        print(f"creating {VENV} ...", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([py, "-m", "pip", "install", "-q", "-r", REQUIREMENTS])
    env = dict(os.environ, NASKH_MODEL_VENV_ACTIVE="1")
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)


def is_mark(c: str) -> bool:
    o = ord(c)
    return (
        0x0610 <= o <= 0x061A
        or 0x064B <= o <= 0x065F
        or o == 0x0670
        or 0x06D6 <= o <= 0x06DC
        or 0x06DF <= o <= 0x06E4
        or 0x06E7 <= o <= 0x06E8
        or 0x06EA <= o <= 0x06ED
    )


def is_arabic_letter(c: str) -> bool:
    """Must agree with `is_arabic_letter` in src/lang/script.rs."""
    o = ord(c)
    return (
        0x0620 <= o <= 0x063F
        or 0x0641 <= o <= 0x064A
        or 0x066E <= o <= 0x066F
        or 0x0671 <= o <= 0x06D3
        or o == 0x06D5
        or 0x06EE <= o <= 0x06EF
        or 0x06FA <= o <= 0x06FC
        or o == 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0x08A0 <= o <= 0x08C9
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFC
    )


FOLD = {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u06c0": "\u0647"}


def fold(word: str) -> str:
    # Persian's ezafe written with a standalone hamza after heh (خانهء) reads as خانه, as خانهٔ
    # and خانۀ do (src/lang/model.rs::without_ezafe_hamza)
    if word.endswith("\u0647\u0621"):
        word = word[:-1]
    out = []
    for c in word:
        if is_mark(c) or c in ("\u0640", "\u200c", "\u200d"):
            continue
        out.append(FOLD.get(c, c))
    return "".join(out)


def fnv1a64(data: bytes) -> int:
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h if h != 0 else 1


def q(nll: float) -> int:
    """Quantise -ln p."""
    v = int(round(nll * QUANT))
    return min(max(v, 0), NONE - 1)


def read_cbpack(path: str) -> list[tuple[str, float]]:
    import msgpack

    with gzip.open(path, "rb") as f:
        data = msgpack.load(f, raw=False)
    if data[0] != {"format": "cB", "version": 1}:
        raise SystemExit(f"unexpected cBpack header in {path}: {data[0]!r}")
    out = []
    for i, words in enumerate(data[1:]):
        for w in words:
            out.append((w, 10.0 ** (-i / 100.0)))
    return out


def read_list(lang: str) -> tuple[list[tuple[str, float]], float]:
    """A committed list: (word, frequency) pairs and the share of text outside the list."""
    path = os.path.join(LIST_DIR, f"{lang}.tsv")
    rows: list[tuple[str, int]] = []
    corpus_tokens = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("#"):
                key, _, value = line[1:].strip().partition(":")
                if key.strip() == "tokens":
                    corpus_tokens = int(value.strip())
                continue
            word, count = line.split("\t")
            rows.append((word, int(count)))
    total = sum(c for _, c in rows)
    if corpus_tokens:
        denom = max(corpus_tokens, total)
        oov = 1.0 - total / denom
    else:
        denom = total / (1.0 - LIST_OOV_MASS)
        oov = LIST_OOV_MASS
    return [(w, c / denom) for w, c in rows], oov


def cap_rare(word_nll, all_words, vocab_nll) -> None:
    """Persian's cost of the rare, unmarked words that Arabic's or Pashto's list holds and
    Persian's lacks: at most a margin above that language's (RARE_CAPS; see RARE_ARABIC_NLL and
    RARE_PASHTO_NLL)."""
    fa = LANGS.index("fa")
    for lang, least, margin, marked, prefix in RARE_CAPS:
        src = LANGS.index(lang)
        for k in sorted(all_words):
            if k not in vocab_nll[src] or k in vocab_nll[fa]:
                continue
            if (prefix and k.startswith(prefix)) or any(c in marked for c in k):
                continue
            cost = word_nll[k][src]
            if cost >= least:
                word_nll[k][fa] = min(word_nll[k][fa], cost + margin)


def state_list(lang: str, ddir: str) -> tuple[list[tuple[str, float]], float]:
    """A state's word list, (word, frequency) pairs as the lists spell them, and the share of
    text outside it: wordfreq's for fa, ar and ur, the committed lists (averaged for a MERGED
    state) for the others."""
    if lang in WORDFREQ_LANGS:
        raw = read_cbpack(os.path.join(ddir, f"small_{lang}.msgpack.gz"))
        return raw, max(MIN_OOV_MASS, 1.0 - sum(f for _, f in raw))
    if lang in MERGED:
        parts = [read_list(part) for part in MERGED[lang]]
        raw = [(w, f / len(parts)) for rows, _ in parts for w, f in rows]
        return raw, max(MIN_OOV_MASS, sum(oov for _, oov in parts) / len(parts))
    raw, oov = read_list(lang)
    return raw, OOV_MASS.get(lang, max(MIN_OOV_MASS, oov))


def vocab_except(skip: str) -> set[str]:
    """The words of every state's lists but `skip`'s, as the lists spell them."""
    ddir = wordfreq_data_dir()
    return {w for lang in LANGS if lang != skip for w, _ in state_list(lang, ddir)[0] if w}


def wordfreq_data_dir() -> str:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        raise SystemExit("wordfreq not found")
    return os.path.join(os.path.dirname(spec.origin), "data")


def build() -> tuple[bytes, list[tuple[int, int]], list[tuple[int, float, str]]]:
    ddir = wordfreq_data_dir()
    word_nll: dict[str, dict[int, float]] = defaultdict(dict)
    ngram_entries: dict[bytes, dict[int, float]] = defaultdict(dict)
    header_floats: list[float] = []
    char_models = []  # per language: (prob, gamma, floor, oov_nll)
    vocab_nll: list[dict[str, float]] = []
    letter_mass: list[dict[str, float]] = [defaultdict(float) for _ in LANGS]
    zwnj_share: dict[str, float] = {}
    shares: dict[str, dict[str, float]] = {}
    for li, lang in enumerate(LANGS):
        raw, oov_mass = state_list(lang, ddir)
        words = [(w, f) for w, f in raw if w and all(is_arabic_letter(c) or c == ZWNJ for c in w)]
        total = sum(f for _, f in words)
        for w, f in words:
            for c in w:
                letter_mass[li][c] += f
        # channel statistics on the surface spellings
        yeh = [[0.0] * 3 for _ in range(2)]  # [final?][surface]
        kaf = [[0.0] * 2 for _ in range(2)]
        zwnj = 0.0
        folded: dict[str, float] = defaultdict(float)
        for w, f in words:
            if ZWNJ in w:
                zwnj += f
            for i, c in enumerate(w):
                final = 1 if i == len(w) - 1 or w[i + 1] == ZWNJ else 0
                if c in YEH:
                    yeh[final][YEH[c]] += f
                elif c in KAF:
                    kaf[final][KAF[c]] += f
            k = fold(w)
            if k:
                folded[k] += f / total
        cap = DOMAIN_CAP.get(lang)
        if cap is not None:
            for k, p in folded.items():
                ar, fa = shares["ar"].get(k, 0.0), shares["fa"].get(k, 0.0)
                if ar >= cap and ar > fa:
                    folded[k] = min(p, ar)
        shares[lang] = folded
        kb = ARABIC_KEYBOARD_SHARE.get(lang, 0.0)
        for table, keyboard in ((yeh, KEYBOARD_YEH), (kaf, KEYBOARD_KAF)):
            for row in table:
                s = sum(row)
                probs = [x / s if s else 1.0 / len(row) for x in row]
                probs = [(1.0 - kb) * p + (kb if i == keyboard else 0.0) for i, p in enumerate(probs)]
                probs = [max(CHANNEL_FLOOR, p) for p in probs]
                z = sum(probs)
                header_floats.extend(-math.log(p / z) for p in probs)
        pz = max(ZWNJ_FLOOR, zwnj / total)
        zwnj_share[lang] = pz
        if lang == "fa":
            tails = zwnj_tails(words)
        given = ZWNJ_SHARE.get(lang)
        if given is not None:
            pz = zwnj_share[given] if isinstance(given, str) else given
        header_floats.append(-math.log(pz))
        header_floats.append(-math.log(1.0 - pz))
        header_floats.append(-math.log(1.0 - oov_mass))
        header_floats.append(-math.log(oov_mass))
        vocab_nll.append({k: -math.log(1.0 - oov_mass) - math.log(p) for k, p in folded.items()})
        # character model on folded types
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for k in folded:
            s = "^" + k + "$"
            for i in range(1, len(s)):
                c = s[i]
                for n in range(0, MAX_CONTEXT + 1):
                    if n > i:
                        break
                    counts[s[i - n : i]][c] += 1.0
        uni = counts[""]
        n_uni = sum(uni.values())
        floor = math.exp(-UNSEEN_LETTER_NLL)
        header_floats.append(-math.log(floor))
        prob: dict[tuple[str, str], float] = {}
        gammas: dict[str, float] = {}
        for c, n in uni.items():
            prob[("", c)] = (n + ALPHA) / (n_uni + ALPHA * ALPHABET)
        for order in range(1, MAX_CONTEXT + 1):
            for h, nexts in counts.items():
                if len(h) != order:
                    continue
                ch = sum(nexts.values())
                th = float(len(nexts))
                for c, n in nexts.items():
                    lower = lower_prob(prob, h[1:], c, counts, floor)
                    p = (n + th * lower) / (ch + th)
                    prob[(h, c)] = p
                gamma = th / (ch + th)
                ngram_entries[b"\x02" + h.encode()][li] = -math.log(gamma)
                gammas[h] = -math.log(gamma)
        for (h, c), p in prob.items():
            ngram_entries[b"\x01" + h.encode() + b"\x1f" + c.encode()][li] = -math.log(p)
        char_models.append((prob, gammas, -math.log(floor), -math.log(oov_mass)))

    # Word table: every word any list holds gets a full cost in every language -- its own
    # frequency where the language's list has it, the character model otherwise -- so that the
    # character model is only ever run on words no list knows.
    all_words = set()
    for v in vocab_nll:
        all_words.update(v)
    for k in all_words:
        for li, lang in enumerate(LANGS):
            key = alias(lang, k)
            nll = vocab_nll[li].get(key)
            if nll is None:
                prob, gammas, floor_nll, oov_nll = char_models[li]
                nll = oov_nll + char_cost(key, prob, gammas, floor_nll)
            word_nll[k][li] = nll
    cap_rare(word_nll, all_words, vocab_nll)

    out = bytearray()
    out += MAGIC
    out += struct.pack("<H", len(HEADER_TEXT)) + HEADER_TEXT
    out += struct.pack("<II", len(LANGS), len(header_floats) // len(LANGS))
    out += b"".join(struct.pack("<f", x) for x in header_floats)
    # The word table: a row per word, keyed by the FNV-1a-64 of its folded letters.
    rows = []
    seen = set()
    for key, vals in word_nll.items():
        h = fnv1a64(key.encode())
        if h in seen:
            raise SystemExit(f"hash collision on {key!r}")
        seen.add(h)
        rows.append((h, [q(vals[i]) if i in vals else NONE for i in range(len(LANGS))]))
    rows.sort()
    out += struct.pack("<I", len(rows))
    # a row: the key, a bit per language that has a value, then those values
    for h, vs in rows:
        out += struct.pack("<Q", h) + packed_values(vs)
    out += ngram_table(ngram_entries)
    return bytes(out), alphabet(letter_mass), tails


def zwnj_tails(words: list[tuple[str, float]]) -> list[tuple[int, float, str]]:
    """The tails after the last ZWNJ of a list's words (see ZWNJ_TAIL_MIN_SHARE): the table key
    of each folded tail, -ln of its share of the ZWNJ words' frequency, the tail; sorted by key."""
    mass: dict[str, float] = defaultdict(float)
    for w, f in words:
        if ZWNJ in w:
            mass[fold(w.rpartition(ZWNJ)[2])] += f
    total = sum(mass.values())
    rows = [(fnv1a64(t.encode()), -math.log(m / total), t) for t, m in mass.items()
            if t and m / total >= ZWNJ_TAIL_MIN_SHARE]
    return sorted(rows)


def packed_values(vs: list[int]) -> bytes:
    """A bit per language that has a value, then those values."""
    mask = sum(1 << i for i, v in enumerate(vs) if v != NONE)
    present = [v for v in vs if v != NONE]
    return struct.pack("<H", mask) + struct.pack("<" + "H" * len(present), *present)


def ngram_table(entries: dict[bytes, dict[int, float]]) -> bytes:
    """The character n-gram table, keyed by its characters (the reader hashes them): the
    alphabet, then a row per context (its back-off weights), then a row per n-gram (context and
    character: its values). The reader folds each n-gram's back-off into its row (see
    `check_folded_values`), which therefore has to fit in 15 bits."""
    keys: list[tuple[int, str]] = []
    for key in entries:
        kind, rest = key[0], key[1:].decode()
        keys.append((kind, rest.replace("\x1f", "")))
        if kind == 1 and rest.count("\x1f") != 1:
            raise SystemExit(f"n-gram key without one separator: {key!r}")
    letters = sorted({c for _, k in keys for c in k})
    if len(letters) > 256:
        raise SystemExit(f"{len(letters)} n-gram letters: more than a byte indexes")
    index = {c: i for i, c in enumerate(letters)}
    vals = {
        (kind, k): [q(v[i]) if i in v else NONE for i in range(len(LANGS))]
        for (kind, k), v in zip(keys, entries.values())
    }
    seen = set()
    for key in entries:
        h = fnv1a64(key)
        if h in seen:
            raise SystemExit(f"hash collision on {key!r}")
        seen.add(h)
    check_folded_values(vals)
    out = bytearray(struct.pack("<I", len(letters)))
    out += b"".join(struct.pack("<I", ord(c)) for c in letters)
    # the contexts; then the n-grams in the order of their keys read backwards (the character,
    # then its context from the nearest letter), so that each n-gram follows the n-gram one
    # order down whose value it backs off to, and the reader folds them with a stack
    contexts = sorted(k for kind, k in vals if kind == 2)
    ngrams = sorted((k for kind, k in vals if kind == 1), key=lambda k: k[::-1])
    for kind, group in ((2, contexts), (1, ngrams)):
        out += struct.pack("<I", len(group))
        # a row: the key's length and letters (indices into the alphabet), then its values
        for k in group:
            out += struct.pack("<B", len(k)) + bytes(index[c] for c in k)
            out += packed_values(vals[(kind, k)])
    return bytes(out)


FLOOR_FLAG = 0x8000


def check_folded_values(vals: dict[tuple[int, str], list[int]]) -> None:
    """Checks that every n-gram's value with its back-off folded in fits in 15 bits, as the
    reader computes it (src/lang/model.rs, `fold_back_off`): a language that lacks the n-gram
    gets its context's back-off weight plus the value one order down, and the floor flag where
    no order has it."""
    n_langs = len(LANGS)
    # per language: (the value's sum, whether the floor is added)
    memo: dict[str, list[tuple[int, bool]]] = {}

    def full(k: str) -> list[tuple[int, bool]]:
        # k: the context, then the character
        if k in memo:
            return memo[k]
        if len(k) == 1:
            lower = [(0, True)] * n_langs
        else:
            g = vals.get((2, k[:-1]), [NONE] * n_langs)
            lower = [(b + (0 if gv == NONE else gv), f) for (b, f), gv in zip(full(k[1:]), g)]
        raw = vals.get((1, k), [NONE] * n_langs)
        out = [lo if r == NONE else (r, False) for r, lo in zip(raw, lower)]
        if any(v >= FLOOR_FLAG for v, _ in out):
            raise SystemExit(f"n-gram {k!r}: a value with its back-off does not fit in 15 bits")
        memo[k] = out
        return out

    for kind, k in vals:
        if kind == 1:
            full(k)


def alphabet(letter_mass: list[dict[str, float]]) -> list[tuple[int, int]]:
    """The Arabic-script letters of the modelled languages, as sorted code point ranges."""
    letters = set(EXTRA_LETTERS)
    for mass in letter_mass:
        total = sum(mass.values())
        letters.update(c for c, m in mass.items() if is_arabic_letter(c) and m / total >= ALPHABET_MIN_SHARE)
    ranges: list[list[int]] = []
    for cp in sorted(ord(c) for c in letters):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return [(a, b) for a, b in ranges]


def lower_prob(prob, h, c, counts, floor) -> float:
    """Interpolated probability of c after context h (already computed for shorter contexts)."""
    while True:
        p = prob.get((h, c))
        if p is not None:
            return p
        if h == "":
            return floor
        nexts = counts.get(h)
        if nexts:
            ch = sum(nexts.values())
            th = float(len(nexts))
            # c unseen after h: only the back-off share remains
            return th / (ch + th) * lower_prob(prob, h[1:], c, counts, floor)
        h = h[1:]


def char_cost(word: str, prob, gammas, floor_nll: float) -> float:
    """-ln P(word) under one character model, computed as src/lang/model.rs does."""
    s = "^" + word + "$"
    total = 0.0
    for i in range(1, len(s)):
        c = s[i]
        acc = 0.0
        for n in range(min(MAX_CONTEXT, i), -1, -1):
            h = s[i - n : i]
            p = prob.get((h, c))
            if p is not None:
                total += acc - math.log(p)
                break
            if n > 0 and h in gammas:
                acc += gammas[h]
        else:
            total += acc + floor_nll
    return total


def meta(blob: bytes, letters: list[tuple[int, int]], tails: list[tuple[int, float, str]]) -> str:
    sha = hashlib.sha256(blob).hexdigest()
    ranges = "".join(f"    ('\\u{{{a:04X}}}', '\\u{{{b:04X}}}'),\n" for a, b in letters)
    aliases = "".join(
        f"    ({LANGS.index(lang)}, '\\u{{{ord(a):04X}}}', '\\u{{{ord(b):04X}}}'),\n"
        for lang, table in ALIASES.items()
        for a, b in table.items()
    )
    tail_rows = "".join(f"    (0x{h:016x}, {nll:.4f}), // {t}\n" for h, nll, t in tails)
    return (
        "// generated by tools/gen_lang_model.py -- do not edit\n"
        f"// wordfreq {WORDFREQ_VERSION} and tools/lang_data; model.bin sha256 {sha}\n"
        "use super::Lang;\n\n"
        "/// Length in bytes of `model.bin` as the generator wrote it.\n"
        f"pub(crate) const MODEL_LEN: usize = {len(blob)};\n"
        "/// FNV-1a-64 of `model.bin` as the generator wrote it.\n"
        f"pub(crate) const MODEL_FNV64: u64 = 0x{fnv1a64(blob):016x};\n"
        "/// Number of languages the model scores.\n"
        f"pub(crate) const MODEL_N_LANGS: usize = {len(LANGS)};\n"
        "/// The language each state of the model (index of its cost arrays) is reported as:\n"
        f"/// {', '.join(LANGS)}.\n"
        "pub(crate) const MODEL_LANGS: [Lang; MODEL_N_LANGS] = [\n"
        + "".join(f"    Lang::{REPORTED_AS[code]},\n" for code in LANGS)
        + "];\n"
        "/// The Arabic-script letters of the modelled languages' word lists (each at least\n"
        f"/// {ALPHABET_MIN_SHARE:g} of a list's letters), as inclusive ranges in order.\n"
        "pub(crate) const MODEL_LETTERS: &[(char, char)] = &[\n"
        f"{ranges}"
        "];\n"
        "/// Letters a language writes that its list spells otherwise: (language index, letter,\n"
        "/// the list's letter).\n"
        "pub(crate) const MODEL_ALIASES: &[(usize, char, char)] = &[\n"
        f"{aliases}"
        "];\n"
        "/// The tails Persian writes after a ZWNJ: (table key of the folded tail, -ln of its share\n"
        f"/// of the Persian list's ZWNJ words; each at least {ZWNJ_TAIL_MIN_SHARE:g}), by key.\n"
        "pub(crate) const PERSIAN_ZWNJ_TAILS: &[(u64, f32)] = &[\n"
        f"{tail_rows}"
        "];\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="fail if the committed files differ from a fresh build")
    ap.add_argument("--vocab-except", metavar="LANG",
                    help="print every word the lists of the other states hold (one a line, sorted) and exit;"
                         " tools/lang_lists.py reads it to keep LANG's words that cost the model no row")
    args = ap.parse_args()
    ensure_env()
    if args.vocab_except:
        sys.stdout.write("".join(w + "\n" for w in sorted(vocab_except(args.vocab_except))))
        return 0
    blob, letters, tails = build()
    m = meta(blob, letters, tails)
    if args.check:
        ok = True
        for path, want in ((OUT_BIN, blob), (OUT_META, m.encode())):
            try:
                with open(path, "rb") as f:
                    have = f.read()
            except FileNotFoundError:
                have = None
            if have != want:
                print(f"{os.path.relpath(path, ROOT)} differs from a fresh build", file=sys.stderr)
                ok = False
        print("model up to date" if ok else "model out of date: run tools/gen_lang_model.py")
        return 0 if ok else 1
    with open(OUT_BIN, "wb") as f:
        f.write(blob)
    with open(OUT_META, "w", encoding="utf-8") as f:
        f.write(m)
    print(f"wrote {os.path.relpath(OUT_BIN, ROOT)} ({len(blob)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
