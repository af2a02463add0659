"""Language segmentation from Python: offsets are str indices, spans tile, pickling, batches."""

from __future__ import annotations

import pickle
from collections.abc import Sequence

import pytest

import naskh

MIXED = "او گفت إنا لله وإنا إليه راجعون و رفت. Staffan de Mistura 😀 said: «سلام»"


def test_spans_tile_and_offsets_are_str_indices() -> None:
    spans = naskh.segment(MIXED)
    assert isinstance(spans, naskh.Segmentation)
    assert isinstance(spans, Sequence)
    pos = 0
    for s in spans:
        assert s.start == pos and s.end > s.start
        assert MIXED[s.start : s.end] == s.text
        pos = s.end
    assert pos == len(MIXED)
    assert spans.text == MIXED


def test_languages() -> None:
    words = [(s.text, s.lang) for s in naskh.segment(MIXED) if s.lang != "neutral"]
    assert words[0] == ("او", "fa")
    assert ("إنا", "ar") in words and ("راجعون", "ar") in words
    assert ("رفت", "fa") in words
    assert ("Staffan", "en") in words
    assert words[-1] == ("سلام", "fa")
    assert {lang for _, lang in words} <= {"fa", "ar", "en", "other"}


def test_merge_neutral() -> None:
    merged = naskh.segment("سلام دنیا، hello world", merge_neutral=True)
    assert [(s.text, s.lang) for s in merged] == [
        ("سلام دنیا", "fa"),
        ("، ", "neutral"),
        ("hello world", "en"),
    ]


def test_astral_characters_do_not_shift_offsets() -> None:
    text = "😀😀 سلام 𝟘 hello"
    for s in naskh.segment(text):
        assert text[s.start : s.end] == s.text
    fa = [s for s in naskh.segment(text) if s.lang == "fa"]
    assert fa[0].start == 3


def test_the_regions_languages_are_themselves() -> None:
    def langs(text: str) -> set[str]:
        return {s.lang for s in naskh.segment(text) if s.lang != "neutral"}

    assert langs("پاکستان میں آج بارش ہوئی") == {"ur"}
    assert langs("زه په کابل کې اوسېږم") == {"ps"}
    assert langs("ئەم شارە زۆر جوانە") == {"ckb"}
    assert langs("ئۇيغۇر تىلى ۋە مەدەنىيىتى") == {"ug"}
    # every label is a code of naskh.LANGUAGES, and a Span takes each of them
    assert set(naskh.LANGUAGES) == {"fa", "ar", "en", "ur", "ps", "ckb", "sd", "ug", "azb", "other"}
    for code in naskh.LANGUAGES + ("neutral",):
        assert naskh.Span(0, 1, "x", code).lang == code


def test_regional_split_keys() -> None:
    parts = naskh.split_by_language("زه په کابل کې اوسېږم. Hello")
    assert parts == {"ps": "زه په کابل کې اوسېږم.", "en": "Hello"}


def test_split_by_language() -> None:
    parts = naskh.split_by_language("سلام دنیا. Hello there!\nخداحافظ")
    assert parts == {"fa": "سلام دنیا.\nخداحافظ", "en": "Hello there!"}


def test_span_value_semantics_and_pickle() -> None:
    s = naskh.segment("سلام")[0]
    assert s == naskh.Span(0, 4, "سلام", "fa")
    assert hash(s) == hash(naskh.Span(0, 4, "سلام", "fa"))
    assert s != naskh.Span(0, 4, "سلام", "ar")
    assert pickle.loads(pickle.dumps(s)) == s
    assert repr(s) == "Span(start=0, end=4, text='سلام', lang='fa')"
    with pytest.raises(ValueError):
        naskh.Span(0, 3, "سلام", "fa")  # end - start != len(text)
    seg = naskh.segment(MIXED)
    back = pickle.loads(pickle.dumps(seg))
    assert back == seg and isinstance(back, naskh.Segmentation)
    with pytest.raises(ValueError):
        naskh.Span(0, 1, "x", "xx")


def test_repr_html_colours_and_direction() -> None:
    html = naskh.segment("سلام <b>hello</b>")._repr_html_()
    assert 'dir="rtl"' in html
    assert "&lt;" in html and "<b>" not in html
    # the legend lists the labels present, and only those
    assert "Persian" in html and "English" in html and "Arabic" not in html


def test_segment_batch() -> None:
    texts = ["سلام دنیا", None, "hello", "", MIXED]
    out = naskh.segment_batch(texts)
    assert out[1] is None
    for text, seg in zip(texts, out):
        if text is not None:
            assert seg == naskh.segment(text)
    merged = naskh.segment_batch(["سلام دنیا"], merge_neutral=True)
    assert [(s.text, s.lang) for s in merged[0]] == [("سلام دنیا", "fa")]
    with pytest.raises(TypeError):
        naskh.segment_batch("not a list")


def test_wrong_types() -> None:
    with pytest.raises(TypeError):
        naskh.segment(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        naskh.split_by_language(b"x")  # type: ignore[arg-type]


def test_dev_set_lines_round_trip(testdata) -> None:  # type: ignore[no-untyped-def]
    for line in (testdata / "lang_dev.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        text = line.split("\t", 2)[2].replace("⟦ar|", "").replace("⟦fa|", "").replace("⟧", "")
        assert "".join(s.text for s in naskh.segment(text)) == text


def test_segment_batch_pandas_and_pyarrow_columns() -> None:
    import pandas as pd
    import pyarrow as pa

    texts = ["سلام دنیا", None, "hello"]
    expected = [naskh.segment("سلام دنیا"), None, naskh.segment("hello")]
    assert naskh.segment_batch(pd.Series(texts)) == expected
    assert naskh.segment_batch(pa.array(texts)) == expected
    assert naskh.segment_batch(tuple(texts)) == expected


def test_segment_batch_single_thread_matches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    texts = [MIXED, "کد خبر: ۷۲۶۸۱۵", "Лента"] * 50
    parallel = naskh.segment_batch(texts)
    monkeypatch.setenv("NASKH_NUM_THREADS", "1")
    assert naskh.segment_batch(texts) == parallel


def _split_cases() -> list[dict]:  # type: ignore[type-arg]
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "testdata" / "split_cases.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("row", _split_cases(), ids=lambda r: f"row{r['id']}")
def test_split_case_table(row: dict) -> None:  # type: ignore[type-arg]
    """The case table shared with tests/split_resolved.rs."""
    assert naskh.split_by_language(row["text"]) == row["languages"]


def test_resolve_neutral_spans() -> None:
    text = "Talks resume in Astana. وی گفت: «این نشست فرصتی است» (IRNA)"
    spans = naskh.segment(text, resolve_neutral=True)
    assert spans.text == text
    assert [(s.text, s.lang) for s in spans] == [
        ("Talks resume in Astana.", "en"),
        (" ", "neutral"),
        ("وی گفت: «این نشست فرصتی است»", "fa"),
        (" ", "neutral"),
        ("(IRNA)", "en"),
    ]
    # a date is never cut: it goes whole to Persian
    footer = "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017"
    langs = [(s.text, s.lang) for s in naskh.segment(footer, resolve_neutral=True)]
    assert langs[0] == ("۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵", "fa")
    assert naskh.segment_batch([text, None], resolve_neutral=True)[0] == spans
    assert naskh.segment_batch([text, None], resolve_neutral=True)[1] is None
    # a text with no language stays neutral
    assert [s.lang for s in naskh.segment("| 12 —", resolve_neutral=True)] == ["neutral"]


def test_segmentation_is_a_read_only_sequence_of_spans() -> None:
    seg = naskh.segment(MIXED)
    spans = list(seg)
    assert len(seg) == len(spans) > 10
    assert all(isinstance(s, naskh.Span) for s in spans)
    # indexing (negative too), slicing, iteration and reversal agree with the list
    assert seg[0] == spans[0] and seg[-1] == spans[-1] and seg[len(seg) - 1] == spans[-1]
    assert seg[2:7] == spans[2:7] and seg[::-3] == spans[::-3] and seg[5:2] == []
    assert list(reversed(seg)) == spans[::-1]
    with pytest.raises(IndexError):
        seg[len(seg)]
    with pytest.raises(IndexError):
        seg[-len(seg) - 1]
    with pytest.raises(TypeError):
        seg["0"]  # type: ignore[call-overload]
    # equal to any sequence of the same spans, in both directions; not to other things
    assert seg == spans and spans == seg and seg == tuple(spans)
    assert seg != spans[:-1] and seg != spans[::-1] and seg != MIXED and seg != 1
    assert naskh.Segmentation(spans) == seg and naskh.Segmentation() == []
    assert spans[3] in seg and naskh.Span(0, 1, "x", "en") not in seg
    assert seg.index(spans[3]) == 3 and seg.count(spans[3]) == 1
    with pytest.raises(ValueError):
        seg.index(spans[3], 4)
    with pytest.raises(TypeError):
        hash(seg)
    with pytest.raises(TypeError):
        naskh.Segmentation([spans[0], "not a span"])  # type: ignore[list-item]
    # the text, whether computed by naskh or given span by span
    assert seg.text == MIXED and naskh.Segmentation(spans).text == MIXED
    assert repr(seg).startswith("Segmentation([Span(start=0, end=2, text='او', lang='fa')")
    # read-only
    with pytest.raises((AttributeError, TypeError)):
        seg.append(spans[0])  # type: ignore[attr-defined]
    # every batch and the clean pipeline give the same kind of object
    (batch,) = naskh.segment_batch([MIXED])
    assert isinstance(batch, naskh.Segmentation) and batch == seg
    assert isinstance(naskh.clean(MIXED).spans, naskh.Segmentation)
