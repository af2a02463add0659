"""Dates from Python: the shared case table (testdata/dates_cases.jsonl), str offsets, types,
pickling, batch columns and conversion."""

from __future__ import annotations

import datetime
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

import naskh


def load_cases(testdata: Path) -> list[dict[str, Any]]:
    lines = (testdata / "dates_cases.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def kwargs_of(case: dict[str, Any]) -> dict[str, Any]:
    opts = case.get("options", {})
    kw: dict[str, Any] = {}
    if "two_digit_years" in opts:
        kw["two_digit_years"] = opts["two_digit_years"]
    if "years" in opts:
        kw["years"] = tuple(opts["years"])
    if "calendars" in opts:
        kw["calendars"] = opts["calendars"]
    return kw


def test_case_table(testdata: Path) -> None:
    cases = load_cases(testdata)
    assert len(cases) >= 150
    failures = []
    for case in cases:
        text = case["text"]
        found = naskh.find_dates(text, **kwargs_of(case))
        got = [(m.text, m.isoformat()) for m in found]
        want = [(d["text"], d["iso"]) for d in case["dates"]]
        if got != want:
            failures.append(f"{case['id']} {case['source']}: want {want} got {got}")
        for m, d in zip(found, case["dates"]):
            # str offsets slice the Python text back to the match.
            assert text[m.start : m.end] == m.text
            assert m.jalali.isoformat() == d["jalali"]
            assert m.gregorian == datetime.date.fromisoformat(d["iso"][:10])
            assert m.calendar == d["calendar"]
            assert "%04d-%02d-%02d" % m.date == d["date"]
            assert m.to_dict()["date"] == d["date"]
            if d["time"] is None:
                assert m.time is None
            else:
                parts = [int(p) for p in d["time"].split(":")]
                assert m.time == datetime.time(*parts)
    assert not failures, "\n".join(failures)


def test_offsets_are_str_indices_with_astral_text() -> None:
    text = "😀😀 شنبه ۱ مهر ۱۴۰۲ 😀"
    (m,) = naskh.find_dates(text)
    assert (m.start, m.end) == (3, 18)
    assert text[m.start : m.end] == "شنبه ۱ مهر ۱۴۰۲"


def test_match_fields_and_repr() -> None:
    (m,) = naskh.find_dates("کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵")
    assert m.jalali == naskh.JalaliDate(1396, 6, 11)
    assert m.gregorian == datetime.date(2017, 9, 2)
    assert m.time == datetime.time(21, 55)
    assert m.isoformat() == "2017-09-02T21:55"
    assert repr(m) == (
        "naskh.DateMatch(start=17, end=39, text='۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵', calendar='persian', "
        "jalali=naskh.JalaliDate(1396, 6, 11), gregorian=datetime.date(2017, 9, 2), time='21:55')"
    )


def test_pickle_round_trip_keeps_seconds_or_not() -> None:
    for text in ["۱۴۰۲/۰۷/۰۱ ۱۲:۳۰", "۱۴۰۲/۰۷/۰۱ ۱۲:۳۰:۰۰", "۱ مهر ۱۴۰۲"]:
        (m,) = naskh.find_dates(text)
        back = pickle.loads(pickle.dumps(m))
        assert back == m
        assert back.isoformat() == m.isoformat()
        assert hash(back) == hash(m)


def test_constructor_accepts_time_forms() -> None:
    j = naskh.JalaliDate(1402, 7, 1)
    a = naskh.DateMatch(0, 5, "x", j, datetime.time(8, 30))
    assert a.isoformat() == "2023-09-23T08:30:00"
    b = naskh.DateMatch(0, 5, "x", j, (8, 30))
    assert b.isoformat() == "2023-09-23T08:30"
    with pytest.raises(TypeError):
        naskh.DateMatch(0, 5, "x", j, "08:30")  # type: ignore[arg-type]


def test_nothing_filled_in_and_negatives() -> None:
    for text in ["مهر ۱۴۰۲", "۱۵ مهر", "۱۰ محرم ۱۴۴۵", "۲۳ سپتامبر ۲۰۲۳", "عادی ۱۴۰۰", "۱۵ مهر ۰۲"]:
        assert naskh.find_dates(text) == []


def test_options() -> None:
    assert naskh.find_dates("۱۵ مهر ۰۲", two_digit_years=1420)[0].jalali.year == 1402
    assert naskh.find_dates("۱۵ مهر ۱۱۹۰") == []
    assert naskh.find_dates("۱۵ مهر ۱۱۹۰", years=(1100, 1500))[0].jalali.year == 1190


def test_convert() -> None:
    text = "انتشار: ۱۴۰۲/۰۷/۰۱ - ۱۲:۳۰ | بازدید: ۱۴۰۰"
    assert naskh.convert_dates(text) == "انتشار: 2023-09-23T12:30 | بازدید: ۱۴۰۰"
    assert naskh.convert_dates(text, "english") == "انتشار: 23 September 2023 12:30 | بازدید: ۱۴۰۰"
    assert naskh.convert_dates(text, "%d/%m/%Y") == "انتشار: 23/09/2023 | بازدید: ۱۴۰۰"
    with pytest.raises(naskh.InvalidOptionError):
        naskh.convert_dates(text, "roman")


def test_batch(testdata: Path) -> None:
    cases = [c for c in load_cases(testdata) if "options" not in c]
    texts: list[str | None] = [c["text"] for c in cases]
    texts.insert(3, None)
    batch = naskh.find_dates_batch(texts)
    assert batch[3] is None
    del batch[3]
    del texts[3]
    for text, found in zip(texts, batch):
        assert text is not None and found is not None
        assert found == naskh.find_dates(text)
    conv = naskh.convert_dates_batch(["۱ مهر ۱۴۰۲", None, "x"], "iso")
    assert conv == ["2023-09-23", None, "x"]
    with pytest.raises(TypeError):
        naskh.find_dates_batch("۱ مهر ۱۴۰۲")


def test_wrong_types() -> None:
    with pytest.raises(TypeError):
        naskh.find_dates(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        naskh.find_dates(b"1402/07/01")  # type: ignore[arg-type]


def test_find_invalid_dates_reports_what_find_dates_skips() -> None:
    text = "تاریخ: ۳۱ مهر ۱۴۰۲ و ۳۰ اسفند ۱۴۰۲ و ۱ مهر ۱۴۰۲"
    assert [m.isoformat() for m in naskh.find_dates(text)] == ["2023-09-23"]
    bad = naskh.find_invalid_dates(text)
    assert [(b.year, b.month, b.day) for b in bad] == [(1402, 7, 31), (1402, 12, 30)]
    for b in bad:
        assert text[b.start : b.end] == b.text
    assert bad[0].text == "۳۱ مهر ۱۴۰۲"
    assert bad[0].reason == "day 31 is out of range for Mehr 1402 (1..=30)"
    assert "Esfand 1402" in bad[1].reason
    assert pickle.loads(pickle.dumps(bad[0])) == bad[0]
    assert "InvalidDate(" in repr(bad[0])
    assert naskh.find_invalid_dates("۳۰ اسفند ۱۴۰۳") == []  # 1403 is a leap year


def test_invalid_dates_of_the_table_with_their_calendar(testdata: Path) -> None:
    for case in load_cases(testdata):
        want = [(d["text"], d["calendar"]) for d in case.get("invalid", [])]
        got = [(b.text, b.calendar) for b in naskh.find_invalid_dates(case["text"], **kwargs_of(case))]
        assert got == want, case["id"]


def test_other_calendars_fields_pickle_and_errors() -> None:
    text = "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | ١٢ ذو الحجة ١٤٣٨ هـ"
    assert [m.calendar for m in naskh.find_dates(text)] == ["persian"]
    found = naskh.find_dates(text, calendars=["persian", "gregorian", "islamic"])
    assert [m.calendar for m in found] == ["persian", "gregorian", "islamic"]
    assert [m.date for m in found] == [(1396, 6, 11), (2017, 9, 2), (1438, 12, 12)]
    assert found[2].gregorian == datetime.date(2017, 9, 3)
    for m in found:
        assert pickle.loads(pickle.dumps(m)) == m
    assert found[1] != naskh.DateMatch(
        found[1].start, found[1].end, found[1].text, found[1].jalali, found[1].time, "persian"
    )
    with pytest.raises(naskh.InvalidOptionError):
        naskh.find_dates(text, calendars=["julian"])
    with pytest.raises(ValueError):
        naskh.convert_dates(text, calendars=["hebrew"])
    # Only the calendars asked for are rewritten.
    assert naskh.convert_dates("02 September 2017 / ۱۱ شهریور ۱۳۹۶", calendars=["gregorian"]) == (
        "2017-09-02 / ۱۱ شهریور ۱۳۹۶"
    )
    batch = naskh.find_dates_batch([text, None], calendars=["islamic"])
    assert batch[1] is None and [m.calendar for m in batch[0]] == ["islamic"]


def test_published_of_a_page() -> None:
    page = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | 9495 بازدید"
    p = naskh.published(page)
    assert p is not None
    assert p.by == "solar_with_time" and p.date.text == "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵"
    assert p.isoformat() == "2017-09-02T21:55" and str(p) == p.isoformat()
    assert [b.calendar for b in p.beside] == ["gregorian"] and p.agrees is True
    d = p.to_dict()
    assert d["by"] == "solar_with_time" and d["agrees"] is True and d["beside"][0]["calendar"] == "gregorian"
    assert pickle.loads(pickle.dumps(p)) == p
    labelled = naskh.published("Breaking\nPublished: 25 October 2017 18:41\nمقاله ۱۴۰۲/۰۷/۰۱ ۱۰:۰۰")
    assert labelled is not None and labelled.by == "label" and labelled.label == "Published"
    assert labelled.date.calendar == "gregorian"
    assert naskh.published("بدون تاریخ، ۱۴۰۲ بازدید") is None
    doc = naskh.clean(page)
    assert doc.published == naskh.published(doc.text)
    assert doc.published is not None and doc.published.date.text == "۱۱ شهریور ۱۳۹۶ - ۲۱:۵۵"
    assert doc.to_dict()["published"]["iso"] == "2017-09-02T21:55"
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert naskh.clean("hello").published is None


def test_clean_with_every_calendar() -> None:
    page = "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017"
    assert [m.calendar for m in naskh.clean(page).dates] == ["persian"]
    doc = naskh.clean(page, calendars=["persian", "gregorian", "islamic"])
    assert [m.calendar for m in doc.dates] == ["persian", "gregorian"]
    assert doc.text_with_dates == "2017-09-02T21:55 2017-09-02"
    (batch,) = naskh.clean_batch([page], calendars=["gregorian"])
    assert batch is not None and [m.calendar for m in batch.dates] == ["gregorian"]
    with pytest.raises(naskh.InvalidOptionError):
        naskh.clean(page, calendars=["mayan"])
