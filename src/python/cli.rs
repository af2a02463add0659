//! The `naskh` console script of the Python package: runs the Rust CLI in-process.

use pyo3::prelude::*;

/// Runs the `naskh` command line with `argv` (including the program name) and returns the exit
/// status. The GIL is released while it runs.
#[pyfunction]
fn _run_cli(py: Python<'_>, argv: Vec<String>) -> u8 {
    py.detach(|| crate::cli::run(argv))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_run_cli, m)?)?;
    Ok(())
}
