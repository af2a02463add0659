//! The one place where the date finder meets the calendar: validating a (year, month, day)
//! found in text. Everything else in `dates` deals only in numbers.

pub use crate::calendar::{GregorianDate, JalaliDate};

use crate::Result;

/// Validates a date found in text.
pub(crate) fn jalali(year: i32, month: u8, day: u8) -> Result<JalaliDate> {
    JalaliDate::new(year, month.into(), day.into())
}
