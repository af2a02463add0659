"""Normalization from Python: the shared case table, options, offsets, batches, pickling."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

import naskh

ZWNJ = "\u200c"


def unescape(s: str) -> str:
    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok.startswith("\\u{"):
            return chr(int(tok[3:-1], 16))
        return {"\\n": "\n", "\\r": "\r", "\\t": "\t", "\\\\": "\\"}[tok]

    return re.sub(r"\\u\{[0-9a-fA-F]+\}|\\[nrt\\]", repl, s)


def parse_options(spec: str) -> dict[str, object]:
    preset, *rest = spec.split("+")
    options: dict[str, object] = {"preset": preset}
    for opt in rest:
        name, _, value = opt.partition("=")
        if name == "digits":
            options[name] = value
        else:
            options[name] = value != "false"
    return options


def load_cases(testdata: Path) -> list[tuple[int, dict[str, object], str, str]]:
    cases = []
    for no, line in enumerate((testdata / "normalize_cases.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        spec, inp, expected, *_ = line.split("\t")
        cases.append((no, parse_options(spec), unescape(inp), unescape(expected)))
    return cases


CASES = load_cases(Path(__file__).resolve().parents[2] / "testdata")


def test_table_is_large() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(("no", "options", "text", "expected"), CASES, ids=[f"line{c[0]}" for c in CASES])
def test_case_table(no: int, options: dict[str, object], text: str, expected: str) -> None:
    assert naskh.normalize(text, **options) == expected  # type: ignore[arg-type]
    n = naskh.Normalizer(**options)  # type: ignore[arg-type]
    assert n.normalize(text) == expected
    assert n.normalize(expected) == expected, "expected output must be a fixed point"
    out, offsets = n.normalize_with_offsets(text)
    assert out == expected
    assert len(offsets) == len(out)


def test_arabic_quote_inside_persian() -> None:
    text = "كودك گفت «الكتاب العربي على الطاولة»"
    assert naskh.normalize(text) == "کودک گفت «الكتاب العربي على الطاولة»"


def test_urls_and_emails_survive() -> None:
    text = "ایمیل info@example.com و سايت https://example.com/كتاب?q=ي"
    assert naskh.normalize(text) == "ایمیل info@example.com و سایت https://example.com/كتاب?q=ي"


def test_presets_differ() -> None:
    text = "الصلاةُ على ۱۲"
    assert naskh.normalize(text, preset="none") == text
    assert naskh.normalize(text, preset="default") == text
    assert naskh.normalize(text, preset="search").endswith("12")


def test_unknown_option_is_type_error() -> None:
    with pytest.raises(TypeError, match="loudness"):
        naskh.normalize("x", loudness=True)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        naskh.Normalizer(loudness=True)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "options",
    [{"preset": "loud"}, {"digits": "roman"}, {"digits": 1}, {"zwnj": "yes"}, {"nfc": 1}],
)
def test_bad_values_raise_invalid_option(options: dict[str, object]) -> None:
    with pytest.raises(naskh.InvalidOptionError):
        naskh.Normalizer(**options)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        naskh.normalize("x", **options)  # type: ignore[arg-type]


def test_positional_options_are_rejected() -> None:
    with pytest.raises(TypeError):
        naskh.Normalizer("search")  # type: ignore[misc]


def test_repr_shows_preset_and_changed_options() -> None:
    n = naskh.Normalizer(preset="search", zwnj=False, digits="native")
    r = repr(n)
    assert r.startswith("naskh.Normalizer(preset='search'")
    assert "zwnj=False" in r and "digits='native'" in r
    assert "nfc" not in r  # unchanged from the preset
    assert eval(r, {"naskh": naskh}) == n
    assert n.preset == "search"
    assert n.options["zwnj"] is False and n.options["digits"] == "native"
    assert n.options["nfc"] is True


def test_pickle_round_trip() -> None:
    n = naskh.Normalizer(preset="default", persian_punctuation=True, digits="ascii")
    m = pickle.loads(pickle.dumps(n))
    assert m == n
    assert repr(m) == repr(n)
    assert m.normalize("سلام, ۱۲?") == "سلام، 12؟"


def test_offsets_are_str_indices() -> None:
    text = "😀 اين كتاب  ها 😀 ﻻ"
    out, offsets = naskh.Normalizer().normalize_with_offsets(text)
    assert out == "😀 این کتاب" + ZWNJ + "ها 😀 لا"
    assert len(offsets) == len(out)
    prev = (0, 0)
    for (s, e), ch in zip(offsets, out):
        assert 0 <= s < e <= len(text)
        assert s >= prev[0] and e >= prev[1]
        prev = (s, e)
    # The emoji is one Python character; the Persian kaf came from the Arabic kaf.
    assert offsets[0] == (0, 1)
    assert text[offsets[3][0] : offsets[3][1]] == "ي"
    assert text[offsets[6][0] : offsets[6][1]] == "ك"
    # The ZWNJ replaced the two spaces.
    zw = out.index(ZWNJ)
    assert text[offsets[zw][0] : offsets[zw][1]] == "  "
    # Both letters of the ligature point at it.
    assert text[offsets[-1][0] : offsets[-1][1]] == "ﻻ"
    assert offsets[-1] == offsets[-2]


def test_batch_matches_single_and_keeps_none() -> None:
    n = naskh.Normalizer()
    texts = [row[2] for row in CASES if row[1] == {"preset": "default"}]
    column: list[str | None] = [*texts, None, ""]
    got = n.normalize_batch(column)
    assert got[:-2] == [n.normalize(t) for t in texts]
    assert got[-2:] == [None, ""]
    assert n.normalize_batch(tuple(texts)) == got[:-2]


def test_batch_pandas_series() -> None:
    pd = pytest.importorskip("pandas")
    s = pd.Series(["كتاب ها", None, float("nan"), "Hello  World"])
    assert naskh.Normalizer().normalize_batch(s) == ["کتاب" + ZWNJ + "ها", None, None, "Hello World"]


def test_batch_rejects_bad_items() -> None:
    n = naskh.Normalizer()
    with pytest.raises(TypeError, match="item 1"):
        n.normalize_batch(["a", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        n.normalize_batch("a single string")  # type: ignore[arg-type]


def test_idempotent_on_mixed_text() -> None:
    parts = ["كتاب", "ها", "مي", "خواهم", "الصلاة", "على", "Tehran", "۱۴۰۲", "https://x.ir/ي", ZWNJ, "\u200f", "ـ", "ﻻ", "  ", "\u00a0", ",", "?"]
    import random

    rng = random.Random(7)
    for preset in ("default", "search", "none"):
        n = naskh.Normalizer(preset=preset, persian_punctuation=preset != "none")  # type: ignore[arg-type]
        for _ in range(300):
            text = " ".join(rng.choice(parts) for _ in range(rng.randrange(1, 12)))
            once = n.normalize(text)
            assert n.normalize(once) == once, (preset, text)


def test_long_text_releases_gil_and_matches() -> None:
    text = ("كتاب ها را مي خواهم. " * 2000).strip()
    out = naskh.normalize(text)
    assert out.count("کتاب" + ZWNJ + "ها") == 2000


def test_unchanged_text_comes_back_as_the_same_object() -> None:
    # Text the normalizer leaves alone costs no new string, per call and in batches; changed
    # text is a new string, and None stays None.
    clean_fa = "این متن تمیز است."
    english = "Nothing to change here."
    dirty = "مي خواهم"
    n = naskh.Normalizer()
    assert n.normalize(clean_fa) is clean_fa
    assert naskh.normalize(english) is english
    out = n.normalize(dirty)
    assert out == "می‌خواهم" and out is not dirty
    batch = n.normalize_batch([clean_fa, None, dirty, english])
    assert batch == [clean_fa, None, "می‌خواهم", english]
    assert batch[0] is clean_fa and batch[3] is english
