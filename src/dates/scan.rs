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

/// The offset of the first digit (any alphabet) at or after `from`.
///
/// Tests 32 positions at a time without branching (the compiler turns this into SIMD compares),
/// and only looks byte by byte inside a chunk that has a digit.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    const CHUNK: usize = 32;
    let mut i = from;
    while let (Some(a), Some(b)) = (bytes.get(i..i + CHUNK), bytes.get(i + 1..i + CHUNK + 1)) {
        let hit = a
            .iter()
            .zip(b)
            .fold(false, |acc, (&x, &y)| acc | is_digit_pair(x, y));
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
            let start = next_digit(self.bytes, self.pos)?;
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
    let mut prev_start: Option<usize> = None;
    for (start, end) in candidates {
        if start < last_end {
            continue;
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
            let matcher = Matcher::new(&tokens, opts, last_end, ws == 0, we == text.len());
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
    out
}
