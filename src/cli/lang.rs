//! The `segment` and `split` commands: [`crate::lang`] over records (files, lines or JSONL).
//!
//! Offsets in the JSON output are code-point indices (as in the Python API), so that any
//! JSON consumer can slice the text it read with them.

use serde::Serialize;

use super::json;
use super::records::Job;
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

/// Spans with code-point offsets and their text.
pub(crate) struct Segmented {
    spans: Vec<(usize, usize, Lang, String)>,
}

impl Job for SegmentJob {
    type Output = Segmented;

    fn run(&self, text: &str) -> Segmented {
        let spans: Vec<Span> = if self.resolve_neutral {
            lang::segment_resolved(text)
        } else if self.merge_neutral {
            lang::segment_merged(text)
        } else {
            lang::segment(text)
        };
        let mut chars = 0usize;
        let mut out = Vec::with_capacity(spans.len());
        for s in spans {
            let piece = crate::text::sub(text, s.range.clone());
            let n = piece.chars().count();
            out.push((chars, chars + n, s.lang, piece.to_owned()));
            chars += n;
        }
        Segmented { spans: out }
    }

    fn write_json(&self, out: &Segmented, buf: &mut Vec<u8>) -> Result<(), json::Error> {
        #[derive(Serialize)]
        struct SpanJson<'a> {
            start: usize,
            end: usize,
            lang: &'static str,
            text: &'a str,
        }
        #[derive(Serialize)]
        struct SpansJson<'a> {
            spans: Vec<SpanJson<'a>>,
        }
        let spans = out
            .spans
            .iter()
            .map(|(start, end, lang, text)| SpanJson {
                start: *start,
                end: *end,
                lang: lang.code(),
                text,
            })
            .collect();
        json::write(buf, &SpansJson { spans })
    }

    /// One `lang<TAB>text` line per span that is not neutral.
    fn write_text(&self, out: &Segmented, buf: &mut Vec<u8>) {
        for (_, _, lang, text) in &out.spans {
            if *lang != Lang::Neutral {
                buf.extend_from_slice(lang.code().as_bytes());
                buf.push(b'\t');
                buf.extend_from_slice(text.replace('\n', " ").as_bytes());
                buf.push(b'\n');
            }
        }
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
