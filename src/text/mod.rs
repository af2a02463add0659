//! The bottom layer: facts about characters and bytes that the higher modules share.
//!
//! `text` imports nothing from [`crate::lang`], [`crate::normalize`], [`crate::dates`] or
//! [`crate::calendar`]; they read it and never write back into it, so one fact about a character
//! lives in one place:
//!
//! * [`chars`]: character classes of the Arabic script (combining marks, letters that none of
//!   Persian, Arabic and Urdu uses);
//! * [`scan`]: byte scanning (the next non-ASCII byte, whether a text holds Arabic script);
//! * [`presentation_forms`]: the generated table of Arabic presentation forms and the letters
//!   they show.

pub(crate) mod chars;
pub(crate) mod presentation_forms;
pub(crate) mod scan;
