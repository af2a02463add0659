//! Segmentation: spans are non-empty, contiguous, on char boundaries and tile the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let spans = naskh::lang::segment(text);
    let mut at = 0;
    for span in &spans {
        assert_eq!(span.range.start, at);
        assert!(span.range.end > span.range.start);
        assert!(text.is_char_boundary(span.range.end));
        at = span.range.end;
    }
    assert_eq!(at, text.len());
    assert_eq!(spans.is_empty(), text.is_empty());
});
