//! Python wrappers for [`crate::normalize`]: `normalize()`, and the reusable, picklable
//! `Normalizer` class with `normalize`, `normalize_with_offsets` and `normalize_batch`.
//!
//! Options arrive as keyword arguments: `preset=` plus any option by name. An unknown name is a
//! `TypeError` (as for any Python function); a known name with a bad value is an
//! `InvalidOptionError`.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString, PyTuple};

use crate::normalize::{DigitMode, Normalized, Normalizer, Preset};

use super::errors::to_py_err;
use super::offsets::CharIndex;

/// Texts longer than this are normalized with the GIL released.
const DETACH_BYTES: usize = 4096;

/// Builds a normalizer from `preset` and keyword options.
fn build(preset: &str, options: Option<&Bound<'_, PyDict>>) -> PyResult<(Preset, Normalizer)> {
    let preset: Preset = preset.parse().map_err(to_py_err)?;
    let mut n = Normalizer::preset(preset);
    if let Some(options) = options {
        for (key, value) in options.iter() {
            let name: String = key.extract()?;
            n = set(n, &name, &value)?;
        }
    }
    Ok((preset, n))
}

fn set(n: Normalizer, name: &str, value: &Bound<'_, PyAny>) -> PyResult<Normalizer> {
    let invalid = |expected: &str| {
        to_py_err(crate::Error::InvalidOption {
            name: name.into(),
            value: value
                .repr()
                .map(|r| r.to_string())
                .unwrap_or_else(|_| "?".into()),
            expected: expected.into(),
        })
    };
    if name == "digits" {
        let s = value
            .cast::<PyString>()
            .map_err(|_| invalid("'keep', 'ascii' or 'native'"))?
            .to_cow()?;
        return Ok(n.digits(s.parse::<DigitMode>().map_err(to_py_err)?));
    }
    if n.get_bool(name).is_none() {
        return Err(PyTypeError::new_err(format!(
            "unexpected keyword argument {name:?}; options are preset, digits, {}",
            Normalizer::BOOL_OPTIONS.join(", ")
        )));
    }
    let on = value
        .cast::<PyBool>()
        .map_err(|_| invalid("True or False"))?
        .is_true();
    n.set_bool(name, on).map_err(to_py_err)
}

/// Runs `f` on `text`, with the GIL released when the text is long.
fn run<R: Send>(py: Python<'_>, text: &str, f: impl FnOnce(&str) -> R + Send) -> R {
    if text.len() > DETACH_BYTES {
        py.detach(|| f(text))
    } else {
        f(text)
    }
}

/// `f` (a normalization) of `text`: the caller's own `str` object when the result is the same
/// text, so unchanged text costs no new Python string.
fn same_or_new<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    f: impl FnOnce(&str) -> String + Send,
) -> PyResult<Bound<'py, PyString>> {
    let input = super::utf8(text)?;
    let out = run(py, &input, f);
    Ok(if out == *input {
        text.clone()
    } else {
        PyString::new(py, &out)
    })
}

/// Output offsets as Python `str` indices into `input`, one `(start, end)` per output char.
fn py_offsets(input: &str, n: &Normalized) -> Vec<(usize, usize)> {
    // Starts and ends are each non-decreasing: one forward walk for each.
    let mut starts = CharIndex::new(input);
    let mut ends = CharIndex::new(input);
    n.offsets
        .iter()
        .map(|r| (starts.index(r.start), ends.index(r.end)))
        .collect()
}

/// A reusable normalizer. `Normalizer(preset="default", **options)`; see `naskh.normalize`.
#[pyclass(name = "Normalizer", module = "naskh", frozen)]
pub(crate) struct PyNormalizer {
    preset: Preset,
    inner: Normalizer,
}

impl PyNormalizer {
    /// The Rust normalizer, for other wrappers (the `clean` pipeline).
    pub(crate) fn inner(&self) -> &Normalizer {
        &self.inner
    }
}

#[pymethods]
impl PyNormalizer {
    #[new]
    #[pyo3(signature = (*, preset = "default", **options))]
    fn new(preset: &str, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let (preset, inner) = build(preset, options)?;
        Ok(PyNormalizer { preset, inner })
    }

    /// Normalizes `text` (the same `str` object back when nothing changes).
    fn normalize<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
    ) -> PyResult<Bound<'py, PyString>> {
        same_or_new(py, text, |t| self.inner.normalize(t))
    }

    /// `(text, offsets)`: the normalized text and, for each of its characters, the
    /// `(start, end)` slice of the input it came from (Python `str` indices).
    fn normalize_with_offsets(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyString>,
    ) -> PyResult<(String, Vec<(usize, usize)>)> {
        let input = super::utf8(text)?;
        Ok(run(py, &input, |t| {
            let n = self.inner.normalize_with_offsets(t);
            let offsets = py_offsets(t, &n);
            (n.text, offsets)
        }))
    }

    /// Normalizes a column of `str | None` (list, tuple, pandas Series, pyarrow array) on
    /// naskh's thread pool with the GIL released; `None` stays `None`.
    fn normalize_batch<'py>(&self, texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let inner = &self.inner;
        // The normalized text, or `None` when it is the input (the caller's `str` then goes
        // back as it is: no Python string to build for it).
        super::batch::map_texts(texts, |t| Some(inner.normalize(t)).filter(|n| n != t))
    }

    /// The preset this normalizer started from.
    #[getter]
    fn preset(&self) -> &'static str {
        self.preset.name()
    }

    /// Every option and its value, as a dict.
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for &name in Normalizer::BOOL_OPTIONS {
            d.set_item(name, self.inner.get_bool(name).unwrap_or(false))?;
        }
        d.set_item("digits", self.inner.digit_mode().name())?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let mut parts = vec![format!("preset='{}'", self.preset.name())];
        // Show only what differs from the preset, so the repr stays readable and evaluable.
        let base = Normalizer::preset(self.preset);
        for &name in Normalizer::BOOL_OPTIONS {
            let v = self.inner.get_bool(name);
            if v != base.get_bool(name) {
                parts.push(format!(
                    "{name}={}",
                    if v == Some(true) { "True" } else { "False" }
                ));
            }
        }
        if self.inner.digit_mode() != base.digit_mode() {
            parts.push(format!("digits='{}'", self.inner.digit_mode().name()));
        }
        format!("naskh.Normalizer({})", parts.join(", "))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyNormalizer>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    /// Pickles as `_normalizer_from_options(preset, options)`.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let module = py.import("naskh._naskh")?;
        let rebuild = module.getattr("_normalizer_from_options")?;
        let me = slf.get();
        let args = PyTuple::new(
            py,
            [
                me.preset.name().into_pyobject(py)?.into_any(),
                me.options(py)?.into_any(),
            ],
        )?;
        Ok((rebuild, args))
    }
}

/// Rebuilds a pickled `Normalizer`.
#[pyfunction]
fn _normalizer_from_options(preset: &str, options: &Bound<'_, PyDict>) -> PyResult<PyNormalizer> {
    PyNormalizer::new(preset, Some(options))
}

/// `normalize(text, *, preset="default", **options)`: normalizes one text.
#[pyfunction]
#[pyo3(signature = (text, *, preset = "default", **options))]
fn normalize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    preset: &str,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Bound<'py, PyString>> {
    let (_, n) = build(preset, options)?;
    same_or_new(py, text, |t| n.normalize(t))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyNormalizer>()?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(_normalizer_from_options, m)?)?;
    Ok(())
}
