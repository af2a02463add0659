//! Python wrappers for [`crate::lang`]: `Span`, `segment`, `segment_batch`, `split_by_language`.
//!
//! The core works in byte offsets; Python users slice `str` by code points, so every result is
//! converted with one forward pass of [`CharIndex`] per text. The notebook view
//! (`Segmentation._repr_html_`) lives in `python/naskh/__init__.py`, not here.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};

use super::offsets::CharIndex;
use crate::lang::{self, Lang};

/// One run of text in one language. `text[span.start:span.end] == span.text`.
#[pyclass(module = "naskh._naskh", name = "Span", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct PySpan {
    /// Start, a Python `str` index.
    #[pyo3(get)]
    start: usize,
    /// End (exclusive), a Python `str` index.
    #[pyo3(get)]
    end: usize,
    /// The spanned text.
    #[pyo3(get)]
    text: String,
    /// `"fa"`, `"ar"`, `"en"`, `"other"` or `"neutral"`.
    #[pyo3(get)]
    lang: &'static str,
}

fn lang_from_code(code: &str) -> Option<Lang> {
    [
        Lang::Persian,
        Lang::Arabic,
        Lang::English,
        Lang::Other,
        Lang::Neutral,
    ]
    .into_iter()
    .find(|l| l.code() == code)
}

#[pymethods]
impl PySpan {
    #[new]
    fn new(start: usize, end: usize, text: String, lang: &str) -> PyResult<Self> {
        let lang = lang_from_code(lang).ok_or_else(|| {
            PyValueError::new_err(format!(
                "lang must be one of 'fa', 'ar', 'en', 'other', 'neutral', not {lang:?}"
            ))
        })?;
        Ok(PySpan {
            start,
            end,
            text,
            lang: lang.code(),
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "Span(start={}, end={}, text={:?}, lang='{}')",
            self.start, self.end, self.text, self.lang
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let s = slf.get();
        let args = PyTuple::new(
            py,
            [
                s.start.into_pyobject(py)?.into_any(),
                s.end.into_pyobject(py)?.into_any(),
                PyString::new(py, &s.text).into_any(),
                PyString::new(py, s.lang).into_any(),
            ],
        )?;
        Ok((slf.get_type().into_any(), args))
    }
}

/// Core call: byte-offset spans, merged if asked.
fn spans_of(text: &str, merge: bool) -> Vec<lang::Span> {
    let spans = lang::segment(text);
    if merge {
        lang::merge_neutral(&spans)
    } else {
        spans
    }
}

/// Byte spans → Python spans (one forward pass over the text).
fn to_py_spans(text: &str, spans: &[lang::Span]) -> Vec<PySpan> {
    let mut idx = CharIndex::new(text);
    spans
        .iter()
        .map(|s| {
            let start = idx.index(s.range.start);
            let end = idx.index(s.range.end);
            PySpan {
                start,
                end,
                text: text.get(s.range.clone()).unwrap_or_default().to_owned(),
                lang: s.lang.code(),
            }
        })
        .collect()
}

/// Splits `text` into language spans that tile it (`merge_neutral=True`: neutral runs between
/// two spans of one language are absorbed into them).
#[pyfunction]
#[pyo3(signature = (text, merge_neutral = false))]
fn segment(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    merge_neutral: bool,
) -> PyResult<Vec<PySpan>> {
    let text = text.to_cow()?;
    let text: &str = &text;
    Ok(py.detach(|| to_py_spans(text, &spans_of(text, merge_neutral))))
}

/// [`segment`] over a column of `str | None` (None stays None), on naskh's thread pool with
/// the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, merge_neutral = false))]
fn segment_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    merge_neutral: bool,
) -> PyResult<Vec<Option<Vec<PySpan>>>> {
    let column = super::batch::extract_texts(texts)?;
    Ok(py.detach(|| {
        crate::parallel::map(&column, |t| {
            t.as_deref()
                .map(|t| to_py_spans(t, &spans_of(t, merge_neutral)))
        })
    }))
}

/// The text of each language (`"fa"`, `"ar"`, `"en"`, `"other"`), see
/// [`crate::lang::split_by_language`].
#[pyfunction]
fn split_by_language<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyDict>> {
    let text = text.to_cow()?;
    let text: &str = &text;
    let parts = py.detach(|| lang::split_by_language(text));
    let dict = PyDict::new(py);
    for (lang, part) in parts {
        dict.set_item(lang.code(), part)?;
    }
    Ok(dict)
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PySpan>()?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(segment_batch, m)?)?;
    m.add_function(wrap_pyfunction!(split_by_language, m)?)?;
    Ok(())
}
