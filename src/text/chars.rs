//! Character classes of the Arabic script shared by segmentation, normalization and the date
//! matcher.

use super::arabic_block::{CLASSES, DIGIT, LETTER, MARK};

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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_table_speaks_the_unicode_version_of_unicode_normalization() {
        let (major, minor, patch) = unicode_normalization::UNICODE_VERSION;
        let header = format!("// Unicode {major}.{minor}.{patch} (unicodedata2)");
        assert!(include_str!("arabic_block.rs")
            .lines()
            .any(|l| l.starts_with(&header)));
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
