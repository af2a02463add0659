//! The one error type of the crate.
//!
//! Every fallible function in naskh returns [`Error`]. The enum is `#[non_exhaustive]` so that
//! later capabilities can add variants without breaking callers; match on the variants you care
//! about and keep a catch-all arm.

use std::fmt;

/// Which part of a date a [`Error::DateOutOfRange`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateField {
    /// The year.
    Year,
    /// The month (1..=12).
    Month,
    /// The day of the month.
    Day,
}

impl fmt::Display for DateField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateField::Year => "year",
            DateField::Month => "month",
            DateField::Day => "day",
        })
    }
}

/// Everything that can go wrong in naskh.
///
/// ```
/// use naskh::Error;
///
/// let err = Error::InvalidOption { name: "preset".into(), value: "loud".into(),
///                                  expected: "default, search, none or full".into() };
/// assert_eq!(err.to_string(), "invalid value \"loud\" for option preset (expected default, search, none or full)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A date component is outside its valid range. `context` names what the range depends on
    /// (for example `"Mehr 1400"` for a day), and may be empty.
    #[error("{field} {value} is out of range{context} ({min}..={max})", context = if context.is_empty() { String::new() } else { format!(" for {context}") })]
    DateOutOfRange {
        /// The offending field.
        field: DateField,
        /// The value that was given.
        value: i64,
        /// Smallest valid value.
        min: i64,
        /// Largest valid value.
        max: i64,
        /// What the range depends on, e.g. `"Mehr 1400"`; empty when it depends on nothing.
        context: String,
    },
    /// Text could not be parsed as the value that was asked for.
    #[error("cannot parse {input:?} as {what}: {reason}")]
    Parse {
        /// What was being parsed, e.g. `"a Jalali date (YYYY-MM-DD)"`.
        what: &'static str,
        /// The input (possibly shortened).
        input: String,
        /// Why it failed.
        reason: String,
    },
    /// An option has a value that is not one of the accepted ones.
    #[error("invalid value {value:?} for option {name} (expected {expected})")]
    InvalidOption {
        /// The option's name.
        name: String,
        /// The value that was given.
        value: String,
        /// What would have been accepted.
        expected: String,
    },
    /// A span given by the caller is no range of the text: it ends before it starts, runs past
    /// the end, or cuts a character in two.
    #[error("span {index} ({start}..{end}) is not a range of the text ({len} bytes; a span must start and end on char boundaries)")]
    InvalidSpan {
        /// Its place in the spans given.
        index: usize,
        /// Its start (byte offset).
        start: usize,
        /// Its end (byte offset).
        end: usize,
        /// The text's length in bytes.
        len: usize,
    },
}

/// `Result` with naskh's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
