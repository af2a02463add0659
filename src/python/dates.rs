//! Python wrappers for [`crate::dates`]: `find_dates`, `convert_dates`, their batch forms and
//! the `DateMatch` class. Offsets are converted from bytes to `str` indices in one pass per text
//! ([`super::offsets::CharIndex`]).

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDict, PyList, PyString, PyTime, PyTuple, PyType};

use super::calendar::PyJalaliDate;
use super::errors::to_py_err;
use super::offsets::CharIndex;
use crate::calendar::JalaliDate;
use crate::dates::{self, Calendar, DateRecord, FindOptions, Format, Time};

/// A date found in a text: `.start .end` (str indices), `.text`, `.calendar` and `.date` (as
/// printed), `.jalali`, `.gregorian`, `.time`.
#[pyclass(name = "DateMatch", module = "naskh", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct PyDateMatch {
    start: usize,
    end: usize,
    text: String,
    calendar: Calendar,
    jalali: JalaliDate,
    time: Option<Time>,
}

impl PyDateMatch {
    /// The shared JSON shape of this date ([`DateRecord`]).
    fn record(&self) -> DateRecord<'_> {
        DateRecord::new(
            self.start,
            self.end,
            &self.text,
            self.calendar,
            self.jalali,
            self.time,
        )
    }
}

/// A found date with its offsets already in `str` indices (built without the GIL).
struct Found {
    start: usize,
    end: usize,
    text: String,
    calendar: Calendar,
    jalali: JalaliDate,
    time: Option<Time>,
}

fn time_from_py(obj: &Bound<'_, PyAny>) -> PyResult<Time> {
    let (hour, minute, second): (u8, u8, Option<u8>) = if obj.is_instance_of::<PyTime>() {
        (
            obj.getattr("hour")?.extract()?,
            obj.getattr("minute")?.extract()?,
            Some(obj.getattr("second")?.extract()?),
        )
    } else if let Ok(t) = obj.cast::<PyTuple>() {
        match t.len() {
            2 => (t.get_item(0)?.extract()?, t.get_item(1)?.extract()?, None),
            3 => (
                t.get_item(0)?.extract()?,
                t.get_item(1)?.extract()?,
                t.get_item(2)?.extract()?,
            ),
            n => {
                return Err(PyTypeError::new_err(format!(
                    "time tuple must have 2 or 3 items, got {n}"
                )))
            }
        }
    } else {
        return Err(PyTypeError::new_err(
            "time must be a datetime.time, a (hour, minute[, second]) tuple or None",
        ));
    };
    if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
        return Err(PyTypeError::new_err("time out of range"));
    }
    Ok(Time {
        hour,
        minute,
        second,
    })
}

#[pymethods]
impl PyDateMatch {
    /// `DateMatch(start, end, text, jalali, time=None, calendar="persian")`: the day `jalali`,
    /// printed in `calendar`; `time` is a `datetime.time` or an `(hour, minute[, second])`
    /// tuple. Normally made by `find_dates`.
    #[new]
    #[pyo3(signature = (start, end, text, jalali, time = None, calendar = "persian"))]
    fn py_new(
        start: usize,
        end: usize,
        text: String,
        jalali: PyJalaliDate,
        time: Option<&Bound<'_, PyAny>>,
        calendar: &str,
    ) -> PyResult<Self> {
        let time = match time {
            Some(t) if !t.is_none() => Some(time_from_py(t)?),
            _ => None,
        };
        let calendar: Calendar = calendar.parse().map_err(to_py_err)?;
        // The day must have a date in that calendar (the lunar one starts in 622).
        crate::dates::in_calendar(calendar, jalali.0).map_err(to_py_err)?;
        Ok(PyDateMatch {
            start,
            end,
            text,
            calendar,
            jalali: jalali.0,
            time,
        })
    }

    /// The calendar the text printed the date in: `"persian"`, `"gregorian"` or `"islamic"`.
    #[getter]
    fn calendar(&self) -> &'static str {
        self.calendar.name()
    }

    /// The date as printed, in its own calendar: `(year, month, day)`.
    #[getter]
    fn date(&self) -> PyResult<(i32, u8, u8)> {
        let d = crate::dates::in_calendar(self.calendar, self.jalali).map_err(to_py_err)?;
        Ok((d.year, d.month, d.day))
    }

    /// Index of the first character of the date in the text.
    #[getter]
    fn start(&self) -> usize {
        self.start
    }

    /// Index just past the date (`text[m.start:m.end] == m.text`).
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// The matched text (weekday, era words and time included when printed with the date).
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// The date as a `naskh.JalaliDate`.
    #[getter]
    fn jalali(&self) -> PyJalaliDate {
        PyJalaliDate(self.jalali)
    }

    /// The same day as a `datetime.date`.
    #[getter]
    fn gregorian<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDate>> {
        let g = self.jalali.to_gregorian();
        PyDate::new(py, g.year(), g.month() as u8, g.day() as u8)
    }

    /// The time printed with the date as a `datetime.time`, or `None`.
    #[getter]
    fn time<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyTime>>> {
        self.time
            .map(|t| PyTime::new(py, t.hour, t.minute, t.second.unwrap_or(0), 0, None))
            .transpose()
    }

    /// `"YYYY-MM-DD"` (Gregorian), or `"YYYY-MM-DDTHH:MM[:SS]"` when a time belongs to it.
    fn isoformat(&self) -> String {
        self.record().iso
    }

    /// The JSON-ready dict of this date — `start`, `end`, `text`, `calendar`, `date`,
    /// `jalali`, `gregorian`, `time`, `iso` — the shape `naskh clean` writes for each date (one definition in Rust).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let r = self.record();
        let d = PyDict::new(py);
        d.set_item("start", r.start)?;
        d.set_item("end", r.end)?;
        d.set_item("text", r.text)?;
        d.set_item("calendar", r.calendar)?;
        d.set_item("date", r.date)?;
        d.set_item("jalali", r.jalali)?;
        d.set_item("gregorian", r.gregorian)?;
        d.set_item("time", r.time)?;
        d.set_item("iso", r.iso)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = PyString::new(py, &self.text).repr()?;
        let time = match self.time {
            Some(t) => format!("'{t}'"),
            None => "None".into(),
        };
        let (j, g) = (self.jalali, self.jalali.to_gregorian());
        Ok(format!(
            "naskh.DateMatch(start={}, end={}, text={text}, calendar='{}', \
             jalali=naskh.JalaliDate({}, {}, {}), gregorian=datetime.date({}, {}, {}), time={time})",
            self.start,
            self.end,
            self.calendar,
            j.year(),
            j.month(),
            j.day(),
            g.year(),
            g.month(),
            g.day()
        ))
    }

    /// Pickles as `DateMatch(start, end, text, JalaliDate(...), (h, m[, s]), calendar)`.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let m = slf.get();
        let time: Bound<'py, PyAny> = match m.time {
            None => py.None().into_bound(py),
            Some(Time {
                hour,
                minute,
                second: None,
            }) => PyTuple::new(py, [hour, minute])?.into_any(),
            Some(Time {
                hour,
                minute,
                second: Some(s),
            }) => PyTuple::new(py, [hour, minute, s])?.into_any(),
        };
        let args = PyTuple::new(
            py,
            [
                m.start.into_pyobject(py)?.into_any(),
                m.end.into_pyobject(py)?.into_any(),
                PyString::new(py, &m.text).into_any(),
                Bound::new(py, PyJalaliDate(m.jalali))?.into_any(),
                time,
                PyString::new(py, m.calendar.name()).into_any(),
            ],
        )?;
        Ok((slf.get_type(), args))
    }
}

/// The find options of the Python keyword arguments; `ValueError` for an unknown calendar.
pub(crate) fn options(
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
    calendars: Option<Vec<String>>,
) -> PyResult<FindOptions> {
    let mut opts = FindOptions::default().two_digit_years(two_digit_years);
    if let Some((lo, hi)) = years {
        opts = opts.years(lo..=hi);
    }
    if let Some(names) = calendars {
        let list = crate::calendar::parse_calendars(names.iter().map(String::as_str))
            .map_err(to_py_err)?;
        opts = opts.calendars(list);
    }
    Ok(opts)
}

/// The core call and the offset conversion; runs without the GIL.
fn find_in(text: &str, opts: &FindOptions) -> Vec<Found> {
    let mut index = CharIndex::new(text);
    dates::find_with(text, opts)
        .into_iter()
        .flatten()
        .map(|m| Found {
            start: index.index(m.range.start),
            end: index.index(m.range.end),
            text: m.as_str(text).to_string(),
            calendar: m.calendar(),
            jalali: m.jalali,
            time: m.time,
        })
        .collect()
}

/// Matches already found in `text` (byte ranges) → Python `DateMatch` objects, for callers
/// that ran [`dates::find`] themselves (the `clean` pipeline).
pub(crate) fn matches_to_py(text: &str, matches: &[dates::DateMatch]) -> Vec<PyDateMatch> {
    let mut index = CharIndex::new(text);
    let found = matches
        .iter()
        .map(|m| Found {
            start: index.index(m.range.start),
            end: index.index(m.range.end),
            text: m.as_str(text).to_string(),
            calendar: m.calendar(),
            jalali: m.jalali,
            time: m.time,
        })
        .collect();
    to_py(found)
}

fn to_py(found: Vec<Found>) -> Vec<PyDateMatch> {
    found
        .into_iter()
        .map(|f| PyDateMatch {
            start: f.start,
            end: f.end,
            text: f.text,
            calendar: f.calendar,
            jalali: f.jalali,
            time: f.time,
        })
        .collect()
}

/// Every date in `text`, in order: Solar Hijri only unless `calendars` names others
/// (`["persian", "gregorian", "islamic"]`).
#[pyfunction]
#[pyo3(signature = (text, *, years = None, two_digit_years = None, calendars = None))]
fn find_dates(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
    calendars: Option<Vec<String>>,
) -> PyResult<Vec<PyDateMatch>> {
    let s = super::utf8(text)?;
    let opts = options(years, two_digit_years, calendars)?;
    let found = py.detach(|| find_in(&s, &opts));
    Ok(to_py(found))
}

/// A date-shaped expression whose day does not exist (`۳۱ مهر ۱۴۰۲`), from
/// `find_invalid_dates`. Offsets are Python `str` indices.
#[pyclass(name = "InvalidDate", module = "naskh", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct PyInvalidDate {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    year: i32,
    #[pyo3(get)]
    month: u8,
    #[pyo3(get)]
    day: u8,
    /// The calendar the date is written in: `"persian"`, `"gregorian"` or `"islamic"`.
    #[pyo3(get)]
    calendar: &'static str,
    /// Why the calendar rejects it, e.g. "day 31 is out of range for Mehr 1402 (1..=30)".
    #[pyo3(get)]
    reason: String,
}

#[pymethods]
impl PyInvalidDate {
    #[new]
    #[allow(clippy::too_many_arguments)]
    #[pyo3(signature = (start, end, text, year, month, day, reason, calendar = "persian"))]
    fn py_new(
        start: usize,
        end: usize,
        text: String,
        year: i32,
        month: u8,
        day: u8,
        reason: String,
        calendar: &str,
    ) -> PyResult<Self> {
        let calendar: Calendar = calendar.parse().map_err(to_py_err)?;
        Ok(PyInvalidDate {
            start,
            end,
            text,
            year,
            month,
            day,
            calendar: calendar.name(),
            reason,
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "naskh.InvalidDate(start={}, end={}, text={:?}, year={}, month={}, day={}, reason={:?}, \
             calendar='{}')",
            self.start, self.end, self.text, self.year, self.month, self.day, self.reason,
            self.calendar
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyType>,
        (usize, usize, String, i32, u8, u8, String, &'static str),
    )> {
        let s = slf.get();
        Ok((
            slf.get_type(),
            (
                s.start,
                s.end,
                s.text.clone(),
                s.year,
                s.month,
                s.day,
                s.reason.clone(),
                s.calendar,
            ),
        ))
    }
}

/// The date-shaped expressions of `text` whose day does not exist (31 Mehr, 30 Esfand in a
/// common year), which `find_dates` skips.
#[pyfunction]
#[pyo3(signature = (text, *, years = None, two_digit_years = None, calendars = None))]
fn find_invalid_dates(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
    calendars: Option<Vec<String>>,
) -> PyResult<Vec<PyInvalidDate>> {
    let s = super::utf8(text)?;
    let opts = options(years, two_digit_years, calendars)?.report_invalid(true);
    Ok(py.detach(|| {
        let mut index = CharIndex::new(&s);
        dates::find_with(&s, &opts)
            .into_iter()
            .filter_map(Result::err)
            .map(|bad| PyInvalidDate {
                start: index.index(bad.range.start),
                end: index.index(bad.range.end),
                text: s.get(bad.range.clone()).unwrap_or_default().to_owned(),
                year: bad.year,
                month: bad.month,
                day: bad.day,
                calendar: bad.calendar.name(),
                reason: bad.error.to_string(),
            })
            .collect()
    }))
}

/// [`find_dates`] over a column of `str | None` (GIL released, parallel).
#[pyfunction]
#[pyo3(signature = (texts, *, years = None, two_digit_years = None, calendars = None))]
fn find_dates_batch<'py>(
    texts: &Bound<'py, PyAny>,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
    calendars: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyList>> {
    let opts = options(years, two_digit_years, calendars)?;
    super::batch::map_list(texts, |t| find_in(t, &opts), |_, found| Ok(to_py(found)))
}

/// `text` with every date rewritten: `format` is "iso", "english" or a `%` pattern.
#[pyfunction]
#[pyo3(signature = (text, format = "iso", *, years = None, two_digit_years = None, calendars = None))]
fn convert_dates(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    format: &str,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
    calendars: Option<Vec<String>>,
) -> PyResult<String> {
    let format: Format = format.parse().map_err(to_py_err)?;
    let s = super::utf8(text)?;
    let opts = options(years, two_digit_years, calendars)?;
    Ok(py.detach(|| dates::convert_with(&s, &format, &opts)))
}

/// [`convert_dates`] over a column of `str | None` (GIL released, parallel).
#[pyfunction]
#[pyo3(signature = (texts, format = "iso", *, years = None, two_digit_years = None, calendars = None))]
fn convert_dates_batch<'py>(
    texts: &Bound<'py, PyAny>,
    format: &str,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
    calendars: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyList>> {
    let format: Format = format.parse().map_err(to_py_err)?;
    let opts = options(years, two_digit_years, calendars)?;
    super::batch::map_texts(texts, |t| {
        Some(dates::convert_with(t, &format, &opts)).filter(|c| c != t)
    })
}

/// When a page was published (see `naskh.published`): `.date` (a `DateMatch`), `.by` (how it
/// was chosen), `.label`, `.beside` (dates printed beside it in other calendars), `.agrees`.
#[pyclass(name = "Published", module = "naskh", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct PyPublished {
    /// The publication date.
    #[pyo3(get)]
    date: PyDateMatch,
    /// `"label"`, `"update_label"`, `"solar_with_time"` or `"with_time"`.
    #[pyo3(get)]
    by: String,
    /// The label before the date (`"تاریخ انتشار"`), or `None`.
    #[pyo3(get)]
    label: Option<String>,
    /// Whether the dates beside it name the same day; `None` when there are none.
    #[pyo3(get)]
    agrees: Option<bool>,
    /// The dates printed beside it in other calendars.
    #[pyo3(get)]
    beside: Vec<PyDateMatch>,
}

#[pymethods]
impl PyPublished {
    #[new]
    #[pyo3(signature = (date, by, label = None, agrees = None, beside = Vec::new()))]
    fn py_new(
        date: PyDateMatch,
        by: String,
        label: Option<String>,
        agrees: Option<bool>,
        beside: Vec<PyDateMatch>,
    ) -> Self {
        PyPublished {
            date,
            by,
            label,
            agrees,
            beside,
        }
    }

    /// The publication date-time, `"YYYY-MM-DD[THH:MM[:SS]]"` (Gregorian).
    fn isoformat(&self) -> String {
        self.date.record().iso
    }

    /// The JSON-ready dict, the shape `naskh clean` writes as `"published"`: the date's fields
    /// with `by`, `label`, `agrees` and `beside`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = self.date.to_dict(py)?;
        d.set_item("by", &self.by)?;
        d.set_item("label", &self.label)?;
        d.set_item("agrees", self.agrees)?;
        let beside = self
            .beside
            .iter()
            .map(|b| b.to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item("beside", beside)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let label = match &self.label {
            Some(l) => PyString::new(py, l).repr()?.to_string(),
            None => "None".into(),
        };
        let agrees = match self.agrees {
            Some(true) => "True",
            Some(false) => "False",
            None => "None",
        };
        let beside = self
            .beside
            .iter()
            .map(|b| b.__repr__(py))
            .collect::<PyResult<Vec<_>>>()?
            .join(", ");
        Ok(format!(
            "naskh.Published(date={}, by='{}', label={label}, agrees={agrees}, beside=[{beside}])",
            self.date.__repr__(py)?,
            self.by
        ))
    }

    fn __str__(&self) -> String {
        self.isoformat()
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyType>,
        (
            PyDateMatch,
            String,
            Option<String>,
            Option<bool>,
            Vec<PyDateMatch>,
        ),
    )> {
        let p = slf.get();
        Ok((
            slf.get_type(),
            (
                p.date.clone(),
                p.by.clone(),
                p.label.clone(),
                p.agrees,
                p.beside.clone(),
            ),
        ))
    }
}

/// A [`dates::Published`] of `text` as a Python object (offsets in `str` indices).
pub(crate) fn published_to_py(text: &str, p: &dates::Published) -> PyPublished {
    let mut all: Vec<dates::DateMatch> = p.beside.iter().chain([&p.date]).cloned().collect();
    all.sort_by_key(|m| m.range.start);
    let at = all.iter().position(|m| m.range == p.date.range);
    let mut py_all = matches_to_py(text, &all);
    let date = match at {
        Some(i) if i < py_all.len() => py_all.remove(i),
        // Cannot happen: the chosen date is in the list.
        _ => matches_to_py(text, std::slice::from_ref(&p.date)).remove(0),
    };
    PyPublished {
        date,
        by: p.by.name().to_owned(),
        label: p.label.clone().and_then(|r| text.get(r)).map(str::to_owned),
        agrees: p.agrees,
        beside: py_all,
    }
}

/// The publication date of a page (`naskh.published`): a labelled date, else the first Solar
/// Hijri date with a time, else the first date with a time; `None` otherwise. Reads every
/// calendar.
#[pyfunction]
#[pyo3(signature = (text, *, years = None, two_digit_years = None))]
fn published(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
) -> PyResult<Option<PyPublished>> {
    let s = super::utf8(text)?;
    let opts = options(years, two_digit_years, None)?.calendars(Calendar::ALL);
    let found = py.detach(|| {
        let all: Vec<dates::DateMatch> =
            dates::find_with(&s, &opts).into_iter().flatten().collect();
        dates::published_in(&s, &all)
    });
    Ok(found.map(|p| published_to_py(&s, &p)))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDateMatch>()?;
    m.add_class::<PyPublished>()?;
    m.add_function(wrap_pyfunction!(published, m)?)?;
    m.add_function(wrap_pyfunction!(find_dates, m)?)?;
    m.add_function(wrap_pyfunction!(find_invalid_dates, m)?)?;
    m.add_class::<PyInvalidDate>()?;
    m.add_function(wrap_pyfunction!(find_dates_batch, m)?)?;
    m.add_function(wrap_pyfunction!(convert_dates, m)?)?;
    m.add_function(wrap_pyfunction!(convert_dates_batch, m)?)?;
    Ok(())
}
