//! The clean pipeline: `text` is the normalized input, the spans tile it (merged: no two
//! neighbours of one language), the languages are the spans' texts, every date lies on char
//! boundaries of `text` and slices to a date-like text, and `text_with_dates` is
//! `dates::replace` of `text`, and the spans are exactly those of segmenting `text` afresh
//! (`clean` reuses the labels of lines normalization left) — for the default options and for
//! the `search` preset with English dates.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naskh::clean::{clean, CleanOptions};
use naskh::dates::{self, Format};
use naskh::lang::{self, Lang};
use naskh::normalize::{Normalizer, Preset};

fn check(text: &str, opts: &CleanOptions) {
    let doc = clean(text, opts);
    assert_eq!(doc.text, opts.normalizer.normalize(text));

    let mut at = 0;
    let mut prev: Option<Lang> = None;
    for span in &doc.spans {
        assert_eq!(span.range.start, at, "spans must be contiguous");
        assert!(span.range.end > span.range.start, "spans must be non-empty");
        assert!(doc.text.is_char_boundary(span.range.end));
        assert_ne!(
            prev,
            Some(span.lang),
            "neighbouring spans of one language were not merged"
        );
        prev = Some(span.lang);
        at = span.range.end;
    }
    assert_eq!(at, doc.text.len(), "spans must tile doc.text");
    let whole: Vec<_> = dates::find_with(&doc.text, &opts.find)
        .into_iter()
        .flatten()
        .map(|m| m.range)
        .collect();
    assert_eq!(
        doc.spans,
        lang::resolve_neutral(&doc.text, &lang::segment_merged(&doc.text), &whole),
        "clean's spans differ from segmenting its text"
    );
    assert_eq!(Ok(&doc.languages), lang::split_spans(&doc.text, &doc.spans).as_ref());
    assert!(!doc.languages.contains_key(&Lang::Neutral));

    let mut last = 0;
    for m in &doc.dates {
        assert!(
            m.range.start >= last && m.range.start < m.range.end && m.range.end <= doc.text.len()
        );
        assert!(doc.text.is_char_boundary(m.range.start) && doc.text.is_char_boundary(m.range.end));
        let s = m.as_str(&doc.text);
        assert!(
            s.chars().any(|c| c.is_numeric() || c.is_alphabetic()),
            "{s:?} is not date-like"
        );
        assert_eq!(s.trim(), s, "a date must not start or end with white space");
        assert_eq!(m.gregorian, m.jalali.to_gregorian());
        last = m.range.end;
    }
    assert_eq!(
        doc.text_with_dates,
        dates::replace(&doc.text, &doc.dates, &opts.date_format)
    );
}

fuzz_target!(|text: &str| {
    check(text, &CleanOptions::default());
    check(
        text,
        &CleanOptions::default()
            .normalizer(Normalizer::preset(Preset::Search))
            .date_format(Format::English),
    );
});
