"""The Jalali calendar from Python: exactness against the reference, types, errors, columns."""

from __future__ import annotations

import array
import copy
import datetime
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import naskh
from naskh import JalaliDate

ANCHORS = [
    # (jalali, gregorian, weekday from Saturday)
    ((1404, 1, 1), datetime.date(2025, 3, 21), 6),
    ((1403, 12, 30), datetime.date(2025, 3, 20), 5),
    ((1399, 12, 30), datetime.date(2021, 3, 20), 0),
    ((1357, 11, 22), datetime.date(1979, 2, 11), 1),
    ((1396, 6, 11), datetime.date(2017, 9, 2), 0),
]


def reference(testdata: Path) -> dict[int, datetime.date]:
    rows = {}
    for line in (testdata / "jalali_nowruz_reference.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        year, nowruz = line.split("\t")[:2]
        rows[int(year)] = datetime.date.fromisoformat(nowruz)
    return rows


@pytest.mark.parametrize(("jalali", "gregorian", "weekday"), ANCHORS)
def test_anchor_dates(jalali: tuple[int, int, int], gregorian: datetime.date, weekday: int) -> None:
    assert naskh.jalali_to_gregorian(*jalali) == gregorian
    date = naskh.gregorian_to_jalali(gregorian)
    assert (date.year, date.month, date.day) == jalali
    assert date == JalaliDate(*jalali)
    assert date.to_gregorian() == gregorian
    assert JalaliDate.from_gregorian(gregorian) == date
    assert date.weekday() == weekday
    assert date.isoweekday() == gregorian.isoweekday()


def test_every_nowruz_and_year_length_match_the_reference(testdata: Path) -> None:
    rows = reference(testdata)
    for year in range(1, 3001):
        assert naskh.jalali_to_gregorian(year, 1, 1) == rows[year], year
        length = (rows[year + 1] - rows[year]).days
        assert JalaliDate.is_leap_year(year) == (length == 366), year
        last = JalaliDate(year, 12, length - 336)
        assert last.to_gregorian() == rows[year + 1] - datetime.timedelta(days=1)
        assert naskh.gregorian_to_jalali(rows[year + 1] - datetime.timedelta(days=1)) == last


def test_columns_cover_every_day_against_the_reference(testdata: Path) -> None:
    # Every day of 1..3000 AP through the integer column form, checked against Nowruz + offset.
    rows = reference(testdata)
    epoch = datetime.date(1970, 1, 1)
    first = (rows[1] - epoch).days
    last = (rows[3001] - epoch).days - 1
    days = array.array("q", range(first, last + 1))
    years, months, mdays = naskh.epoch_days_to_jalali(days)
    back = naskh.jalali_to_epoch_days(years, months, mdays)
    assert back == days
    # Independent check of the Jalali side: walk the reference.
    i = 0
    for year in range(1, 3001):
        length = (rows[year + 1] - rows[year]).days
        for offset in range(length):
            month = offset // 31 + 1 if offset < 186 else (offset - 186) // 30 + 7
            day = offset % 31 + 1 if offset < 186 else (offset - 186) % 30 + 1
            if (years[i], months[i], mdays[i]) != (year, month, day):
                pytest.fail(f"day {days[i]}: got {years[i]}-{months[i]}-{mdays[i]}, want {year}-{month}-{day}")
            i += 1
    assert i == len(days) == 1_095_727


def test_value_semantics() -> None:
    a = JalaliDate(1402, 7, 1)
    assert repr(a) == "naskh.JalaliDate(1402, 7, 1)"
    assert str(a) == a.isoformat() == "1402-07-01"
    assert hash(a) == hash(JalaliDate(1402, 7, 1))
    assert len({a, JalaliDate(1402, 7, 1), JalaliDate(1402, 7, 2)}) == 2
    assert JalaliDate(1402, 7, 1) < JalaliDate(1402, 7, 2) < JalaliDate(1403, 1, 1)
    assert sorted([JalaliDate(1403, 1, 1), a]) == [a, JalaliDate(1403, 1, 1)]
    assert a != "1402-07-01"
    with pytest.raises(TypeError):
        _ = a < "1402-07-02"  # type: ignore[operator]
    with pytest.raises(AttributeError):
        a.year = 1300  # type: ignore[misc]
    assert a.day_of_year() == 187
    assert a.month_name() == "Mehr"
    assert a.month_name("persian") == "مهر"
    assert a.month_name("dari") == "میزان"
    with pytest.raises(naskh.InvalidOptionError):
        a.month_name("klingon")  # type: ignore[arg-type]


def test_pickle_and_copy() -> None:
    a = JalaliDate(1403, 12, 30)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, protocol))
        assert b == a and type(b) is JalaliDate
    assert copy.deepcopy(a) == a
    assert pickle.loads(pickle.dumps([a, None])) == [a, None]


def test_arithmetic() -> None:
    a = JalaliDate(1403, 12, 30)
    assert a + 1 == JalaliDate(1404, 1, 1)
    assert 1 + a == JalaliDate(1404, 1, 1)
    assert a + datetime.timedelta(days=1) == JalaliDate(1404, 1, 1)
    assert a - 365 == JalaliDate(1403, 1, 1)
    assert JalaliDate(1404, 1, 1) - JalaliDate(1403, 1, 1) == datetime.timedelta(days=366)
    assert JalaliDate(1403, 1, 1) - JalaliDate(1404, 1, 1) == datetime.timedelta(days=-366)
    with pytest.raises(naskh.InvalidDateError):
        JalaliDate(3000, 12, 30) + 1
    with pytest.raises(naskh.InvalidDateError):
        JalaliDate(1, 1, 1) - 10**30
    with pytest.raises(TypeError):
        a + "1"  # type: ignore[operator]


def test_fromisoformat() -> None:
    assert JalaliDate.fromisoformat("1402-07-01") == JalaliDate(1402, 7, 1)
    assert JalaliDate.fromisoformat("۱۴۰۲/۰۷/۰۱") == JalaliDate(1402, 7, 1)
    with pytest.raises(naskh.ParseError):
        JalaliDate.fromisoformat("1402-07")
    with pytest.raises(naskh.InvalidDateError):
        JalaliDate.fromisoformat("1402-12-30")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((1400, 7, 31), "day 31 is out of range for Mehr 1400 (1..=30)"),
        ((1402, 12, 30), "day 30 is out of range for Esfand 1402 (1..=29)"),
        ((1402, 13, 1), "month 13 is out of range (1..=12)"),
        ((0, 1, 1), "year 0 is out of range for Jalali dates (1..=3000)"),
        ((3001, 1, 1), "year 3001 is out of range for Jalali dates (1..=3000)"),
        ((1402, 1, 10**12), "day 1000000000000 is out of range for Farvardin 1402 (1..=31)"),
    ],
)
def test_invalid_dates(args: tuple[int, int, int], message: str) -> None:
    for fn in (JalaliDate, naskh.jalali_to_gregorian):
        with pytest.raises(naskh.InvalidDateError) as info:
            fn(*args)
        assert str(info.value) == message
        assert isinstance(info.value, ValueError)


def test_out_of_range_gregorian() -> None:
    with pytest.raises(naskh.InvalidDateError, match="year 0 is out of range"):
        naskh.gregorian_to_jalali(datetime.date(622, 3, 21))
    with pytest.raises(naskh.InvalidDateError, match="year 3001 is out of range"):
        naskh.gregorian_to_jalali(datetime.date(3622, 3, 21))
    assert naskh.gregorian_to_jalali(datetime.date(622, 3, 22)) == JalaliDate(1, 1, 1)
    with pytest.raises(TypeError):
        naskh.gregorian_to_jalali("2025-03-21")  # type: ignore[arg-type]


def test_datetime_uses_its_date() -> None:
    moment = datetime.datetime(2025, 3, 20, 23, 59)
    assert naskh.gregorian_to_jalali(moment) == JalaliDate(1403, 12, 30)


def test_leap_and_month_lengths() -> None:
    assert [y for y in range(1395, 1410) if JalaliDate.is_leap_year(y)] == [1395, 1399, 1403, 1408]
    assert JalaliDate.days_in_month(1403, 12) == 30
    assert JalaliDate.days_in_month(1404, 12) == 29
    assert JalaliDate.days_in_month(1404, 1) == 31
    with pytest.raises(naskh.InvalidDateError):
        JalaliDate.is_leap_year(3001)


def test_object_batches() -> None:
    ys, ms, ds = [1404, None, 1403, 1357], [1, 1, 12, 11], [1, 1, 30, 22]
    assert naskh.jalali_to_gregorian_batch(ys, ms, ds) == [
        datetime.date(2025, 3, 21),
        None,
        datetime.date(2025, 3, 20),
        datetime.date(1979, 2, 11),
    ]
    dates = [datetime.date(2025, 3, 21), None, float("nan"), datetime.date(2017, 9, 2)]
    assert naskh.gregorian_to_jalali_batch(dates) == [JalaliDate(1404, 1, 1), None, None, JalaliDate(1396, 6, 11)]
    assert naskh.jalali_to_gregorian_batch([], [], []) == []
    assert naskh.gregorian_to_jalali_batch(()) == []


def test_batch_errors() -> None:
    with pytest.raises(naskh.InvalidDateError, match=r"^item 1: day 31 is out of range for Mehr 1400"):
        naskh.jalali_to_gregorian_batch([1400, 1400], [7, 7], [30, 31])
    assert naskh.jalali_to_gregorian_batch([1400, 1400], [7, 7], [30, 31], errors="coerce") == [
        datetime.date(2021, 10, 22),
        None,
    ]
    with pytest.raises(naskh.InvalidOptionError):
        naskh.jalali_to_gregorian_batch([1400], [7], [30], errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="same length"):
        naskh.jalali_to_gregorian_batch([1400, 1401], [7], [30])
    with pytest.raises(TypeError, match="item 1 is str"):
        naskh.jalali_to_gregorian_batch([1400, "1401"], [7, 7], [1, 1])
    with pytest.raises(TypeError):
        naskh.jalali_to_gregorian_batch("1400", "7", "1")
    with pytest.raises(ValueError, match="not a whole number"):
        naskh.jalali_to_gregorian_batch([1400.5], [7], [1])
    with pytest.raises(TypeError, match="item 0"):
        naskh.gregorian_to_jalali_batch(["2025-03-21"])
    assert naskh.gregorian_to_jalali_batch([datetime.date(100, 1, 1)], errors="coerce") == [None]


def test_integer_columns() -> None:
    days = naskh.jalali_to_epoch_days([1348, 1404, None, 1400], [10, 1, 1, 7], [11, 1, 1, 31], errors="coerce")
    assert isinstance(days, array.array) and days.typecode == "q"
    nat = -(2**63)
    assert list(days) == [0, (datetime.date(2025, 3, 21) - datetime.date(1970, 1, 1)).days, nat, nat]
    years, months, mdays = naskh.epoch_days_to_jalali([0, -1, None, 10**7], errors="coerce")
    assert all(isinstance(a, array.array) and a.typecode == "i" for a in (years, months, mdays))
    assert list(zip(years, months, mdays)) == [(1348, 10, 11), (1348, 10, 10), (0, 0, 0), (0, 0, 0)]
    with pytest.raises(naskh.InvalidDateError, match="item 3"):
        naskh.epoch_days_to_jalali([0, -1, None, 10**7])
    # array.array inputs of every integer width are read directly.
    for code in "bBhHiIlLqQ":
        ys = array.array(code, [100, 101]) if code in "bB" else array.array(code, [1402, 1403])
        base = 1402 if code not in "bB" else 100
        out = naskh.jalali_to_epoch_days(ys, array.array(code, [1, 1]), array.array(code, [1, 1]))
        assert list(out) == [
            (naskh.jalali_to_gregorian(base + k, 1, 1) - datetime.date(1970, 1, 1)).days for k in range(2)
        ], code
    assert list(naskh.jalali_to_epoch_days(array.array("d", [1402.0]), [1], [1])) == [
        (datetime.date(2023, 3, 21) - datetime.date(1970, 1, 1)).days
    ]


def test_numpy_and_pandas_columns() -> None:
    import numpy as np
    years = np.array([1404, 1403, 1357], dtype=np.int64)
    months = np.array([1, 12, 11], dtype=np.int16)
    days = np.array([1, 30, 22], dtype=np.uint8)
    out = np.frombuffer(naskh.jalali_to_epoch_days(years, months, days), dtype="datetime64[D]")
    assert out.tolist() == [datetime.date(2025, 3, 21), datetime.date(2025, 3, 20), datetime.date(1979, 2, 11)]
    y, m, d = naskh.epoch_days_to_jalali(out)
    assert list(y) == [1404, 1403, 1357] and list(m) == [1, 12, 11] and list(d) == [1, 30, 22]
    with_nat = np.array(["2025-03-21", "NaT"], dtype="datetime64[D]")
    assert [list(a) for a in naskh.epoch_days_to_jalali(with_nat)] == [[1404, 0], [1, 0], [1, 0]]
    with pytest.raises(TypeError, match="unit D"):
        naskh.epoch_days_to_jalali(np.array(["2025-03-21"], dtype="datetime64[s]"))
    assert naskh.gregorian_to_jalali_batch(with_nat) == [JalaliDate(1404, 1, 1), None]
    with pytest.raises(TypeError, match="unit D"):
        naskh.gregorian_to_jalali_batch(np.array(["2025-03-21"], dtype="datetime64[s]"))
    # Strided and non-native views still work (through a copy or the generic path).
    assert list(naskh.jalali_to_epoch_days(years[::2], months[::2], days[::2])) == [
        out[0].astype(int),
        out[2].astype(int),
    ]
    assert naskh.jalali_to_gregorian_batch(years.astype(">i8"), months, days)[0] == datetime.date(2025, 3, 21)
    assert naskh.jalali_to_gregorian_batch(np.array([1404.0, np.nan]), [1, 1], [1, 1]) == [
        datetime.date(2025, 3, 21),
        None,
    ]


def test_pandas_and_pyarrow_columns() -> None:
    import pandas as pd
    import pyarrow as pa

    frame = pd.DataFrame({"y": [1404, None], "m": [1, 1], "d": [1, 1]})
    assert naskh.jalali_to_gregorian_batch(frame.y, frame.m, frame.d) == [datetime.date(2025, 3, 21), None]
    stamps = pd.Series(pd.to_datetime(["2025-03-21", None]))
    assert naskh.gregorian_to_jalali_batch(stamps) == [JalaliDate(1404, 1, 1), None]
    nullable = pd.Series([1404, None], dtype="Int64")
    assert naskh.jalali_to_gregorian_batch(nullable, [1, 1], [1, 1]) == [datetime.date(2025, 3, 21), None]
    assert naskh.jalali_to_gregorian_batch(pa.array([1404, None]), pa.array([1, 1]), [1, 1]) == [
        datetime.date(2025, 3, 21),
        None,
    ]
    assert naskh.gregorian_to_jalali_batch(pa.array([datetime.date(2025, 3, 21), None])) == [
        JalaliDate(1404, 1, 1),
        None,
    ]


def test_generated_table_is_current(repo_root: Path) -> None:
    script = repo_root / "tools" / "gen_calendar_table.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
