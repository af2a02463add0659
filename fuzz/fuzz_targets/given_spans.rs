//! Functions that take offsets from the caller never panic and stay in bounds, whatever the
//! offsets (out of bounds, reversed, unsorted, inside a `char`): `normalize_spans(_with_offsets)`,
//! `lang::split_spans`, `dates::replace` and `Normalized::input_range`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naskh::dates::{self, DateMatch, Format};
use naskh::lang::{self, Lang, Span};
use naskh::normalize::{Normalizer, Preset};

const LANGS: [Lang; 11] = Lang::ALL;

fuzz_target!(|input: (&str, Vec<(u16, u16, u8)>)| {
    let (text, raw) = input;
    let spans: Vec<Span> = raw
        .iter()
        .map(|&(a, b, l)| Span {
            range: usize::from(a)..usize::from(b),
            lang: LANGS[usize::from(l) % LANGS.len()],
        })
        .collect();
    for preset in [Preset::Default, Preset::Search] {
        let n = Normalizer::preset(preset);
        let with = n.normalize_spans_with_offsets(text, &spans);
        assert_eq!(with.text, n.normalize_spans(text, &spans));
        assert_eq!(with.offsets.len(), with.text.chars().count());
        for r in &with.offsets {
            assert!(r.start <= r.end && r.end <= text.len());
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
        for &(a, b, _) in &raw {
            if let Some(r) = with.input_range(usize::from(a)..usize::from(b)) {
                assert!(r.start <= r.end && r.end <= text.len());
            }
        }
    }
    // An error exactly when a span is no range of the text, naming the first such span.
    let bad = spans.iter().position(|s| text.get(s.range.clone()).is_none());
    match (lang::split_spans(text, &spans), bad) {
        (Ok(parts), None) => assert!(!parts.contains_key(&Lang::Neutral)),
        (Err(naskh::Error::InvalidSpan { index, .. }), Some(first)) => assert_eq!(index, first),
        (got, bad) => panic!("{got:?} with bad span {bad:?}"),
    }

    if let Some(date) = dates::find("۱ مهر ۱۴۰۲").into_iter().next() {
        let matches: Vec<DateMatch> = spans
            .iter()
            .map(|s| DateMatch {
                range: s.range.clone(),
                ..date.clone()
            })
            .collect();
        let out = dates::replace(text, &matches, &Format::Iso);
        if matches.iter().all(|m| text.get(m.range.clone()).is_none()) {
            assert_eq!(out, text);
        }
    }
});
