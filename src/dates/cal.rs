//! The one place where the date finder meets the calendars: validating a (year, month, day)
//! found in text and converting it. Everything else in `dates` deals only in numbers.

pub use crate::calendar::{GregorianDate, IslamicDate, JalaliDate};

use crate::calendar::Calendar;
#[cfg(any(feature = "serde", feature = "python"))]
use crate::calendar::CalendarDate;
use crate::Result;

/// Validates a date found in text, written in `calendar`, and returns the same day in the Solar
/// Hijri and the Gregorian calendars.
pub(crate) fn resolve(
    calendar: Calendar,
    year: i32,
    month: u8,
    day: u8,
) -> Result<(JalaliDate, GregorianDate)> {
    let (m, d) = (i32::from(month), i32::from(day));
    match calendar {
        Calendar::Gregorian => {
            let g = GregorianDate::new(year, m, d)?;
            Ok((JalaliDate::from_gregorian(g)?, g))
        }
        Calendar::Islamic => {
            let g = IslamicDate::new(year, m, d)?.to_gregorian();
            Ok((JalaliDate::from_gregorian(g)?, g))
        }
        Calendar::Persian => {
            let j = JalaliDate::new(year, m, d)?;
            Ok((j, j.to_gregorian()))
        }
    }
}

/// The day `jalali` as `calendar` numbers it (every day has one date in each calendar; `Err`
/// only outside the lunar calendar's range, before 1 Muharram 1 AH).
#[cfg(any(feature = "serde", feature = "python"))]
pub(crate) fn in_calendar(calendar: Calendar, jalali: JalaliDate) -> Result<CalendarDate> {
    let (year, month, day) = match calendar {
        Calendar::Persian => (jalali.year(), jalali.month(), jalali.day()),
        Calendar::Gregorian => {
            let g = jalali.to_gregorian();
            (g.year(), g.month(), g.day())
        }
        Calendar::Islamic => {
            let h = IslamicDate::from_gregorian(jalali.to_gregorian())?;
            (h.year(), h.month(), h.day())
        }
    };
    // Months are 1..=12 and days 1..=31 in all three calendars.
    Ok(CalendarDate {
        calendar,
        year,
        month: u8::try_from(month).unwrap_or(1),
        day: u8::try_from(day).unwrap_or(1),
    })
}
