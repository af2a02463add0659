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
use pyo3::types::{PyBytes, PyDate, PyDelta, PyFloat, PySlice, PyString, PyTuple, PyType};

use super::errors::{to_py_err, InvalidDateError};
use crate::calendar::{GregorianDate, JalaliDate, MonthNames};
use crate::{DateField, Error};

/// `date.toordinal()` of 1970-01-01: ordinals minus this are naskh's day numbers.
const ORDINAL_OF_1970: i64 = 719_163;

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

pub(crate) fn gregorian_to_py<'py>(
    py: Python<'py>,
    date: GregorianDate,
) -> PyResult<Bound<'py, PyDate>> {
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

/// A missing value inside an integer column (numpy's `NaT` has the same bits).
const MISSING: i64 = i64::MIN;

/// How the items of an array's raw buffer are stored (native byte order).
#[derive(Clone, Copy)]
enum Raw {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl Raw {
    fn size(self) -> usize {
        match self {
            Raw::I8 | Raw::U8 => 1,
            Raw::I16 | Raw::U16 => 2,
            Raw::I32 | Raw::U32 => 4,
            Raw::I64 | Raw::U64 => 8,
        }
    }

    fn of(signed: bool, size: usize) -> Option<Raw> {
        Some(match (signed, size) {
            (true, 1) => Raw::I8,
            (true, 2) => Raw::I16,
            (true, 4) => Raw::I32,
            (true, 8) => Raw::I64,
            (false, 1) => Raw::U8,
            (false, 2) => Raw::U16,
            (false, 4) => Raw::U32,
            (false, 8) => Raw::U64,
            _ => return None,
        })
    }
}

/// A column of integers from Python: the raw bytes of an integer array (decoded item by item
/// while converting, so a large numpy column is not copied twice), or decoded values.
struct IntColumn<'py> {
    raw: Option<(Bound<'py, PyBytes>, Raw)>,
    values: Vec<i64>,
}

impl IntColumn<'_> {
    fn view(&self) -> IntView<'_> {
        match &self.raw {
            Some((bytes, raw)) => IntView::Raw(bytes.as_bytes(), *raw),
            None => IntView::Values(&self.values),
        }
    }
}

/// A borrowed [`IntColumn`] that can cross into `py.detach`.
#[derive(Clone, Copy)]
enum IntView<'a> {
    Raw(&'a [u8], Raw),
    Values(&'a [i64]),
}

/// `N` bytes at `at`, zeros past the end (never reached: callers stay below `len`).
#[inline]
fn take<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    bytes
        .get(at..at.saturating_add(N))
        .and_then(|s| s.try_into().ok())
        .unwrap_or([0; N])
}

impl IntView<'_> {
    fn len(self) -> usize {
        match self {
            IntView::Raw(bytes, raw) => bytes.len() / raw.size(),
            IntView::Values(values) => values.len(),
        }
    }

    /// Item `i`, [`MISSING`] if it is missing.
    #[inline]
    fn get(self, i: usize) -> i64 {
        match self {
            IntView::Values(values) => values.get(i).copied().unwrap_or(MISSING),
            IntView::Raw(b, raw) => {
                let at = i.saturating_mul(raw.size());
                match raw {
                    Raw::I8 => i8::from_ne_bytes(take(b, at)).into(),
                    Raw::I16 => i16::from_ne_bytes(take(b, at)).into(),
                    Raw::I32 => i32::from_ne_bytes(take(b, at)).into(),
                    Raw::I64 => i64::from_ne_bytes(take(b, at)),
                    Raw::U8 => u8::from_ne_bytes(take(b, at)).into(),
                    Raw::U16 => u16::from_ne_bytes(take(b, at)).into(),
                    Raw::U32 => u32::from_ne_bytes(take(b, at)).into(),
                    Raw::U64 => i64::try_from(u64::from_ne_bytes(take(b, at))).unwrap_or(i64::MAX),
                }
            }
        }
    }
}

/// A column of integers, [`MISSING`] where a value is missing: any iterable of `int | None`
/// (also whole floats, NaN = missing), with a fast path that reads the raw buffer of
/// `array.array` and numpy integer, float and `datetime64[D]` arrays, and of pandas columns
/// backed by them.
fn extract_ints<'py>(column: &Bound<'py, PyAny>, what: &str) -> PyResult<IntColumn<'py>> {
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
        if item.is_none() {
            out.push(MISSING);
        } else if let Ok(v) = item.extract::<i64>() {
            out.push(v);
        } else if let Ok(f) = item.cast::<PyFloat>() {
            out.push(float_item(f.value(), index, what)?);
        } else if item.is_instance_of::<pyo3::types::PyInt>() {
            // Too large for 64 bits: certainly out of range; saturate so the error says so.
            out.push(if item.lt(0)? { i64::MIN + 1 } else { i64::MAX });
        } else if is_missing(&item) {
            out.push(MISSING);
        } else {
            return Err(PyTypeError::new_err(format!(
                "{what}: item {index} is {}, expected int or None",
                type_name(&item)
            )));
        }
    }
    Ok(IntColumn {
        raw: None,
        values: out,
    })
}

/// A float item: NaN is missing, whole numbers are ints, anything else is an error.
fn float_item(f: f64, index: usize, what: &str) -> PyResult<i64> {
    if f.is_nan() {
        return Ok(MISSING);
    }
    if f.fract() == 0.0 && f.abs() < 9.0e18 {
        return Ok(f as i64);
    }
    Err(PyValueError::new_err(format!(
        "{what}: item {index} is {f}, not a whole number"
    )))
}

/// The raw-buffer fast path of [`extract_ints`]; `None` when `column` is not an array it knows.
fn extract_buffer<'py>(column: &Bound<'py, PyAny>, what: &str) -> PyResult<Option<IntColumn<'py>>> {
    if !column.hasattr("tobytes")? || !column.hasattr("itemsize")? {
        return Ok(None);
    }
    let itemsize: usize = column.getattr("itemsize")?.extract()?;
    // 'i' signed, 'u' unsigned, 'f' float.
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
            "i" => 'i',
            "u" => 'u',
            "f" => 'f',
            "M" => {
                let name: String = dtype.getattr("str")?.extract()?;
                if !name.ends_with("[D]") {
                    return Err(PyTypeError::new_err(format!(
                        "{what}: datetime64 arrays must have unit D (got {name}); use .astype('datetime64[D]')"
                    )));
                }
                'i' // day numbers; NaT is already MISSING
            }
            _ => return Ok(None),
        }
    } else {
        return Ok(None);
    };
    let bytes = column.call_method0("tobytes")?.cast_into::<PyBytes>()?;
    if kind == 'f' {
        let data = bytes.as_bytes();
        let mut values = Vec::with_capacity(data.len() / itemsize.max(1));
        for index in 0..data.len() / itemsize.max(1) {
            let at = index * itemsize;
            let f = match itemsize {
                4 => f64::from(f32::from_ne_bytes(take(data, at))),
                8 => f64::from_ne_bytes(take(data, at)),
                _ => return Ok(None),
            };
            values.push(float_item(f, index, what)?);
        }
        return Ok(Some(IntColumn { raw: None, values }));
    }
    Ok(Raw::of(kind == 'i', itemsize).map(|raw| IntColumn {
        raw: Some((bytes, raw)),
        values: Vec::new(),
    }))
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

/// Runs `f` on each index `0..len` with the GIL released; in raise mode stops at the first error.
fn convert_column<R: Send>(
    py: Python<'_>,
    len: usize,
    mode: OnError,
    f: impl Fn(usize) -> Option<Result<R, Error>> + Send + Sync,
) -> PyResult<Vec<Option<R>>> {
    py.detach(|| {
        let mut out = Vec::with_capacity(len);
        for index in 0..len {
            out.push(match f(index) {
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

/// Three equally long integer columns.
struct Ymd<'py> {
    years: IntColumn<'py>,
    months: IntColumn<'py>,
    days: IntColumn<'py>,
}

impl<'py> Ymd<'py> {
    fn extract(
        years: &Bound<'py, PyAny>,
        months: &Bound<'py, PyAny>,
        days: &Bound<'py, PyAny>,
    ) -> PyResult<Self> {
        let ymd = Ymd {
            years: extract_ints(years, "years")?,
            months: extract_ints(months, "months")?,
            days: extract_ints(days, "days")?,
        };
        let v = ymd.view();
        same_length(v.years.len(), v.months.len(), v.days.len())?;
        Ok(ymd)
    }

    fn view(&self) -> YmdView<'_> {
        YmdView {
            years: self.years.view(),
            months: self.months.view(),
            days: self.days.view(),
        }
    }
}

#[derive(Clone, Copy)]
struct YmdView<'a> {
    years: IntView<'a>,
    months: IntView<'a>,
    days: IntView<'a>,
}

impl YmdView<'_> {
    fn len(self) -> usize {
        self.years.len()
    }

    /// The date at `index`: `None` if a part is missing.
    #[inline]
    fn date(self, index: usize) -> Option<Result<JalaliDate, Error>> {
        let y = self.years.get(index);
        let m = self.months.get(index);
        let d = self.days.get(index);
        if y == MISSING || m == MISSING || d == MISSING {
            return None;
        }
        Some(jalali_new(y, m, d))
    }
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
    let ymd = Ymd::extract(years, months, days)?;
    let view = ymd.view();
    let dates = convert_column(py, view.len(), mode, |i| {
        view.date(i).map(|r| r.map(JalaliDate::to_gregorian))
    })?;
    dates
        .into_iter()
        .map(|d| d.map(|d| gregorian_to_py(py, d)).transpose())
        .collect()
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
    if is_datetime64_array(dates)? {
        // A numpy datetime64[D] array: its day numbers, without a Python object per date.
        let column = extract_ints(dates, "dates")?;
        let view = column.view();
        let out = convert_column(py, view.len(), mode, |i| {
            let day = view.get(i);
            (day != MISSING).then(|| jalali_from_day(day))
        })?;
        return Ok(out.into_iter().map(|d| d.map(PyJalaliDate)).collect());
    }
    let iterable = if dates.hasattr("to_pylist")? && !dates.hasattr("iloc")? {
        dates.call_method0("to_pylist")?
    } else {
        dates.clone()
    };
    let mut days = Vec::with_capacity(dates.len().unwrap_or(0));
    for (index, item) in iterable.try_iter()?.enumerate() {
        let item = item?;
        if item.is_none() {
            days.push(MISSING);
            continue;
        }
        match day_of_py_date(&item) {
            Ok(day) => days.push(day),
            // pandas.NaT is a datetime whose toordinal() raises.
            Err(_) if is_missing(&item) => days.push(MISSING),
            Err(e) => {
                return Err(PyTypeError::new_err(format!("dates: item {index}: {e}")));
            }
        }
    }
    let out = convert_column(py, days.len(), mode, |i| {
        let day = *days.get(i)?;
        (day != MISSING).then(|| jalali_from_day(day))
    })?;
    Ok(out.into_iter().map(|d| d.map(PyJalaliDate)).collect())
}

/// A numpy array of `datetime64` (not a pandas column, whose items are `Timestamp`s).
fn is_datetime64_array(column: &Bound<'_, PyAny>) -> PyResult<bool> {
    if column.hasattr("iloc")? || !column.hasattr("dtype")? {
        return Ok(false);
    }
    let kind = column.getattr("dtype")?.getattr("kind");
    Ok(kind.is_ok_and(|k| k.extract::<String>().is_ok_and(|k| k == "M")))
}

/// `array.array(typecode)` of the bytes that `fill` writes into a buffer of `len` bytes (with
/// the GIL released); `fill` reports the first bad item as `(index, error)`.
fn filled_array<'py>(
    py: Python<'py>,
    typecode: &str,
    len: usize,
    fill: impl FnOnce(&mut [u8]) -> Result<(), (usize, Error)> + Send,
) -> PyResult<Bound<'py, PyAny>> {
    let mut failure = None;
    let bytes = PyBytes::new_with(py, len, |buf| {
        failure = py.detach(|| fill(buf)).err();
        Ok(())
    })?;
    if let Some((index, err)) = failure {
        return Err(item_error(index, err));
    }
    let array = py.import("array")?.getattr("array")?.call1((typecode,))?;
    array.call_method1("frombytes", (bytes,))?;
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
    let ymd = Ymd::extract(years, months, days)?;
    let view = ymd.view();
    filled_array(py, "q", view.len() * 8, |buf| {
        for (index, out) in buf.chunks_exact_mut(8).enumerate() {
            let day = match view.date(index) {
                None => MISSING,
                Some(Ok(date)) => i64::from(date.to_day_number()),
                Some(Err(err)) if mode == OnError::Raise => return Err((index, err)),
                Some(Err(_)) => MISSING,
            };
            out.copy_from_slice(&day.to_ne_bytes());
        }
        Ok(())
    })
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
    let column = extract_ints(days, "days")?;
    let view = column.view();
    let n = view.len();
    // One buffer of three sections (years, months, days), split into three arrays below.
    let all = filled_array(py, "i", n * 12, |buf| {
        let (years, rest) = buf.split_at_mut(n * 4);
        let (months, days) = rest.split_at_mut(n * 4);
        let outs = years
            .chunks_exact_mut(4)
            .zip(months.chunks_exact_mut(4))
            .zip(days.chunks_exact_mut(4));
        for (index, ((y, m), d)) in outs.enumerate() {
            let day = view.get(index);
            let parts = match (day != MISSING).then(|| jalali_from_day(day)) {
                None => [0, 0, 0],
                Some(Ok(j)) => [j.year(), j.month(), j.day()],
                Some(Err(err)) if mode == OnError::Raise => return Err((index, err)),
                Some(Err(_)) => [0, 0, 0],
            };
            y.copy_from_slice(&parts[0].to_ne_bytes());
            m.copy_from_slice(&parts[1].to_ne_bytes());
            d.copy_from_slice(&parts[2].to_ne_bytes());
        }
        Ok(())
    })?;
    let slice = |k: usize| {
        all.get_item(PySlice::new(
            py,
            (k * n) as isize,
            ((k + 1) * n) as isize,
            1,
        ))
    };
    Ok((slice(0)?, slice(1)?, slice(2)?))
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
