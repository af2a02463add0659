//! Python wrappers for [`crate::dates`]: `find_dates`, `convert_dates`, their batch forms and
//! the `DateMatch` class. Offsets are converted from bytes to `str` indices in one pass per text
//! ([`super::offsets::CharIndex`]).

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDict, PyString, PyTime, PyTuple, PyType};

use super::calendar::PyJalaliDate;
use super::errors::to_py_err;
use super::offsets::CharIndex;
use crate::calendar::JalaliDate;
use crate::dates::{self, DateRecord, FindOptions, Format, Time};

/// A Solar Hijri date found in a text: `.start .end` (str indices), `.text`, `.jalali`,
/// `.gregorian`, `.time`.
#[pyclass(name = "DateMatch", module = "naskh", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct PyDateMatch {
    start: usize,
    end: usize,
    text: String,
    jalali: JalaliDate,
    time: Option<Time>,
}

impl PyDateMatch {
    /// The shared JSON shape of this date ([`DateRecord`]).
    fn record(&self) -> DateRecord<'_> {
        DateRecord::new(self.start, self.end, &self.text, self.jalali, self.time)
    }
}

/// A found date with its offsets already in `str` indices (built without the GIL).
struct Found {
    start: usize,
    end: usize,
    text: String,
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
    /// `DateMatch(start, end, text, jalali, time=None)`; `time` is a `datetime.time` or an
    /// `(hour, minute[, second])` tuple. Normally made by `find_dates`.
    #[new]
    #[pyo3(signature = (start, end, text, jalali, time = None))]
    fn py_new(
        start: usize,
        end: usize,
        text: String,
        jalali: PyJalaliDate,
        time: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let time = match time {
            Some(t) if !t.is_none() => Some(time_from_py(t)?),
            _ => None,
        };
        Ok(PyDateMatch {
            start,
            end,
            text,
            jalali: jalali.0,
            time,
        })
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

    /// The JSON-ready dict of this date — `start`, `end`, `text`, `jalali`, `gregorian`,
    /// `time`, `iso` — the shape `naskh clean` writes for each date (one definition in Rust).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let r = self.record();
        let d = PyDict::new(py);
        d.set_item("start", r.start)?;
        d.set_item("end", r.end)?;
        d.set_item("text", r.text)?;
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
            "naskh.DateMatch(start={}, end={}, text={text}, jalali=naskh.JalaliDate({}, {}, {}), \
             gregorian=datetime.date({}, {}, {}), time={time})",
            self.start,
            self.end,
            j.year(),
            j.month(),
            j.day(),
            g.year(),
            g.month(),
            g.day()
        ))
    }

    /// Pickles as `DateMatch(start, end, text, JalaliDate(...), (h, m[, s]))`.
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
            ],
        )?;
        Ok((slf.get_type(), args))
    }
}

fn options(years: Option<(i32, i32)>, two_digit_years: Option<i32>) -> FindOptions {
    let mut opts = FindOptions::default().two_digit_years(two_digit_years);
    if let Some((lo, hi)) = years {
        opts = opts.years(lo..=hi);
    }
    opts
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
            jalali: f.jalali,
            time: f.time,
        })
        .collect()
}

/// Every Solar Hijri date in `text`, in order.
#[pyfunction]
#[pyo3(signature = (text, *, years = None, two_digit_years = None))]
fn find_dates(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
) -> PyResult<Vec<PyDateMatch>> {
    let s = text.to_cow()?;
    let opts = options(years, two_digit_years);
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
    /// Why the calendar rejects it, e.g. "day 31 is out of range for Mehr 1402 (1..=30)".
    #[pyo3(get)]
    reason: String,
}

#[pymethods]
impl PyInvalidDate {
    #[new]
    #[allow(clippy::too_many_arguments)]
    fn py_new(
        start: usize,
        end: usize,
        text: String,
        year: i32,
        month: u8,
        day: u8,
        reason: String,
    ) -> Self {
        PyInvalidDate {
            start,
            end,
            text,
            year,
            month,
            day,
            reason,
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "naskh.InvalidDate(start={}, end={}, text={:?}, year={}, month={}, day={}, reason={:?})",
            self.start, self.end, self.text, self.year, self.month, self.day, self.reason
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyType>,
        (usize, usize, String, i32, u8, u8, String),
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
            ),
        ))
    }
}

/// The date-shaped expressions of `text` whose day does not exist (31 Mehr, 30 Esfand in a
/// common year), which `find_dates` skips.
#[pyfunction]
#[pyo3(signature = (text, *, years = None, two_digit_years = None))]
fn find_invalid_dates(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
) -> PyResult<Vec<PyInvalidDate>> {
    let s = text.to_cow()?;
    let opts = options(years, two_digit_years).report_invalid(true);
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
                reason: bad.error.to_string(),
            })
            .collect()
    }))
}

/// [`find_dates`] over a column of `str | None` (GIL released, parallel).
#[pyfunction]
#[pyo3(signature = (texts, *, years = None, two_digit_years = None))]
fn find_dates_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
) -> PyResult<Vec<Option<Vec<PyDateMatch>>>> {
    let column = super::batch::extract_texts(texts)?;
    let opts = options(years, two_digit_years);
    let found =
        py.detach(|| crate::parallel::map(&column, |t| t.as_deref().map(|t| find_in(t, &opts))));
    Ok(found.into_iter().map(|f| f.map(to_py)).collect())
}

/// `text` with every date rewritten: `format` is "iso", "english" or a `%` pattern.
#[pyfunction]
#[pyo3(signature = (text, format = "iso", *, years = None, two_digit_years = None))]
fn convert_dates(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    format: &str,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
) -> PyResult<String> {
    let format: Format = format.parse().map_err(to_py_err)?;
    let s = text.to_cow()?;
    let opts = options(years, two_digit_years);
    Ok(py.detach(|| dates::convert_with(&s, &format, &opts)))
}

/// [`convert_dates`] over a column of `str | None` (GIL released, parallel).
#[pyfunction]
#[pyo3(signature = (texts, format = "iso", *, years = None, two_digit_years = None))]
fn convert_dates_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    format: &str,
    years: Option<(i32, i32)>,
    two_digit_years: Option<i32>,
) -> PyResult<Vec<Option<String>>> {
    let format: Format = format.parse().map_err(to_py_err)?;
    let column = super::batch::extract_texts(texts)?;
    let opts = options(years, two_digit_years);
    Ok(py.detach(|| {
        crate::parallel::map(&column, |t| {
            t.as_deref().map(|t| dates::convert_with(t, &format, &opts))
        })
    }))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDateMatch>()?;
    m.add_function(wrap_pyfunction!(find_dates, m)?)?;
    m.add_function(wrap_pyfunction!(find_invalid_dates, m)?)?;
    m.add_class::<PyInvalidDate>()?;
    m.add_function(wrap_pyfunction!(find_dates_batch, m)?)?;
    m.add_function(wrap_pyfunction!(convert_dates, m)?)?;
    m.add_function(wrap_pyfunction!(convert_dates_batch, m)?)?;
    Ok(())
}
