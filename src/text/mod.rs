//! The bottom layer: facts about characters and bytes that the higher modules share.
//!
//! `text` imports nothing from [`crate::lang`], [`crate::normalize`], [`crate::dates`] or
//! [`crate::calendar`]; they read it and never write back into it, so one fact about a character
//! lives in one place:
//!
//! * [`chars`]: character classes — mark, letter and digit of the Arabic block from
//!   [`arabic_block`] (`tools/gen_char_classes.py`, from unicodedata2), and for every other
//!   non-ASCII char its letter script, mark or number class, joining type, bidi control and
//!   space separator from [`classes`] (`tools/gen_classes.sh`, from ICU4X's compiled data);
//!   both of the Unicode version `unicode-normalization` uses (checked by
//!   `tools/check_char_classes.sh`, `tools/check_classes.sh` and a unit test);
//! * [`scan`]: byte scanning (the next non-ASCII byte, whether a text holds Arabic script);
//! * [`token`]: the tokenizer — words (runs of letters of one script, with their marks and
//!   inner joiners) and the neutral stretches between them with what they hold (`GAP_*`);
//! * [`presentation_forms`]: the generated table of Arabic presentation forms and the letters
//!   they show.

pub(crate) mod arabic_block;
pub(crate) mod chars;
pub(crate) mod classes;
pub(crate) mod fold;
pub(crate) mod presentation_forms;
pub(crate) mod scan;
pub(crate) mod token;

use std::fmt::Debug;
use std::slice::SliceIndex;

/// `s[index]`, or `""` when `index` is not a slice of `s`. Callers use it where the index is
/// right by construction: a release build falls back to the empty string instead of
/// panicking, and a debug build (every test run) asserts, so a bug fails a test instead of
/// becoming a silently empty piece of text (the ICU4X policy).
#[inline]
pub(crate) fn sub<I>(s: &str, index: I) -> &str
where
    I: SliceIndex<str, Output = str> + Clone + Debug,
{
    match s.get(index.clone()) {
        Some(part) => part,
        None => {
            debug_assert!(false, "{index:?} is not a slice of a {}-byte text", s.len());
            ""
        }
    }
}

/// [`sub`] for slices (bytes, spans, …).
#[inline]
pub(crate) fn sub_slice<T, I>(v: &[T], index: I) -> &[T]
where
    I: SliceIndex<[T], Output = [T]> + Clone + Debug,
{
    match v.get(index.clone()) {
        Some(part) => part,
        None => {
            debug_assert!(false, "{index:?} is not a slice of {} items", v.len());
            &[]
        }
    }
}
