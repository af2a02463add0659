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

use std::cell::RefCell;
use std::fmt::Debug;
use std::slice::SliceIndex;
use std::thread::LocalKey;

/// Runs `f` on the value this thread keeps in `slot` (made with `make` the first time), so a
/// caller that runs many times on short texts reuses its buffers instead of allocating them
/// on every call. The value is taken out of its slot for the call: a nested call (or one while
/// the thread is being torn down) gets a fresh value; a panic in `f` loses the kept one.
pub(crate) fn with_local<T: 'static, R>(
    slot: &'static LocalKey<RefCell<Option<T>>>,
    make: impl FnOnce() -> T,
    f: impl FnOnce(&mut T) -> R,
) -> R {
    let taken = slot
        .try_with(|cell| cell.try_borrow_mut().ok().and_then(|mut v| v.take()))
        .ok()
        .flatten();
    let mut value = taken.unwrap_or_else(make);
    let r = f(&mut value);
    let _ = slot.try_with(|cell| {
        if let Ok(mut v) = cell.try_borrow_mut() {
            *v = Some(value);
        }
    });
    r
}

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
