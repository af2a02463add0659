//! Python wrappers for [`crate::digits`].

use std::borrow::Cow;

use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::digits::{self, DigitAlphabet};

/// Converts `text`; when nothing changes, hands back the very same `str` object (no copy).
fn convert<'py>(
    text: &Bound<'py, PyString>,
    alphabet: DigitAlphabet,
) -> PyResult<Bound<'py, PyString>> {
    let s = super::utf8(text)?;
    Ok(match digits::convert(&s, alphabet) {
        Cow::Borrowed(_) => text.clone(),
        Cow::Owned(new) => PyString::new(text.py(), &new),
    })
}

/// Persian and Arabic-Indic digits (and ٫ ٬ ٪) to ASCII.
#[pyfunction]
fn to_ascii_digits<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    convert(text, DigitAlphabet::Ascii)
}

/// ASCII and Arabic-Indic digits to Persian digits.
#[pyfunction]
fn to_persian_digits<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    convert(text, DigitAlphabet::Persian)
}

/// ASCII and Persian digits to Arabic-Indic digits.
#[pyfunction]
fn to_arabic_digits<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    convert(text, DigitAlphabet::ArabicIndic)
}

/// Converts a column (see [`super::batch::map_column`]) on naskh's thread pool; an item with
/// nothing to convert comes back as the caller's own `str`.
fn convert_batch<'py>(
    texts: &Bound<'py, PyAny>,
    alphabet: DigitAlphabet,
) -> PyResult<Bound<'py, PyList>> {
    super::batch::map_texts(texts, |t| match digits::convert(t, alphabet) {
        Cow::Borrowed(_) => None,
        Cow::Owned(new) => Some(new),
    })
}

/// [`to_ascii_digits`] over a column of `str | None`.
#[pyfunction]
fn to_ascii_digits_batch<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    convert_batch(texts, DigitAlphabet::Ascii)
}

/// [`to_persian_digits`] over a column of `str | None`.
#[pyfunction]
fn to_persian_digits_batch<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    convert_batch(texts, DigitAlphabet::Persian)
}

/// [`to_arabic_digits`] over a column of `str | None`.
#[pyfunction]
fn to_arabic_digits_batch<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    convert_batch(texts, DigitAlphabet::ArabicIndic)
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(to_ascii_digits, m)?)?;
    m.add_function(wrap_pyfunction!(to_persian_digits, m)?)?;
    m.add_function(wrap_pyfunction!(to_arabic_digits, m)?)?;
    m.add_function(wrap_pyfunction!(to_ascii_digits_batch, m)?)?;
    m.add_function(wrap_pyfunction!(to_persian_digits_batch, m)?)?;
    m.add_function(wrap_pyfunction!(to_arabic_digits_batch, m)?)?;
    Ok(())
}
