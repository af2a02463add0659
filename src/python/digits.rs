//! Python wrappers for [`crate::digits`].

use pyo3::prelude::*;

use crate::digits;

/// Persian and Arabic-Indic digits (and ٫ ٬ ٪) to ASCII.
#[pyfunction]
fn to_ascii_digits(text: &str) -> String {
    digits::to_ascii(text).into_owned()
}

/// ASCII and Arabic-Indic digits to Persian digits.
#[pyfunction]
fn to_persian_digits(text: &str) -> String {
    digits::to_persian(text).into_owned()
}

/// ASCII and Persian digits to Arabic-Indic digits.
#[pyfunction]
fn to_arabic_digits(text: &str) -> String {
    digits::to_arabic_indic(text).into_owned()
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(to_ascii_digits, m)?)?;
    m.add_function(wrap_pyfunction!(to_persian_digits, m)?)?;
    m.add_function(wrap_pyfunction!(to_arabic_digits, m)?)?;
    Ok(())
}
