//! The fast path: a byte scan that tells whether any option *could* change a line.
//!
//! Most lines of clean text need nothing, and segmenting them only to find that out would cost
//! far more than the scan. The scan is conservative — it may answer "maybe" for a line that ends
//! up unchanged, never "no" for a line that would change — because it tests for the bytes every
//! rule needs before it can fire, in any language: a rule cannot change a line that has none of
//! its trigger characters, whatever the segmentation says. The property tests check this by
//! comparing with the full pipeline.

use super::chars::{digit_value, flag, info, is_blank, is_word_char, is_word_start, ZWNJ};
use super::letters;
use crate::text::scan::BlockSet;
use std::borrow::Cow;

use super::lexicon::{self, Entry, SUFFIXES};
use super::{DigitMode, Normalizer};

/// Whether normalizing `line` (one line, no terminator) might change it.
pub(super) fn may_change(n: &Normalizer, line: &str) -> bool {
    let b = line.as_bytes();
    // The options that look at whole words (off in `default` and `search`: no extra pass there).
    let lexicon = n.zwnj && n.zwnj_lexicon;
    if (lexicon || n.persian_spacing || n.persian_elongation)
        && b.iter().any(|&x| x & 0xFC == 0xD8)
        && ((lexicon && lexicon_may_change(line))
            || (n.persian_spacing && digit_beside_letter(line))
            || (n.persian_elongation && lexicon::run_of_three(line)))
    {
        return true;
    }
    let set = may_change_set(n);
    let blanks = n.collapse_spaces || n.trim_lines || n.zwnj;
    if n.trim_lines
        && (matches!(b.first(), Some(b' ' | b'\t')) || matches!(b.last(), Some(b' ' | b'\t')))
    {
        return true;
    }
    let native = n.digits == DigitMode::Native;
    let punct = n.persian_punctuation;
    let spacing = n.persian_spacing;
    let ellipsis = n.persian_ellipsis;
    // Without options that look at ASCII digits or punctuation, an ASCII byte matters only if it
    // is a blank next to another blank or next to non-ASCII text: test 8 bytes at a time.
    let swar = !native && !punct && !spacing && !ellipsis;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x & 0xFC == 0xD8 {
            // The Arabic block first: most of a Persian line, stepped over a run at a time.
            let end = arabic_run(&set, b, i, n.zwnj, spacing);
            if end > i {
                i = end;
                continue;
            }
            // a char of the set (or a lone lead byte at the end)
            let y = b.get(i + 1).copied().unwrap_or(0);
            if arabic_may_change(&set, x, y, b, i) {
                return true;
            }
            i += 2;
            continue;
        }
        if swar && x < 0x80 {
            if let Some(w) = word_at(b, i) {
                if w & HIGH == 0 {
                    let m = eq_mask(w, b' ') | eq_mask(w, b'\t');
                    if m != 0 {
                        if m & (m >> 8) != 0 {
                            return true;
                        }
                        if (m & 0x80 != 0 && blanks && blank_may_change(n, line, i))
                            || (m >> 56 != 0 && blanks && blank_may_change(n, line, i + 7))
                        {
                            return true;
                        }
                    }
                    i += 8;
                    continue;
                }
            }
        }
        if x < 0x80 {
            let hit = match x {
                b' ' | b'\t' => {
                    (blanks && blank_may_change(n, line, i)) || (spacing && spacing_blank(b, i))
                }
                b'0'..=b'9' => native,
                b',' | b';' | b'?' => punct,
                b'.' => ellipsis && b.get(i + 1..i + 3) == Some(b".."),
                _ => false,
            };
            if hit {
                return true;
            }
            i += 1;
            continue;
        }
        let y = b.get(i + 1).copied().unwrap_or(0);
        let hit = match x {
            // U+0080–U+00BF: only NBSP matters.
            0xC2 => y == 0xA0,
            // Latin letters with diacritics, IPA, spacing modifiers: no composition, no rule.
            0xC3..=0xCB => false,
            // Greek and Cyrillic letters (not the Greek ano teleia, not Cyrillic marks).
            0xCE => y == 0x87,
            0xCF..=0xD1 | 0xD3 => false,
            0xD2 => (0x83..=0x89).contains(&y),
            0xD8..=0xDB => arabic_may_change(&set, x, y, b, i),
            0xE2 => general_punct_may_change(n, b, i),
            // Fullwidth forms and specials (U+FF00–U+FFFF) are safe; presentation forms are not.
            0xEF => y < 0xBC,
            // Everything else (other scripts with marks, CJK spaces, 4-byte chars): look closer.
            _ => true,
        };
        if hit {
            return true;
        }
        i += match x {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
    }
    false
}

/// Whether `text` has a digit next to a letter of the Arabic block (`persian_spacing` puts a
/// space between a number and a Persian word glued to it).
pub(super) fn digit_beside_letter(text: &str) -> bool {
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if let Some(p) = prev {
            let (pd, cd) = (digit_value(p).is_some(), digit_value(c).is_some());
            if (pd && !cd && info(c) & flag::ARABIC_LETTER != 0)
                || (cd && !pd && info(p) & flag::ARABIC_LETTER != 0)
            {
                return true;
            }
        }
        prev = Some(c);
    }
    false
}

/// `zwnj_lexicon`: could the lexicon split a word of `line`, or join two of its words? Words
/// are runs of non-ASCII word chars (a URL, address or tag may end at an ASCII char, after which
/// the rules see a word start; a word with an ASCII char in it has no entry in the lexicon); two
/// words are a candidate pair when only blanks and ZWNJs, at least one blank, stand between
/// them. The answer ignores languages (the rules join only Persian words), so it may say "maybe"
/// for a line the rules leave alone, never "no" for one they change.
fn lexicon_may_change(line: &str) -> bool {
    let lex = lexicon::get();
    let mut buf = String::new();
    // The key and entry of the word before, while only a gap follows it.
    let mut prev: Option<(Cow<'_, str>, Entry)> = None;
    let mut blank = false;
    let mut i = 0;
    while let Some(c) = line.get(i..).and_then(|r| r.chars().next()) {
        if c.is_ascii() || !is_word_start(c) {
            if is_blank(c) {
                blank = true;
            } else if c != ZWNJ {
                prev = None;
            }
            i += c.len_utf8();
            continue;
        }
        let word = word_at_start(line.get(i..).unwrap_or_default());
        i += word.len();
        let key = lexicon::key_of(word);
        let e = lex.lookup(&key);
        if e.split != 0 && !word.contains(ZWNJ) {
            return true;
        }
        if let Some((a, pe)) = &prev {
            if blank && lex.join(a, *pe, &key, e, &mut buf) {
                return true;
            }
        }
        prev = Some((key, e));
        blank = false;
    }
    false
}

/// A blank at `i`, for `persian_spacing`: is it right after an opening `(` `«`, or right before
/// a closing punctuation mark (the rule's triggers, whatever the context)?
fn spacing_blank(b: &[u8], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| b.get(j));
    if before == Some(&b'(') || (i >= 2 && b.get(i - 2..i) == Some("«".as_bytes())) {
        return true;
    }
    match b.get(i + 1) {
        Some(b':' | b'.' | b'!' | b')' | b'?' | b',' | b';') => true,
        Some(_) => {
            let rest = b.get(i + 1..).unwrap_or_default();
            ["،", "؛", "؟", "»"]
                .iter()
                .any(|p| rest.starts_with(p.as_bytes()))
        }
        None => false,
    }
}

/// A blank at `i`: may it be collapsed, trimmed, or be the gap of a ZWNJ join?
#[inline(always)]
fn blank_may_change(n: &Normalizer, line: &str, i: usize) -> bool {
    let b = line.as_bytes();
    let next = b.get(i + 1).copied();
    if matches!(next, Some(b' ' | b'\t')) {
        return n.collapse_spaces || n.zwnj;
    }
    if !n.zwnj {
        return false;
    }
    // Next word starts like a suffix (ها…, تر…) or this blank follows a verb prefix (می, نمی).
    if before_suffix(b, i) && is_suffix_word(line.get(i + 1..).unwrap_or_default()) {
        return true;
    }
    // Conservative: an ASCII char before may end a URL or address, after which a word starts.
    let word_start = |at: usize| {
        line.get(..at)
            .and_then(|s| s.chars().next_back())
            .is_none_or(|c| !is_word_start(c) || c.is_ascii())
    };
    if after_verb_prefix(b, i) {
        if word_start(i - 4) {
            return true;
        }
        if i >= 6 && b.get(i - 6..i - 4) == Some("ن".as_bytes()) && word_start(i - 6) {
            return true;
        }
    }
    // A ZWNJ right after the blank is handled at the ZWNJ; anything else joins nothing.
    false
}

/// The word after the blank at `i` starts as the joined suffixes do (`ها…`, `تر…`).
#[inline(always)]
fn before_suffix(b: &[u8], i: usize) -> bool {
    let after = b.get(i + 1..i + 5);
    after == Some("ها".as_bytes()) || after == Some("تر".as_bytes())
}

/// The blank at `i` follows `می` (the end of the verb prefixes `می` and `نمی`).
#[inline(always)]
fn after_verb_prefix(b: &[u8], i: usize) -> bool {
    i >= 4 && b.get(i - 4..i) == Some("می".as_bytes())
}

/// For [`may_change`]: the chars of the Arabic block some option may change. Hamza (U+0621)
/// is in it when `persian_heh_hamza` is on; it then still needs a heh before it.
fn may_change_set(n: &Normalizer) -> BlockSet {
    let groups: [(bool, BlockSet); 11] = [
        (n.remove_tatweel, TATWEEL),
        (n.remove_bidi, ALM),
        // the letter rules, from their tables
        (n.persian_letters, PERSIAN_LETTERS),
        (n.arabic_alef_maksura, MAKSURA),
        // ۀ, and ء after ه
        (n.persian_heh_hamza, HEH_HAMZA),
        (n.arabic_alef, ALEF),
        (n.arabic_teh_marbuta, TEH_MARBUTA),
        (
            n.nfc || n.persian_diacritics || n.arabic_diacritics,
            DIACRITICS,
        ),
        // other marks (and hamza/madda above, which compose under NFC)
        (n.nfc, OTHER_MARKS),
        (n.digits != DigitMode::Keep, DIGITS),
        (n.digits == DigitMode::Ascii, DIGIT_SEPARATORS),
    ];
    groups
        .into_iter()
        .filter(|&(on, _)| on)
        .fold(BlockSet::EMPTY, |set, (_, group)| set.union(group))
}

const PERSIAN_LETTERS: BlockSet = letters::trigger_set(letters::PERSIAN_LETTERS);
const MAKSURA: BlockSet = letters::trigger_set(letters::ARABIC_ALEF_MAKSURA);
const HEH_HAMZA: BlockSet = BlockSet::of_ranges(&[(0x06C0, 0x06C0), (0x0621, 0x0621)]);
const ALEF: BlockSet = letters::trigger_set(letters::ARABIC_ALEF);
const TEH_MARBUTA: BlockSet = letters::trigger_set(letters::ARABIC_TEH_MARBUTA);
const DIACRITICS: BlockSet = BlockSet::of_ranges(&[(0x064B, 0x0652), (0x0670, 0x0670)]);
const OTHER_MARKS: BlockSet =
    BlockSet::of_ranges(&[(0x0610, 0x061A), (0x0653, 0x065F), (0x06D6, 0x06ED)]);
const DIGITS: BlockSet = BlockSet::of_ranges(&[(0x0660, 0x0669), (0x06F0, 0x06F9)]);
const DIGIT_SEPARATORS: BlockSet = BlockSet::of_ranges(&[(0x066A, 0x066C)]);

/// A two-byte char of the Arabic block, `x y`, at `i` (`set` from [`may_change_set`]).
#[inline]
fn arabic_may_change(set: &BlockSet, x: u8, y: u8, b: &[u8], i: usize) -> bool {
    let hit = set.contains_pair(x, y);
    // Hamza (U+0621) changes only after heh.
    hit && ((x, y) != (0xD8, 0xA1) || (i >= 2 && b.get(i - 2..i) == Some("ه".as_bytes())))
}

/// Where the run of two-byte chars of the Arabic block from `start` on that `set` does not
/// hold ends: at the first char that is not of the block, or that the set holds. A single space
/// between two chars of the block stays in the run when no option may change it: it is not
/// double and not at an edge of the line, so only the ZWNJ rules (`zwnj`) may join across it —
/// when a suffix (`ها…`, `تر…`) follows or `می` precedes, which [`blank_may_change`] then decides
/// — and the spacing rules (`spacing`) may, which [`spacing_blank`] then decides. (Its own small
/// loop: inside `may_change`'s, each char cost twice the instructions, and each space ninety.)
#[inline(never)]
fn arabic_run(set: &BlockSet, b: &[u8], start: usize, zwnj: bool, spacing: bool) -> usize {
    let mut i = start;
    loop {
        while let Some(&[x, y]) = b.get(i..i + 2) {
            match set.pair(x, y) {
                None => break,
                Some(true) => return i,
                Some(false) => i += 2,
            }
        }
        let space_between =
            i > start && b.get(i) == Some(&b' ') && matches!(b.get(i + 1), Some(0xD8..=0xDB));
        if !space_between || spacing {
            return i;
        }
        if zwnj && (before_suffix(b, i) || after_verb_prefix(b, i)) {
            return i;
        }
        i += 1;
    }
}

/// A char starting with 0xE2 (U+2000–U+2FFF) at `i`.
fn general_punct_may_change(n: &Normalizer, b: &[u8], i: usize) -> bool {
    let y = b.get(i + 1).copied().unwrap_or(0);
    let z = b.get(i + 2).copied().unwrap_or(0);
    match (y, z) {
        (0x80, 0x8C) => n.zwnj && zwnj_may_change(b, i),
        (0x80, 0x8D) => false,
        (0x80, 0x8E | 0x8F | 0xAA..=0xAE) | (0x81, 0xA6..=0xA9) => n.remove_bidi,
        (0x80, 0x80..=0x8A | 0xAF) | (0x81, 0x9F) => n.unify_spaces || n.nfc,
        // U+2000–U+206F otherwise: punctuation, no composition.
        (0x80 | 0x81, _) => false,
        // Currency, arrows, math, box drawing…: safe except the NFC singletons (Ω K Å in
        // U+2100–U+213F, 〈 〉 at U+2329/U+232A) and combining marks for symbols (U+20D0–U+20FF).
        (0x82, _) | (0x86..=0x8B, _) | (0x8D..=0xBF, _) => false,
        _ => true,
    }
}

/// A ZWNJ at `i` is left alone only where [`super::zwnj::keeps`] it.
fn zwnj_may_change(b: &[u8], i: usize) -> bool {
    let prev = i
        .checked_sub(2)
        .and_then(|p| std::str::from_utf8(b.get(p..i)?).ok())
        .and_then(|s| s.chars().next());
    let next = b
        .get(i + 3..(i + 5).min(b.len()))
        .and_then(|s| std::str::from_utf8(s).ok())
        .and_then(|s| s.chars().next());
    !super::zwnj::keeps(prev, next)
}

/// Whether the word at the start of `rest` is, as written, one of the joined suffixes. The word
/// is cut at ASCII too, since a URL may begin there.
fn is_suffix_word(rest: &str) -> bool {
    SUFFIXES.contains(&word_at_start(rest).trim_end_matches(ZWNJ))
}

/// The word at the start of `rest`: its word chars up to the first ASCII char (a URL, address or
/// tag may end there, after which the rules see a word start).
fn word_at_start(rest: &str) -> &str {
    let end = rest
        .char_indices()
        .find(|&(_, c)| !is_word_char(c) || c.is_ascii())
        .map_or(rest.len(), |(j, _)| j);
    crate::text::sub(rest, ..end)
}

const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// Eight bytes of `b` at `i`, little-endian, if there are eight.
pub(super) fn word_at(b: &[u8], i: usize) -> Option<u64> {
    let chunk: [u8; 8] = b.get(i..i + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The high bit of each byte of `w` that equals `byte` (exact, no false positives).
pub(super) fn eq_mask(w: u64, byte: u8) -> u64 {
    let x = w ^ (u64::from(byte) * 0x0101_0101_0101_0101);
    // High bit of t is set exactly for the non-zero bytes of x.
    let t = ((x & LOW7).wrapping_add(LOW7)) | x;
    !t & HIGH
}

/// Whether a run of whole ASCII lines has a blank next to a blank or a line break (or at an
/// edge): the only thing the whitespace options change in ASCII text.
pub(super) fn ascii_needs_whitespace(region: &[u8]) -> bool {
    let is_blank = |b: u8| b == b' ' || b == b'\t';
    let is_break = |b: u8| b == b'\n' || b == b'\r';
    if region.first().is_some_and(|&b| is_blank(b)) || region.last().is_some_and(|&b| is_blank(b)) {
        return true;
    }
    // Overlapping 8-byte windows, 7 bytes apart, so that every adjacent pair is seen.
    let mut i = 0;
    while let Some(w) = word_at(region, i) {
        let blank = eq_mask(w, b' ') | eq_mask(w, b'\t');
        if blank != 0 {
            let brk = eq_mask(w, b'\n') | eq_mask(w, b'\r');
            let either = blank | brk;
            if blank & (either >> 8) != 0 || brk & (blank >> 8) != 0 {
                return true;
            }
        }
        i += 7;
    }
    region
        .get(i..)
        .unwrap_or_default()
        .windows(2)
        .any(|w| match *w {
            [a, b] => (is_blank(a) && (is_blank(b) || is_break(b))) || (is_break(a) && is_blank(b)),
            _ => false,
        })
}

/// Whether the Arabic-block char whose UTF-8 is `x y` (`x` in 0xD8..=0xDB) is one NFC never
/// changes and never composes with what precedes it (none of [`MARKS`]).
#[inline(always)]
pub(super) fn nfc_inert_block_char(x: u8, y: u8) -> bool {
    !MARKS.contains_pair(x, y)
}

const TATWEEL: BlockSet = BlockSet::of_ranges(&[(0x0640, 0x0640)]);
const ALM: BlockSet = BlockSet::of_ranges(&[(0x061C, 0x061C)]);
/// Arabic-block marks NFC may reorder or compose.
const MARKS: BlockSet = BlockSet::of_ranges(&[
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
]);

/// For [`everywhere_char`]: which chars of the Arabic block the options may change.
pub(super) fn everywhere_set(n: &Normalizer) -> BlockSet {
    [
        (n.remove_tatweel, TATWEEL),
        (n.remove_bidi, ALM),
        (n.nfc, MARKS),
    ]
    .into_iter()
    .filter(|&(on, _)| on)
    .fold(BlockSet::EMPTY, |set, (_, group)| set.union(group))
}

/// Whether the everywhere-operations could change the char that `bytes` starts with
/// (`set` from [`everywhere_set`]). Conservative like [`may_change`].
#[inline]
pub(super) fn everywhere_char(n: &Normalizer, set: &BlockSet, bytes: &[u8]) -> bool {
    match bytes {
        [] | [0x00..=0x7F, ..] => false,
        [x @ 0xD8..=0xDB, y, ..] => set.contains_pair(*x, *y),
        [x, more @ ..] => {
            let y = more.first().copied().unwrap_or(0);
            match x {
                0xC2 => y == 0xA0 && (n.unify_spaces || n.nfc),
                0xC3..=0xCB => false,
                0xE2 => {
                    let z = more.get(1).copied().unwrap_or(0);
                    match (y, z) {
                        (0x80, 0x8C | 0x8D) => false,
                        (0x80 | 0x81, _) => true,
                        (0x82, _) | (0x86..=0x8B, _) | (0x8D..=0xBF, _) => false,
                        _ => true,
                    }
                }
                0xEF => y < 0xBC,
                _ => true,
            }
        }
    }
}

/// Whether the everywhere-operations (presentation forms, tatweel, bidi, spaces, NFC) could
/// change `line`. Conservative like [`may_change`]; lets Persian lines skip a per-char pass.
pub(super) fn everywhere_may_change(n: &Normalizer, line: &str) -> bool {
    let set = everywhere_set(n);
    let mut rest = line.as_bytes();
    loop {
        rest = match rest {
            [] => return false,
            [0x00..=0x7F, tail @ ..] => tail,
            [0xD8..=0xDB, _, tail @ ..] => {
                if everywhere_char(n, &set, rest) {
                    return true;
                }
                tail
            }
            [x, ..] => {
                if everywhere_char(n, &set, rest) {
                    return true;
                }
                let len = match x {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                crate::text::sub_slice(rest, len..)
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marks_set_holds_every_nfc_sensitive_char_of_the_block() {
        for u in 0x0600..0x0700u32 {
            let c = char::from_u32(u).unwrap();
            let mut utf8 = [0u8; 2];
            c.encode_utf8(&mut utf8);
            if super::super::chars::nfc_sensitive(c) {
                assert!(!nfc_inert_block_char(utf8[0], utf8[1]), "U+{u:04X}");
            }
        }
        assert!(nfc_inert_block_char(0xD8, 0xA8)); // ب
        assert!(!nfc_inert_block_char(0xD9, 0x8E)); // fatha
    }

    #[test]
    fn eq_mask_is_exact() {
        let w = u64::from_le_bytes(*b" ! \t\x20a\x21 ");
        assert_eq!(eq_mask(w, b' '), 0x8000_0080_0080_0080);
        assert_eq!(eq_mask(w, b'\t'), 0x8000_0000);
    }

    #[test]
    fn ascii_whitespace_check() {
        assert!(!ascii_needs_whitespace(b"a b c d e f g h i j k\nl m n"));
        assert!(ascii_needs_whitespace(b"abcdefg  h"));
        assert!(ascii_needs_whitespace(b"abcdefgh \nx"));
        assert!(ascii_needs_whitespace(b"abcdef\n x"));
        assert!(ascii_needs_whitespace(b" abc"));
        assert!(ascii_needs_whitespace(b"abcdefghijklmn\t\tz"));
        for k in 0..20 {
            let mut v = vec![b'x'; 20];
            v[k] = b' ';
            if k > 0 && k < 19 {
                assert!(!ascii_needs_whitespace(&v), "{k}");
                v[k + 1] = b' ';
                assert!(ascii_needs_whitespace(&v), "{k}");
            }
        }
    }
}
