//! The one JSON shape of a found date, written by `naskh clean` and `naskh dates` and returned
//! by Python's `DateMatch.to_dict()` (and so `Document.to_dict()`).

use super::{iso, Calendar, JalaliDate, Time};

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
    /// `persian`, `gregorian` or `islamic`: the calendar the text printed the date in.
    pub(crate) calendar: &'static str,
    /// `YYYY-MM-DD` in that calendar.
    pub(crate) date: String,
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
    /// The record of the day `jalali` (with `time`) printed in `calendar`, found as `text` at
    /// code points `start..end`.
    pub(crate) fn new(
        start: usize,
        end: usize,
        text: &'a str,
        calendar: Calendar,
        jalali: JalaliDate,
        time: Option<Time>,
    ) -> DateRecord<'a> {
        let gregorian = jalali.to_gregorian();
        let date = super::cal::in_calendar(calendar, jalali);
        debug_assert!(date.is_ok(), "a found date has a date in its own calendar");
        DateRecord {
            start,
            end,
            byte_start: None,
            byte_end: None,
            text,
            calendar: calendar.name(),
            date: date.map_or_else(|_| jalali.to_string(), |d| d.to_string()),
            jalali: jalali.to_string(),
            gregorian: gregorian.to_string(),
            time: time.map(|t| t.to_string()),
            iso: iso(&gregorian, time),
        }
    }
}

/// The JSON shape of a page's publication date ([`super::Published`]): the date's own record
/// with how it was chosen, the label before it, the dates beside it and whether they agree.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub(crate) struct PublishedRecord<'a> {
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub(crate) date: DateRecord<'a>,
    /// [`super::PublishedBy::name`].
    pub(crate) by: &'static str,
    /// The label's text, when a label chose the date.
    pub(crate) label: Option<&'a str>,
    /// Whether the dates beside it name the same day; `None` when there are none.
    pub(crate) agrees: Option<bool>,
    /// The dates printed beside it in other calendars.
    pub(crate) beside: Vec<DateRecord<'a>>,
}
