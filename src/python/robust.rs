//! A test hook for the Python boundary. naskh's Rust code is built never to panic, so nothing
//! public can show what a panic would become in Python; `_panic_for_tests` panics on purpose
//! (on the calling thread, or in a batch's work as a batch function would) so that
//! `tests/python/test_robustness.py` can check that it surfaces as an exception and never
//! aborts the interpreter.

use pyo3::prelude::*;
use pyo3::types::PyList;

/// Panics on purpose, with the GIL released; `in_pool` panics in a batch's work instead, in
/// the runner every `*_batch` function uses (on a pool thread, or on the calling one).
#[pyfunction]
#[allow(clippy::panic)]
fn _panic_for_tests(py: Python<'_>, in_pool: bool) -> PyResult<()> {
    if in_pool {
        let column = PyList::new(py, ["x"; 8])?;
        super::batch::map_column(
            column.as_any(),
            |_| -> () { panic!("deliberate panic in a batch's work") },
            |_| Ok(()),
        )?;
    }
    py.detach(|| panic!("deliberate panic on the calling thread"))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    Ok(())
}
