//! The prefilter: finds the digit runs that could be a year and runs the grammar around them.
//!
//! A Solar Hijri date always has its year in digits, so text is scanned for digit bytes only
//! (ASCII `0-9`, and the two-byte Persian `۰-۹` = `DB B0..B9` and Arabic-Indic `٠-٩` =
//! `D9 A0..A9`). A run is a candidate when it has four digits and a value in the year window
//! (or two digits when two-digit years are on). Only then is a window of text around it
//! tokenized; one window serves every candidate inside it, so the work stays linear even in
//! text dense with numbers.

use super::grammar::{Matcher, Raw};
use super::token::{Kind, Tokens};
use super::{token, CalendarSet, FindOptions};
use crate::calendar::names::{GREGORIAN_MONTH_SPELLINGS, ISLAMIC_MONTH_SPELLINGS};
use crate::calendar::Calendar;
use std::ops::RangeInclusive;

/// Bytes around a candidate year that are tokenized first: enough for nearly every date
/// (weekday, ordinal day, range and leading time before; era, time and am/pm marker after).
/// When the grammar reaches the edge of the window it is run again on a window four times
/// as wide (up to [`MAX_BACK`]), so a long date is not cut.
const BACK: usize = 160;
const FORWARD: usize = 128;
/// The widest look-back a retry may grow to (four retries from [`BACK`]). Every date shape
/// needs a few hundred bytes at most; the cap keeps text with enormous words or runs of spaces
/// linear.
const MAX_BACK: usize = 10_240;
/// When candidates come close together (tables, lists of dates), tokenize this much more at
/// once so that the next ones reuse the window.
const EXTRA_DENSE: usize = 2048;
/// Candidates closer than this to the previous one count as close together (closer than one
/// window is wide: only then does tokenizing ahead save work).
const DENSE_GAP: usize = 256;

/// Whether a digit starts at byte `x` (followed by `y`): ASCII `0-9`, Persian `DB B0..B9`,
/// Arabic-Indic `D9 A0..A9`. Written without short-circuits so that the chunk test vectorizes.
#[inline(always)]
fn is_digit_pair(x: u8, y: u8) -> bool {
    (x.wrapping_sub(b'0') < 10)
        | ((x == 0xDB) & (y.wrapping_sub(0xB0) < 10))
        | ((x == 0xD9) & (y.wrapping_sub(0xA0) < 10))
}

/// Whether any of the 32 positions of `w` starts a digit (`w[32]` is the byte after the last).
/// Written without branches, over a fixed-size array: the compiler turns it into SIMD compares.
#[inline(always)]
fn chunk_has_digit(w: &[u8; CHUNK + 1]) -> bool {
    w.iter()
        .zip(w.iter().skip(1))
        .fold(false, |hit, (&x, &y)| hit | is_digit_pair(x, y))
}

const CHUNK: usize = 32;

/// The offset of the first digit (any alphabet) at or after `from`.
///
/// Tests 32 positions at a time (the last few, zero-padded, too), and only looks byte by byte
/// inside a chunk that has a digit.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        let hit = match bytes.get(i..i + CHUNK + 1) {
            Some(w) => <&[u8; CHUNK + 1]>::try_from(w).is_ok_and(chunk_has_digit),
            None => {
                // The tail: the same test on a zero-padded copy (a zero is no digit, and a digit
                // lead byte before it is no digit either, as at the end of the text).
                let mut w = [0u8; CHUNK + 1];
                let tail = bytes.get(i..).unwrap_or_default();
                if let Some(dst) = w.get_mut(..tail.len()) {
                    dst.copy_from_slice(tail);
                }
                if !chunk_has_digit(&w) {
                    return None;
                }
                true
            }
        };
        if hit {
            break;
        }
        i += CHUNK;
    }
    while let Some(&x) = bytes.get(i) {
        if is_digit_pair(x, bytes.get(i + 1).copied().unwrap_or(0)) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The value of the digit starting at `bytes[i]` and its length in bytes.
#[inline]
fn digit_at(bytes: &[u8], i: usize) -> Option<(u32, usize)> {
    let b = *bytes.get(i)?;
    if b.is_ascii_digit() {
        return Some((u32::from(b - b'0'), 1));
    }
    let c = *bytes.get(i + 1)?;
    match (b, c) {
        (0xDB, 0xB0..=0xB9) => Some((u32::from(c - 0xB0), 2)),
        (0xD9, 0xA0..=0xA9) => Some((u32::from(c - 0xA0), 2)),
        _ => None,
    }
}

/// A run of two or four digits (any alphabet, mixed too): where a year may be.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DigitRun {
    start: usize,
    end: usize,
    /// Its value.
    value: u32,
    /// Four digits (else two).
    four: bool,
}

/// The runs of two or four digits in `text`, in order: one pass over its bytes, which every
/// search of the same text ([`find_raw`]) then reads its year candidates from.
pub(crate) fn digit_runs(text: &str) -> Vec<DigitRun> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(start) = next_digit(bytes, pos) {
        let Some((first, len)) = digit_at(bytes, start) else {
            pos = start + 1;
            continue;
        };
        let mut value = first;
        let mut n = 1u32;
        let mut i = start + len;
        while let Some((v, l)) = digit_at(bytes, i) {
            value = value.saturating_mul(10).saturating_add(v);
            n += 1;
            i += l;
        }
        pos = i;
        if n == 4 || n == 2 {
            out.push(DigitRun {
                start,
                end: i,
                value,
                four: n == 4,
            });
        }
    }
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Numeric-date separators, as the grammar reads them.
fn is_numeric_sep(c: char) -> bool {
    matches!(c, '/' | '-' | '.' | '\\' | '\u{2215}')
}

/// Whether the year candidate `start..end`, outside the Solar Hijri window, could be the year of
/// a Gregorian or lunar Hijri date — checked on the bytes around it before anything is
/// tokenized. Such a date has, right before its year (spaces and one `,` `،` `-` `/` allowed
/// between), the last word of a month name or a number (month-first `September 2, 2017`,
/// numeric dates), or a numeric separator right after it (`2017-09-02`). English prose is full of
/// years (`in 2017`, `from 2016 to 2017`) that fail this at once. Never `false` where the
/// grammar could match.
fn may_be_other_calendar_date(text: &str, start: usize, end: usize, cals: CalendarSet) -> bool {
    let space = |c: char| {
        c.is_whitespace()
            && !matches!(
                c,
                '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
            )
    };
    let after = crate::text::sub(text, end..)
        .chars()
        .find(|&c| !space(c) && !crate::text::fold::is_ignorable(c));
    if after.is_some_and(is_numeric_sep) {
        return true;
    }
    let before = crate::text::sub(text, ..start);
    let mut chars = before.char_indices().rev().peekable();
    let mut skipped_punct = false;
    // The last character before the year that is not a space or an ignorable mark.
    let last = loop {
        let Some((i, c)) = chars.next() else {
            return false;
        };
        if space(c) || crate::text::fold::is_ignorable(c) {
            continue;
        }
        let dash = matches!(c, '-' | '–' | '—' | '\u{2012}' | '\u{2015}' | '\u{2212}');
        if !skipped_punct && (dash || is_numeric_sep(c)) {
            // A numeric date, or a month name joined by a dash or slash: the grammar decides.
            return true;
        }
        if !skipped_punct && matches!(c, ',' | '،') {
            skipped_punct = true;
            continue;
        }
        break (i, c);
    };
    let (mut word_start, c) = last;
    if is_numeric_sep(c) {
        return true;
    }
    let mut last = last;
    if crate::digits::digit_value(c).is_some() {
        // Month first (`September 2, 2017`, `Sep 2 2017`, `سبتمبر ۲، ۲۰۱۷`): a day of one or
        // two digits, a space, and the month name before it. Anything else before the number
        // (`05:06 2024`, `23-24, 2017`) is no such date.
        let mut digits = 1;
        while let Some(&(_, c)) = chars.peek() {
            if crate::digits::digit_value(c).is_none() {
                break;
            }
            digits += 1;
            chars.next();
        }
        if digits > 2 {
            return false;
        }
        let mut spaced = false;
        last = loop {
            match chars.next() {
                Some((_, c)) if space(c) || crate::text::fold::is_ignorable(c) => spaced = true,
                Some((i, c)) if spaced && token::is_word_char(c) => break (i, c),
                _ => return false,
            }
        };
        word_start = last.0;
    }
    let c = last.1;
    if !token::is_word_char(c) {
        return false;
    }
    // The word ending there, as the tokenizer cuts it (one script, ignorables inside).
    let latin = token::is_latin(c);
    while let Some(&(i, c)) = chars.peek() {
        let same = token::is_word_char(c)
            && (token::is_latin(c) == latin || crate::text::fold::is_mark_or_tatweel(c));
        if !(same || crate::text::fold::is_ignorable(c)) || last.0 - i > 64 {
            break;
        }
        word_start = i;
        chars.next();
    }
    let word = crate::text::fold::fold(crate::text::sub(
        before,
        word_start..last.0 + last.1.len_utf8(),
    ));
    if word.is_empty() {
        return false;
    }
    if super::names::ARABIC_YEAR_WORDS.contains(&word.as_str()) {
        // `آذار عام 2011`, `ربيع الآخر سنة 1420 هـ`: the grammar looks past the year word.
        return true;
    }
    let tables: [(&[(&str, u8)], Calendar); 2] = [
        (GREGORIAN_MONTH_SPELLINGS, Calendar::Gregorian),
        (ISLAMIC_MONTH_SPELLINGS, Calendar::Islamic),
    ];
    tables.iter().any(|(table, cal)| {
        cals.has(*cal) && table.iter().any(|(name, _)| name.ends_with(word.as_str()))
    })
}

/// Every date expression in `text` of the calendars `cals`, not yet validated, in order and
/// without overlaps; `runs` are `text`'s [`digit_runs`].
pub(crate) fn find_raw(
    text: &str,
    opts: &FindOptions,
    cals: CalendarSet,
    runs: &[DigitRun],
) -> Vec<Raw> {
    find_raw_with(text, opts, cals, runs, true)
}

/// [`find_raw`], with the prefilter for other calendars' years on or off (off only in tests, to
/// check that it never drops a date).
fn find_raw_with(
    text: &str,
    opts: &FindOptions,
    cals: CalendarSet,
    runs: &[DigitRun],
    prefilter: bool,
) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::new();
    let window = |cal: Calendar, years: &RangeInclusive<i32>| {
        if cals.has(cal) {
            let lo = u32::try_from(*years.start()).unwrap_or(0);
            (lo, u32::try_from(*years.end()).unwrap_or(0))
        } else {
            (1, 0)
        }
    };
    // The year windows of the calendars asked for (empty ranges for the others).
    let windows = [
        window(Calendar::Persian, &opts.years),
        window(Calendar::Gregorian, &super::GREGORIAN_YEARS),
        window(Calendar::Islamic, &super::ISLAMIC_YEARS),
    ];
    let two_digit = opts.two_digit_years.is_some() && cals.persian;
    let candidates = runs.iter().filter(|r| {
        if r.four {
            windows.iter().any(|&(lo, hi)| (lo..=hi).contains(&r.value))
        } else {
            two_digit
        }
    });
    let mut window: Option<(usize, usize)> = None;
    let mut last_end = 0;
    let mut prev_start: Option<usize> = None;
    Tokens::with(|tokens| {
        for &DigitRun {
            start,
            end,
            value,
            four,
        } in candidates
        {
            if start < last_end {
                continue;
            }
            // A four-digit number outside the Solar Hijri window (or any, when Solar Hijri is not
            // asked for) is a year of another calendar only in a few contexts.
            if cals.gregorian || cals.islamic {
                let solar =
                    cals.persian && i32::try_from(value).is_ok_and(|v| opts.years.contains(&v));
                if prefilter
                    && four
                    && !solar
                    && !may_be_other_calendar_date(text, start, end, cals)
                {
                    continue;
                }
            }
            let dense = prev_start.is_some_and(|p| start - p < DENSE_GAP);
            prev_start = Some(start);
            let (mut back, mut forward) = (BACK, FORWARD);
            loop {
                let want_lo = start.saturating_sub(back);
                let want_hi = end.saturating_add(forward).min(text.len());
                let covered = window.is_some_and(|(ws, we)| ws <= want_lo && want_hi <= we);
                if !covered {
                    let ws = floor_boundary(text, want_lo);
                    let extra = if dense { EXTRA_DENSE } else { 0 };
                    let we = ceil_boundary(text, want_hi.saturating_add(extra));
                    tokens.fill(text, ws, we);
                    window = Some((ws, we));
                }
                let (ws, we) = window.unwrap_or((0, text.len()));
                let Ok(iy) = tokens.toks.binary_search_by_key(&start, |t| t.start) else {
                    break;
                };
                if tokens.toks.get(iy).map(|t| t.kind) != Some(Kind::Num) {
                    break;
                }
                let matcher = Matcher::new(tokens, opts, cals, last_end, ws == 0, we == text.len());
                let found = matcher.match_at(iy);
                if matcher.hit_edge() && !(ws == 0 && we == text.len()) && back < MAX_BACK {
                    back = back.saturating_mul(4);
                    forward = forward.saturating_mul(4);
                    continue;
                }
                for raw in found {
                    if raw.start >= last_end {
                        last_end = raw.end;
                        out.push(raw);
                    }
                }
                break;
            }
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `digit_runs` finds every run of two or four digits, in any alphabet and at any place
    /// (the vector test's chunks, their edges and the zero-padded tail), as a plain walk over
    /// the chars does.
    #[test]
    fn digit_runs_match_a_walk_over_the_chars() {
        let parts = [
            "1", "۲", "٣", "12", "۱۴۰۲", "٢٠١٧", "x", "ab", "کتاب", "\u{6db}", "\u{6bf}",
            "\u{669}", "\u{6fa}", " ", "é", "\u{200c}", "0",
        ];
        let digit =
            |c: char| matches!(c, '0'..='9' | '\u{6f0}'..='\u{6f9}' | '\u{660}'..='\u{669}');
        let mut seed = 11u64;
        for len in 0..400 {
            let mut t = String::new();
            for _ in 0..len % 60 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push_str(parts[(seed >> 33) as usize % parts.len()]);
            }
            let mut want = Vec::new();
            let mut run: Option<(usize, usize, u32, u32)> = None;
            for (i, c) in t.char_indices().chain([(t.len(), ' ')]) {
                match (digit(c), run.as_mut()) {
                    (true, Some(r)) => {
                        r.1 = i + c.len_utf8();
                        r.2 = r.2.saturating_mul(10).saturating_add(
                            c.to_digit(10)
                                .unwrap_or_else(|| crate::digits::digit_value(c).unwrap_or(0)),
                        );
                        r.3 += 1;
                    }
                    (true, None) => {
                        run = Some((
                            i,
                            i + c.len_utf8(),
                            crate::digits::digit_value(c).unwrap_or(0),
                            1,
                        ));
                    }
                    (false, _) => {
                        if let Some((a, b, v, n)) = run.take() {
                            if n == 2 || n == 4 {
                                want.push((a, b, v, n == 4));
                            }
                        }
                    }
                }
            }
            let got: Vec<_> = digit_runs(&t)
                .iter()
                .map(|r| (r.start, r.end, r.value, r.four))
                .collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// The prefilter for other calendars' years drops no date: on the case table and on
    /// generated lines, every calendar, with and without it.
    #[test]
    fn prefilter_drops_no_date() {
        let opts = FindOptions::default().calendars(Calendar::ALL);
        let mut texts: Vec<String> = include_str!("../../testdata/dates_cases.jsonl")
            .lines()
            .filter_map(|l| {
                let start = l.find("\"text\": \"")? + 9;
                let end = start + l[start..].find("\", \"")?;
                Some(l[start..end].replace("\\n", "\n"))
            })
            .collect();
        assert!(texts.len() > 400);
        let parts = [
            "2017",
            "۲۰۱۷",
            "١٤٣٨",
            "1445",
            "02",
            "۱۲",
            "September",
            "sep",
            "Sep",
            "سپتامبر",
            "أيلول",
            "كانون",
            "الثاني",
            "ذو",
            "الحجة",
            "رجب",
            "هـ",
            ",",
            "،",
            "-",
            "/",
            ".",
            " ",
            "  ",
            "\u{200c}",
            ":",
            "10:30",
            "in",
            "the",
            "GMT",
            "(",
            "\n",
            "May",
            "may",
        ];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..8 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push_str(parts[(seed >> 33) as usize % parts.len()]);
                if !(seed >> 20).is_multiple_of(3) {
                    t.push(' ');
                }
            }
            texts.push(t);
        }
        for t in &texts {
            let (cals, runs) = (CalendarSet::of(&opts.calendars), digit_runs(t));
            assert_eq!(
                find_raw_with(t, &opts, cals, &runs, true),
                find_raw_with(t, &opts, cals, &runs, false),
                "{t:?}"
            );
        }
    }
}
