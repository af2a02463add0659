//! The pyo3 glue (feature `python`): argument conversion, GIL release and exceptions only.
//! No text logic lives here; every function calls straight into the Rust core.

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;

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

/// The extension's Rust allocations come from mimalloc: batches allocate on the pool's threads
/// and free on the caller's, which glibc's malloc serializes behind its arena locks
/// (README, "Speed": `bench/run.sh --only batches`).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in `mimalloc.h` (v2 and v3): how many milliseconds freed memory is
/// kept before it goes back to the system.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system at once: a huge record's buffers are freed while the
/// next ones grow, and with mimalloc's default delay (10 ms) both counted in the peak
/// (`naskh.clean` of a 25 MB text grew the process by 306–321 MB, over the bound of
/// `tests/python/test_memory.py`, which so also checks that option 15 is this one). The
/// batches' speed is the same either way.
#[allow(unsafe_code)]
fn return_freed_memory_at_once() {
    // SAFETY: sets one of mimalloc's global options, an atomic store; any value is valid.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
    debug_assert_eq!(
        // SAFETY: reads the option back.
        unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) },
        0
    );
}

/// The UTF-8 text of a Python `str`, held by Python (the `str` itself, or its UTF-8 encoding
/// under the Python 3.9 stable ABI the wheel is built for) rather than copied into a `String`.
/// A `str` that cannot be UTF-8 (a lone surrogate) raises `UnicodeEncodeError`, a `ValueError`.
pub(crate) fn utf8(text: &Bound<'_, PyString>) -> PyResult<PyBackedStr> {
    PyBackedStr::try_from(text.clone())
}

/// The extension module `naskh._naskh`.
#[pymodule]
fn _naskh(m: &Bound<'_, PyModule>) -> PyResult<()> {
    return_freed_memory_at_once();
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
