//! Python wrappers for [`crate::calendar`]: `naskh.JalaliDate`, the conversion functions and
//! their column forms.
//!
//! Two column forms exist because building Python objects costs far more than converting a date
//! (about 10 ns in Rust): `*_batch` functions return `datetime.date` / `JalaliDate` objects
//! (convenient, a few million per second), while `jalali_to_epoch_days` and
//! `epoch_days_to_jalali` move plain integers in `array.array` buffers (tens of millions per
//! second, and numpy/pandas can view them without copying).

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDate, PyDelta, PyFloat, PyString, PyTuple, PyType};

use super::errors::{to_py_err, InvalidDateError};
use crate::calendar::{GregorianDate, JalaliDate, MonthNames};
use crate::{DateField, Error};

/// `date.toordinal()` of 1970-01-01: ordinals minus this are naskh's day numbers.
const ORDINAL_OF_1970: i64 = 719_163;
/// numpy's `NaT` as an int64.
const NAT: i64 = i64::MIN;

/// [`JalaliDate::new`] for Python ints of any size: the error names the value that was given,
/// even one that does not fit in an `i32`.
fn jalali_new(year: i64, month: i64, day: i64) -> Result<JalaliDate, Error> {
    let clamp = |v: i64| i32::try_from(v).unwrap_or(if v < 0 { i32::MIN } else { i32::MAX });
    JalaliDate::new(clamp(year), clamp(month), clamp(day)).map_err(|err| match err {
        Error::DateOutOfRange {
            field,
            min,
            max,
            context,
            ..
        } => Error::DateOutOfRange {
            field,
            value: match field {
                DateField::Year => year,
                DateField::Month => month,
                DateField::Day => day,
            },
            min,
            max,
            context,
        },
        other => other,
    })
}

/// A day number (days since 1970-01-01) as a Jalali date, for Python ints of any size.
fn jalali_from_day(day: i64) -> Result<JalaliDate, Error> {
    let clamped = i32::try_from(day).unwrap_or(if day < 0 { i32::MIN } else { i32::MAX });
    JalaliDate::from_day_number(clamped)
}

fn gregorian_to_py<'py>(py: Python<'py>, date: GregorianDate) -> PyResult<Bound<'py, PyDate>> {
    // GregorianDate guarantees month 1..=12 and day 1..=31.
    PyDate::new(py, date.year(), date.month() as u8, date.day() as u8)
}

/// The day number of a `datetime.date` (or `datetime.datetime`, pandas `Timestamp`: their date).
fn day_of_py_date(date: &Bound<'_, PyAny>) -> PyResult<i64> {
    if !date.is_instance_of::<PyDate>() {
        return Err(PyTypeError::new_err(format!(
            "expected a datetime.date, got {}",
            type_name(date)
        )));
    }
    Ok(date.call_method0("toordinal")?.extract::<i64>()? - ORDINAL_OF_1970)
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// A date in the Solar Hijri (Jalali) calendar, years 1..=3000, exact (astronomical calendar).
#[pyclass(name = "JalaliDate", module = "naskh", frozen, eq, ord, hash)]
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct PyJalaliDate(pub(crate) JalaliDate);

#[pymethods]
impl PyJalaliDate {
    #[new]
    fn py_new(year: i64, month: i64, day: i64) -> PyResult<Self> {
        jalali_new(year, month, day).map(Self).map_err(to_py_err)
    }

    #[getter]
    fn year(&self) -> i32 {
        self.0.year()
    }

    #[getter]
    fn month(&self) -> i32 {
        self.0.month()
    }

    #[getter]
    fn day(&self) -> i32 {
        self.0.day()
    }

    /// `YYYY-MM-DD`.
    fn isoformat(&self) -> String {
        self.0.to_string()
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "naskh.JalaliDate({}, {}, {})",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }

    /// The same day as a `datetime.date` (proleptic Gregorian).
    fn to_gregorian<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDate>> {
        gregorian_to_py(py, self.0.to_gregorian())
    }

    /// The Jalali date of a `datetime.date`.
    #[classmethod]
    fn from_gregorian(_cls: &Bound<'_, PyType>, date: &Bound<'_, PyAny>) -> PyResult<Self> {
        gregorian_to_jalali(date)
    }

    /// Parses `YYYY-MM-DD` (or `YYYY/MM/DD`, any of the three digit alphabets).
    #[classmethod]
    fn fromisoformat(_cls: &Bound<'_, PyType>, text: &str) -> PyResult<Self> {
        text.parse().map(Self).map_err(to_py_err)
    }

    /// 0 for Saturday … 6 for Friday (the Iranian week; as in jdatetime and persiantools).
    fn weekday(&self) -> u8 {
        self.0.weekday().days_from_saturday()
    }

    /// 1 for Monday … 7 for Sunday (ISO 8601, like `datetime.date.isoweekday`).
    fn isoweekday(&self) -> u8 {
        self.0.weekday().number_from_monday()
    }

    /// 1 (1 Farvardin) … 366.
    fn day_of_year(&self) -> u16 {
        self.0.day_of_year()
    }

    /// The month's name: `names` is "persian", "dari", "english" or "dari_english".
    #[pyo3(signature = (names = "english"))]
    fn month_name(&self, names: &str) -> PyResult<&'static str> {
        let names = match names {
            "persian" => MonthNames::Persian,
            "dari" => MonthNames::Dari,
            "english" => MonthNames::English,
            "dari_english" => MonthNames::DariEnglish,
            other => {
                return Err(to_py_err(Error::InvalidOption {
                    name: "names".into(),
                    value: other.into(),
                    expected: "persian, dari, english or dari_english".into(),
                }))
            }
        };
        Ok(self.0.month_name(names))
    }

    /// Whether `year` has 366 days.
    #[staticmethod]
    fn is_leap_year(year: i64) -> PyResult<bool> {
        jalali_new(year, 1, 1)
            .and_then(|d| JalaliDate::is_leap_year(d.year()))
            .map_err(to_py_err)
    }

    /// The number of days of `month` in `year`.
    #[staticmethod]
    fn days_in_month(year: i64, month: i64) -> PyResult<u8> {
        jalali_new(year, month, 1)
            .and_then(|d| JalaliDate::days_in_month(d.year(), d.month()))
            .map_err(to_py_err)
    }

    /// `date + n` or `date + timedelta(days=n)`: the date `n` days later.
    fn __add__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        match days_of(other)? {
            Some(days) => Ok(self.add(days)?.into_pyobject(py)?.into_any().unbind()),
            None => Ok(py.NotImplemented()),
        }
    }

    fn __radd__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        self.__add__(py, other)
    }

    /// `a - b` is a `timedelta`; `date - n` and `date - timedelta` are dates.
    fn __sub__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        if let Ok(rhs) = other.cast::<PyJalaliDate>() {
            let days = self.0 - rhs.get().0;
            return Ok(PyDelta::new(py, days, 0, 0, false)?.into_any().unbind());
        }
        match days_of(other)? {
            Some(days) => Ok(self
                .add(days.saturating_neg())?
                .into_pyobject(py)?
                .into_any()
                .unbind()),
            None => Ok(py.NotImplemented()),
        }
    }

    /// Pickles as `JalaliDate(year, month, day)`.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let d = slf.get().0;
        let args = PyTuple::new(slf.py(), [d.year(), d.month(), d.day()])?;
        Ok((slf.get_type(), args))
    }
}

impl PyJalaliDate {
    fn add(&self, days: i64) -> PyResult<Self> {
        self.0.add_days(days).map(Self).map_err(to_py_err)
    }
}

/// The day count of an `int` or a `timedelta` (its whole days, like `date + timedelta`), or
/// `None` for anything else.
fn days_of(other: &Bound<'_, PyAny>) -> PyResult<Option<i64>> {
    if other.is_instance_of::<PyDelta>() {
        return Ok(Some(other.getattr("days")?.extract()?));
    }
    if other.is_instance_of::<pyo3::types::PyInt>() {
        return Ok(Some(other.extract::<i64>().unwrap_or_else(|_| {
            // A huge int is out of range anyway; saturate so the error says so.
            if other.lt(0).unwrap_or(false) {
                i64::MIN
            } else {
                i64::MAX
            }
        })));
    }
    Ok(None)
}

/// `datetime.date` of the Jalali date `year-month-day`.
#[pyfunction]
fn jalali_to_gregorian(
    py: Python<'_>,
    year: i64,
    month: i64,
    day: i64,
) -> PyResult<Bound<'_, PyDate>> {
    let date = jalali_new(year, month, day).map_err(to_py_err)?;
    gregorian_to_py(py, date.to_gregorian())
}

/// `JalaliDate` of a `datetime.date`.
#[pyfunction]
fn gregorian_to_jalali(date: &Bound<'_, PyAny>) -> PyResult<PyJalaliDate> {
    let day = day_of_py_date(date)?;
    jalali_from_day(day).map(PyJalaliDate).map_err(to_py_err)
}

// --- columns -------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum OnError {
    Raise,
    Coerce,
}

fn on_error(errors: &str) -> PyResult<OnError> {
    match errors {
        "raise" => Ok(OnError::Raise),
        "coerce" => Ok(OnError::Coerce),
        other => Err(to_py_err(Error::InvalidOption {
            name: "errors".into(),
            value: other.into(),
            expected: "raise or coerce".into(),
        })),
    }
}

/// The error of item `index` of a column, as `InvalidDateError("item 3: …")`.
fn item_error(index: usize, err: Error) -> PyErr {
    match err {
        Error::DateOutOfRange { .. } => InvalidDateError::new_err(format!("item {index}: {err}")),
        other => to_py_err(other),
    }
}

/// Missing values of a column: `None`, NaN, `pandas.NA`, `pandas.NaT`.
fn is_missing(item: &Bound<'_, PyAny>) -> bool {
    if item.is_none() {
        return true;
    }
    if let Ok(f) = item.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    item.get_type()
        .name()
        .is_ok_and(|n| n == "NAType" || n == "NaTType")
}

/// A column of integers: any iterable of `int | None` (also integral floats, NaN = missing),
/// with a fast path that reads the raw buffer of `array.array` and numpy integer, float and
/// `datetime64[D]` arrays, and pandas columns backed by them.
fn extract_ints(column: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<Option<i64>>> {
    if column.is_instance_of::<PyString>() || column.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(format!(
            "{what}: expected a sequence of int, got {}",
            type_name(column)
        )));
    }
    if let Some(values) = extract_buffer(column, what)? {
        return Ok(values);
    }
    if column.hasattr("iloc")? {
        // pandas Series / Index: its numpy array if it has a numeric one.
        if let Some(values) = extract_buffer(&column.call_method0("to_numpy")?, what)? {
            return Ok(values);
        }
    }
    let iterable = if column.hasattr("to_pylist")? && !column.hasattr("iloc")? {
        column.call_method0("to_pylist")? // pyarrow
    } else {
        column.clone()
    };
    let iter = iterable.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{what}: expected a sequence of int, got {}",
            type_name(column)
        ))
    })?;
    let mut out = Vec::with_capacity(column.len().unwrap_or(0));
    for (index, item) in iter.enumerate() {
        let item = item?;
        if is_missing(&item) {
            out.push(None);
        } else if let Ok(f) = item.cast::<PyFloat>() {
            out.push(Some(integral(f.value()).ok_or_else(|| {
                PyValueError::new_err(format!(
                    "{what}: item {index} is {}, not a whole number",
                    f.value()
                ))
            })?));
        } else if let Ok(v) = item.extract::<i64>() {
            out.push(Some(v));
        } else if item.is_instance_of::<pyo3::types::PyInt>() {
            // Too large for 64 bits: certainly out of range; saturate so the error says so.
            out.push(Some(if item.lt(0)? { i64::MIN } else { i64::MAX }));
        } else {
            return Err(PyTypeError::new_err(format!(
                "{what}: item {index} is {}, expected int or None",
                type_name(&item)
            )));
        }
    }
    Ok(out)
}

fn integral(f: f64) -> Option<i64> {
    (f.fract() == 0.0 && f.abs() < 9.0e18).then_some(f as i64)
}

/// The raw-buffer fast path of [`extract_ints`]; `None` when `column` is not an array it knows.
fn extract_buffer(column: &Bound<'_, PyAny>, what: &str) -> PyResult<Option<Vec<Option<i64>>>> {
    if !column.hasattr("tobytes")? || !column.hasattr("itemsize")? {
        return Ok(None);
    }
    let itemsize: usize = column.getattr("itemsize")?.extract()?;
    // (kind, missing marker): 'i' signed, 'u' unsigned, 'f' float, 'M' datetime64[D].
    let kind: char = if column.hasattr("typecode")? {
        // array.array
        let code: String = column.getattr("typecode")?.extract()?;
        match code.as_str() {
            "b" | "h" | "i" | "l" | "q" => 'i',
            "B" | "H" | "I" | "L" | "Q" => 'u',
            "f" | "d" => 'f',
            _ => return Ok(None),
        }
    } else if column.hasattr("dtype")? {
        // numpy
        let dtype = column.getattr("dtype")?;
        let native: bool = dtype.getattr("isnative")?.extract()?;
        let ndim: usize = column.getattr("ndim")?.extract()?;
        let kind: String = dtype.getattr("kind")?.extract()?;
        if !native || ndim != 1 {
            return Ok(None);
        }
        match kind.as_str() {
            "i" | "u" | "f" => kind.chars().next().unwrap_or('i'),
            "M" => {
                let name: String = dtype.getattr("str")?.extract()?;
                if !name.ends_with("[D]") {
                    return Err(PyTypeError::new_err(format!(
                        "{what}: datetime64 arrays must have unit D (got {name}); use .astype('datetime64[D]')"
                    )));
                }
                'M'
            }
            _ => return Ok(None),
        }
    } else {
        return Ok(None);
    };
    let bytes = column.call_method0("tobytes")?;
    let bytes = bytes.cast::<PyBytes>()?.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / itemsize.max(1));
    let bad = || PyTypeError::new_err(format!("{what}: unsupported item size {itemsize}"));
    for (index, chunk) in bytes.chunks_exact(itemsize.max(1)).enumerate() {
        let value = match (kind, chunk) {
            ('i', &[a]) => Some(i64::from(i8::from_ne_bytes([a]))),
            ('i', &[a, b]) => Some(i64::from(i16::from_ne_bytes([a, b]))),
            ('i', &[a, b, c, d]) => Some(i64::from(i32::from_ne_bytes([a, b, c, d]))),
            ('i' | 'M', &[a, b, c, d, e, f, g, h]) => {
                let v = i64::from_ne_bytes([a, b, c, d, e, f, g, h]);
                (kind == 'i' || v != NAT).then_some(v)
            }
            ('u', &[a]) => Some(i64::from(a)),
            ('u', &[a, b]) => Some(i64::from(u16::from_ne_bytes([a, b]))),
            ('u', &[a, b, c, d]) => Some(i64::from(u32::from_ne_bytes([a, b, c, d]))),
            ('u', &[a, b, c, d, e, f, g, h]) => Some(
                i64::try_from(u64::from_ne_bytes([a, b, c, d, e, f, g, h])).unwrap_or(i64::MAX),
            ),
            ('f', &[a, b, c, d]) => {
                float_item(f64::from(f32::from_ne_bytes([a, b, c, d])), index, what)?
            }
            ('f', &[a, b, c, d, e, f, g, h]) => {
                float_item(f64::from_ne_bytes([a, b, c, d, e, f, g, h]), index, what)?
            }
            _ => return Err(bad()),
        };
        out.push(value);
    }
    Ok(Some(out))
}

fn float_item(f: f64, index: usize, what: &str) -> PyResult<Option<i64>> {
    if f.is_nan() {
        return Ok(None);
    }
    integral(f).map(Some).ok_or_else(|| {
        PyValueError::new_err(format!("{what}: item {index} is {f}, not a whole number"))
    })
}

fn same_length(years: usize, months: usize, days: usize) -> PyResult<()> {
    if years == months && months == days {
        Ok(())
    } else {
        Err(PyValueError::new_err(format!(
            "years, months and days must have the same length (got {years}, {months}, {days})"
        )))
    }
}

/// Runs `f` over the items with the GIL released; in raise mode stops at the first error.
fn convert_column<T, R: Send>(
    py: Python<'_>,
    items: &[T],
    mode: OnError,
    f: impl Fn(&T) -> Option<Result<R, Error>> + Send + Sync,
) -> PyResult<Vec<Option<R>>>
where
    T: Sync,
{
    py.detach(|| {
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            out.push(match f(item) {
                None => None,
                Some(Ok(v)) => Some(v),
                Some(Err(err)) if mode == OnError::Raise => return Err((index, err)),
                Some(Err(_)) => None,
            });
        }
        Ok(out)
    })
    .map_err(|(index, err)| item_error(index, err))
}

/// `datetime.date` for each `(year, month, day)`; a missing part gives `None`.
#[pyfunction]
#[pyo3(signature = (years, months, days, *, errors = "raise"))]
fn jalali_to_gregorian_batch<'py>(
    py: Python<'py>,
    years: &Bound<'py, PyAny>,
    months: &Bound<'py, PyAny>,
    days: &Bound<'py, PyAny>,
    errors: &str,
) -> PyResult<Vec<Option<Bound<'py, PyDate>>>> {
    let mode = on_error(errors)?;
    let rows = zip3(years, months, days)?;
    let dates = convert_column(py, &rows, mode, |&(y, m, d)| {
        Some(jalali_new(y?, m?, d?).map(|j| j.to_gregorian()))
    })?;
    dates
        .into_iter()
        .map(|d| d.map(|d| gregorian_to_py(py, d)).transpose())
        .collect()
}

/// One `(year, month, day)` of a column; `None` where the value is missing.
type YmdRow = (Option<i64>, Option<i64>, Option<i64>);

fn zip3(
    years: &Bound<'_, PyAny>,
    months: &Bound<'_, PyAny>,
    days: &Bound<'_, PyAny>,
) -> PyResult<Vec<YmdRow>> {
    let y = extract_ints(years, "years")?;
    let m = extract_ints(months, "months")?;
    let d = extract_ints(days, "days")?;
    same_length(y.len(), m.len(), d.len())?;
    Ok(y.into_iter()
        .zip(m)
        .zip(d)
        .map(|((y, m), d)| (y, m, d))
        .collect())
}

/// `JalaliDate` for each `datetime.date`; `None` (NaN, NA, NaT) gives `None`.
#[pyfunction]
#[pyo3(signature = (dates, *, errors = "raise"))]
fn gregorian_to_jalali_batch(
    py: Python<'_>,
    dates: &Bound<'_, PyAny>,
    errors: &str,
) -> PyResult<Vec<Option<PyJalaliDate>>> {
    let mode = on_error(errors)?;
    if dates.is_instance_of::<PyString>() || dates.is_instance_of::<PyDate>() {
        return Err(PyTypeError::new_err(format!(
            "dates: expected a sequence of datetime.date, got {}",
            type_name(dates)
        )));
    }
    let iterable = if dates.hasattr("to_pylist")? && !dates.hasattr("iloc")? {
        dates.call_method0("to_pylist")?
    } else {
        dates.clone()
    };
    let mut days = Vec::with_capacity(dates.len().unwrap_or(0));
    for (index, item) in iterable.try_iter()?.enumerate() {
        let item = item?;
        if is_missing(&item) {
            days.push(None);
        } else {
            let day = day_of_py_date(&item)
                .map_err(|e| PyTypeError::new_err(format!("dates: item {index}: {e}")))?;
            days.push(Some(day));
        }
    }
    let out = convert_column(py, &days, mode, |d| Some(jalali_from_day((*d)?)))?;
    Ok(out.into_iter().map(|d| d.map(PyJalaliDate)).collect())
}

/// A new `array.array(typecode)` holding `bytes` (native-endian items of that type).
fn int_array<'py>(py: Python<'py>, typecode: &str, bytes: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    let array = py.import("array")?.getattr("array")?.call1((typecode,))?;
    array.call_method1("frombytes", (PyBytes::new(py, bytes),))?;
    Ok(array)
}

/// Gregorian day numbers (days since 1970-01-01) of Jalali dates, as `array.array('q')`;
/// missing or (with `errors="coerce"`) invalid dates give numpy's NaT value.
#[pyfunction]
#[pyo3(signature = (years, months, days, *, errors = "raise"))]
fn jalali_to_epoch_days<'py>(
    py: Python<'py>,
    years: &Bound<'py, PyAny>,
    months: &Bound<'py, PyAny>,
    days: &Bound<'py, PyAny>,
    errors: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let mode = on_error(errors)?;
    let rows = zip3(years, months, days)?;
    let out = convert_column(py, &rows, mode, |&(y, m, d)| {
        Some(jalali_new(y?, m?, d?).map(|j| j.to_day_number()))
    })?;
    let bytes: Vec<u8> = out
        .into_iter()
        .flat_map(|d| d.map_or(NAT, i64::from).to_ne_bytes())
        .collect();
    int_array(py, "q", &bytes)
}

/// Jalali `(years, months, days)` as three `array.array('i')` of Gregorian day numbers (ints,
/// or a numpy `datetime64[D]` array); missing or (with `errors="coerce"`) out-of-range days
/// give 0 in all three.
#[pyfunction]
#[pyo3(signature = (days, *, errors = "raise"))]
fn epoch_days_to_jalali<'py>(
    py: Python<'py>,
    days: &Bound<'py, PyAny>,
    errors: &str,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    let mode = on_error(errors)?;
    let days = extract_ints(days, "days")?;
    let out = convert_column(py, &days, mode, |d| Some(jalali_from_day((*d)?)))?;
    let mut columns = [
        Vec::with_capacity(out.len() * 4),
        Vec::with_capacity(out.len() * 4),
        Vec::with_capacity(out.len() * 4),
    ];
    for date in out {
        let parts = date.map_or([0, 0, 0], |j| [j.year(), j.month(), j.day()]);
        for (column, part) in columns.iter_mut().zip(parts) {
            column.extend_from_slice(&part.to_ne_bytes());
        }
    }
    let [y, m, d] = columns;
    Ok((
        int_array(py, "i", &y)?,
        int_array(py, "i", &m)?,
        int_array(py, "i", &d)?,
    ))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyJalaliDate>()?;
    m.add_function(wrap_pyfunction!(jalali_to_gregorian, m)?)?;
    m.add_function(wrap_pyfunction!(gregorian_to_jalali, m)?)?;
    m.add_function(wrap_pyfunction!(jalali_to_gregorian_batch, m)?)?;
    m.add_function(wrap_pyfunction!(gregorian_to_jalali_batch, m)?)?;
    m.add_function(wrap_pyfunction!(jalali_to_epoch_days, m)?)?;
    m.add_function(wrap_pyfunction!(epoch_days_to_jalali, m)?)?;
    Ok(())
}
