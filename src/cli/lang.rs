//! The `segment` and `split` commands: [`crate::lang`] over records (files, lines or JSONL).
//!
//! Offsets in the JSON output are code-point indices (as in the Python API), so that any
//! JSON consumer can slice the text it read with them.

use serde::Serialize;

use super::json;
use super::records::Job;
use crate::char_index::CharIndex;
use crate::lang::{self, Lang, Span};

/// Which language `split` keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum LangArg {
    /// Persian.
    Fa,
    /// Arabic.
    Ar,
    /// English (Latin script).
    En,
    /// Urdu.
    Ur,
    /// Pashto.
    Ps,
    /// Central Kurdish (Sorani).
    Ckb,
    /// Sindhi.
    Sd,
    /// Uyghur.
    Ug,
    /// South Azerbaijani.
    Azb,
    /// Other scripts, and the Arabic-script languages naskh does not model.
    Other,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Fa => Lang::Persian,
            LangArg::Ar => Lang::Arabic,
            LangArg::En => Lang::English,
            LangArg::Ur => Lang::Urdu,
            LangArg::Ps => Lang::Pashto,
            LangArg::Ckb => Lang::CentralKurdish,
            LangArg::Sd => Lang::Sindhi,
            LangArg::Ug => Lang::Uyghur,
            LangArg::Azb => Lang::SouthAzerbaijani,
            LangArg::Other => Lang::Other,
        }
    }
}

/// `naskh segment`: the spans of each record.
pub(crate) struct SegmentJob {
    pub merge_neutral: bool,
    /// Give every neutral run to a language ([`lang::segment_resolved`]).
    pub resolve_neutral: bool,
}

/// The text of one record and, unless they are found while written ([`lang::segment_each`],
/// so that a huge record never holds one span per word), its spans.
pub(crate) struct Segmented {
    text: String,
    spans: Option<Vec<Span>>,
}

impl Segmented {
    /// Hands every span to `each`, in order, with its code-point offsets; stops at the first
    /// error `each` returns.
    fn each<E>(
        &self,
        mut each: impl FnMut(usize, usize, Lang, &str) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut chars = CharIndex::new(&self.text);
        let mut result = Ok(());
        let mut one = |span: &Span| {
            if result.is_ok() {
                let start = chars.index(span.range.start);
                let end = chars.index(span.range.end);
                let piece = crate::text::sub(&self.text, span.range.clone());
                result = each(start, end, span.lang, piece);
            }
        };
        match &self.spans {
            Some(spans) => spans.iter().for_each(&mut one),
            None => lang::segment_each(&self.text, |spans| spans.iter().for_each(&mut one)),
        }
        result
    }
}

impl Serialize for Segmented {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};

        #[derive(Serialize)]
        struct SpanJson<'a> {
            start: usize,
            end: usize,
            lang: &'static str,
            text: &'a str,
        }
        struct Spans<'a>(&'a Segmented);
        impl Serialize for Spans<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(None)?;
                self.0.each(|start, end, lang, text| {
                    seq.serialize_element(&SpanJson {
                        start,
                        end,
                        lang: lang.code(),
                        text,
                    })
                })?;
                seq.end()
            }
        }
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("spans", &Spans(self))?;
        map.end()
    }
}

impl Job for SegmentJob {
    type Output = Segmented;

    fn run(&self, text: &str) -> Segmented {
        let spans = if self.resolve_neutral {
            Some(lang::segment_resolved(text))
        } else if self.merge_neutral {
            Some(lang::segment_merged(text))
        } else {
            None
        };
        Segmented {
            text: text.to_owned(),
            spans,
        }
    }

    fn write_json(&self, out: &Segmented, buf: &mut Vec<u8>) -> Result<(), json::Error> {
        json::write(buf, out)
    }

    /// One `lang<TAB>text` line per span that is not neutral.
    fn write_text(&self, out: &Segmented, buf: &mut Vec<u8>) {
        // (an error here means the output thread stopped, which the run reports)
        let _ = out.each(|_, _, lang, text| {
            if lang != Lang::Neutral {
                json::maybe_spill(buf)?;
                buf.extend_from_slice(lang.code().as_bytes());
                buf.push(b'\t');
                let at = buf.len();
                buf.extend_from_slice(text.as_bytes());
                if let Some(tail) = buf.get_mut(at..) {
                    for b in tail.iter_mut().filter(|b| **b == b'\n') {
                        *b = b' ';
                    }
                }
                buf.push(b'\n');
            }
            Ok::<(), json::Error>(())
        });
    }
}

/// `naskh split --lang L`: the text of one language in each record.
pub(crate) struct SplitJob {
    pub lang: Lang,
}

impl Job for SplitJob {
    type Output = String;

    fn run(&self, text: &str) -> String {
        lang::split_by_language(text)
            .remove(&self.lang)
            .unwrap_or_default()
    }

    fn write_json(&self, out: &String, buf: &mut Vec<u8>) -> Result<(), json::Error> {
        buf.push(b'{');
        json::write_str(buf, self.lang.code());
        buf.push(b':');
        json::write_str(buf, out);
        buf.push(b'}');
        Ok(())
    }

    fn write_text(&self, out: &String, buf: &mut Vec<u8>) {
        buf.extend_from_slice(out.as_bytes());
    }
}
