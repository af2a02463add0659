//! Batch inputs from Python: lists, tuples, pandas Series, pyarrow arrays — nullable.
//!
//! Every `*_batch` function runs through [`map_column`]: the column is read in chunks with the
//! GIL held (a bad item is reported with its index), each chunk runs on naskh's own thread pool
//! ([`crate::parallel`]), and the Python results of the chunks that are done are built on the
//! calling thread while the pool works on the next ones.

use std::cell::RefCell;
use std::collections::VecDeque;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyFloat, PyIterator, PyList, PyString};

/// A chunk of a column holds at most this many items…
const CHUNK_ITEMS: usize = 256;
/// …and stops growing once its texts reach this many bytes.
const CHUNK_BYTES: usize = 64 * 1024;

/// Runs `work` over a column of texts and hands each item's result to `build`, in order:
/// `None` for a missing item, else the caller's own `str` and what `work` gave for it.
///
/// The column is any iterable of `str | None` (list, tuple, pandas Series, numpy object
/// array) or a pyarrow array (via `to_pylist`); missing values — `None`, NaN, `pandas.NA` —
/// are `None`. Anything else raises `TypeError`, and a `str` that cannot be UTF-8 (a lone
/// surrogate) `ValueError`, naming the item's index; nothing after it is read or built.
///
/// The column is read in chunks with the GIL held, and the pool's threads start on the chunks
/// while the rest is read; then `build` runs on the calling thread for each chunk that is done
/// while the pool works on the next ones, and the calling thread runs a chunk itself when none
/// is done ([`crate::parallel::map_ordered`]). The GIL is released while this thread runs a
/// chunk or waits for one.
pub(crate) fn map_column<'py, R: Send>(
    column: &Bound<'py, PyAny>,
    work: impl Fn(&str) -> R + Sync,
    mut build: impl FnMut(Option<(&Bound<'py, PyString>, R)>) -> PyResult<()>,
) -> PyResult<()> {
    let py = column.py();
    let mut items = read_column(column)?;
    // The Python strings of the chunks read and not yet built, oldest first.
    let sources = RefCell::new(VecDeque::<Vec<Option<Bound<'py, PyString>>>>::new());
    let chunks = std::iter::from_fn(|| {
        let mut texts = Vec::new();
        let mut strs = Vec::new();
        let mut bytes = 0;
        while texts.len() < CHUNK_ITEMS && bytes < CHUNK_BYTES {
            let Some(item) = items.next() else {
                break;
            };
            match item {
                Err(e) => return Some(Err(e)),
                Ok(None) => {
                    texts.push(None);
                    strs.push(None);
                }
                Ok(Some((s, text))) => {
                    bytes += text.len();
                    texts.push(Some(text));
                    strs.push(Some(s));
                }
            }
        }
        if texts.is_empty() {
            return None;
        }
        sources.borrow_mut().push_back(strs);
        Some(Ok(texts))
    });
    crate::parallel::map_ordered(
        chunks,
        // The texts go back with the results, to be freed by the thread that allocated them,
        // with the GIL held: they are Python objects (the UTF-8 of each `str`, borrowed without
        // a copy), and freeing on another thread is an allocator's slow path anyway.
        |texts: Vec<Option<PyBackedStr>>| -> (Vec<Option<R>>, Vec<Option<PyBackedStr>>) {
            let results = texts.iter().map(|t| t.as_deref().map(&work)).collect();
            (results, texts)
        },
        |f| py.detach(f),
        |(results, _texts)| {
            let strs = sources.borrow_mut().pop_front().unwrap_or_default();
            debug_assert_eq!(strs.len(), results.len());
            for (s, r) in strs.iter().zip(results) {
                build(s.as_ref().zip(r))?;
            }
            Ok(())
        },
    )
}

/// The items of a column, read one at a time: `None` for a missing value, else the `str`
/// and its UTF-8 text (held by Python: the `str` itself, or its UTF-8 encoding under the
/// Python 3.9 stable ABI — no copy into Rust).
struct Items<'py> {
    iter: Bound<'py, PyIterator>,
    index: usize,
    done: bool,
}

impl<'py> Iterator for Items<'py> {
    type Item = PyResult<Option<(Bound<'py, PyString>, PyBackedStr)>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let item = match self.iter.next() {
            None => {
                self.done = true;
                return None;
            }
            Some(Err(e)) => {
                self.done = true;
                return Some(Err(e));
            }
            Some(Ok(item)) => item,
        };
        let index = self.index;
        self.index += 1;
        // (`str` first: it is nearly every item, and `is_missing` asks for the type's name.)
        let read = if item.is_none() {
            Ok(None)
        } else if let Ok(s) = item.cast::<PyString>() {
            let s = s.clone();
            // A lone surrogate cannot become UTF-8: say which item has it.
            match super::utf8(&s) {
                Ok(text) => Ok(Some((s, text))),
                Err(err) => {
                    let e = PyValueError::new_err(format!("item {index}: {err}"));
                    e.set_cause(self.iter.py(), Some(err));
                    Err(e)
                }
            }
        } else if is_missing(&item) {
            Ok(None)
        } else {
            Err(PyTypeError::new_err(format!(
                "item {index} is {}, expected str or None",
                type_name(&item)
            )))
        };
        if read.is_err() {
            self.done = true;
        }
        Some(read)
    }
}

/// Starts reading a column (see [`map_column`]).
fn read_column<'py>(column: &Bound<'py, PyAny>) -> PyResult<Items<'py>> {
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
            type_name(column)
        ))
    })?;
    Ok(Items {
        iter,
        index: 0,
        done: false,
    })
}

fn type_name(item: &Bound<'_, PyAny>) -> String {
    item.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// [`map_column`] into a Python list: `None` for a missing item, else what `build` makes of
/// the item's `str` and `work`'s result.
pub(crate) fn map_list<'py, R: Send, T: IntoPyObject<'py>>(
    column: &Bound<'py, PyAny>,
    work: impl Fn(&str) -> R + Sync,
    mut build: impl FnMut(&Bound<'py, PyString>, R) -> PyResult<T>,
) -> PyResult<Bound<'py, PyList>> {
    let py = column.py();
    let out = PyList::empty(py);
    map_column(column, work, |item| match item {
        Some((source, result)) => out.append(build(source, result)?),
        None => out.append(py.None()),
    })?;
    Ok(out)
}

/// [`map_list`] for a text transform: the caller's own `str` where `work` gives `None`
/// (nothing changed: no Python string built for it), a new `str` otherwise.
pub(crate) fn map_texts<'py>(
    column: &Bound<'py, PyAny>,
    work: impl Fn(&str) -> Option<String> + Sync,
) -> PyResult<Bound<'py, PyList>> {
    let py = column.py();
    map_list(column, work, |source, changed| {
        Ok(match changed {
            Some(changed) => PyString::new(py, &changed),
            None => source.clone(),
        })
    })
}

/// NaN floats and `pandas.NA` are missing values in pandas columns.
fn is_missing(item: &Bound<'_, PyAny>) -> bool {
    if let Ok(f) = item.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    item.get_type().name().is_ok_and(|n| n == "NAType")
}
