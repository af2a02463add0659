//! The pyo3 glue (feature `python`): argument conversion, GIL release and exceptions only.
//! No text logic lives here; every function calls straight into the Rust core.

use pyo3::prelude::*;

mod batch;
mod calendar;
mod clean;
#[cfg(feature = "cli")]
mod cli;
mod dates;
mod digits;
mod errors;
mod lang;
mod normalize;
mod offsets;
mod robust;

/// The extension module `naskh._naskh`.
#[pymodule]
fn _naskh(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", crate::VERSION)?;
    errors::register(m)?;
    digits::register(m)?;
    calendar::register(m)?;
    lang::register(m)?;
    dates::register(m)?;
    normalize::register(m)?;
    clean::register(m)?;
    robust::register(m)?;
    #[cfg(feature = "cli")]
    cli::register(m)?;
    Ok(())
}
