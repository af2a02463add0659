//! A small proleptic Gregorian date and day-number arithmetic.

use std::fmt;
use std::str::FromStr;

use crate::{DateField, Error, Result};

use super::parse::parse_ymd;

/// Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar.
const DAYS_TO_UNIX_EPOCH: i32 = 719_468;
/// Days in 400 Gregorian years.
const DAYS_PER_400_YEARS: i32 = 146_097;
/// Days in a century that does not end in a leap year divisible by 400.
const DAYS_PER_CENTURY: i32 = 36_524;
/// Days in four years with one leap day.
const DAYS_PER_4_YEARS: i32 = 1_461;

/// Day number (days since 1970-01-01) of 0001-01-01.
pub(crate) const MIN_GREGORIAN_DAY: i32 = days_from_civil(1, 1, 1);
/// Day number of 9999-12-31.
pub(crate) const MAX_GREGORIAN_DAY: i32 = days_from_civil(9999, 12, 31);

/// A date in the proleptic Gregorian calendar, years 1..=9999.
///
/// naskh has its own small Gregorian type rather than `chrono` or `time` ones so that the crate
/// (and the Python wheel) needs no date dependency for one conversion, and so that its range and
/// rules are stated here: it is *proleptic* — the Gregorian rules run backwards before 1582, as
/// in ISO 8601, `datetime.date`, numpy and chrono — and it covers years 1..=9999 (the range of
/// Python's `datetime.date`). Jalali years 1..=3000 fall in Gregorian 0622-03-22..=3622-03-20.
///
/// A `GregorianDate` converts to and from a *day number*, the count of days since 1970-01-01
/// (negative before it): the same count as numpy's `datetime64[D]`, Arrow's `date32` and
/// Polars' `Date`, so whole columns can cross without building date objects.
///
/// ```
/// use naskh::calendar::GregorianDate;
///
/// let date = GregorianDate::new(2025, 3, 21)?;
/// assert_eq!(date.to_string(), "2025-03-21");
/// assert_eq!(GregorianDate::new(1970, 1, 2)?.to_day_number(), 1);
/// assert_eq!("2024-02-29".parse::<GregorianDate>()?, GregorianDate::new(2024, 2, 29)?);
/// assert!(GregorianDate::new(2023, 2, 29).is_err());
/// # Ok::<(), naskh::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GregorianDate {
    year: u16,
    month: u8,
    day: u8,
}

impl GregorianDate {
    /// The earliest representable date, 0001-01-01.
    pub const MIN: GregorianDate = GregorianDate {
        year: 1,
        month: 1,
        day: 1,
    };
    /// The latest representable date, 9999-12-31.
    pub const MAX: GregorianDate = GregorianDate {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// A validated date. Errors name the field and its valid range:
    ///
    /// ```
    /// use naskh::calendar::GregorianDate;
    ///
    /// let err = GregorianDate::new(2023, 2, 29).unwrap_err();
    /// assert_eq!(err.to_string(), "day 29 is out of range for February 2023 (1..=28)");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn new(year: i32, month: i32, day: i32) -> Result<Self> {
        let y = u16::try_from(year)
            .ok()
            .filter(|y| (1..=9999).contains(y))
            .ok_or_else(|| Error::DateOutOfRange {
                field: DateField::Year,
                value: year.into(),
                min: 1,
                max: 9999,
                context: "Gregorian dates".into(),
            })?;
        let m = super::check_month(month)?;
        let len = Self::days_in_month(year, month)?;
        let d = super::check_day(day, len, &super::names::MONTHS_GREGORIAN, m, year)?;
        Ok(GregorianDate {
            year: y,
            month: m,
            day: d,
        })
    }

    /// The year (1..=9999).
    pub const fn year(self) -> i32 {
        self.year as i32
    }

    /// The month (1..=12).
    pub const fn month(self) -> i32 {
        self.month as i32
    }

    /// The day of the month (1..=31).
    pub const fn day(self) -> i32 {
        self.day as i32
    }

    /// Whether `year` is a Gregorian leap year (divisible by 4, except centuries not divisible
    /// by 400). Defined for every integer year, proleptically.
    ///
    /// ```
    /// use naskh::calendar::GregorianDate;
    ///
    /// assert!(GregorianDate::is_leap_year(2024));
    /// assert!(!GregorianDate::is_leap_year(1900));
    /// assert!(GregorianDate::is_leap_year(2000));
    /// ```
    pub const fn is_leap_year(year: i32) -> bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Number of days of `month` (1..=12) in `year`; an error for another month.
    ///
    /// ```
    /// use naskh::calendar::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::days_in_month(2024, 2)?, 29);
    /// assert_eq!(GregorianDate::days_in_month(2023, 9)?, 30);
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn days_in_month(year: i32, month: i32) -> Result<u8> {
        Ok(match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if Self::is_leap_year(year) => 29,
            2 => 28,
            _ => return Err(super::month_out_of_range(month)),
        })
    }

    /// Days since 1970-01-01 (negative before it).
    ///
    /// ```
    /// use naskh::calendar::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(1970, 1, 1)?.to_day_number(), 0);
    /// assert_eq!(GregorianDate::new(1969, 12, 31)?.to_day_number(), -1);
    /// assert_eq!(GregorianDate::new(2000, 3, 1)?.to_day_number(), 11_017);
    /// # Ok::<(), naskh::Error>(())
    /// ```
    #[inline]
    pub const fn to_day_number(self) -> i32 {
        days_from_civil(self.year as i32, self.month, self.day)
    }

    /// The date `day` days after 1970-01-01; an error outside 0001-01-01..=9999-12-31.
    ///
    /// ```
    /// use naskh::calendar::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::from_day_number(20_168)?.to_string(), "2025-03-21");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn from_day_number(day: i32) -> Result<Self> {
        if !(MIN_GREGORIAN_DAY..=MAX_GREGORIAN_DAY).contains(&day) {
            return Err(Error::DateOutOfRange {
                field: DateField::Day,
                value: day.into(),
                min: MIN_GREGORIAN_DAY.into(),
                max: MAX_GREGORIAN_DAY.into(),
                context: "day numbers of Gregorian dates (days since 1970-01-01)".into(),
            });
        }
        Ok(Self::from_day_number_unchecked(day))
    }

    /// `day` must be in `MIN_GREGORIAN_DAY..=MAX_GREGORIAN_DAY` (otherwise the fields wrap, but
    /// nothing panics).
    #[inline]
    pub(crate) const fn from_day_number_unchecked(day: i32) -> Self {
        let (year, month, day) = civil_from_days(day);
        GregorianDate {
            year: year as u16,
            month,
            day,
        }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (`year` >= 1, `month` 1..=12).
///
/// Years are counted from 1 March, so that the leap day is the last day of a counted year and
/// the month lengths before it follow the repeating 31-30-31-30-31 pattern that
/// `(153 * m + 2) / 5` sums.
#[inline]
pub(crate) const fn days_from_civil(year: i32, month: u8, day: u8) -> i32 {
    let (y, m) = if month > 2 {
        (year, month as i32 - 3)
    } else {
        (year - 1, month as i32 + 9)
    };
    let day_of_year = (153 * m + 2) / 5 + day as i32 - 1;
    365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + day_of_year
        - DAYS_TO_UNIX_EPOCH
}

/// The inverse of [`days_from_civil`]: split the days since 0000-03-01 into 400-year eras,
/// centuries, four-year cycles and years, each step a division by a constant.
#[inline]
pub(crate) const fn civil_from_days(day: i32) -> (i32, u8, u8) {
    let z = day + DAYS_TO_UNIX_EPOCH;
    let era = z.div_euclid(DAYS_PER_400_YEARS);
    let day_of_era = z.rem_euclid(DAYS_PER_400_YEARS);
    // The last century of an era is one day longer (its last year is a leap year): cap at 3.
    let century = min(day_of_era / DAYS_PER_CENTURY, 3);
    let day_of_century = day_of_era - century * DAYS_PER_CENTURY;
    let cycle = day_of_century / DAYS_PER_4_YEARS;
    let day_of_cycle = day_of_century - cycle * DAYS_PER_4_YEARS;
    // The fourth year of a cycle holds the leap day: cap at 3 again.
    let year_of_cycle = min(day_of_cycle / 365, 3);
    let day_of_year = day_of_cycle - year_of_cycle * 365;
    let m = (5 * day_of_year + 2) / 153; // 0 = March
    let day_of_month = day_of_year - (153 * m + 2) / 5 + 1;
    let (month, carry) = if m < 10 { (m + 3, 0) } else { (m - 9, 1) };
    let year = era * 400 + century * 100 + cycle * 4 + year_of_cycle + carry;
    (year, month as u8, day_of_month as u8)
}

const fn min(a: i32, b: i32) -> i32 {
    if a < b {
        a
    } else {
        b
    }
}

impl fmt::Display for GregorianDate {
    /// ISO 8601: `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for GregorianDate {
    type Err = Error;

    /// Parses `YYYY-MM-DD` (also `YYYY/MM/DD`; ASCII, Persian or Arabic-Indic digits; the year
    /// has 1 to 4 digits, month and day 1 or 2). Syntax errors are [`Error::Parse`], impossible
    /// dates [`Error::DateOutOfRange`].
    fn from_str(s: &str) -> Result<Self> {
        let (y, m, d) = parse_ymd(s, "a Gregorian date (YYYY-MM-DD)")?;
        GregorianDate::new(y, m, d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_match_a_day_by_day_walk() {
        // Walk forward one day at a time with month lengths only, from 0001-01-01, and compare.
        let (mut y, mut m, mut d) = (1, 1u8, 1u8);
        for n in MIN_GREGORIAN_DAY..=MAX_GREGORIAN_DAY {
            assert_eq!(days_from_civil(y, m, d), n, "{y}-{m}-{d}");
            assert_eq!(civil_from_days(n), (y, m, d), "{n}");
            let len = GregorianDate::days_in_month(y, m.into()).unwrap();
            if d < len {
                d += 1;
            } else if m < 12 {
                d = 1;
                m += 1;
            } else {
                d = 1;
                m = 1;
                y += 1;
            }
        }
        assert_eq!((y, m, d), (10000, 1, 1));
    }

    #[test]
    fn known_day_numbers() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 1, 1), 10_957);
        assert_eq!(days_from_civil(1, 1, 1), -719_162);
    }
}
