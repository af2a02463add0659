//! Pathological inputs through every public text function: they finish, keep their invariants
//! and never panic. (Linear growth is checked in `benches/pathological.rs`, not by timing here.)

use naskh::normalize::{Normalizer, Preset};
use naskh::{digits, lang};

/// Runs every public text function on `text` and checks the invariants each one promises.
fn check_all(text: &str) {
    let n = text.chars().count();
    assert_eq!(digits::to_ascii(text).chars().count(), n);
    assert_eq!(digits::to_persian(text).chars().count(), n);
    assert_eq!(digits::to_arabic_indic(text).chars().count(), n);

    let spans = lang::segment(text);
    let mut at = 0;
    for span in &spans {
        assert_eq!(span.range.start, at, "spans must be contiguous");
        assert!(span.range.end > span.range.start, "spans must be non-empty");
        assert!(text.is_char_boundary(span.range.end));
        at = span.range.end;
    }
    assert_eq!(at, text.len(), "spans must tile the input");

    if text.len() > 5_000_000 {
        // Huge inputs: that it finishes (in linear time) is the point; keep debug runs short.
        assert!(!Normalizer::default().normalize(text).is_empty());
    } else {
        for preset in [Preset::Default, Preset::Search] {
            let n = Normalizer::preset(preset);
            let once = n.normalize(text);
            assert_eq!(n.normalize(&once), once, "normalize must be idempotent");
        }
    }
    if text.len() < 1_000_000 {
        let with = Normalizer::default().normalize_with_offsets(text);
        assert_eq!(with.offsets.len(), with.text.chars().count());
    }
}

#[test]
fn long_runs_for_normalize() {
    check_all(&format!("کتاب{}ها", "\u{200C}".repeat(100_000)));
    check_all(&format!("https://x.org/a{}", ")".repeat(100_000)));
    check_all(&format!("https://x.org/a{}", "(".repeat(100_000)));
    check_all(&"a://".repeat(50_000));
    check_all(&"@a".repeat(50_000));
    check_all(&"#".repeat(100_000));
    check_all(&"می ".repeat(50_000));
    check_all(&"کتاب ها ".repeat(50_000));
    check_all(&" ".repeat(100_000));
    check_all(&format!("{}:", "w".repeat(200_000)));
    check_all(&"www.".repeat(50_000));
    check_all(&"http://".repeat(30_000));
}

#[test]
fn empty_input() {
    check_all("");
    assert!(lang::segment("").is_empty());
}

#[test]
fn a_50_mb_single_line() {
    let unit = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ The talks resumed. قال المتحدث إن ";
    let text = unit.repeat(50_000_000 / unit.len() + 1);
    assert!(text.len() >= 50_000_000 && !text.contains('\n'));
    check_all(&text);
}

#[test]
fn one_hundred_thousand_combining_marks_on_one_letter() {
    for base in ["ب", "a", " "] {
        let text = format!("{base}{}", "\u{064E}".repeat(100_000));
        check_all(&text);
        let text = format!("{base}{}", "\u{0301}".repeat(100_000));
        check_all(&text);
    }
}

#[test]
fn ten_thousand_near_dates() {
    check_all(&"۱۴۰۲/".repeat(10_000));
    check_all(&"۱۴۰۲/۱۴۰۲/".repeat(10_000));
    check_all(&"1 مهر ".repeat(10_000));
}

#[test]
fn every_assigned_code_point() {
    let text: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
    check_all(&text);
}

#[test]
fn lone_joiners_and_bidi_marks() {
    for mark in [
        '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}', '\u{2066}',
        '\u{2069}', '\u{FEFF}',
    ] {
        check_all(&mark.to_string());
        check_all(&mark.to_string().repeat(1000));
        check_all(&format!("{mark}سلام{mark}hello{mark}"));
    }
}
