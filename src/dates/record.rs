//! The one JSON shape of a found date, written by `naskh clean` and `naskh dates` and returned
//! by Python's `DateMatch.to_dict()` (and so `Document.to_dict()`).

use super::{iso, JalaliDate, Time};

/// A found date as JSON-ready fields. `start` and `end` are code-point offsets (as in Python and
/// the CLI); `byte_start` and `byte_end` are written only where a record gives them (the
/// `naskh dates` listing).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub(crate) struct DateRecord<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) byte_start: Option<usize>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) byte_end: Option<usize>,
    /// The matched text.
    pub(crate) text: &'a str,
    /// `YYYY-MM-DD` (Jalali).
    pub(crate) jalali: String,
    /// `YYYY-MM-DD` (Gregorian).
    pub(crate) gregorian: String,
    /// `HH:MM`, or `HH:MM:SS` when the text gave seconds.
    pub(crate) time: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` (Gregorian).
    pub(crate) iso: String,
}

impl<'a> DateRecord<'a> {
    /// The record of the date `jalali` (with `time`) found as `text` at code points
    /// `start..end`.
    pub(crate) fn new(
        start: usize,
        end: usize,
        text: &'a str,
        jalali: JalaliDate,
        time: Option<Time>,
    ) -> DateRecord<'a> {
        let gregorian = jalali.to_gregorian();
        DateRecord {
            start,
            end,
            byte_start: None,
            byte_end: None,
            text,
            jalali: jalali.to_string(),
            gregorian: gregorian.to_string(),
            time: time.map(|t| t.to_string()),
            iso: iso(&gregorian, time),
        }
    }
}
