//! Character classes the rules need. Ranges follow the Unicode Character Database (Arabic block
//! U+0600–U+06FF, Arabic Supplement U+0750–U+077F, joining types from ArabicShaping.txt); they
//! are small enough to write as `match` arms and are checked by unit tests below.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized};

pub(crate) use crate::digits::digit_value;

pub(crate) const ZWNJ: char = '\u{200C}';
pub(crate) const ZWJ: char = '\u{200D}';
pub(crate) const TATWEEL: char = '\u{0640}';
pub(crate) const PERSIAN_YEH: char = '\u{06CC}';
pub(crate) const PERSIAN_KAF: char = '\u{06A9}';
pub(crate) const ARABIC_YEH: char = '\u{064A}';
pub(crate) const ALEF_MAKSURA: char = '\u{0649}';
pub(crate) const ARABIC_KAF: char = '\u{0643}';
pub(crate) const HEH: char = '\u{0647}';
pub(crate) const HEH_WITH_YEH_ABOVE: char = '\u{06C0}';
pub(crate) const HAMZA: char = '\u{0621}';
pub(crate) const HAMZA_ABOVE: char = '\u{0654}';
pub(crate) const TEH_MARBUTA: char = '\u{0629}';
pub(crate) const ALEF: char = '\u{0627}';
pub(crate) const ALEF_WITH_MADDA: char = '\u{0622}';
pub(crate) const ALEF_WITH_HAMZA_ABOVE: char = '\u{0623}';
pub(crate) const ALEF_WITH_HAMZA_BELOW: char = '\u{0625}';
pub(crate) const ALEF_WASLA: char = '\u{0671}';

use crate::text::chars::{class_of, ANY_MARK, ARABIC, LATIN, NUMBER, OTHER_LETTER};
pub(crate) use crate::text::chars::{
    is_bidi_control, is_presentation_form, is_space_separator, joins_left,
};

/// Horizontal blanks that collapsing and trimming act on.
pub(crate) fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// Letters of the Arabic script (base letters, not marks, digits or punctuation; the letters of
/// the presentation forms too, not tatweel): [`crate::text::chars::class_of`] is `ARABIC`.
pub(crate) const fn is_arabic_letter(c: char) -> bool {
    class_of(c) == ARABIC
}

/// Arabic diacritics removed by the `*_diacritics` options: fathatan … sukun (U+064B–U+0652)
/// and superscript alef (U+0670).
pub(crate) const fn is_arabic_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}')
}

/// The general kind of a char, as far as words are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Letter,
    Digit,
    Mark,
    Other,
}

/// Kinds in the Arabic block (U+0600–U+06FF), from its general categories (the generated table
/// of [`crate::text::chars`]): the standard library's `is_alphabetic` takes a slow path for every
/// non-ASCII char, and Persian text is almost all in this block.
const fn arabic_block_kind(u: u32) -> Kind {
    use crate::text::chars::{is_arabic_block_digit, is_arabic_block_letter, is_arabic_mark};
    let Some(c) = char::from_u32(u) else {
        return Kind::Other;
    };
    if is_arabic_mark(c) {
        Kind::Mark
    } else if is_arabic_block_letter(c) {
        Kind::Letter
    } else if is_arabic_block_digit(c) {
        Kind::Digit
    } else {
        Kind::Other
    }
}

/// [`arabic_block_kind`] for U+0600–U+06FF, computed once at compile time.
#[allow(clippy::indexing_slicing)] // compile-time loop over 0..256 into a [_; 256]
const ARABIC_BLOCK: [Kind; 256] = {
    let mut table = [Kind::Other; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = arabic_block_kind(0x0600 + i as u32);
        i += 1;
    }
    table
};

/// The [`Kind`] of `c` (joiners are `Other`).
#[inline]
pub(crate) fn kind(c: char) -> Kind {
    let u = c as u32;
    if u < 0x80 {
        return if c.is_ascii_alphabetic() {
            Kind::Letter
        } else if c.is_ascii_digit() {
            Kind::Digit
        } else {
            Kind::Other
        };
    }
    if (0x0600..=0x06FF).contains(&u) {
        return ARABIC_BLOCK
            .get((u - 0x0600) as usize)
            .copied()
            .unwrap_or(Kind::Other);
    }
    match u {
        // Latin-1 punctuation and symbols (« » NBSP © °…), except the few letters and numbers.
        0x80..=0xBF => {
            return match u {
                0xAA | 0xB5 | 0xBA => Kind::Letter,
                0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE => Kind::Digit,
                _ => Kind::Other,
            }
        }
        // Latin letters with diacritics (× and ÷ are symbols).
        0xC0..=0x24F => {
            return if u == 0xD7 || u == 0xF7 {
                Kind::Other
            } else {
                Kind::Letter
            }
        }
        // General punctuation: spaces, dashes, quotes, joiners, bidi controls.
        0x2000..=0x206F => return Kind::Other,
        _ => {}
    }
    class_kind(c)
}

/// [`kind`] from the generated classes, for a char outside ASCII and the Arabic block.
#[inline]
const fn class_kind(c: char) -> Kind {
    match class_of(c) {
        ANY_MARK => Kind::Mark,
        LATIN | ARABIC | OTHER_LETTER => Kind::Letter,
        NUMBER => Kind::Digit,
        _ => Kind::Other,
    }
}

/// Facts about one char for the rules' hot loops, as bits (see [`info`]): one table load for
/// ASCII and the Arabic block (U+0600–U+06FF) instead of a chain of range tests per question.
pub(crate) mod flag {
    /// [`super::is_letter`].
    pub(crate) const LETTER: u16 = 1;
    /// [`super::Kind::Digit`] (any numeric char, not only the digits [`super::digit_value`] knows).
    pub(crate) const DIGIT: u16 = 2;
    /// [`super::is_mark`].
    pub(crate) const MARK: u16 = 4;
    /// ZWNJ or ZWJ: word chars that are neither letters, digits nor marks.
    pub(crate) const JOINER: u16 = 8;
    /// [`super::joins_left`].
    pub(crate) const JOINS_LEFT: u16 = 16;
    /// [`super::is_arabic_letter`].
    pub(crate) const ARABIC_LETTER: u16 = 32;
    /// A letter rule may change it under some language and options: the letters the Persian
    /// and Arabic rules map, hamza (the `هء` rule) and the diacritics.
    pub(crate) const RULE: u16 = 64;
    /// [`super::digit_value`] knows it (ASCII, Persian and Arabic-Indic digits).
    pub(crate) const DIGIT_VALUE: u16 = 128;
    /// An everywhere-option (tatweel, bidi, spaces, presentation forms, NFC) may change it: set
    /// for tatweel, ALM and the marks of the Arabic block, and for every char outside ASCII and
    /// that block (see `scan::everywhere_char` for the exact test).
    pub(crate) const EVERYWHERE: u16 = 256;
    /// Letters and digits: [`super::is_word_start`].
    pub(crate) const WORD_START: u16 = LETTER | DIGIT;
    /// [`super::is_word_char`].
    pub(crate) const WORD: u16 = LETTER | DIGIT | MARK | JOINER;
}

/// The chars some letter rule may change (see [`flag::RULE`]).
const fn rule_char(u: u32) -> bool {
    matches!(
        u,
        0x0621..=0x0623 | 0x0625 | 0x0629 | 0x0643 | 0x0649 | 0x064A | 0x064B..=0x0652 | 0x0670 | 0x0671 | 0x06C0
    )
}

/// [`info`] for a char whose kind is known.
const fn info_of(c: char, kind: Kind) -> u16 {
    let mut f: u16 = match kind {
        Kind::Letter => flag::LETTER,
        Kind::Digit => flag::DIGIT,
        Kind::Mark => flag::MARK,
        Kind::Other => 0,
    };
    let u = c as u32;
    if u == ZWNJ as u32 || u == ZWJ as u32 {
        f |= flag::JOINER;
    }
    if joins_left(c) {
        f |= flag::JOINS_LEFT;
    }
    if is_arabic_letter(c) {
        f |= flag::ARABIC_LETTER;
    }
    if rule_char(u) {
        f |= flag::RULE;
    }
    if matches!(u, 0x30..=0x39 | 0x0660..=0x0669 | 0x06F0..=0x06F9) {
        f |= flag::DIGIT_VALUE;
    }
    if matches!(u, 0x0610..=0x061A | 0x061C | 0x0640 | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
        || !(u < 0x80 || (u >= 0x0600 && u <= 0x06FF))
    {
        f |= flag::EVERYWHERE;
    }
    f
}

const fn ascii_kind(u: u32) -> Kind {
    match u {
        0x41..=0x5A | 0x61..=0x7A => Kind::Letter,
        0x30..=0x39 => Kind::Digit,
        _ => Kind::Other,
    }
}

/// [`info`] for U+0000–U+007F (entries 0–127), U+0600–U+06FF (128–383), U+0080–U+00FF
/// (384–511: NBSP, « », Latin-1 letters) and U+2000–U+206F (512–623: ZWNJ, ZWJ, dashes, quotes,
/// bidi controls): the non-ASCII chars of Persian text outside the Arabic block are mostly there.
#[allow(clippy::indexing_slicing)] // compile-time loop over 0..624 into a [_; 624]
const INFO: [u16; 624] = {
    let mut table = [0u16; 624];
    let mut i = 0;
    while i < 624 {
        let u = match i {
            0..128 => i as u32,
            128..384 => 0x0600 + (i - 128) as u32,
            384..512 => 0x0080 + (i - 384) as u32,
            _ => 0x2000 + (i - 512) as u32,
        };
        if let Some(c) = char::from_u32(u) {
            let kind = match i {
                0..128 => ascii_kind(u),
                128..384 => arabic_block_kind(u),
                _ => class_kind(c),
            };
            table[i] = info_of(c, kind);
        }
        i += 1;
    }
    table
};

/// The [`flag`] bits of `c`.
#[inline(always)]
pub(crate) fn info(c: char) -> u16 {
    let u = c as u32;
    let idx = if u < 0x80 {
        u
    } else if (0x0600..=0x06FF).contains(&u) {
        u - 0x0600 + 128
    } else if u < 0x100 {
        u - 0x80 + 384
    } else if (0x2000..=0x206F).contains(&u) {
        u - 0x2000 + 512
    } else {
        return info_other(c);
    };
    INFO.get(idx as usize).copied().unwrap_or(0)
}

/// [`info`] outside ASCII and the Arabic block.
#[inline(never)]
fn info_other(c: char) -> u16 {
    info_of(c, kind(c))
}

/// The char starting at byte `i` of `s` and its length in bytes (`None` at the end or off a
/// char boundary). Decodes ASCII and the Arabic block without the general UTF-8 decoder.
#[inline(always)]
pub(crate) fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = s.as_bytes();
    let x = *b.get(i)?;
    if x < 0x80 {
        return Some((x as char, 1));
    }
    if (0xD8..=0xDB).contains(&x) {
        let y = *b.get(i + 1)?;
        let u = crate::text::scan::two_byte(x, y);
        return char::from_u32(u).map(|c| (c, 2));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Combining marks (general category M).
pub(crate) fn is_mark(c: char) -> bool {
    kind(c) == Kind::Mark
}

/// Characters that make up words: letters, digits, marks, and the joiners inside words.
pub(crate) fn is_word_char(c: char) -> bool {
    c == ZWNJ || c == ZWJ || kind(c) != Kind::Other
}

/// Characters that can begin a word: letters and digits, not marks (Unicode counts many Arabic
/// harakat as alphabetic).
pub(crate) fn is_word_start(c: char) -> bool {
    matches!(kind(c), Kind::Letter | Kind::Digit)
}

/// Letters, without the combining marks Unicode also calls alphabetic.
pub(crate) fn is_letter(c: char) -> bool {
    kind(c) == Kind::Letter
}

/// Whether `c` may be changed by NFC in some context (it has a non-zero combining class, or
/// its NFC quick-check value is not "yes"). Cheap for ASCII and Arabic base letters.
pub(crate) fn nfc_sensitive(c: char) -> bool {
    let u = c as u32;
    if u < 0x300
        || matches!(c, '\u{0620}'..='\u{064A}' | '\u{0660}'..='\u{066F}' | '\u{0671}'..='\u{06D5}' | '\u{06F0}'..='\u{06FF}' | '\u{200C}'..='\u{200F}')
    {
        return false;
    }
    canonical_combining_class(c) != 0 || is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes
}

/// A safe place to cut text for NFC: a starter that never composes with what precedes it.
pub(crate) fn nfc_boundary(c: char) -> bool {
    (c as u32) < 0x300 || !nfc_sensitive(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_joiners_do_not_join_left() {
        for c in "ادذرزژوآأإؤةۀء".chars() {
            assert!(!joins_left(c), "{c}");
        }
        for c in "بپتثجچحخسشصضطظعغفقکگلمنهیيكئ".chars() {
            assert!(joins_left(c), "{c}");
        }
        assert!(!joins_left('a'));
        assert!(!joins_left('۱'));
    }

    #[test]
    fn classes() {
        assert!(is_bidi_control('\u{200F}'));
        assert!(!is_bidi_control(ZWNJ));
        assert!(is_space_separator('\u{00A0}'));
        assert!(!is_space_separator(' '));
        assert!(is_arabic_letter('پ'));
        assert!(!is_arabic_letter('۱'));
        assert!(!is_arabic_letter(TATWEEL));
        assert!(is_arabic_diacritic('\u{064E}'));
        assert!(!is_arabic_diacritic(HAMZA_ABOVE));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('٣'), Some(3));
        assert!(nfc_sensitive('\u{0654}'));
        assert!(nfc_sensitive('\u{064E}'));
        assert!(!nfc_sensitive('ب'));
    }

    #[test]
    fn info_agrees_with_predicates() {
        for u in (0..=0x0800_u32)
            .chain(0x2000..=0x2070)
            .chain(0xFB50..=0xFEFF)
        {
            let Some(c) = char::from_u32(u) else { continue };
            let f = info(c);
            assert_eq!(f & flag::LETTER != 0, is_letter(c), "U+{u:04X}");
            assert_eq!(f & flag::MARK != 0, is_mark(c), "U+{u:04X}");
            assert_eq!(f & flag::DIGIT != 0, kind(c) == Kind::Digit, "U+{u:04X}");
            assert_eq!(f & flag::WORD_START != 0, is_word_start(c), "U+{u:04X}");
            assert_eq!(f & flag::WORD != 0, is_word_char(c), "U+{u:04X}");
            assert_eq!(f & flag::JOINS_LEFT != 0, joins_left(c), "U+{u:04X}");
            assert_eq!(
                f & flag::ARABIC_LETTER != 0,
                is_arabic_letter(c),
                "U+{u:04X}"
            );
            assert_eq!(
                f & flag::DIGIT_VALUE != 0,
                digit_value(c).is_some(),
                "U+{u:04X}"
            );
            let s = c.to_string();
            assert_eq!(char_at(&s, 0), Some((c, c.len_utf8())), "U+{u:04X}");
            if f & flag::EVERYWHERE == 0 {
                // Chars without the bit are never touched by the everywhere-options.
                assert!(u < 0x80 || (0x0600..=0x06FF).contains(&u), "U+{u:04X}");
                assert!(
                    !nfc_sensitive(c) && c != TATWEEL && !is_bidi_control(c),
                    "U+{u:04X}"
                );
            }
        }
        assert_eq!(char_at("a", 1), None);
        assert_eq!(char_at("ب", 1), None);
    }

    #[test]
    fn fast_kinds_agree_with_unicode() {
        for u in (0x80..=0x24F_u32)
            .chain(0x0600..=0x06FF)
            .chain(0x2000..=0x206F)
        {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(kind(c), class_kind(c), "U+{u:04X}");
        }
    }
}
