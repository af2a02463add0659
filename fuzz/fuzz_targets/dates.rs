//! Date finding: ordered, non-overlapping matches on char boundaries; `convert` changes only the
//! matched ranges; every valid match of `find` is also reported with every option on; the same
//! with every calendar, and the publication date is one of the dates found.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naskh::dates::{
    convert, convert_with, find, find_with, published, replace, Calendar, FindOptions, Format,
};

fuzz_target!(|text: &str| {
    let found = find(text);
    let mut last = 0;
    let mut rebuilt = String::new();
    for m in &found {
        assert!(m.range.start >= last && m.range.start < m.range.end && m.range.end <= text.len());
        assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
        assert_eq!(m.gregorian, m.jalali.to_gregorian());
        rebuilt.push_str(&text[last..m.range.start]);
        rebuilt.push_str(&m.isoformat());
        last = m.range.end;
    }
    rebuilt.push_str(&text[last..]);
    assert_eq!(convert(text, &Format::Iso), rebuilt);
    let all = find_with(text, &FindOptions::default().report_invalid(true));
    let valid: Vec<_> = all.into_iter().flatten().collect();
    assert_eq!(valid, found);
    let _ = find_with(
        text,
        &FindOptions::default()
            .two_digit_years(Some(1420))
            .years(1..=3000),
    );
    // Every calendar: the same invariants, each match's days consistent, and the publication
    // date one of the matches.
    let every = FindOptions::default().calendars(Calendar::ALL);
    let found = find_with(text, &every.clone().report_invalid(true));
    let mut last = 0;
    for r in &found {
        let range = match r {
            Ok(m) => m.range.clone(),
            Err(e) => e.range.clone(),
        };
        assert!(range.start >= last && range.start < range.end && range.end <= text.len());
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        last = range.end;
        if let Ok(m) = r {
            assert_eq!(m.gregorian, m.jalali.to_gregorian());
        }
    }
    let valid: Vec<_> = found.into_iter().flatten().collect();
    if let Some(p) = published(text) {
        assert!(valid.contains(&p.date));
    }
    let converted = convert_with(text, &Format::Iso, &every);
    assert_eq!(converted, replace(text, &valid, &Format::Iso));
});
