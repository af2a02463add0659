//! Character classes shared by segmentation, normalization and the date matcher: the Arabic
//! block's General_Category ([`super::arabic_block`]) and, for every other non-ASCII char, its
//! class, joining and bidi facts ([`super::classes`]); both tables are generated from the
//! Unicode Character Database of the version `unicode-normalization` uses.

use super::arabic_block::{CLASSES, DIGIT, LETTER, MARK};
use super::classes;
pub(crate) use super::classes::{ARABIC, LATIN, LETTER as OTHER_LETTER, MARK as ANY_MARK, NUMBER};
use super::scan::BlockSet;
use std::sync::OnceLock;

/// The value of the range of the sorted, disjoint, inclusive `ranges` that holds `u`, or 0 (a
/// binary search).
#[inline]
#[allow(clippy::indexing_slicing)] // `lo <= mid < hi <= ranges.len()`
const fn lookup(ranges: &[(u32, u32, u8)], u: u32) -> u8 {
    // Most chars asked about are below or above the whole table.
    match (ranges.first(), ranges.last()) {
        (Some(&(first, _, _)), Some(&(_, last, _))) if u >= first && u <= last => {}
        _ => return 0,
    }
    let (mut lo, mut hi) = (0, ranges.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let (a, b, value) = ranges[mid];
        if u < a {
            hi = mid;
        } else if u > b {
            lo = mid + 1;
        } else {
            return value;
        }
    }
    0
}

/// Whether `u` is in one of the ranges of a set of [`classes`]. A set of a few ranges is
/// walked in order, stopping at the first range that starts above `u`: the Arabic letters,
/// most of what is asked, sit between the first two ranges of the bidi controls and of the
/// space separators, and there this is two compares where a binary search took a loop (on
/// Arabic news, `normalize` spent 4% of its instructions searching these two sets).
#[inline]
#[allow(clippy::indexing_slicing)] // `i < ranges.len()`
const fn range_of(ranges: &[(u32, u32, u8)], u: u32) -> bool {
    if ranges.len() > 8 {
        return lookup(ranges, u) != 0;
    }
    let mut i = 0;
    while i < ranges.len() {
        let (a, b, value) = ranges[i];
        if u < a {
            return false;
        }
        if u <= b {
            return value != 0;
        }
        i += 1;
    }
    false
}

/// The class of a non-ASCII char in [`classes::CLASSES`] ([`LATIN`], [`ARABIC`],
/// [`OTHER_LETTER`], [`ANY_MARK`], [`NUMBER`]), or 0: a letter is an Alphabetic char that is
/// not a mark, by script; a mark is General_Category M*; a number a non-alphabetic N*. ASCII
/// gets 0 (callers test it first).
#[inline]
pub(crate) const fn class_of(c: char) -> u8 {
    lookup(&classes::CLASSES, c as u32)
}

/// The Arabic Presentation Forms blocks (A: U+FB50–U+FDFF, B: U+FE70–U+FEFF): what NFKC and
/// the `presentation_forms` option turn back into letters ([`super::presentation_forms`]).
#[inline]
pub(crate) const fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether a ZWNJ after `c` shows: Joining_Type Dual_Joining or Join_Causing, in the Arabic or
/// Common script (the Arabic letters that join the next one, and tatweel). Right-joining letters
/// (ا د ذ ر ز ژ و …), hamza and presentation forms do not.
#[inline]
pub(crate) const fn joins_left(c: char) -> bool {
    range_of(&classes::JOINS_LEFT, c as u32)
}

/// Bidi_Control: ALM, LRM, RLM, the embeddings, overrides and isolates.
#[inline]
pub(crate) const fn is_bidi_control(c: char) -> bool {
    range_of(&classes::BIDI_CONTROL, c as u32)
}

/// Space separators (General_Category Zs) other than U+0020, including NBSP.
#[inline]
pub(crate) const fn is_space_separator(c: char) -> bool {
    range_of(&classes::SPACE_SEPARATORS, c as u32)
}

/// The General_Category class of `c` when it is in the Arabic block U+0600..=U+06FF
/// ([`MARK`], [`LETTER`] or [`DIGIT`], from the table `tools/gen_char_classes.py` generates),
/// else 0.
#[inline]
#[allow(clippy::indexing_slicing)] // the index is below 256, checked just before
pub(crate) const fn arabic_block_class(c: char) -> u8 {
    let u = c as u32;
    if u >= 0x600 && u < 0x700 {
        CLASSES[(u - 0x600) as usize]
    } else {
        0
    }
}

/// Arabic combining marks (harakat, Quranic marks, superscript alef): General_Category Mn in the
/// Arabic block. Words keep them (segmentation), folds drop them (the language model, the date
/// matcher).
#[inline]
pub(crate) const fn is_arabic_mark(c: char) -> bool {
    arabic_block_class(c) & MARK != 0
}

/// A letter of the Arabic block (General_Category L*, tatweel included).
#[inline]
pub(crate) const fn is_arabic_block_letter(c: char) -> bool {
    arabic_block_class(c) & LETTER != 0
}

/// An Arabic-Indic or Persian digit (General_Category Nd in the Arabic block).
#[inline]
pub(crate) const fn is_arabic_block_digit(c: char) -> bool {
    arabic_block_class(c) & DIGIT != 0
}

/// `f(c)`, for a char of the main Arabic block read from `table`, made once from `f`.
#[inline]
fn by_block_table(c: char, table: &'static OnceLock<BlockSet>, f: fn(char) -> bool) -> bool {
    match c as u32 {
        u @ 0x600..0x700 => table.get_or_init(|| BlockSet::of(f)).contains(u),
        _ => f(c),
    }
}

/// `c.is_alphabetic()`, the main Arabic block read from a table made once from that same
/// function (the standard library's lookup took about 500 instructions a char of the block:
/// `clean` spent 1% of its instructions there, reading the words before each date).
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    static BLOCK: OnceLock<BlockSet> = OnceLock::new();
    by_block_table(c, &BLOCK, char::is_alphabetic)
}

/// `c.is_alphanumeric()`, as [`is_alphabetic`] is `c.is_alphabetic()`.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    static BLOCK: OnceLock<BlockSet> = OnceLock::new();
    by_block_table(c, &BLOCK, char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabetic_and_alphanumeric_are_the_standard_librarys() {
        for c in (0..=0x10_FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{:04X}", c as u32);
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{:04X}", c as u32);
        }
    }

    #[test]
    fn generated_classes_agree_with_the_standard_library() {
        for u in 0x600..0x700u32 {
            let c = char::from_u32(u).unwrap();
            // Letters are alphabetic; digits numeric; marks and letters exclusive.
            if is_arabic_block_letter(c) {
                assert!(c.is_alphabetic() && !is_arabic_mark(c), "U+{u:04X}");
            }
            assert_eq!(is_arabic_block_digit(c), c.is_numeric(), "U+{u:04X}");
        }
        assert_eq!(arabic_block_class('a'), 0);
        assert_eq!(arabic_block_class('\u{0700}'), 0);
    }

    #[test]
    fn the_tables_speak_the_unicode_version_of_unicode_normalization() {
        let (major, minor, patch) = unicode_normalization::UNICODE_VERSION;
        for (table, header) in [
            (include_str!("arabic_block.rs"), "(unicodedata2)"),
            (include_str!("classes.rs"), "(icu_properties_data"),
        ] {
            let header = format!("// Unicode {major}.{minor}.{patch} {header}");
            assert!(table.lines().any(|l| l.starts_with(&header)), "{header}");
        }
    }

    #[test]
    fn classes_agree_with_unicode_normalization_and_the_block_table() {
        use unicode_normalization::char::is_combining_mark;
        for u in 0x80..0x3_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            // One Unicode version: the marks of both tables are unicode-normalization's.
            assert_eq!(class_of(c) == ANY_MARK, is_combining_mark(c), "U+{u:04X}");
            if (0x600..0x700).contains(&u) && c != '\u{0640}' {
                assert_eq!(
                    is_arabic_block_letter(c),
                    class_of(c) == ARABIC,
                    "U+{u:04X}"
                );
                assert_eq!(is_arabic_block_digit(c), class_of(c) == NUMBER, "U+{u:04X}");
            }
        }
        for c in ['é', 'ª', 'ẞ', 'Ａ'] {
            assert_eq!(class_of(c), LATIN, "{c}");
        }
        for c in ['ب', 'ﺏ', '\u{08A0}', '\u{1EE01}'] {
            assert_eq!(class_of(c), ARABIC, "{c}");
        }
        for c in ['ж', 'α', 'א', '中'] {
            assert_eq!(class_of(c), OTHER_LETTER, "{c}");
        }
        for c in ['\u{0301}', '\u{064E}', '\u{20DD}'] {
            assert_eq!(class_of(c), ANY_MARK, "{c}");
        }
        for c in ['²', '١', '۲'] {
            assert_eq!(class_of(c), NUMBER, "{c}");
        }
        // tatweel is a modifier letter of the Common script: never an Arabic letter
        assert_eq!(class_of('\u{0640}'), OTHER_LETTER);
        for c in ['«', '\u{00A0}', '\u{200C}', '€'] {
            assert_eq!(class_of(c), 0, "{c:?}");
        }
    }

    #[test]
    fn a_set_walked_in_order_answers_as_its_binary_search() {
        for set in [
            &classes::JOINS_LEFT[..],
            &classes::BIDI_CONTROL[..],
            &classes::SPACE_SEPARATORS[..],
        ] {
            for u in 0..0x11_0000u32 {
                assert_eq!(range_of(set, u), lookup(set, u) != 0, "{u:#x}");
            }
        }
    }

    #[test]
    fn joining_bidi_and_space_sets() {
        for c in "بپتثجچحخسشصضطظعغفقکگلمنهیئـ".chars() {
            assert!(joins_left(c), "{c}");
        }
        for c in "ادذرزژوآأإؤةۀء\u{200D}\u{200C}\u{FEE9}a".chars() {
            assert!(!joins_left(c), "{c:?}");
        }
        let bidi: Vec<char> = (0..0x3_0000u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_bidi_control(c))
            .collect();
        assert_eq!(bidi.len(), 12);
        assert!(is_bidi_control('\u{061C}') && is_bidi_control('\u{2067}'));
        for c in ['\u{00A0}', '\u{2009}', '\u{3000}'] {
            assert!(is_space_separator(c), "{c:?}");
        }
        for c in [' ', '\t', '\u{200B}', '\u{200C}'] {
            assert!(!is_space_separator(c), "{c:?}");
        }
    }

    #[test]
    fn marks_are_marks_and_letters_are_not() {
        for c in ['\u{064B}', '\u{0650}', '\u{0670}', '\u{06E1}', '\u{0615}'] {
            assert!(is_arabic_mark(c), "{c:?}");
        }
        for c in ['ا', 'ی', 'ک', '\u{0640}', '\u{200C}', 'a', '۱'] {
            assert!(!is_arabic_mark(c), "{c:?}");
        }
    }
}
