//! A test hook for the Python boundary. naskh's Rust code is built never to panic, so nothing
//! public can show what a panic would become in Python; `_panic_for_tests` panics on purpose
//! (on the calling thread, or inside naskh's thread pool as a batch function would) so that
//! `tests/python/test_robustness.py` can check that it surfaces as an exception and never
//! aborts the interpreter.

use pyo3::prelude::*;

/// Panics on purpose, with the GIL released; `in_pool` panics inside a pool worker.
#[pyfunction]
#[allow(clippy::panic)]
fn _panic_for_tests(py: Python<'_>, in_pool: bool) {
    py.detach(|| {
        if in_pool {
            let items = [0u8; 8];
            let _: Vec<()> =
                crate::parallel::map(&items, |_| panic!("deliberate panic in the pool"));
        }
        panic!("deliberate panic on the calling thread");
    })
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    Ok(())
}
