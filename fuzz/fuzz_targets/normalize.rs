//! Normalization: for each preset (and for one normalizer with options picked by the fuzzer) the
//! result is a fixed point (`n(n(x)) == n(x)`), `normalize` and `normalize_with_offsets` agree,
//! and the offsets hold one in-bounds, char-aligned, monotone input range per output char.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naskh::normalize::{DigitMode, Normalized, Normalizer, Preset};

fn check_offsets(input: &str, out: &Normalized) {
    assert_eq!(
        out.offsets.len(),
        out.text.chars().count(),
        "one range per output char"
    );
    let (mut last_start, mut last_end) = (0, 0);
    for r in &out.offsets {
        assert!(
            r.start <= r.end && r.end <= input.len(),
            "{r:?} out of bounds"
        );
        assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
        assert!(
            r.start >= last_start && r.end >= last_end,
            "offsets must be monotone"
        );
        (last_start, last_end) = (r.start, r.end);
    }
}

fn check(n: &Normalizer, text: &str) {
    let once = n.normalize(text);
    assert_eq!(n.normalize(&once), once, "not idempotent on {text:?}");
    let with = n.normalize_with_offsets(text);
    assert_eq!(
        with.text, once,
        "normalize_with_offsets disagrees with normalize"
    );
    check_offsets(text, &with);
}

fuzz_target!(|input: (&str, u32)| {
    let (text, bits) = input;
    for preset in [Preset::Default, Preset::Search, Preset::None] {
        check(&Normalizer::preset(preset), text);
    }
    let none = Normalizer::preset(Preset::None).normalize_with_offsets(text);
    assert_eq!(none.text, text, "preset none must not change the text");

    let mut custom = Normalizer::preset(Preset::None);
    for (i, name) in Normalizer::BOOL_OPTIONS.iter().enumerate() {
        custom = match custom.set_bool(name, bits & (1 << i) != 0) {
            Ok(n) => n,
            Err(e) => panic!("BOOL_OPTIONS lists {name} but set_bool refuses it: {e}"),
        };
    }
    let mode = match bits >> 30 {
        0 => DigitMode::Keep,
        1 => DigitMode::Ascii,
        _ => DigitMode::Native,
    };
    check(&custom.digits(mode), text);
});
