"""Digit conversion from Python: values, separators, types, and round trips."""

from __future__ import annotations

import random

import pytest

import naskh

PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC = "٠١٢٣٤٥٦٧٨٩"


def test_each_digit() -> None:
    for value in range(10):
        assert naskh.to_ascii_digits(PERSIAN[value]) == str(value)
        assert naskh.to_ascii_digits(ARABIC[value]) == str(value)
        assert naskh.to_persian_digits(str(value)) == PERSIAN[value]
        assert naskh.to_persian_digits(ARABIC[value]) == PERSIAN[value]
        assert naskh.to_arabic_digits(str(value)) == ARABIC[value]
        assert naskh.to_arabic_digits(PERSIAN[value]) == ARABIC[value]


def test_footer_from_seed_page() -> None:
    footer = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵"
    assert naskh.to_ascii_digits(footer) == "کد خبر: 726815 | 11 شهريور 1396 - 21:55"


def test_separators() -> None:
    assert naskh.to_ascii_digits("٣٫١٤ ١٬٠٠٠ ٥٠٪") == "3.14 1,000 50%"
    assert naskh.to_persian_digits("٣٫١٤") == "۳٫۱۴"


def test_non_ascii_text_and_astral_characters_survive() -> None:
    s = "emoji 😀 ۱ 𝟘 ok"
    assert naskh.to_ascii_digits(s) == "emoji 😀 1 𝟘 ok"


@pytest.mark.parametrize("fn", [naskh.to_ascii_digits, naskh.to_persian_digits, naskh.to_arabic_digits])
@pytest.mark.parametrize("bad", [None, 12, b"12", ["1"]])
def test_wrong_types_raise_type_error(fn, bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError):
        fn(bad)


@pytest.mark.parametrize("fn", [naskh.to_ascii_digits, naskh.to_persian_digits, naskh.to_arabic_digits])
def test_lone_surrogate_is_a_clear_error_not_a_crash(fn) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnicodeEncodeError):
        fn("abc\ud800")


def test_random_round_trips() -> None:
    rng = random.Random(1234)
    alphabet = "0123456789" + PERSIAN + ARABIC + "abc سلام ٫٬٪-/:"
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        ascii_ = naskh.to_ascii_digits(s)
        assert naskh.to_ascii_digits(naskh.to_persian_digits(s)) == ascii_
        assert naskh.to_ascii_digits(naskh.to_arabic_digits(s)) == ascii_
        assert len(naskh.to_persian_digits(s)) == len(s)
        assert not any(c in ascii_ for c in PERSIAN + ARABIC)


def test_batch_keeps_order_and_none() -> None:
    column = ["۱", None, "٢", "abc", "۳۴"] * 1000
    out = naskh.to_ascii_digits_batch(column)
    assert out == ["1", None, "2", "abc", "34"] * 1000
    assert naskh.to_persian_digits_batch(("1", None)) == ["۱", None]
    assert naskh.to_arabic_digits_batch(iter(["1"])) == ["١"]


def test_batch_missing_values_nan() -> None:
    assert naskh.to_ascii_digits_batch(["۱", float("nan")]) == ["1", None]


def test_batch_rejects_bad_items_naming_the_index() -> None:
    with pytest.raises(TypeError, match="item 2 is bytes"):
        naskh.to_ascii_digits_batch(["a", None, b"x"])
    with pytest.raises(TypeError, match="item 1 is int"):
        naskh.to_ascii_digits_batch(["a", 5])
    with pytest.raises(TypeError, match="single str"):
        naskh.to_ascii_digits_batch("۱۲۳")
    with pytest.raises(TypeError):
        naskh.to_ascii_digits_batch(42)


def test_batch_matches_single_calls() -> None:
    rng = random.Random(7)
    alphabet = "0123456789" + PERSIAN + ARABIC + "abc سلام"
    column = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    assert naskh.to_persian_digits_batch(column) == [naskh.to_persian_digits(s) for s in column]


def test_batch_items_without_digits_to_convert_are_the_same_objects() -> None:
    plain = "no digits here"
    persian = "سال ۱۴۰۲"
    out = naskh.to_ascii_digits_batch([plain, None, persian])
    assert out == [plain, None, "سال 1402"]
    assert out[0] is plain
    assert naskh.to_persian_digits_batch([persian])[0] is persian
