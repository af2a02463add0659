//! Segmentation: spans are non-empty, contiguous, on char boundaries and tile the input;
//! `merge_neutral` also tiles it (and `segment_merged` gives the same spans), only relabels
//! neutral text, leaves no two neighbours of one language and is idempotent;
//! `split_by_language` is `split_spans` of the merged spans and holds exactly the languages of
//! the merged spans, each piece joined by one separator.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use naskh::lang::{
    merge_neutral, segment, segment_merged, split_by_language, split_spans, Lang, Span,
};

fn check_tiling(text: &str, spans: &[Span]) {
    let mut at = 0;
    for span in spans {
        assert_eq!(span.range.start, at);
        assert!(span.range.end > span.range.start);
        assert!(text.is_char_boundary(span.range.end));
        at = span.range.end;
    }
    assert_eq!(at, text.len());
    assert_eq!(spans.is_empty(), text.is_empty());
}

fn lang_at(spans: &[Span], byte: usize) -> Option<Lang> {
    spans
        .iter()
        .find(|s| s.range.contains(&byte))
        .map(|s| s.lang)
}

fuzz_target!(|text: &str| {
    let spans = segment(text);
    check_tiling(text, &spans);

    let merged = merge_neutral(&spans);
    check_tiling(text, &merged);
    assert_eq!(segment_merged(text), merged, "segment_merged differs");
    for pair in merged.windows(2) {
        assert_ne!(
            pair[0].lang, pair[1].lang,
            "neighbours of one language after merging"
        );
    }
    for span in &spans {
        let now = lang_at(&merged, span.range.start);
        assert!(
            span.lang == Lang::Neutral || now == Some(span.lang),
            "merge_neutral relabelled a {:?} span as {now:?}",
            span.lang
        );
        if let Some(l) = now {
            // Every byte of a segment span lands in one merged span of its (or a merged) label.
            assert_eq!(lang_at(&merged, span.range.end - 1), Some(l));
        }
    }
    assert_eq!(
        merge_neutral(&merged),
        merged,
        "merge_neutral must be idempotent"
    );

    let parts = split_by_language(text);
    assert_eq!(parts, split_spans(text, &merged));
    let mut expected: BTreeMap<Lang, (usize, usize)> = BTreeMap::new();
    for span in merged.iter().filter(|s| s.lang != Lang::Neutral) {
        let e = expected.entry(span.lang).or_default();
        e.0 += span.range.len();
        e.1 += 1;
    }
    assert_eq!(
        parts.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (lang, (bytes, pieces)) in expected {
        // Pieces are joined by one ASCII space or newline each.
        assert_eq!(parts[&lang].len(), bytes + pieces - 1, "{lang:?}");
    }
});
