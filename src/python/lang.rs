//! Python wrappers for [`crate::lang`]: `Span`, `segment`, `segment_batch`, `split_by_language`.
//!
//! The core works in byte offsets; Python users slice `str` by code points, so every result is
//! converted with one forward pass of [`CharIndex`] per text. The notebook view
//! (`Segmentation._repr_html_`) lives in `python/naskh/__init__.py`, not here.

use pyo3::exceptions::{PyIndexError, PyTypeError, PyValueError};
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

/// Spans that tile a text, in Python `str` indices: where each one ends and its language (an
/// index into [`Lang::ALL`]); each starts where the one before it ends. Nine bytes a span: what
/// a [`PySegmentation`] keeps instead of one Python object per span.
#[derive(Default)]
pub(crate) struct CharSpans {
    ends: Vec<usize>,
    langs: Vec<u8>,
}

impl CharSpans {
    /// Appends `span` of the text `idx` counts (spans must come in order, each starting where
    /// the last one ended).
    fn push(&mut self, idx: &mut CharIndex<'_>, span: &lang::Span) {
        debug_assert_eq!(
            idx.index(span.range.start),
            self.ends.last().copied().unwrap_or(0),
            "spans tile the text"
        );
        self.ends.push(idx.index(span.range.end));
        let lang = Lang::ALL.iter().position(|&l| l == span.lang).unwrap_or(0);
        self.langs.push(lang as u8);
    }
}

/// Byte spans that tile `text` → [`CharSpans`] (one forward pass over the text; no Python, so
/// batches do it on the pool, without the GIL).
pub(crate) fn char_spans(text: &str, spans: &[lang::Span]) -> CharSpans {
    let mut idx = CharIndex::new(text);
    let mut out = CharSpans {
        ends: Vec::with_capacity(spans.len()),
        langs: Vec::with_capacity(spans.len()),
    };
    for span in spans {
        out.push(&mut idx, span);
    }
    out
}

/// [`char_spans`] of `text`'s spans, segmented, merged or resolved as asked; plain segmenting
/// never holds the byte spans of the whole text ([`lang::segment_each`]).
pub(crate) fn segment_char_spans(text: &str, merge: bool, resolve: bool) -> CharSpans {
    if merge || resolve {
        return char_spans(text, &spans_of(text, merge, resolve));
    }
    let mut idx = CharIndex::new(text);
    let mut out = CharSpans::default();
    lang::segment_each(text, |spans| {
        for span in spans {
            out.push(&mut idx, span);
        }
    });
    out.ends.shrink_to_fit();
    out.langs.shrink_to_fit();
    out
}

/// The [`PySegmentation`] of `spans` over `source` (the Python string they index).
pub(crate) fn py_segmentation<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyString>,
    spans: CharSpans,
) -> PyResult<Bound<'py, PySegmentation>> {
    Bound::new(
        py,
        PySegmentation {
            inner: Inner::Tiling {
                source: source.clone().unbind(),
                spans,
            },
        },
    )
}

/// The spans of one text: a sequence of `Span` (indexing, slicing, iteration, `len`, `==`
/// with any sequence of spans, pickling), shown coloured in notebooks, each line in its
/// reading order. naskh keeps the spans it computed compactly (nine bytes a span) and makes a
/// `Span` object only when one is asked for, so a long text costs no Python object per word.
///
/// >>> seg = segment("سلام hello")
/// >>> [s.lang for s in seg]
/// ['fa', 'neutral', 'en']
/// >>> seg.text
/// 'سلام hello'
/// >>> seg[-1]
/// Span(start=5, end=10, text='hello', lang='en')
#[pyclass(module = "naskh._naskh", name = "Segmentation", frozen, sequence)]
pub(crate) struct PySegmentation {
    inner: Inner,
}

enum Inner {
    /// Spans computed by naskh, tiling `source` from its start.
    Tiling {
        source: Py<PyString>,
        spans: CharSpans,
    },
    /// Spans given one by one (`Segmentation(spans)`, or unpickled).
    Given(Vec<Py<PySpan>>),
}

impl PySegmentation {
    fn len(&self) -> usize {
        match &self.inner {
            Inner::Tiling { spans, .. } => spans.ends.len(),
            Inner::Given(items) => items.len(),
        }
    }

    /// The span at `i` (`i < len`).
    fn get<'py>(&self, py: Python<'py>, i: usize) -> PyResult<Bound<'py, PySpan>> {
        match &self.inner {
            Inner::Tiling { source, spans } => {
                let start = match i.checked_sub(1) {
                    Some(j) => spans.ends.get(j).copied().unwrap_or(0),
                    None => 0,
                };
                let end = spans.ends.get(i).copied().unwrap_or(start);
                let lang = spans
                    .langs
                    .get(i)
                    .and_then(|&l| Lang::ALL.get(usize::from(l)))
                    .copied()
                    .unwrap_or(Lang::Neutral);
                Bound::new(
                    py,
                    PySpan {
                        start,
                        end,
                        source: source.clone_ref(py),
                        base: 0,
                        lang: lang.code(),
                    },
                )
            }
            Inner::Given(items) => match items.get(i) {
                Some(item) => Ok(item.bind(py).clone()),
                None => Err(PyIndexError::new_err("Segmentation index out of range")),
            },
        }
    }

    fn list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items: Vec<Bound<'py, PySpan>> = (0..self.len())
            .map(|i| self.get(py, i))
            .collect::<PyResult<_>>()?;
        PyList::new(py, items)
    }
}

#[pymethods]
impl PySegmentation {
    /// A segmentation of the given spans (any iterable of `Span`).
    #[new]
    #[pyo3(signature = (spans = None))]
    fn new(spans: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let mut items = Vec::new();
        if let Some(spans) = spans {
            for item in spans.try_iter()? {
                let item = item?;
                let span = item.cast::<PySpan>().map_err(|_| {
                    PyTypeError::new_err(format!(
                        "a Segmentation holds Span objects, not {}",
                        item.get_type()
                            .name()
                            .map_or_else(|_| "?".into(), |n| n.to_string())
                    ))
                })?;
                items.push(span.clone().unbind());
            }
        }
        Ok(PySegmentation {
            inner: Inner::Given(items),
        })
    }

    fn __len__(&self) -> usize {
        self.len()
    }

    fn __getitem__<'py>(
        &self,
        py: Python<'py>,
        index: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let len = self.len();
        if let Ok(slice) = index.cast::<PySlice>() {
            let ix = slice.indices(len as isize)?;
            let mut items = Vec::with_capacity(ix.slicelength);
            let mut i = ix.start;
            for _ in 0..ix.slicelength {
                items.push(self.get(py, i as usize)?);
                i += ix.step;
            }
            return Ok(PyList::new(py, items)?.into_any());
        }
        let i: isize = index.extract()?;
        let at = if i < 0 { i + len as isize } else { i };
        if at < 0 || at as usize >= len {
            return Err(PyIndexError::new_err("Segmentation index out of range"));
        }
        Ok(self.get(py, at as usize)?.into_any())
    }

    fn __iter__(slf: Bound<'_, Self>) -> SegmentationIter {
        SegmentationIter {
            seg: slf.unbind(),
            next: 0,
        }
    }

    fn __contains__(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<bool> {
        for i in 0..self.len() {
            if self.get(py, i)?.as_any().eq(value)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The index of the first span equal to `value` from `start` to `stop` (`ValueError` if
    /// none).
    #[pyo3(signature = (value, start = 0, stop = None))]
    fn index(
        &self,
        py: Python<'_>,
        value: &Bound<'_, PyAny>,
        start: isize,
        stop: Option<isize>,
    ) -> PyResult<usize> {
        let len = self.len() as isize;
        let clamp = |i: isize| (if i < 0 { i + len } else { i }).clamp(0, len) as usize;
        for i in clamp(start)..clamp(stop.unwrap_or(len)) {
            if self.get(py, i)?.as_any().eq(value)? {
                return Ok(i);
            }
        }
        Err(PyValueError::new_err("span not in Segmentation"))
    }

    /// How many spans equal `value`.
    fn count(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<usize> {
        let mut n = 0;
        for i in 0..self.len() {
            if self.get(py, i)?.as_any().eq(value)? {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Equal to any sequence of the same spans (a `Segmentation`, a list, a tuple).
    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let not_implemented = || Ok(py.NotImplemented());
        if other.cast::<PyString>().is_ok() {
            return not_implemented();
        }
        let Ok(seq) = other.cast::<pyo3::types::PySequence>() else {
            return not_implemented();
        };
        if seq.len()? != self.len() {
            return Ok(false.into_pyobject(py)?.to_owned().into_any().unbind());
        }
        for (i, item) in seq.try_iter()?.enumerate() {
            if !self.get(py, i)?.as_any().eq(item?)? {
                return Ok(false.into_pyobject(py)?.to_owned().into_any().unbind());
            }
        }
        Ok(true.into_pyobject(py)?.to_owned().into_any().unbind())
    }

    fn __ne__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let eq = self.__eq__(py, other)?;
        let eq = eq.bind(py);
        if eq.is(py.NotImplemented()) {
            return Ok(eq.clone().unbind());
        }
        Ok((!eq.is_truthy()?)
            .into_pyobject(py)?
            .to_owned()
            .into_any()
            .unbind())
    }

    /// Unhashable, like a list.
    fn __hash__(&self) -> PyResult<isize> {
        Err(PyTypeError::new_err("unhashable type: 'Segmentation'"))
    }

    /// The segmented text (the spans' texts joined).
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match &self.inner {
            Inner::Tiling { source, spans } => {
                let end = spans.ends.last().copied().unwrap_or(0);
                let source = source.bind(py);
                if end == source.len()? {
                    return Ok(source.clone().into_any());
                }
                source
                    .as_any()
                    .get_item(PySlice::new(py, 0, end as isize, 1))
            }
            Inner::Given(items) => {
                let parts: Vec<Bound<'py, PyAny>> = items
                    .iter()
                    .map(|s| s.get().text(py))
                    .collect::<PyResult<_>>()?;
                PyString::new(py, "").call_method1("join", (parts,))
            }
        }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("Segmentation({})", self.list(py)?.repr()?))
    }

    /// The notebook view (`naskh`'s HTML renderer, in Python).
    fn _repr_html_<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let view = py.import("naskh")?.getattr("_html_view")?;
        view.call1((self.text(py)?, self.list(py)?))
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let list = slf.get().list(py)?;
        Ok((slf.get_type().into_any(), PyTuple::new(py, [list])?))
    }
}

/// An iterator over a [`PySegmentation`]'s spans.
#[pyclass(module = "naskh._naskh", name = "_SegmentationIter")]
pub(crate) struct SegmentationIter {
    seg: Py<PySegmentation>,
    next: usize,
}

#[pymethods]
impl SegmentationIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&mut self, py: Python<'py>) -> PyResult<Option<Bound<'py, PySpan>>> {
        let seg = self.seg.get();
        if self.next >= seg.len() {
            return Ok(None);
        }
        let span = seg.get(py, self.next)?;
        self.next += 1;
        Ok(Some(span))
    }
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
) -> PyResult<Bound<'py, PySegmentation>> {
    let source = text;
    let text = super::utf8(text)?;
    let text: &str = &text;
    let spans = py.detach(|| segment_char_spans(text, merge_neutral, resolve_neutral));
    py_segmentation(py, source, spans)
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
    // Segmentation and the byte → `str` index conversion on the pool; only the `Span` objects
    // are built with the GIL held, over the caller's own strings.
    super::batch::map_list(
        texts,
        |t| segment_char_spans(t, merge_neutral, resolve_neutral),
        |source, spans| py_segmentation(py, source, spans),
    )
}

/// The text of each language (`"fa"`, `"ar"`, `"en"`, `"other"`), losing nothing but the
/// whitespace between languages; see
/// [`crate::lang::split_by_language`].
#[pyfunction]
fn split_by_language<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyDict>> {
    let text = super::utf8(text)?;
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
    m.add_class::<PySegmentation>()?;
    m.add_class::<SegmentationIter>()?;
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
