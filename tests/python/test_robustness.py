"""The Python boundary under bad and extreme input: lone surrogates, wrong item types in
batches, huge strings, and what a Rust panic (should one remain) turns into."""

from __future__ import annotations

from typing import Any, Callable

import pytest

import naskh
from naskh import _naskh

FOOTER = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ The talks resumed. قال المتحدث إن "

# Every public function that takes one text, as (name, call).
SINGLE: list[tuple[str, Callable[[str], Any]]] = [
    ("to_ascii_digits", naskh.to_ascii_digits),
    ("to_persian_digits", naskh.to_persian_digits),
    ("to_arabic_digits", naskh.to_arabic_digits),
    ("find_dates", naskh.find_dates),
    ("find_invalid_dates", naskh.find_invalid_dates),
    ("find_dates all calendars", lambda t: naskh.find_dates(t, calendars=["persian", "gregorian", "islamic"])),
    ("published", naskh.published),
    ("convert_dates", naskh.convert_dates),
    ("convert_dates english", lambda t: naskh.convert_dates(t, "english")),
    ("normalize", naskh.normalize),
    ("normalize search", lambda t: naskh.normalize(t, preset="search")),
    ("Normalizer.normalize", naskh.Normalizer().normalize),
    ("Normalizer.normalize_with_offsets", naskh.Normalizer().normalize_with_offsets),
    ("segment", naskh.segment),
    ("segment merged", lambda t: naskh.segment(t, merge_neutral=True)),
    ("split_by_language", naskh.split_by_language),
    ("clean", naskh.clean),
    ("JalaliDate.fromisoformat", naskh.JalaliDate.fromisoformat),
]

# Every public function that takes a column of texts.
BATCH: list[tuple[str, Callable[[Any], list[Any]]]] = [
    ("to_ascii_digits_batch", naskh.to_ascii_digits_batch),
    ("to_persian_digits_batch", naskh.to_persian_digits_batch),
    ("to_arabic_digits_batch", naskh.to_arabic_digits_batch),
    ("find_dates_batch", naskh.find_dates_batch),
    ("convert_dates_batch", naskh.convert_dates_batch),
    ("Normalizer.normalize_batch", naskh.Normalizer().normalize_batch),
    ("segment_batch", naskh.segment_batch),
    ("clean_batch", naskh.clean_batch),
]


def test_the_lists_cover_every_public_text_function() -> None:
    """A new public text function must be added to SINGLE or BATCH (or to NOT_TEXT)."""
    not_text = {
        "DateMatch", "Document", "InvalidDate", "InvalidDateError", "InvalidOptionError", "JalaliDate", "LANGUAGES",
        "NaskhError", "Normalizer", "ParseError", "Published", "Segmentation", "Span", "__version__",
        "epoch_days_to_jalali", "gregorian_to_jalali", "gregorian_to_jalali_batch",
        "jalali_to_epoch_days", "jalali_to_gregorian", "jalali_to_gregorian_batch",
    }  # fmt: skip
    covered = {name.split()[0] for name, _ in SINGLE + BATCH}
    missing = [n for n in naskh.__all__ if n not in not_text and n not in covered]
    assert missing == [], f"add {missing} to tests/python/test_robustness.py"


@pytest.mark.parametrize("name,fn", SINGLE, ids=[n for n, _ in SINGLE])
@pytest.mark.parametrize("bad", ["\ud800", "سلام \udfff ۱۴۰۲/۰۷/۰۱", "a\ud83d"])
def test_lone_surrogates_raise_value_error(name: str, fn: Callable[[str], Any], bad: str) -> None:
    # A lone surrogate cannot be encoded as UTF-8; it must be a clean ValueError
    # (UnicodeEncodeError is one), naming the problem, never a crash or a silent replacement.
    with pytest.raises(ValueError, match="surrogate"):
        fn(bad)


@pytest.mark.parametrize("name,fn", BATCH, ids=[n for n, _ in BATCH])
def test_lone_surrogate_in_a_batch_names_the_item(name: str, fn: Callable[[Any], Any]) -> None:
    with pytest.raises(ValueError, match=r"item 2\b.*surrogate"):
        fn(["ok", None, "bad \ud800"])


@pytest.mark.parametrize("name,fn", BATCH, ids=[n for n, _ in BATCH])
@pytest.mark.parametrize(
    "column,index,type_name",
    [
        (["a", b"bytes"], 1, "bytes"),
        ([1], 0, "int"),
        (["a", "b", None, ["nested"]], 3, "list"),
        ((None, object()), 1, "object"),
        (["a", bytearray(b"x")], 1, "bytearray"),
    ],
)
def test_bad_items_in_a_batch_raise_type_error_naming_the_index(
    name: str, fn: Callable[[Any], Any], column: Any, index: int, type_name: str
) -> None:
    with pytest.raises(TypeError, match=rf"item {index} is {type_name}\b"):
        fn(column)


@pytest.mark.parametrize("name,fn", BATCH, ids=[n for n, _ in BATCH])
@pytest.mark.parametrize("threads", ["1", "2"])
def test_a_long_column_is_read_lazily_and_a_late_bad_item_is_named(
    name: str, fn: Callable[[Any], Any], threads: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Batches read their column in chunks (a few hundred items) while the first ones run: a
    # generator is consumed once, in order, and a bad item far past the first chunks is named
    # by its index, with nothing returned.
    monkeypatch.setenv("NASKH_NUM_THREADS", threads)
    texts = [f"سطر {i} كتاب ۱۲ ١٣ 14" if i % 9 else None for i in range(3000)]
    got = fn(t for t in texts)
    assert got == fn(texts) and len(got) == 3000
    assert [g is None for g in got] == [t is None for t in texts]
    seen: list[int] = []

    def column() -> Any:
        for i, t in enumerate(texts):
            seen.append(i)
            yield 12 if i == 2500 else t

    with pytest.raises(TypeError, match=r"item 2500 is int\b"):
        fn(column())
    assert seen == list(range(2501)), "nothing is read after the bad item"

    def failing() -> Any:
        yield from texts[:1000]
        raise RuntimeError("the source broke")

    # An error of the column itself comes through as it is.
    with pytest.raises(RuntimeError, match="the source broke"):
        fn(failing())


@pytest.mark.parametrize("name,fn", BATCH, ids=[n for n, _ in BATCH])
@pytest.mark.parametrize("column", ["a single str", b"bytes", None, 42])
def test_a_batch_function_refuses_a_non_column(name: str, fn: Callable[[Any], Any], column: Any) -> None:
    with pytest.raises(TypeError):
        fn(column)


@pytest.mark.parametrize("name,fn", BATCH, ids=[n for n, _ in BATCH])
def test_none_items_stay_none_and_empty_columns_work(name: str, fn: Callable[[Any], Any]) -> None:
    out = fn([None, "", None])
    assert len(out) == 3 and out[0] is None and out[2] is None and out[1] is not None
    assert fn([]) == []


@pytest.mark.parametrize("name,fn", SINGLE, ids=[n for n, _ in SINGLE])
def test_non_str_arguments_raise_type_error(name: str, fn: Callable[[Any], Any]) -> None:
    for bad in (None, b"\xd8\xb3", 1402, ["text"]):
        with pytest.raises(TypeError):
            fn(bad)


@pytest.mark.parametrize("name,fn", [(n, f) for n, f in SINGLE if not n.startswith("JalaliDate")])
def test_empty_and_control_characters(name: str, fn: Callable[[str], Any]) -> None:
    for text in ["", "\x00", "\x00" * 100, "\u200c", "\u202e\u2066", "\ufeff", "\U0010ffff", "\r\n\r"]:
        fn(text)


HUGE = FOOTER * (10_000_000 // len(FOOTER.encode()) + 1)


def test_huge_inputs_work() -> None:
    """A 10 MB str (in UTF-8; about 6 million characters) through every function."""
    text = HUGE
    assert len(text.encode()) >= 10_000_000
    n_units = text.count("شهريور")
    assert naskh.to_ascii_digits(text).count("1396") == n_units
    assert len(naskh.to_persian_digits(text)) == len(text)
    assert len(naskh.to_arabic_digits(text)) == len(text)
    found = naskh.find_dates(text)
    assert len(found) == n_units
    assert all(text[m.start : m.end] == m.text for m in found[:: max(1, len(found) // 100)])
    assert naskh.convert_dates(text).count("2017-09-02T21:55") == n_units
    normalized = naskh.normalize(text)
    assert "شهريور" not in normalized and normalized.count("شهریور") == n_units
    assert naskh.normalize(normalized) == normalized
    spans = naskh.segment(text)
    assert spans.text == text
    assert naskh.segment(text, merge_neutral=True).text == text
    parts = naskh.split_by_language(text)
    assert set(parts) == {"fa", "ar", "en"}
    doc = naskh.clean(text)
    assert doc.text == normalized and len(doc.dates) == n_units
    assert "".join(s.text for s in doc.spans) == doc.text
    # Offsets: one (start, end) tuple per output character; a 1 MB slice keeps memory modest.
    part = text[:500_000]
    out, offsets = naskh.Normalizer().normalize_with_offsets(part)
    assert len(offsets) == len(out) and offsets[-1][1] <= len(part)


def test_huge_batch() -> None:
    column = [HUGE[:1_000_000], None, HUGE[:10]] * 4
    docs = naskh.clean_batch(column)
    assert [d is None for d in docs] == [c is None for c in column]
    assert docs[0] is not None and docs[0].text == naskh.normalize(column[0])


def test_a_rust_panic_becomes_a_python_exception_not_an_abort() -> None:
    """naskh's Rust code is built never to panic (clippy forbids unwrap/expect/indexing and
    everything is fuzzed). Should a panic remain, pyo3 raises ``pyo3_runtime.PanicException``:
    the interpreter survives, but the exception derives from ``BaseException``, so
    ``except Exception`` does not catch it (docs/robustness.md says so). This uses a hidden
    test hook that panics on purpose, on the calling thread and in a batch's work (which runs on
    naskh's pool threads and on the calling thread)."""
    for in_pool in (False, True):
        with pytest.raises(BaseException) as info:
            _naskh._panic_for_tests(in_pool)
        assert type(info.value).__name__ == "PanicException"
        assert not isinstance(info.value, Exception)
        assert "deliberate panic" in str(info.value)
        assert ("in a batch's work" in str(info.value)) == in_pool
    # The module still works afterwards, including the pool.
    assert naskh.to_ascii_digits_batch(["۱۲", None]) == ["12", None]
    assert naskh.clean("۱ مهر ۱۴۰۲").text_with_dates == "2023-09-23"
