//! Batch inputs from Python: lists, tuples, pandas Series, pyarrow arrays — nullable.
//!
//! Every `*_batch` function extracts its column here while holding the GIL (so a bad item is
//! reported with its index before any work starts), then runs the core on naskh's own thread
//! pool with the GIL released ([`crate::parallel`]), then builds Python objects.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyList, PyString};

/// Extracts a column of texts. Accepts any iterable of `str | None` (list, tuple, pandas Series,
/// numpy object array) and pyarrow arrays (via `to_pylist`). Missing values — `None`, NaN,
/// `pandas.NA` — become `None`. Anything else raises `TypeError` naming the index of the item.
pub(crate) fn extract_texts(column: &Bound<'_, PyAny>) -> PyResult<Vec<Option<String>>> {
    Ok(read_column(column, false)?.texts)
}

/// A column read by [`extract_column`]: each item's text, and the Python string it came from
/// (so results that point into it need not build it again).
pub(crate) struct Column<'py> {
    pub(crate) texts: Vec<Option<String>>,
    pub(crate) sources: Vec<Option<Bound<'py, PyString>>>,
}

/// [`extract_texts`], keeping the Python strings too.
pub(crate) fn extract_column<'py>(column: &Bound<'py, PyAny>) -> PyResult<Column<'py>> {
    read_column(column, true)
}

/// Reads a column; `sources` stays empty unless `keep_sources` (the other batches need only
/// the texts).
fn read_column<'py>(column: &Bound<'py, PyAny>, keep_sources: bool) -> PyResult<Column<'py>> {
    if column.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "expected a sequence of str (list, tuple, pandas Series, pyarrow array), got a single str; wrap it in a list",
        ));
    }
    if column.is_instance_of::<pyo3::types::PyBytes>() {
        return Err(PyTypeError::new_err(
            "expected a sequence of str, got bytes",
        ));
    }
    let iterable = if column.hasattr("to_pylist")? && !column.hasattr("iloc")? {
        column.call_method0("to_pylist")?
    } else {
        column.clone()
    };
    let iter = iterable.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "expected a sequence of str, got {}",
            column
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| "?".into())
        ))
    })?;
    let mut out = Vec::with_capacity(column.len().unwrap_or(0));
    let mut sources = Vec::with_capacity(if keep_sources { out.capacity() } else { 0 });
    for (index, item) in iter.enumerate() {
        let item = item?;
        if item.is_none() || is_missing(&item) {
            out.push(None);
            if keep_sources {
                sources.push(None);
            }
        } else if let Ok(s) = item.cast::<PyString>() {
            // A lone surrogate cannot become UTF-8: say which item has it.
            let text = s.to_cow().map_err(|err| {
                let e = PyValueError::new_err(format!("item {index}: {err}"));
                e.set_cause(column.py(), Some(err));
                e
            })?;
            out.push(Some(text.into_owned()));
            if keep_sources {
                sources.push(Some(s.clone()));
            }
        } else {
            let type_name = item
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| "?".into());
            return Err(PyTypeError::new_err(format!(
                "item {index} is {type_name}, expected str or None"
            )));
        }
    }
    Ok(Column {
        texts: out,
        sources,
    })
}

/// The results of a text transform over a column read by [`extract_column`], as a Python list:
/// `None` for a missing item, the caller's own `str` where the transform changed nothing
/// (`Some(None)`: no Python string built for it), a new `str` otherwise.
pub(crate) fn same_or_new_list<'py>(
    py: Python<'py>,
    sources: &[Option<Bound<'py, PyString>>],
    results: Vec<Option<Option<String>>>,
) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for (source, result) in sources.iter().zip(results) {
        match (source, result) {
            (Some(_), Some(Some(changed))) => out.append(PyString::new(py, &changed))?,
            (Some(source), Some(None)) => out.append(source)?,
            _ => out.append(py.None())?,
        }
    }
    Ok(out)
}

/// NaN floats and `pandas.NA` are missing values in pandas columns.
fn is_missing(item: &Bound<'_, PyAny>) -> bool {
    if let Ok(f) = item.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    item.get_type().name().is_ok_and(|n| n == "NAType")
}
