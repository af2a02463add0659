//! Date conversion keeps every byte that is not part of a date: the output is the text between
//! the matches of `find`, unchanged and in order, with each match replaced by its formatted date,
//! for the ISO and English formats and for a pattern chosen by the fuzzer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naskh::dates::{convert, find, replace, DateMatch, Format};

fuzz_target!(|input: (&str, &str)| {
    let (text, pattern) = input;
    let found = find(text);
    let formats = [
        Format::Iso,
        Format::English,
        Format::Pattern(pattern.to_owned()),
    ];
    for format in &formats {
        let out = convert(text, format);
        let mut rest = out.as_str();
        let mut last = 0;
        for m in &found {
            let before = &text[last..m.range.start];
            rest = match rest.strip_prefix(before) {
                Some(r) => r,
                None => panic!("text before the date at {:?} changed", m.range),
            };
            // The same date alone, as a one-date text, gives its replacement.
            let alone = DateMatch {
                range: 0..m.range.len(),
                ..m.clone()
            };
            let written = replace(&text[m.range.clone()], &[alone], format);
            rest = match rest.strip_prefix(written.as_str()) {
                Some(r) => r,
                None => panic!("date at {:?} not written as {written:?}", m.range),
            };
            last = m.range.end;
        }
        assert_eq!(rest, &text[last..], "text after the last date changed");
    }
});
