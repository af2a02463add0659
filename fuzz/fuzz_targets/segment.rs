//! Segmentation: spans are non-empty, contiguous, on char boundaries and tile the input;
//! every word span's label fits its script (a label of an Arabic-script language only on text
//! with an Arabic-script letter, `en` only on text with a Latin letter);
//! `merge_neutral` also tiles it (and `segment_merged` gives the same spans), only relabels
//! neutral text, leaves no two neighbours of one language and is idempotent;
//! `segment_resolved` tiles it, leaves neutral only whitespace between two different languages
//! (or a text without any language), never cuts a date that `dates::find` returns, and
//! `split_by_language` is `split_spans` of the resolved spans and holds exactly their languages,
//! each piece joined by one separator, with every non-whitespace character of the text.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use naskh::lang::{
    merge_neutral, segment, segment_merged, segment_resolved, split_by_language, split_spans,
    Lang, Span,
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

/// Whether `c` is a letter of the Arabic script (its blocks and presentation forms).
fn is_arabic_script_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{0870}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fuzz_target!(|text: &str| {
    let spans = segment(text);
    check_tiling(text, &spans);
    for span in &spans {
        let piece = &text[span.range.clone()];
        match span.lang {
            // (std's `is_alphabetic` may speak an older Unicode than naskh's tables, which know
            // letters added since: any non-ASCII char outside the Arabic script counts)
            Lang::English => assert!(piece.chars().any(|c| {
                (c.is_alphabetic() || !c.is_ascii()) && !c.is_whitespace() && !is_arabic_script_letter(c)
            })),
            Lang::Other | Lang::Neutral => {}
            lang => assert!(
                piece.chars().any(is_arabic_script_letter),
                "{lang:?} span without an Arabic-script letter: {piece:?}"
            ),
        }
    }

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

    let resolved = segment_resolved(text);
    check_tiling(text, &resolved);
    let dates = naskh::dates::find(text);
    let has_language = merged.iter().any(|s| s.lang != Lang::Neutral) || !dates.is_empty();
    for (i, span) in resolved.iter().enumerate() {
        if span.lang == Lang::Neutral && has_language {
            assert!(text[span.range.clone()].chars().all(char::is_whitespace));
            let before = i.checked_sub(1).map(|j| resolved[j].lang);
            let after = resolved.get(i + 1).map(|s| s.lang);
            assert!(before.is_some() && after.is_some() && before != after);
        }
    }
    for d in &dates {
        assert!(
            resolved
                .iter()
                .any(|s| s.range.start <= d.range.start && d.range.end <= s.range.end),
            "a date is cut between languages"
        );
    }

    let parts = split_by_language(text);
    assert_eq!(Ok(&parts), split_spans(text, &resolved).as_ref());
    if has_language {
        let in_parts: usize = parts
            .values()
            .map(|p| p.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        assert_eq!(in_parts, text.chars().filter(|c| !c.is_whitespace()).count());
    }
    let mut expected: BTreeMap<Lang, (usize, usize)> = BTreeMap::new();
    for span in resolved.iter().filter(|s| s.lang != Lang::Neutral) {
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
