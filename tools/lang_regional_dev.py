#!/usr/bin/env python3
"""Writes testdata/lang_regional_dev.tsv: real published sentences in the region's Arabic-script
languages (Pashto, Sorani, Sindhi, Uyghur, South Azerbaijani, Urdu, Dari and a few `other` ones),
for scoring naskh's language labels. Held out: none of these files is used to build the model (the
model is built from unilex, 0xdolan/kww, MehranLM's wiki articles, chevir-kartalol and wordfreq).

Every line is copied verbatim from one of the files in SOURCES, each pinned to a commit; only
whitespace is collapsed (runs to one space, TAB and newline included). `mixed` lines join two such
sentences on one line: the texts are real, the combination is made here.

Not run in CI. Python 3 standard library only; it needs network (raw.githubusercontent.com) unless
every file is already in a cache directory laid out as CACHE/<owner>/<repo>/<commit>/<path>:

    python3 tools/lang_regional_dev.py [--cache DIR] [--out testdata/lang_regional_dev.tsv]

Selection, in order: candidate sentences of each source -> clean-up and filters (4-60 words,
mostly Arabic script, a per-language letter check) -> de-duplication across the whole file ->
sentences for `mixed` taken first -> per category a fixed quota from each source, shuffled with a
fixed seed, capped (300; 100 for `other_*`). The categories added later (EXTRA_CATEGORIES: `dari`
and more `azb`) come after the `mixed` lines, so that the lines written before them stay as they were.

Common Voice windows: the sentence-collector files are long and sorted, so only stretches of them
are used, each given by its first and last line (compared without U+200C) and its line count.
These stretches were first read from a text-only copy of the pinned files (one that drops U+200C);
a run against the real files re-reads them from the files themselves.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import sys
import unicodedata
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

SEED = 20250921
CAP = 300
CAP_OTHER = 100
MIN_WORDS, MAX_WORDS = 4, 60
MIXED_MAX_WORDS = 25  # per piece of a `mixed` line

CC0 = "CC0-1.0 (Common Voice sentence collector)"
TATOEBA = "CC BY 2.0 FR (Tatoeba; per-sentence attribution in the file)"
WP_APP = ("Apache-2.0 (Wikipedia Android app; translations by translatewiki.net volunteers, "
          "released under the app's licence)")
PALI = "MIT (sinaahmadi/PersoArabicLID)"
PALI_WIKI = "MIT (sinaahmadi/PersoArabicLID); text from the {} Wikipedia dump of 2022-12-01, CC BY-SA 3.0"
KLID = "MIT (sinaahmadi/KurdishLID)"
GASP_PRS = ("CC BY 4.0 (Global African Storybook Project: African Storybook stories translated into Dari by "
            "Abdul Rahim Ahmad Parwani, Darakht-e Danesh Library; only the stories marked [CC-BY], named in the script)")
SN_AZB = ("Apache-2.0 (sinaahmadi/ScriptNormalization, licence named in its README); text from the South "
          "Azerbaijani Wikipedia dump of 2022-12-01, CC BY-SA 3.0. Only `__label__azb` lines are read; that label "
          "also holds other languages' sentences, so only lines passing a strict Turkic check are kept")


@dataclass
class Source:
    key: str
    repo: str
    commit: str
    path: str
    licence: str
    parser: str  # lines | window | tatoeba | android | xquad
    windows: list = field(default_factory=list)  # [(first line, last line, line count)] for `window`
    column: int = 1  # for `tatoeba`: 0 = English, 1 = the other language
    files: list = field(default_factory=list)  # for `storybooks`: the files under `path` that are read
    label: str = ""  # for `fasttext`: the only label whose lines are read


CV = "common-voice/common-voice"
CV_PS = "102b6fc401eb02553e23b499a5dc4f182e02a36d"
CV_CKB_UG = "01ea2527ed82210b4f8145b2f9035a0b2c3c20bc"
WPA = ("wikimedia/apps-android-wikipedia", "aa428fa31b6f9fac1129116cdae5a32e8774809b")
PALI_REPO = ("sinaahmadi/PersoArabicLID", "79a3ee702c699452574e6a24c4835a3729edd2d1")
KLID_REPO = ("sinaahmadi/KurdishLID", "5056496bad1e47108cd2384313d1e9535f33cbc5")
URD = ("bilalhameed248/Urdu-To-English-Machine-Translation", "3a8ce9a100cbf332443ae4716695c996912c6360")


def _app(lang: str) -> Source:
    return Source(f"app_{lang}", WPA[0], WPA[1], f"app/src/main/res/values-{lang}/strings.xml", WP_APP, "android")


def _pali(key: str, name: str, licence: str) -> Source:
    return Source(key, PALI_REPO[0], PALI_REPO[1], f"corpora/{name}.txt", licence, "lines")


def _klid(key: str, name: str) -> Source:
    return Source(key, KLID_REPO[0], KLID_REPO[1], f"datasets/{name}_train.txt", KLID, "lines")


# The Dari stories of global-asp/global-asp whose licence line is [CC-BY] (the [CC-BY-NC] ones are left out).
GASP_PRS_FILES = [
    '0001_مرد-خیلی-قد-بلند.md',
    '0004_بزغاله،-سگ-و-گاو.md',
    '0006_آنانسی-و-خرد.md',
    '0008_در-حال-چه-کاری-استی؟.md',
    '0027_تصمیم.md',
    '0052_سیمبگویره.md',
    '0066_نوزیبله-و-سه-تار-مو.md',
    '0072_انتقام-پرنده\u200cی-عسل\u200cنما.md',
    '0087_من-به-خواندن-علاقه-دارم.md',
    '0089_کالای-با-گیاهان-صحبت-می\u200cکند.md',
    '0095_زاما-دختری-بزرگ-وعالی-است.md',
    '0110_یک-دانه\u200cی-کوچک-داستان-وانگاری-ماتای.md',
    '0111_چرا-کرگدن-مو-نداشت.md',
    '0141_خروس-و-هزارپا.md',
    '0156_تمساح-گرسنه.md',
    '0158_مرغ-و-عقاب.md',
    '0201_کره-خر.md',
    '0210_تینگی-و-گاوها.md',
    '0243_رخصتی\u200cها-با-مادربزرگ.md',
    '0262_ماگزوه.md',
    '0291_خواهر-ووزی-چه-گفت؟.md',
    '0294_کیله\u200cهای-مادربزرگ.md',
    '0296_تام،-فروشنده\u200cی-کیله.md',
    '0302_آتش.md',
    '0315_آواز-ساکیما.md',
    '0324_روزی-که-من-خانه-را-به-قصد-شهر-ترک-کردم.md',
    '0327_شمارش-حیوانات.md',
    '0337_کودکان-مومی.md',
    '0342_تنبیه.md',
]

SOURCES = [
    Source("cv_ps", CV, CV_PS, "server/data/ps/sentence-collector.txt", CC0, "window",
           windows=[("له وروره گټه ، نه گټه.", "هو، په یوه اونۍ کې وګورئ چې تاسو څنګه کوئ.", 350)]),
    Source("cv_ckb", CV, CV_CKB_UG, "server/data/ckb/sentence-collector.txt", CC0, "window",
           windows=[("دەکرێت بۆ ساتێک قسەت لەگەڵ بکەم؟", "زۆرێک پێیان وایە پاشەکشەی ئابووری چاوەڕوانکراوە.", 373)]),
    Source("cv_ug", CV, CV_CKB_UG, "server/data/ug/sentence-collector.txt", CC0, "window",
           windows=[('"كۈلەيمۇ يا يىغلايمۇ" قاتارلىق بىر تۈركۈم ياخشى ھېكايىلەرنى يېزىپ ئوقۇرمەنلەرگە سۇندى.',
                     "ئاتنى ئوقۇردا باق، ناننى تونۇرغا ياق.", 263),
                    ("دەۋا قېرىماس، ئالتۇن چىرىماس.",
                     "زىياۋۇدۇن ئىككى كۈندىن بېرى يوغان كەتمەن بىلەن ئۆستەڭ چېپىۋاتىدۇ.", 78)]),
    Source("mehran_sd", "IshaqJunejo/MehranLM", "631f80a9883e87e3f781fcff2a40000346b1b20f",
           "Corpus/Raw/sindhi_legal_dataset.txt",
           "CC BY-SA 4.0 (Sindhi Legal Dataset by Danish Mahdi, as redistributed in MehranLM's Corpus/)", "lines"),
    Source("tatoeba_ur", URD[0], URD[1], "urd.txt", TATOEBA, "tatoeba", column=1),
    Source("tatoeba_en", URD[0], URD[1], "urd.txt", TATOEBA, "tatoeba", column=0),
    Source("tatoeba_fa", "irmaan/MachineTranslation", "025fe1884b7b617d4310dfb497a1f0eb65e7fbf2", "pes.txt",
           TATOEBA, "tatoeba", column=1),
    Source("xquad_ar", "deepmind/xquad", "60cac411649156efb6aab9dd4c9cde787a2c0345", "xquad.ar.json",
           "CC BY-SA 4.0 (XQuAD; Arabic translation of SQuAD Wikipedia paragraphs)", "xquad"),
    _app("ps"), _app("ckb"), _app("sd"), _app("ur"), _app("azb"), _app("ks"), _app("pnb"), _app("skr"),
    _pali("pali_ks", "Kashmiri_ks-wiki-20221201", PALI_WIKI.format("Kashmiri")),
    _pali("pali_glk", "Gilaki_glk-wiki-20221201", PALI_WIKI.format("Gilaki")),
    _pali("pali_bal", "Balochi_bal", PALI),
    _pali("pali_brh", "Brahui_brh", PALI),
    _pali("pali_trw", "Torwali_trw", PALI),
    _pali("pali_hac", "Gorani_hac", PALI),
    _klid("klid_sdh", "SouthernKurdish-arab"),
    _klid("klid_kmr", "NorthernKurdish-arab"),
    # Added later; their lines follow the `mixed` ones (EXTRA_CATEGORIES).
    Source("gasp_prs", "global-asp/global-asp", "b0193c31edc62935cb8cc69549a1f416cbbab42f", "prs/", GASP_PRS,
           "storybooks", files=GASP_PRS_FILES),
    Source("sn_azb", "sinaahmadi/ScriptNormalization", "9d8b627d2a681e5ce4cc5cd421301e03d731f2de",
           "data/language_identification/clean/test.txt", SN_AZB, "fasttext", label="__label__azb"),
]
BY_KEY = {s.key: s for s in SOURCES}

# category -> (default label, [(source key, quota)], cap)
CATEGORIES = [
    ("ps", "ps", [("cv_ps", 240), ("app_ps", 60)], CAP),
    ("ckb", "ckb", [("cv_ckb", 230), ("app_ckb", 70)], CAP),
    ("sd", "sd", [("mehran_sd", 240), ("app_sd", 60)], CAP),
    ("ug", "ug", [("cv_ug", 300)], CAP),
    ("azb", "azb", [("app_azb", 300)], CAP),
    ("ur", "ur", [("tatoeba_ur", 240), ("app_ur", 60)], CAP),
    ("other_ks", "other", [("pali_ks", 70), ("app_ks", 30)], CAP_OTHER),
    ("other_pa", "other", [("app_pnb", 100)], CAP_OTHER),
    ("other_skr", "other", [("app_skr", 100)], CAP_OTHER),
    ("other_glk", "other", [("pali_glk", 100)], CAP_OTHER),
    ("other_bal", "other", [("pali_bal", 100)], CAP_OTHER),
    ("other_brh", "other", [("pali_brh", 100)], CAP_OTHER),
    ("other_trw", "other", [("pali_trw", 100)], CAP_OTHER),
    ("other_hac", "other", [("pali_hac", 100)], CAP_OTHER),
    ("other_sdh", "other", [("klid_sdh", 100)], CAP_OTHER),
    ("other_kmr", "other", [("klid_kmr", 100)], CAP_OTHER),
]

# Categories added later: written after the `mixed` lines. `azb` here adds to the 13 app lines above.
EXTRA_CATEGORIES = [
    ("dari", "fa", [("gasp_prs", 300)], CAP),
    ("azb", "azb", [("sn_azb", 287)], CAP - 13),
]

# Which language a source's sentences are in (for the letter check below).
LANG_OF = {
    "cv_ps": "ps", "app_ps": "ps", "cv_ckb": "ckb", "app_ckb": "ckb", "mehran_sd": "sd", "app_sd": "sd",
    "cv_ug": "ug", "app_azb": "azb", "tatoeba_ur": "ur", "app_ur": "ur", "tatoeba_fa": "fa",
    "tatoeba_en": "en", "xquad_ar": "ar", "pali_ks": "ks", "app_ks": "ks", "app_pnb": "pnb",
    "app_skr": "skr", "pali_glk": "glk", "pali_bal": "bal", "pali_brh": "brh", "pali_trw": "trw",
    "pali_hac": "hac", "klid_sdh": "sdh", "klid_kmr": "kmr",
    "gasp_prs": "prs", "sn_azb": "azbw",
}

# A sentence is kept only if it has one of these (letters typical of the language, or words).
MARKERS = {
    "ps": set("ټډړږښګڼېۍځڅ"),
    "ckb": set("ەۆێڕڵ"),
    "sd": set("ڪڄٻڳڻڏڌڍٺٽڀٿڃڇڙڦڱ"),
    "ug": set("ېۇۈۋەۆ"),
    "ur": set("ےہںٹڈڑھ"),
    "azb": set("ۆۇؤ") | {" بیر ", " ایله ", " اولان ", "دیر", " ائت", " دئییل", " اوچون ", "لری", "لار"},
    "ks": set("ٲٕٔۄؠۆٚ") | {"چھ"},
    "pnb": set("ےںٹڈڑھ"),
    "skr": set("ےںٹڈڑھٻڄڳ"),
    "glk": set("ˇۊأ") | {"ایسه", "ایسمه", "مئن", " بۊ", " جی "},
    "bal": set("ءۏێ") | {" انت"},
    "brh": None, "trw": None,
    "hac": set("ٛٙ") | {" جە ", " پەی "},
    "sdh": set("ۊ") | {"یل ", "یگ ", " ک "},
    "kmr": set("ڤ") | {" ژ ", " ل ", " د ", "ێن "},
    "fa": set("یکپچژگ"),
    "prs": set("یکپچژگ"),  # Dari: Persian letters, and none of Pashto's (NOT_IN)
    "azbw": set("ۆۇؤ") | {" بیر ", " ایله ", " اولان ", "دیر", " ائت", " دئییل", " اوچون ", "لری", "لار", " ایدی",
                          " اولدو", " گؤره ", " بو ", " بۇ ", " ده ", " دا ", "ین ", "ینده ", "یندا ", " وار"},
    "ar": set("ىيكةأإ"),
    "en": None,
}
NOT_IN = {"ar": set("یکپچژگ"), "fa": set("يك"), "prs": set("يك") | set("ټډړږښګڼېۍځڅ"),
          # Sorani, Kurmanji, Gorani, Sindhi, Kashmiri and Urdu letters: lines of those under `__label__azb`.
          "azbw": set("ەێڕڵڤۊڪڄٻڳڻٺٽڀٿڃڇڙڦڱڏڌڍ۾ٹڈڑںےھۃٲٕٔۄؠ")}
# Gilaki Wikipedia has much Persian: two marks needed there; likewise the mixed-up `__label__azb` lines.
MIN_MARKERS = {"glk": 2, "azbw": 2}
# Southern Kurdish and Kurmanji lines that read as Sorani are dropped (they would be `ckb`).
# Brahui and Torwali files hold some Urdu sentences: those with Urdu-only words are dropped.
URDU_WORDS = (" ہے", " ہیں", " ہوتی", " ہوتا", " تھا", " تھی", " اور ", "لئے", "لیے", " چاہیے")
NOT_WORDS = {"sdh": ("ەکە", "نییە", "دەکات", "دەبێت", "بەڵام", "یەکی"), "kmr": ("ەکە", "ەوە", "دەکات", "/"),
             "brh": URDU_WORDS, "trw": URDU_WORDS}
# At most this many sentences of one source may share their first 3 / last 4 words (templates).
MAX_SAME_HEAD, MAX_SAME_TAIL = 3, 2

ZWNJ = "\u200c"
WS_RE = re.compile(r"\s+")
MARK_CHARS = "⟦⟧"


def is_arabic_letter(c: str) -> bool:
    o = ord(c)
    return c.isalpha() and (0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF
                            or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF)


def clean(text: str) -> str:
    return WS_RE.sub(" ", text).strip()


def n_words(text: str) -> int:
    return len(text.split(" "))


def keep(text: str, lang: str) -> bool:
    if not text or any(c in text for c in MARK_CHARS):
        return False
    if not MIN_WORDS <= n_words(text) <= MAX_WORDS:
        return False
    if lang == "en":
        return all(ord(c) < 0x0590 for c in text) and sum(c.isalpha() for c in text) >= 10
    arabic = sum(is_arabic_letter(c) for c in text)
    latin_or_digit = sum(1 for c in text if (c.isalpha() and not is_arabic_letter(c)) or c.isdigit())
    if arabic == 0 or latin_or_digit > 0.15 * (arabic + latin_or_digit):
        return False
    if "http" in text or "www." in text or any(c in text for c in "@=_#*~^\\<>{}[]"):
        return False
    if sum(1 for w in text.split(" ") if sum(is_arabic_letter(c) for c in w) >= 2) < MIN_WORDS:
        return False
    markers = MARKERS[lang]
    padded = f" {text} "
    if markers is not None and sum(padded.count(m) for m in markers) < MIN_MARKERS.get(lang, 1):
        return False
    if any(c in text for c in NOT_IN.get(lang, ())):
        return False
    if any(w in padded for w in NOT_WORDS.get(lang, ())):
        return False
    if any(c.isalpha() and not is_arabic_letter(c) and not ("A" <= c <= "z" or "\u00c0" <= c <= "\u024f")
           for c in text):  # letters of a third script
        return False
    return True


def key_of(text: str) -> str:
    """Two sentences with the same letters and digits, in order, are the same sentence."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", text.replace(ZWNJ, "")))


def words_of(text: str) -> list[str]:
    return [w for w in (re.sub(r"[\W_]+", "", w) for w in text.replace(ZWNJ, "").split(" ")) if w]


# ---------------------------------------------------------------- reading the pinned files

def read_file(repo: str, commit: str, path: str, cache: str | None) -> str:
    if cache:
        p = os.path.join(cache, repo, commit, path)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return f.read()
    url = f"https://raw.githubusercontent.com/{repo}/{commit}/{urllib.parse.quote(path)}"
    with urllib.request.urlopen(url, timeout=120) as r:
        return r.read().decode("utf-8")


FILE_SEP = "\f"  # between the files of a `storybooks` source


def read_source(src: Source, cache: str | None) -> str:
    if src.files:
        return FILE_SEP.join(read_file(src.repo, src.commit, src.path + name, cache) for name in src.files)
    return read_file(src.repo, src.commit, src.path, cache)


def parse_window(text: str, windows) -> list[str]:
    lines = text.split("\n")
    bare = [ln.replace(ZWNJ, "").strip() for ln in lines]
    out = []
    for first, last, count in windows:
        try:
            i = bare.index(first.replace(ZWNJ, ""))
            j = bare.index(last.replace(ZWNJ, ""), i)
        except ValueError:
            sys.exit(f"window not found: {first!r} .. {last!r}")
        if j + 1 - i != count:
            sys.exit(f"window {first!r} .. {last!r} has {j + 1 - i} lines, not {count}")
        out.extend(lines[i : j + 1])
    return out


ANDROID_RE = re.compile(r"<string\s+name=\"[^\"]+\"([^>]*)>(.*?)</string>", re.S)


def parse_android(text: str) -> list[str]:
    out = []
    for m in ANDROID_RE.finditer(text):
        attrs, value = m.group(1), m.group(2)
        if "fuzzy" in attrs or 'translatable="false"' in attrs:
            continue
        if re.search(r"[%$<>{}\[\]|]|&lt;|CDATA", value):  # placeholders and markup
            continue
        value = (value.replace("\\n", " ").replace("\\'", "'").replace('\\"', '"')
                 .replace("\\@", "@").replace("\\?", "?"))
        if "\\" in value:
            continue
        out.append(html.unescape(value))
    return out


SENT_SPLIT = re.compile(r"(?<=[.!؟?])\s+")


def parse_xquad(text: str) -> list[str]:
    out = []
    for article in json.loads(text)["data"]:
        for para in article["paragraphs"]:
            out.extend(SENT_SPLIT.split(para["context"]))
    return out


def parse_storybooks(text: str) -> list[str]:
    """Global-ASP story files: `# title`, `##` page marks, the page text, then `* Key: value` credits."""
    out = []
    for story in text.split(FILE_SEP):
        if "* License: [CC-BY]" not in story:
            sys.exit("a storybook file is not marked [CC-BY]")
        for line in story.split("\n"):
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("* "):
                continue
            out.extend(SENT_SPLIT.split(line))
    return out


def parse_fasttext(text: str, label: str) -> list[str]:
    return [ln.split("\t", 1)[1] for ln in text.split("\n") if ln.startswith(label + "\t")]


def candidates(src: Source, text: str) -> list[str]:
    if src.parser == "lines":
        return text.split("\n")
    if src.parser == "window":
        return parse_window(text, src.windows)
    if src.parser == "tatoeba":
        return [ln.split("\t")[src.column] for ln in text.split("\n") if ln.count("\t") >= 2]
    if src.parser == "android":
        return parse_android(text)
    if src.parser == "xquad":
        return parse_xquad(text)
    if src.parser == "storybooks":
        return parse_storybooks(text)
    if src.parser == "fasttext":
        return parse_fasttext(text, src.label)
    raise ValueError(src.parser)


# ---------------------------------------------------------------- building the file

def pools(cache: str | None) -> dict[str, list[str]]:
    """source key -> its kept sentences, in file order, de-duplicated across all sources."""
    seen: set[str] = set()
    out: dict[str, list[str]] = {}
    texts: dict[tuple, str] = {}
    for src in SOURCES:
        k = (src.repo, src.commit, src.path)
        if k not in texts:
            texts[k] = read_source(src, cache)
        kept = []
        heads: dict[str, int] = {}
        tails: dict[str, int] = {}
        for raw in candidates(src, texts[k]):
            t = clean(raw)
            if not keep(t, LANG_OF[src.key]):
                continue
            kk = key_of(t)
            if kk in seen:
                continue
            words = words_of(t)
            head, tail = " ".join(words[:3]), " ".join(words[-4:])
            if heads.get(head, 0) >= MAX_SAME_HEAD or tails.get(tail, 0) >= MAX_SAME_TAIL:
                continue
            heads[head] = heads.get(head, 0) + 1
            tails[tail] = tails.get(tail, 0) + 1
            seen.add(kk)
            kept.append(t)
        out[src.key] = kept
    return out


def rng(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def take(pool: list[str], n: int, max_words: int | None = None) -> list[str]:
    """Removes and returns n sentences of `pool` (order: fixed shuffle)."""
    cand = [t for t in pool if max_words is None or n_words(t) <= max_words]
    picked = cand[:n]
    for t in picked:
        pool.remove(t)
    return picked


SEPARATORS = [" ", " | ", " - "]

# (label of the first piece, its source, label of the second piece, its source, count)
MIXED_PLAN = [
    ("ps", "cv_ps", "fa", "tatoeba_fa", 10),
    ("fa", "tatoeba_fa", "ps", "cv_ps", 10),
    ("ckb", "cv_ckb", "fa", "tatoeba_fa", 8),
    ("fa", "tatoeba_fa", "ckb", "cv_ckb", 7),
    ("ar", "xquad_ar", "ps", "cv_ps", 8),
    ("ps", "cv_ps", "ar", "xquad_ar", 7),
]
MIXED_EN_UR = 15  # English sentence, Urdu sentence, English sentence


def build(cache: str | None) -> tuple[list[tuple[str, str, str]], dict]:
    pool = pools(cache)
    for key, sents in pool.items():
        rng(key).shuffle(sents)
    stats = {k: len(v) for k, v in pool.items()}

    mixed = []
    n = 0
    for first_label, first_src, second_label, second_src, count in MIXED_PLAN:
        a = take(pool[first_src], count, MIXED_MAX_WORDS)
        b = take(pool[second_src], count, MIXED_MAX_WORDS)
        for x, y in zip(a, b):
            sep = SEPARATORS[n % len(SEPARATORS)]
            mixed.append(("mixed", first_label, f"{x}{sep}⟦{second_label}|{y}⟧"))
            n += 1
    ens = take(pool["tatoeba_en"], 2 * MIXED_EN_UR, MIXED_MAX_WORDS)
    urs = take(pool["tatoeba_ur"], MIXED_EN_UR, MIXED_MAX_WORDS)
    for i, u in enumerate(urs):
        sep = SEPARATORS[n % len(SEPARATORS)]
        mixed.append(("mixed", "ur", f"{ens[2 * i]}{sep}⟦ur|{u}⟧{sep}{ens[2 * i + 1]}"))
        n += 1
    rng("mixed").shuffle(mixed)

    rows = []
    for cat, label, quotas, cap in CATEGORIES:
        rows.extend(fill(pool, cat, label, quotas, cap, cat))
    rows.extend(mixed)
    for cat, label, quotas, cap in EXTRA_CATEGORIES:
        rows.extend(fill(pool, cat, label, quotas, cap, f"extra:{cat}"))
    return rows, stats


def fill(pool: dict, cat: str, label: str, quotas, cap: int, seed_name: str) -> list[tuple[str, str, str]]:
    chosen = []
    for key, quota in quotas:
        chosen.extend(take(pool[key], quota))
    for key, _ in quotas:  # fill up from what is left, in order
        if len(chosen) >= cap:
            break
        chosen.extend(take(pool[key], cap - len(chosen)))
    chosen = chosen[:cap]
    rng(seed_name).shuffle(chosen)
    return [(cat, label, t) for t in chosen]


HEADER = """\
# naskh regional language dev set: category <TAB> default label for Arabic-script words <TAB> text
# Inline ⟦label|…⟧ marks a stretch whose Arabic-script words have another label; Latin words are `en`.
# Labels: ps ckb sd ug azb ur fa ar, and `other` (Kashmiri, Punjabi/Shahmukhi, Saraiki, Gilaki,
# Balochi, Brahui, Torwali, Gorani, Southern Kurdish, Kurmanji in Arabic script: categories other_*).
# Every sentence is real published text, copied verbatim (whitespace runs collapsed to one space) by
# tools/lang_regional_dev.py from the files below, each at a pinned commit. `mixed` lines join two of
# these real sentences (or an Urdu one between two English ones) on one line: the combination is ours.
# English pieces of `mixed` are the English side of the Tatoeba pairs in urd.txt; Persian pieces
# are Tatoeba Persian. `dari` lines (label fa) are Dari (Afghan Persian) children's stories, not news;
# the `azb` lines after the `mixed` ones are South Azerbaijani Wikipedia text.
# Held out: none of these files is used to build the model. Never used to tune naskh.
# Sources (repository@commit path: licence):"""


def header_lines() -> list[str]:
    out = HEADER.split("\n")
    seen = set()
    for s in SOURCES:
        k = (s.repo, s.commit, s.path)
        if k in seen:
            continue
        seen.add(k)
        extra = " (only the stretches of lines named in the script)" if s.parser == "window" else ""
        if s.files:
            extra = f"*.md ({len(s.files)} files named in the script)"
        out.append(f"# - {s.repo}@{s.commit} {s.path}{extra}: {s.licence}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", help="directory laid out as <owner>/<repo>/<commit>/<path>")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                  "testdata", "lang_regional_dev.tsv"))
    args = ap.parse_args()
    rows, stats = build(args.cache)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for ln in header_lines():
            f.write(ln + "\n")
        for cat, label, text in rows:
            assert "\t" not in text and "\n" not in text
            f.write(f"{cat}\t{label}\t{text}\n")
    counts: dict[str, int] = {}
    for cat, _, _ in rows:
        counts[cat] = counts.get(cat, 0) + 1
    print("kept per source:", json.dumps(stats), file=sys.stderr)
    print("lines per category:", json.dumps(counts), file=sys.stderr)


if __name__ == "__main__":
    main()
