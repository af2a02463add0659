//! Digit conversion: round trips, idempotence and character counts hold on any input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naskh::digits::{to_arabic_indic, to_ascii, to_persian};

fuzz_target!(|text: &str| {
    let ascii = to_ascii(text);
    assert_eq!(to_ascii(&to_persian(text)), ascii);
    assert_eq!(to_ascii(&to_arabic_indic(text)), ascii);
    assert_eq!(to_ascii(&ascii), ascii);
    let n = text.chars().count();
    assert_eq!(ascii.chars().count(), n);
    assert_eq!(to_persian(text).chars().count(), n);
    assert_eq!(to_arabic_indic(text).chars().count(), n);
});
