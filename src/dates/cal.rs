//! The one place where the date finder meets the calendar: validating a (year, month, day)
//! found in text and converting it. Everything else in `dates` deals only in numbers.
//!
//! TEMPORARY: until the `calendar` branch is merged this holds a minimal stand-in with the same
//! signatures (`JalaliDate::new`, `to_gregorian`, `year()`/`month()`/`day()`), using the 33-year
//! arithmetic leap rule. It is replaced by `pub use crate::calendar::{…}` on merge.

use crate::{DateField, Error, Result};

/// Stand-in for `naskh::calendar::JalaliDate` (replaced on merge).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JalaliDate {
    year: i32,
    month: i32,
    day: i32,
}

/// Stand-in for `naskh::calendar::GregorianDate` (replaced on merge).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GregorianDate {
    year: i32,
    month: i32,
    day: i32,
}

fn leap(y: i32) -> bool {
    (25 * y + 11).rem_euclid(33) < 8
}

fn month_len(y: i32, m: i32) -> i32 {
    match m {
        1..=6 => 31,
        7..=11 => 30,
        _ if leap(y) => 30,
        _ => 29,
    }
}

const fn days_from_civil(y: i32, m: i32, d: i32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

const fn civil_from_days(z: i32) -> (i32, i32, i32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl JalaliDate {
    /// A validated date.
    pub fn new(year: i32, month: i32, day: i32) -> Result<Self> {
        if !(1..=3000).contains(&year) {
            return Err(Error::DateOutOfRange {
                field: DateField::Year,
                value: year.into(),
                min: 1,
                max: 3000,
                context: String::new(),
            });
        }
        if !(1..=12).contains(&month) {
            return Err(Error::DateOutOfRange {
                field: DateField::Month,
                value: month.into(),
                min: 1,
                max: 12,
                context: String::new(),
            });
        }
        let len = month_len(year, month);
        if !(1..=len).contains(&day) {
            return Err(Error::DateOutOfRange {
                field: DateField::Day,
                value: day.into(),
                min: 1,
                max: len.into(),
                context: format!("month {month} {year}"),
            });
        }
        Ok(JalaliDate { year, month, day })
    }
    /// The year.
    pub const fn year(self) -> i32 {
        self.year
    }
    /// The month.
    pub const fn month(self) -> i32 {
        self.month
    }
    /// The day.
    pub const fn day(self) -> i32 {
        self.day
    }
    /// The same day in the Gregorian calendar.
    pub fn to_gregorian(self) -> GregorianDate {
        // 1 Farvardin 1300 = 1921-03-21.
        let mut n = days_from_civil(1921, 3, 21);
        if self.year >= 1300 {
            for y in 1300..self.year {
                n += if leap(y) { 366 } else { 365 };
            }
        } else {
            for y in self.year..1300 {
                n -= if leap(y) { 366 } else { 365 };
            }
        }
        for m in 1..self.month {
            n += month_len(self.year, m);
        }
        n += self.day - 1;
        let (year, month, day) = civil_from_days(n);
        GregorianDate { year, month, day }
    }
}

impl GregorianDate {
    /// The year.
    pub const fn year(self) -> i32 {
        self.year
    }
    /// The month.
    pub const fn month(self) -> i32 {
        self.month
    }
    /// The day.
    pub const fn day(self) -> i32 {
        self.day
    }
    /// Days since 1970-01-01.
    pub const fn to_day_number(self) -> i32 {
        days_from_civil(self.year, self.month, self.day)
    }
}

/// Validates a date found in text.
pub(crate) fn jalali(year: i32, month: u8, day: u8) -> Result<JalaliDate> {
    JalaliDate::new(year, month.into(), day.into())
}

impl std::fmt::Display for GregorianDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
