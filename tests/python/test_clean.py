"""naskh.clean and naskh.clean_batch: the pipeline from Python."""

from __future__ import annotations

import datetime
import json
import pickle
import subprocess
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import naskh

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "examples" / "news_page.txt").read_text(encoding="utf-8")


def test_sample_page() -> None:
    doc = naskh.clean(PAGE)
    assert isinstance(doc, naskh.Document)
    assert [m.isoformat() for m in doc.dates] == [
        "2017-09-02T21:55",
        "2023-09-23T12:30",
        "2023-09-23T18:45",
        "2021-04-04",
    ]
    assert doc.dates[0].gregorian == datetime.date(2017, 9, 2)
    for m in doc.dates:
        assert doc.text[m.start : m.end] == m.text
    assert "".join(s.text for s in doc.spans) == doc.text
    assert "إن الله مع الصابرين" in doc.language("ar")
    assert "الصابرين" not in doc.language("fa")
    assert doc.language("en").startswith("Regional ministers")
    assert doc.language("other") == ""
    # Persian rules applied to the Persian span: Arabic-letter spellings unified.
    assert "هيئت ايراني" not in doc.text and "هیئت ایرانی" in doc.text
    # ... and not to the Arabic sentence.
    assert "يومين في العاصمة" in doc.text
    assert "تاریخ انتشار: 2023-09-23T12:30" in doc.text_with_dates


def test_to_dict_is_json_and_matches_the_cli_shape() -> None:
    doc = naskh.clean("کد خبر: ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ | Tehran")
    d = doc.to_dict()
    assert set(d) == {"text", "languages", "spans", "dates", "text_with_dates", "published"}
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    assert d["dates"] == [
        {
            "start": 8,
            "end": 30,
            "text": "۱۱ شهریور ۱۳۹۶ - ۲۱:۵۵",
            "calendar": "persian",
            "date": "1396-06-11",
            "jalali": "1396-06-11",
            "gregorian": "2017-09-02",
            "time": "21:55",
            "iso": "2017-09-02T21:55",
        }
    ]
    assert d["languages"]["en"] == "Tehran"
    assert d["published"] == {**d["dates"][0], "by": "solar_with_time", "label": None, "agrees": None, "beside": []}


def test_options() -> None:
    assert naskh.clean("الصلاةُ", preset="search").text == "الصلاه"
    assert naskh.clean("۱ مهر ۱۴۰۲", date_format="english").text_with_dates == "23 September 2023"
    assert naskh.clean("۱ مهر ۱۴۰۲", date_format="%d/%m/%Y").text_with_dates == "23/09/2023"
    n = naskh.Normalizer(preset="none")
    assert naskh.clean("سلام  دنيا", normalizer=n).text == "سلام  دنيا"
    with pytest.raises(TypeError):
        naskh.clean("x", normalizer=n, preset="search")
    with pytest.raises(naskh.InvalidOptionError):
        naskh.clean("x", date_format="roman")
    with pytest.raises(naskh.InvalidOptionError):
        naskh.clean("x", preset="loud")
    with pytest.raises(TypeError):
        naskh.clean("x", no_such_option=True)


def test_bad_input_types() -> None:
    with pytest.raises(TypeError):
        naskh.clean(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        naskh.clean(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(UnicodeEncodeError):
        naskh.clean("lone \ud800 surrogate")
    with pytest.raises(TypeError, match="item 1"):
        naskh.clean_batch(["ok", 3])


def test_batch_matches_single_calls_and_keeps_none() -> None:
    texts = [PAGE, None, "کد خبر: ۱۱ شهريور ۱۳۹۶", "", "Hello"] * 50
    out = naskh.clean_batch(texts)
    assert len(out) == len(texts)
    for t, d in zip(texts, out):
        assert (d is None) == (t is None)
        if t is not None:
            assert d == naskh.clean(t)


def test_batch_accepts_tuples_series_and_arrow() -> None:
    texts = ["۱ مهر ۱۴۰۲", None, "Hello"]
    expected = naskh.clean_batch(texts)
    assert naskh.clean_batch(tuple(texts)) == expected
    assert naskh.clean_batch(pd.Series(texts)) == expected
    assert naskh.clean_batch(pd.Series(texts, dtype="string")) == expected
    assert naskh.clean_batch(pa.array(texts)) == expected
    assert naskh.clean_batch(pa.chunked_array([texts[:1], texts[1:]])) == expected


def test_document_pickles_and_compares() -> None:
    doc = naskh.clean(PAGE)
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc and again.to_dict() == doc.to_dict()
    assert naskh.clean(PAGE) == doc
    assert naskh.clean("other") != doc


def test_document_is_immutable_unhashable_and_reads_back() -> None:
    doc = naskh.clean("Talks | ۱۱ شهريور ۱۳۹۶")
    with pytest.raises(AttributeError, match="immutable"):
        doc.text = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del doc.dates
    with pytest.raises(TypeError):
        hash(doc)  # it holds a dict and lists
    assert repr(doc).startswith("Document(text='Talks | ۱۱ شهریور ۱۳۹۶', spans=")
    assert doc != "Talks" and doc.__eq__("Talks") is NotImplemented
    rebuilt = naskh.Document(doc.text, doc.spans, doc.languages, doc.dates, doc.text_with_dates, doc.published)
    assert rebuilt == doc


def test_import_does_not_load_heavy_modules() -> None:
    import subprocess
    import sys

    code = "import sys, naskh; print(sorted({'dataclasses', 'html', 'typing', 're'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]", out


def test_notebook_html() -> None:
    html = naskh.clean(PAGE)._repr_html_()
    assert 'dir="rtl"' in html
    # the dates table: found text (dir="auto" on its element), Jalali, Gregorian, time
    assert "<td" in html and "1396-06-11" in html and "2017-09-02" in html and "21:55" in html


def test_cli_record_and_to_dict_are_one_shape(tmp_path: Path) -> None:
    """`naskh clean` and `Document.to_dict()` write the same record for the same page: the date
    record is defined once (in Rust), including a time printed with seconds."""
    import shutil

    page = "Talks resume.\nکد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵\nبه‌روزرسانی: ۱۴۰۲/۰۷/۰۱ ساعت ۱۲:۳۰:۰۰\n"
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    script = shutil.which("naskh")
    assert script, "the naskh console script is installed with the wheel"
    out = subprocess.run([script, "clean", "-q", str(path)], capture_output=True, text=True, check=True)
    record = json.loads(out.stdout)
    assert record.pop("source") == str(path)
    expected = naskh.clean(page).to_dict()
    assert record == expected
    assert [d["time"] for d in expected["dates"]] == ["21:55", "12:30:00"]
    assert naskh.find_dates("۱۴۰۲/۰۷/۰۱ ساعت ۱۲:۳۰:۰۰")[0].to_dict()["iso"] == "2023-09-23T12:30:00"


def test_fields_equal_to_the_input_are_the_same_string_objects() -> None:
    # A page the normalizer leaves alone and without dates costs no copies of its text.
    page = "Talks resume in Astana next week."
    for doc in (naskh.clean(page), naskh.clean_batch([page])[0]):
        assert doc is not None
        assert doc.text is page and doc.text_with_dates is page
        assert doc.languages["en"] == page
    dated = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵"
    doc = naskh.clean(dated)
    assert doc.text != dated  # ي → ی
    assert doc.text_with_dates != doc.text and "2017-09-02" in doc.text_with_dates
