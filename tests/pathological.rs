//! Pathological inputs through every public text function: they finish, keep their invariants
//! and never panic. (Linear growth is checked in `benches/pathological.rs`, not by timing here.)

use naskh::clean::{clean, CleanOptions};
use naskh::dates::{self, Format};
use naskh::digits;
use naskh::lang::{self, Span};
use naskh::normalize::{Normalized, Normalizer, Preset};

/// Above this size the (slower) fixed-point check `n(n(x)) == n(x)` is skipped: that the
/// functions finish and keep their structural invariants is the point for huge inputs.
const IDEMPOTENCE_LIMIT: usize = 5_000_000;

fn assert_tiles(text: &str, spans: &[Span]) {
    let mut at = 0;
    for span in spans {
        assert_eq!(span.range.start, at, "spans must be contiguous");
        assert!(span.range.end > span.range.start, "spans must be non-empty");
        assert!(text.is_char_boundary(span.range.end));
        at = span.range.end;
    }
    assert_eq!(at, text.len(), "spans must tile the input");
}

fn assert_dates(text: &str, found: &[dates::DateMatch]) {
    let mut last = 0;
    for m in found {
        assert!(m.range.start >= last && m.range.start < m.range.end && m.range.end <= text.len());
        assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
        last = m.range.end;
    }
}

fn assert_offsets(input: &str, out: &Normalized) {
    assert_eq!(
        out.offsets.len(),
        out.text.chars().count(),
        "one range per output char"
    );
    let (mut start, mut end) = (0, 0);
    for r in &out.offsets {
        assert!(
            r.start <= r.end && r.end <= input.len(),
            "{r:?} out of bounds"
        );
        assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
        assert!(r.start >= start && r.end >= end, "offsets must be monotone");
        (start, end) = (r.start, r.end);
    }
}

/// Runs every public text function on `text` and checks the invariants each one promises.
fn check_all(text: &str) {
    let n = text.chars().count();
    assert_eq!(digits::to_ascii(text).chars().count(), n);
    assert_eq!(digits::to_persian(text).chars().count(), n);
    assert_eq!(digits::to_arabic_indic(text).chars().count(), n);

    let spans = lang::segment(text);
    assert_tiles(text, &spans);
    assert_tiles(text, &lang::merge_neutral(&spans));
    let parts = lang::split_by_language(text);
    assert!(!parts.contains_key(&lang::Lang::Neutral));

    let found = dates::find(text);
    assert_dates(text, &found);
    let mut rebuilt = String::with_capacity(text.len());
    let mut last = 0;
    for m in &found {
        rebuilt.push_str(&text[last..m.range.start]);
        rebuilt.push_str(&m.isoformat());
        last = m.range.end;
    }
    rebuilt.push_str(&text[last..]);
    assert!(
        dates::convert(text, &Format::Iso) == rebuilt,
        "convert changed non-date text"
    );

    for preset in [Preset::Default, Preset::Search, Preset::None] {
        let norm = Normalizer::preset(preset);
        let with = norm.normalize_with_offsets(text);
        assert_offsets(text, &with);
        if preset == Preset::None {
            assert!(with.text == text, "preset none must not change the text");
        } else if text.len() <= IDEMPOTENCE_LIMIT {
            assert!(
                norm.normalize(&with.text) == with.text,
                "{preset:?} is not idempotent"
            );
        }
    }

    let doc = clean(text, &CleanOptions::default());
    assert_tiles(&doc.text, &doc.spans);
    assert_dates(&doc.text, &doc.dates);
    assert!(doc.text_with_dates == dates::replace(&doc.text, &doc.dates, &Format::Iso));
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

#[test]
fn ten_thousand_dates_and_date_parts() {
    // Real dates, back to back: every one is found, none is lost or merged.
    let text = "۱ مهر ۱۴۰۲، ".repeat(10_000);
    assert_eq!(dates::find(&text).len(), 10_000);
    check_all(&text);
    // Chains of range starts, times, weekdays and ordinal days before one date.
    check_all(&format!("{}۱۶ مهر ۱۴۰۲", "۱۴ تا ".repeat(10_000)));
    check_all(&format!("{}۱۶ مهر ۱۴۰۲", "۱۴ و ".repeat(10_000)));
    check_all(&format!("{}۱۴۰۲/۰۷/۰۱", "۱۲:۳۰ - ".repeat(10_000)));
    check_all(&format!("{}۱ مهر ۱۴۰۲", "سه‌شنبه ".repeat(10_000)));
    check_all(&format!("{}مهر ۱۴۰۲", "بیست و دوم ".repeat(10_000)));
    check_all(&format!("۱ مهر ۱۴۰۲{}", " هجری شمسی".repeat(10_000)));
    check_all(&"۱۴۰۲".repeat(10_000));
    check_all(&"۱۴۰۲-".repeat(10_000));
}

#[test]
fn zwnj_and_line_break_runs() {
    check_all(&"ب\u{200C}".repeat(100_000));
    check_all(&"\u{200C} ".repeat(100_000));
    check_all(&"می\u{200C}\u{200C}".repeat(50_000));
    check_all(&"\n".repeat(100_000));
    check_all(&"\r\n \r".repeat(50_000));
    check_all(&"ها ".repeat(100_000));
}
