//! The ZWNJ rules of Persian words, in one place: which ZWNJ a word keeps, how the gap of a join
//! is written, and when the fixed lists ([`SUFFIXES`], [`VERB_PREFIXES`]) join two words.
//!
//! The general path (`rules`), the one-pass lane (`one_pass`) and the change-trigger scan
//! (`scan`) all ask these functions; the lexicon's joins (`lexicon`) decide *whether* to join
//! by frequencies and write the gap with [`gap`].
//!
//! [`SUFFIXES`]: super::lexicon::SUFFIXES
//! [`VERB_PREFIXES`]: super::lexicon::VERB_PREFIXES

use std::ops::Range;

use super::chars::{flag, info, ZWNJ};
use super::edit::Sink;

/// How the gap between two joined words is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gap {
    /// A ZWNJ (`کتاب ها` → `کتاب‌ها`): the letter before joins to the left.
    Zwnj,
    /// Nothing (`دانشجو ها` → `دانشجوها`): the letter before does not join, so a ZWNJ after it
    /// would change nothing on screen.
    Close,
}

/// Whether `c` joins the letter after it, so that a ZWNJ after it shows.
#[inline]
pub(super) fn joins_left(c: char) -> bool {
    info(c) & flag::JOINS_LEFT != 0
}

#[inline]
fn is_arabic_letter(c: char) -> bool {
    info(c) & flag::ARABIC_LETTER != 0
}

/// How the gap after a word whose last base letter is `last` is written when the next word joins
/// it.
#[inline]
pub(super) fn gap(last: char) -> Gap {
    if joins_left(last) {
        Gap::Zwnj
    } else {
        Gap::Close
    }
}

/// Whether a ZWNJ inside a Persian word stays: after a base letter that joins to the left and
/// before a letter of the Arabic script (`next`, the char after the ZWNJ, never a ZWNJ itself).
/// Elsewhere it shows nothing and is deleted. (A ZWNJ before a combining mark stays too, and of a
/// run of ZWNJs only the first can stay: the callers see the run.)
#[inline]
pub(super) fn keeps(prev_base: Option<char>, next: Option<char>) -> bool {
    prev_base.is_some_and(joins_left) && next.is_some_and(|c| c != ZWNJ && is_arabic_letter(c))
}

/// The fixed-list join of a Persian word and the next one, and how its gap is written; `None`
/// when they stay apart.
///
/// - a suffix of [`SUFFIXES`](super::lexicon::SUFFIXES) (`next_is_suffix`) joins a word of two
///   letters or more that ends in a letter of the Arabic script (`last`, its last base char);
/// - otherwise, on the first join of a run only (`first`), a word that begins with a letter of
///   the Arabic script joins a verb prefix before it (`prefix_before_letter`, asked last because
///   it is the dearer test): always with a ZWNJ (`می` and `نمی` end in a joining letter).
#[inline]
pub(super) fn fixed(
    last: Option<char>,
    letters: usize,
    next_is_suffix: bool,
    first: bool,
    prefix_before_letter: impl FnOnce() -> bool,
) -> Option<Gap> {
    if next_is_suffix {
        let last = last.filter(|&c| letters >= 2 && is_arabic_letter(c))?;
        Some(gap(last))
    } else if first && prefix_before_letter() {
        Some(Gap::Zwnj)
    } else {
        None
    }
}

/// Writes the gap of a join: a ZWNJ, or nothing; `false` (nothing written) for no join.
#[inline]
pub(super) fn write_gap(join: Option<Gap>, gap: Range<usize>, rw: &mut Sink<'_, '_>) -> bool {
    match join {
        Some(Gap::Zwnj) => rw.replace_char(gap, ZWNJ),
        Some(Gap::Close) => rw.delete(gap),
        None => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_join_with_a_zwnj_only_after_a_joining_letter() {
        // کتاب + ها: ب joins → ZWNJ; دانشجو + ها: و does not → closed up
        assert_eq!(fixed(Some('ب'), 4, true, true, || false), Some(Gap::Zwnj));
        assert_eq!(fixed(Some('و'), 6, true, true, || false), Some(Gap::Close));
        // one letter, or no Arabic letter before: apart
        assert_eq!(fixed(Some('ب'), 1, true, true, || true), None);
        assert_eq!(fixed(Some('x'), 3, true, true, || true), None);
        assert_eq!(fixed(None, 3, true, true, || true), None);
    }

    #[test]
    fn a_verb_prefix_joins_only_as_the_first_join() {
        assert_eq!(fixed(Some('ی'), 2, false, true, || true), Some(Gap::Zwnj));
        assert_eq!(fixed(Some('ی'), 2, false, false, || true), None);
        assert_eq!(fixed(Some('ی'), 2, false, true, || false), None);
    }

    #[test]
    fn a_zwnj_stays_between_a_joining_letter_and_an_arabic_letter() {
        assert!(keeps(Some('ی'), Some('خ')));
        assert!(!keeps(Some('و'), Some('خ')), "after a non-joiner");
        assert!(!keeps(Some('ی'), Some('x')), "before a Latin letter");
        assert!(!keeps(Some('ی'), Some(ZWNJ)), "before another ZWNJ");
        // only letters of the Arabic script: not the rial sign of the presentation-forms block
        assert!(!keeps(Some('ب'), Some('\u{FDFC}')));
        assert!(
            keeps(Some('ب'), Some('\u{FEE9}')),
            "a presentation-form letter"
        );
        assert!(!keeps(None, Some('خ')));
        assert!(!keeps(Some('ی'), None));
    }
}
