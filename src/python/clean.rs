//! Python wrappers for [`crate::clean`]: `_clean` and `_clean_batch` return plain tuples that
//! `naskh.Document` (pure Python, in `python/naskh/__init__.py`) wraps, so documents pickle
//! and print like any Python object.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::dates::{matches_to_py, published_to_py};
use super::errors::to_py_err;
use super::lang::{char_spans, py_segmentation, CharSpans};
use super::normalize::PyNormalizer;
use crate::clean::{clean, CleanOptions, Document};
use crate::dates::Format;
use crate::lang::Lang;

fn options(
    normalizer: &PyNormalizer,
    date_format: &str,
    calendars: Option<Vec<String>>,
) -> PyResult<CleanOptions> {
    let format: Format = date_format.parse().map_err(to_py_err)?;
    Ok(CleanOptions::default()
        .normalizer(normalizer.inner().clone())
        .date_format(format)
        .find(super::dates::options(None, None, calendars)?))
}

/// `(text, spans, languages, dates, text_with_dates, published)` for one document cleaned from
/// the Python string `input`.
fn to_py<'py>(
    py: Python<'py>,
    input: &Bound<'py, PyString>,
    unchanged: bool,
    doc: &Document,
) -> PyResult<Bound<'py, PyTuple>> {
    to_py_with(py, input, unchanged, doc, char_spans(&doc.text, &doc.spans))
}

/// [`to_py`] with the spans already in `str` indices ([`char_spans`], which batches compute
/// on the pool). `unchanged`: the normalized text is the input's. A field that holds the same
/// text as the input or as the normalized text is that Python string again, not a copy (most
/// pages need no normalization and hold no date).
fn to_py_with<'py>(
    py: Python<'py>,
    input: &Bound<'py, PyString>,
    unchanged: bool,
    doc: &Document,
    spans: CharSpans,
) -> PyResult<Bound<'py, PyTuple>> {
    let text = if unchanged {
        input.clone()
    } else {
        PyString::new(py, &doc.text)
    };
    let same_or_new = |s: &str| {
        if s == doc.text {
            text.clone()
        } else {
            PyString::new(py, s)
        }
    };
    let spans = py_segmentation(py, &text, spans)?;
    let languages = PyDict::new(py);
    for lang in Lang::LANGUAGES {
        if let Some(t) = doc.languages.get(&lang) {
            languages.set_item(lang.code(), same_or_new(t))?;
        }
    }
    let dates = PyList::new(py, matches_to_py(&doc.text, &doc.dates))?;
    let with_dates = same_or_new(&doc.text_with_dates);
    PyTuple::new(
        py,
        [
            text.into_any(),
            spans.into_any(),
            languages.into_any(),
            dates.into_any(),
            with_dates.into_any(),
            match &doc.published {
                Some(p) => Bound::new(py, published_to_py(&doc.text, p))?.into_any(),
                None => py.None().into_bound(py),
            },
        ],
    )
}

/// Cleans one text; the GIL is released while the pipeline runs.
#[pyfunction]
#[pyo3(signature = (text, normalizer, date_format, calendars = None))]
fn _clean<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    normalizer: PyRef<'py, PyNormalizer>,
    date_format: &str,
    calendars: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyTuple>> {
    let opts = options(&normalizer, date_format, calendars)?;
    let input = super::utf8(text)?;
    let doc = py.detach(|| clean(&input, &opts));
    to_py(py, text, doc.text == *input, &doc)
}

/// Cleans a column (see `batch::map_column`) on naskh's pool; each document is built by
/// calling `wrap` with the six fields (`naskh.Document`), as soon as its chunk is done.
#[pyfunction]
#[pyo3(signature = (texts, normalizer, date_format, calendars, wrap))]
fn _clean_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    normalizer: PyRef<'py, PyNormalizer>,
    date_format: &str,
    calendars: Option<Vec<String>>,
    wrap: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let opts = options(&normalizer, date_format, calendars)?;
    super::batch::map_list(
        texts,
        |t| {
            let doc = clean(t, &opts);
            let spans = char_spans(&doc.text, &doc.spans);
            let unchanged = doc.text == t;
            (doc, spans, unchanged)
        },
        |source, (doc, spans, unchanged)| {
            wrap.call1(to_py_with(py, source, unchanged, &doc, spans)?)
        },
    )
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_clean, m)?)?;
    m.add_function(wrap_pyfunction!(_clean_batch, m)?)?;
    Ok(())
}
