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
use super::FindOptions;

/// Bytes before a candidate year that the grammar may look at (weekday, ordinal day, range,
/// leading time: about 150 bytes of Persian at most).
const BACK: usize = 256;
/// Bytes after it (era words, trailing time and am/pm marker).
const FORWARD: usize = 160;
/// Extra bytes tokenized at once, so that nearby candidates reuse the window.
const EXTRA: usize = 4096;

/// Whether `b` may start a digit: an ASCII digit or the lead byte of U+0640..U+067F (Arabic-Indic
/// digits) or U+06C0..U+06FF (Persian digits).
#[inline]
fn is_digit_lead(b: u8) -> bool {
    b.is_ascii_digit() || b == 0xD9 || b == 0xDB
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

/// Byte ranges of digit runs that could be a year, in order.
struct Candidates<'a> {
    bytes: &'a [u8],
    pos: usize,
    lo: u32,
    hi: u32,
    two_digit: bool,
}

impl Iterator for Candidates<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            let rest = self.bytes.get(self.pos..)?;
            let off = rest.iter().position(|&b| is_digit_lead(b))?;
            let start = self.pos + off;
            let Some((first, len)) = digit_at(self.bytes, start) else {
                self.pos = start + 1;
                continue;
            };
            let mut value = first;
            let mut n = 1u32;
            let mut i = start + len;
            while let Some((v, l)) = digit_at(self.bytes, i) {
                value = value.saturating_mul(10).saturating_add(v);
                n += 1;
                i += l;
            }
            self.pos = i;
            if (n == 4 && (self.lo..=self.hi).contains(&value)) || (n == 2 && self.two_digit) {
                return Some((start, i));
            }
        }
    }
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

/// Every date expression in `text`, not yet validated, in order and without overlaps.
pub(crate) fn find_raw(text: &str, opts: &FindOptions) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::new();
    let lo = u32::try_from(*opts.years.start()).unwrap_or(0);
    let hi = u32::try_from(*opts.years.end()).unwrap_or(0);
    let candidates = Candidates {
        bytes: text.as_bytes(),
        pos: 0,
        lo,
        hi,
        two_digit: opts.two_digit_years.is_some(),
    };
    let mut tokens = Tokens::default();
    let mut window: Option<(usize, usize)> = None;
    let mut last_end = 0;
    for (start, end) in candidates {
        if start < last_end {
            continue;
        }
        let want_lo = start.saturating_sub(BACK);
        let want_hi = end.saturating_add(FORWARD).min(text.len());
        let covered = window.is_some_and(|(ws, we)| ws <= want_lo && want_hi <= we);
        if !covered {
            let ws = floor_boundary(text, want_lo);
            let we = ceil_boundary(text, want_hi.saturating_add(EXTRA));
            tokens.fill(text, ws, we);
            window = Some((ws, we));
        }
        let Ok(iy) = tokens.toks.binary_search_by_key(&start, |t| t.start) else {
            continue;
        };
        if tokens.toks.get(iy).map(|t| t.kind) != Some(Kind::Num) {
            continue;
        }
        let matcher = Matcher::new(&tokens, opts, last_end);
        for raw in matcher.match_at(iy) {
            if raw.start >= last_end {
                last_end = raw.end;
                out.push(raw);
            }
        }
    }
    out
}
