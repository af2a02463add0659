//! The `segment` and `split` commands: [`crate::lang`] over records (files, lines or JSONL).
//!
//! Offsets in the JSON output are code-point indices (as in the Python API), so that any
//! JSON consumer can slice the text it read with them.

use serde_json::{Map, Value};

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
    /// Other scripts, and Urdu.
    Other,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Fa => Lang::Persian,
            LangArg::Ar => Lang::Arabic,
            LangArg::En => Lang::English,
            LangArg::Other => Lang::Other,
        }
    }
}

/// `naskh segment`: the spans of each record.
pub(crate) struct SegmentJob {
    pub merge_neutral: bool,
}

/// Spans with code-point offsets and their text.
pub(crate) struct Segmented {
    spans: Vec<(usize, usize, Lang, String)>,
}

impl Job for SegmentJob {
    type Output = Segmented;

    fn run(&self, text: &str) -> Segmented {
        let spans: Vec<Span> = if self.merge_neutral {
            lang::segment_merged(text)
        } else {
            lang::segment(text)
        };
        let mut chars = 0usize;
        let mut out = Vec::with_capacity(spans.len());
        for s in spans {
            let piece = text.get(s.range.clone()).unwrap_or_default();
            let n = piece.chars().count();
            out.push((chars, chars + n, s.lang, piece.to_owned()));
            chars += n;
        }
        Segmented { spans: out }
    }

    fn to_json(&self, out: &Segmented) -> Map<String, Value> {
        let spans = out
            .spans
            .iter()
            .map(|(start, end, lang, text)| {
                let mut o = Map::new();
                o.insert("start".into(), Value::from(*start));
                o.insert("end".into(), Value::from(*end));
                o.insert("lang".into(), Value::from(lang.code()));
                o.insert("text".into(), Value::from(text.as_str()));
                Value::Object(o)
            })
            .collect();
        let mut m = Map::new();
        m.insert("spans".into(), Value::Array(spans));
        m
    }

    /// One `lang<TAB>text` line per span that is not neutral.
    fn to_text(&self, out: &Segmented) -> String {
        let mut s = String::new();
        for (_, _, lang, text) in &out.spans {
            if *lang != Lang::Neutral {
                s.push_str(lang.code());
                s.push('\t');
                s.push_str(&text.replace('\n', " "));
                s.push('\n');
            }
        }
        s
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

    fn to_json(&self, out: &String) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert(self.lang.code().into(), Value::from(out.as_str()));
        m
    }

    fn to_text(&self, out: &String) -> String {
        out.clone()
    }
}
