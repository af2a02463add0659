//! Python wrappers for [`crate::lang`]: `Span`, `segment`, `segment_batch`, `split_by_language`.
//!
//! The core works in byte offsets; Python users slice `str` by code points, so every result is
//! converted with one forward pass of [`CharIndex`] per text. The notebook view
//! (`Segmentation._repr_html_`) lives in `python/naskh/__init__.py`, not here.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PySlice, PyString, PyTuple};

use super::offsets::CharIndex;
use crate::lang::{self, Lang};

/// One run of text in one language. `text[span.start:span.end] == span.text`.
#[pyclass(module = "naskh._naskh", name = "Span", frozen)]
pub(crate) struct PySpan {
    /// Start, a Python `str` index.
    #[pyo3(get)]
    start: usize,
    /// End (exclusive), a Python `str` index.
    #[pyo3(get)]
    end: usize,
    /// The segmented text, shared by all spans of one call (or the span's own text when the
    /// span was built by hand); `text` slices it on access, so segmenting creates no strings.
    source: Py<PyString>,
    /// Python index in `source` of index 0 of the original text.
    base: usize,
    /// The language's code (`naskh::lang::Lang::code`): `"fa"`, `"ar"`, `"en"`, `"ur"`, `"ps"`,
    /// `"ckb"`, `"sd"`, `"ug"`, `"azb"`, `"other"` or `"neutral"`.
    #[pyo3(get)]
    lang: &'static str,
}

#[pymethods]
impl PySpan {
    #[new]
    fn new(start: usize, end: usize, text: Bound<'_, PyString>, lang: &str) -> PyResult<Self> {
        let lang = Lang::from_code(lang).ok_or_else(|| {
            let codes: Vec<String> = Lang::ALL
                .iter()
                .map(|l| format!("{:?}", l.code()))
                .collect();
            PyValueError::new_err(format!(
                "lang must be one of {}, not {lang:?}",
                codes.join(", ")
            ))
        })?;
        if end.checked_sub(start) != Some(text.len()?) {
            return Err(PyValueError::new_err(format!(
                "end - start must be len(text): {end} - {start} != {}",
                text.len()?
            )));
        }
        Ok(PySpan {
            start,
            end,
            source: text.unbind(),
            base: start,
            lang: lang.code(),
        })
    }

    /// The spanned text.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let slice = PySlice::new(
            py,
            self.start.saturating_sub(self.base) as isize,
            self.end.saturating_sub(self.base) as isize,
            1,
        );
        self.source.bind(py).as_any().get_item(slice)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Span(start={}, end={}, text={}, lang='{}')",
            self.start,
            self.end,
            self.text(py)?.repr()?,
            self.lang
        ))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<PySpan>() else {
            return Ok(false);
        };
        let py = other.py();
        let o = other.get();
        Ok(self.start == o.start
            && self.end == o.end
            && self.lang == o.lang
            && self.text(py)?.eq(o.text(py)?)?)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        (self.start, self.end, self.lang, self.text(py)?)
            .into_pyobject(py)?
            .hash()
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
                s.text(py)?,
                PyString::new(py, s.lang).into_any(),
            ],
        )?;
        Ok((slf.get_type().into_any(), args))
    }
}

/// Core call: byte-offset spans, resolved or merged if asked.
fn spans_of(text: &str, merge: bool, resolve: bool) -> Vec<lang::Span> {
    if resolve {
        lang::segment_resolved(text)
    } else if merge {
        lang::segment_merged(text)
    } else {
        lang::segment(text)
    }
}

/// Byte spans → a Python list of `Span` (one forward pass over the text). `source` is the
/// Python string `text` was read from.
pub(crate) fn to_py_spans<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyString>,
    text: &str,
    spans: &[lang::Span],
) -> PyResult<Bound<'py, PyList>> {
    py_span_list(py, source, &char_spans(text, spans))
}

/// Byte spans → `(start, end, language code)` in Python `str` indices: the part of
/// [`to_py_spans`] that needs no Python (batches do it on the pool, without the GIL).
pub(crate) fn char_spans(text: &str, spans: &[lang::Span]) -> Vec<(usize, usize, &'static str)> {
    let mut idx = CharIndex::new(text);
    spans
        .iter()
        .map(|s| {
            (
                idx.index(s.range.start),
                idx.index(s.range.end),
                s.lang.code(),
            )
        })
        .collect()
}

/// The Python list of `Span` of [`char_spans`] over `source`.
pub(crate) fn py_span_list<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyString>,
    spans: &[(usize, usize, &'static str)],
) -> PyResult<Bound<'py, PyList>> {
    let items = spans.iter().map(|&(start, end, lang)| {
        Bound::new(
            py,
            PySpan {
                start,
                end,
                source: source.clone().unbind(),
                base: 0,
                lang,
            },
        )
    });
    let items: Vec<Bound<'py, PySpan>> = items.collect::<PyResult<_>>()?;
    PyList::new(py, items)
}

/// Splits `text` into language spans that tile it (`merge_neutral=True`: neutral runs between
/// two spans of one language are absorbed into them; `resolve_neutral=True`: every neutral run
/// is given to a language, see [`crate::lang::segment_resolved`]).
#[pyfunction]
#[pyo3(signature = (text, merge_neutral = false, resolve_neutral = false))]
fn segment<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    merge_neutral: bool,
    resolve_neutral: bool,
) -> PyResult<Bound<'py, PyList>> {
    let source = text;
    let text = text.to_cow()?;
    let text: &str = &text;
    let spans = py.detach(|| spans_of(text, merge_neutral, resolve_neutral));
    to_py_spans(py, source, text, &spans)
}

/// [`segment`] over a column of `str | None` (None stays None), on naskh's thread pool with
/// the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, merge_neutral = false, resolve_neutral = false))]
fn segment_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    merge_neutral: bool,
    resolve_neutral: bool,
) -> PyResult<Bound<'py, PyList>> {
    let super::batch::Column { texts, sources } = super::batch::extract_column(texts)?;
    // Segmentation and the byte → `str` index conversion on the pool; only the `Span` objects
    // are built with the GIL held, over the caller's own strings.
    let results = py.detach(|| {
        crate::parallel::map(&texts, |t| {
            t.as_deref()
                .map(|t| char_spans(t, &spans_of(t, merge_neutral, resolve_neutral)))
        })
    });
    let out = PyList::empty(py);
    for (source, spans) in sources.iter().zip(&results) {
        match (source, spans) {
            (Some(source), Some(spans)) => out.append(py_span_list(py, source, spans)?)?,
            _ => out.append(py.None())?,
        }
    }
    Ok(out)
}

/// The text of each language (`"fa"`, `"ar"`, `"en"`, `"other"`), losing nothing but the
/// whitespace between languages; see
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
    // the codes text can be given to, and every label's name: one source, `Lang`
    let codes: Vec<&str> = Lang::LANGUAGES.iter().map(|l| l.code()).collect();
    m.add("LANGUAGES", PyTuple::new(m.py(), codes)?)?;
    let names = PyDict::new(m.py());
    for lang in Lang::ALL {
        names.set_item(lang.code(), lang.name())?;
    }
    m.add("_LANGUAGE_NAMES", names)?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(segment_batch, m)?)?;
    m.add_function(wrap_pyfunction!(split_by_language, m)?)?;
    Ok(())
}
