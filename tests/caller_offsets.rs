//! Functions that take offsets from the caller (`Normalizer::normalize_spans`,
//! `lang::split_spans`, `dates::replace`, `Normalized::input_range`) never panic, whatever the
//! offsets: out of bounds, reversed, unsorted, overlapping or inside a multi-byte `char`.

use naskh::dates::{self, DateMatch, Format};
use naskh::lang::{self, Lang, Span};
use naskh::normalize::{Normalizer, Preset};
use proptest::prelude::*;

const LANGS: [Lang; 5] = [
    Lang::Persian,
    Lang::Arabic,
    Lang::English,
    Lang::Other,
    Lang::Neutral,
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("كتاب ها را مي خواهم، 1402/07/01 hello".to_string()),
        Just("ﻻ  شيء\r\nالصلاةُ ١٢ ۱ مهر ۱۴۰۲".to_string()),
        "[\\PC\\n ]{0,40}",
    ]
}

fn ranges(max: usize) -> impl Strategy<Value = Vec<(usize, usize, usize)>> {
    proptest::collection::vec((0..max, 0..max, 0..LANGS.len()), 0..8)
}

fn spans(raw: &[(usize, usize, usize)]) -> Vec<Span> {
    raw.iter()
        .map(|&(a, b, l)| Span {
            range: a..b,
            lang: LANGS[l],
        })
        .collect()
}

proptest! {
    #[test]
    fn normalize_spans_with_any_spans(text in text(), raw in ranges(120)) {
        let spans = spans(&raw);
        for preset in [Preset::Default, Preset::Search] {
            let n = Normalizer::preset(preset);
            let plain = n.normalize_spans(&text, &spans);
            let with = n.normalize_spans_with_offsets(&text, &spans);
            prop_assert_eq!(&with.text, &plain);
            prop_assert_eq!(with.offsets.len(), with.text.chars().count());
            for r in &with.offsets {
                prop_assert!(r.start <= r.end && r.end <= text.len());
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
    }

    #[test]
    fn split_spans_with_any_spans(text in text(), raw in ranges(120)) {
        let spans = spans(&raw);
        let bad = spans.iter().position(|s| text.get(s.range.clone()).is_none());
        match (lang::split_spans(&text, &spans), bad) {
            (Ok(parts), None) => {
                prop_assert!(!parts.contains_key(&Lang::Neutral));
                // every span's text is in its language's text
                for s in spans.iter().filter(|s| s.lang != Lang::Neutral) {
                    let part = parts.get(&s.lang).map(String::as_str).unwrap_or_default();
                    prop_assert!(part.contains(&text[s.range.clone()]));
                }
            }
            (Err(naskh::Error::InvalidSpan { index, len, .. }), Some(first)) => {
                prop_assert_eq!(index, first, "the first bad span is named");
                prop_assert_eq!(len, text.len());
            }
            (got, bad) => prop_assert!(false, "{:?} with bad span {:?}", got, bad),
        }
    }

    #[test]
    fn replace_with_any_matches(text in text(), raw in ranges(120)) {
        let Some(date) = dates::find("۱ مهر ۱۴۰۲").into_iter().next() else {
            return Err(TestCaseError::fail("the example date was not found"));
        };
        let matches: Vec<DateMatch> = raw
            .iter()
            .map(|&(a, b, _)| DateMatch { range: a..b, ..date.clone() })
            .collect();
        let out = dates::replace(&text, &matches, &Format::Iso);
        // With no usable match, the text comes back unchanged.
        if matches.iter().all(|m| text.get(m.range.clone()).is_none()) {
            prop_assert_eq!(out, text);
        }
    }

    #[test]
    fn input_range_with_any_range(text in text(), a in 0usize..200, b in 0usize..200) {
        let n = Normalizer::default().normalize_with_offsets(&text);
        if let Some(r) = n.input_range(a..b) {
            prop_assert!(r.start <= r.end && r.end <= text.len());
        }
    }
}

/// Found by `replace_with_any_matches`: a reversed range (end before start) was written as a
/// date and the text between its ends was copied twice.
#[test]
fn replace_skips_a_reversed_range() {
    let text = "ab  cd";
    let date = dates::find("۱ مهر ۱۴۰۲").remove(0);
    #[allow(clippy::reversed_empty_ranges)]
    let reversed = DateMatch {
        range: 4..3,
        ..date.clone()
    };
    assert_eq!(dates::replace(text, &[reversed], &Format::Iso), text);
    let ok = DateMatch {
        range: 2..4,
        ..date
    };
    assert_eq!(dates::replace(text, &[ok], &Format::Iso), "ab2023-09-23cd");
}
