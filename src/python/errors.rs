//! Python exceptions: `NaskhError(ValueError)` and its subclasses, and the mapping from
//! [`crate::Error`].

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

create_exception!(
    naskh,
    NaskhError,
    PyValueError,
    "Base class of every error naskh raises."
);
create_exception!(
    naskh,
    InvalidDateError,
    NaskhError,
    "A date that does not exist in its calendar."
);
create_exception!(
    naskh,
    InvalidOptionError,
    NaskhError,
    "An option with a value naskh does not accept."
);
create_exception!(
    naskh,
    ParseError,
    NaskhError,
    "Text that could not be parsed as the value asked for."
);

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("NaskhError", py.get_type::<NaskhError>())?;
    m.add("InvalidDateError", py.get_type::<InvalidDateError>())?;
    m.add("InvalidOptionError", py.get_type::<InvalidOptionError>())?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    Ok(())
}

/// Turns a core error into the matching Python exception.
#[allow(dead_code)]
pub(crate) fn to_py_err(err: crate::Error) -> PyErr {
    use crate::Error;
    let msg = err.to_string();
    match err {
        Error::DateOutOfRange { .. } => InvalidDateError::new_err(msg),
        Error::InvalidOption { .. } => InvalidOptionError::new_err(msg),
        Error::Parse { .. } => ParseError::new_err(msg),
        Error::InvalidSpan { .. } => NaskhError::new_err(msg),
    }
}
