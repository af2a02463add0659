//! The Jalali (Solar Hijri) date type.

use std::fmt;
use std::ops::Sub;
use std::str::FromStr;

use crate::{DateField, Error, Result};

use super::gregorian::GregorianDate;
use super::names::{MonthNames, Weekday};
use super::parse::parse_ymd;
use super::rule;

/// A date in the Solar Hijri (Jalali, Iranian) calendar, years 1..=3000 AP.
///
/// Every `JalaliDate` is a real day of the official, astronomical calendar: the constructors
/// check the month, and the day against the month's length in that year (Esfand has 30 days in
/// leap years). Dates order chronologically, print as `YYYY-MM-DD` and parse from it.
///
/// See the [module docs](super) for the supported range and how exact it is.
///
/// ```
/// use naskh::calendar::{GregorianDate, JalaliDate};
///
/// let date = JalaliDate::new(1403, 12, 30)?; // 1403 is a leap year
/// assert_eq!(date.to_gregorian(), GregorianDate::new(2025, 3, 20)?);
/// assert_eq!(date.add_days(1)?, JalaliDate::new(1404, 1, 1)?);
/// assert_eq!("1402-07-01".parse::<JalaliDate>()?.to_string(), "1402-07-01");
/// assert_eq!(
///     JalaliDate::new(1400, 7, 31).unwrap_err().to_string(),
///     "day 31 is out of range for Mehr 1400 (1..=30)"
/// );
/// # Ok::<(), naskh::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JalaliDate {
    // Field order matters: the derived `Ord` compares year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

impl JalaliDate {
    /// The first supported year.
    pub const MIN_YEAR: i32 = rule::MIN_YEAR;
    /// The last supported year.
    pub const MAX_YEAR: i32 = rule::MAX_YEAR;
    /// The earliest supported date, 1 Farvardin 1 (Gregorian 0622-03-22).
    pub const MIN: JalaliDate = JalaliDate {
        year: rule::MIN_YEAR as u16,
        month: 1,
        day: 1,
    };
    /// The latest supported date, 30 Esfand 3000 (Gregorian 3622-03-20).
    pub const MAX: JalaliDate = JalaliDate {
        year: rule::MAX_YEAR as u16,
        month: 12,
        day: 30,
    };

    /// A validated date. Errors ([`Error::DateOutOfRange`]) name the field and its valid range:
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert!(JalaliDate::new(1403, 12, 30).is_ok());
    /// let err = JalaliDate::new(1402, 12, 30).unwrap_err();
    /// assert_eq!(err.to_string(), "day 30 is out of range for Esfand 1402 (1..=29)");
    /// let err = JalaliDate::new(1402, 13, 1).unwrap_err();
    /// assert_eq!(err.to_string(), "month 13 is out of range (1..=12)");
    /// let err = JalaliDate::new(3001, 1, 1).unwrap_err();
    /// assert_eq!(err.to_string(), "year 3001 is out of range for Jalali dates (1..=3000)");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn new(year: i32, month: i32, day: i32) -> Result<Self> {
        let len = Self::days_in_month(year, month)?;
        let d = u8::try_from(day)
            .ok()
            .filter(|d| (1..=len).contains(d))
            .ok_or_else(|| {
                let name = MonthNames::English.name(month).unwrap_or_default();
                super::day_out_of_range(day, len, name, year)
            })?;
        // `days_in_month` has checked year and month.
        Ok(JalaliDate {
            year: year as u16,
            month: month as u8,
            day: d,
        })
    }

    /// The year (1..=3000).
    pub const fn year(self) -> i32 {
        self.year as i32
    }

    /// The month (1 = Farvardin … 12 = Esfand).
    pub const fn month(self) -> i32 {
        self.month as i32
    }

    /// The day of the month (1..=31).
    pub const fn day(self) -> i32 {
        self.day as i32
    }

    /// Whether `year` has 366 days (a 30th of Esfand), by the astronomical calendar.
    ///
    /// An error for a year outside 1..=3000.
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert!(JalaliDate::is_leap_year(1403)?); // the 33-year rule says 1404
    /// assert!(!JalaliDate::is_leap_year(1404)?);
    /// assert!(JalaliDate::is_leap_year(1399)?);
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn is_leap_year(year: i32) -> Result<bool> {
        Ok(Self::days_in_year(year)? == 366)
    }

    /// The number of days of `year` (365 or 366); an error outside 1..=3000.
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::days_in_year(1403)?, 366);
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn days_in_year(year: i32) -> Result<u16> {
        rule::year_length(year)
            .and_then(|len| u16::try_from(len).ok())
            .ok_or_else(|| year_error(year.into()))
    }

    /// The number of days of `month` in `year`: 31 for months 1..=6, 30 for 7..=11, and 29 or 30
    /// for Esfand. An error for a month outside 1..=12 or a year outside 1..=3000.
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::days_in_month(1402, 1)?, 31);
    /// assert_eq!(JalaliDate::days_in_month(1402, 7)?, 30);
    /// assert_eq!(JalaliDate::days_in_month(1402, 12)?, 29);
    /// assert_eq!(JalaliDate::days_in_month(1403, 12)?, 30);
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn days_in_month(year: i32, month: i32) -> Result<u8> {
        let year_len = Self::days_in_year(year)?;
        match month {
            1..=6 => Ok(31),
            7..=11 => Ok(30),
            12 => Ok(if year_len == 366 { 30 } else { 29 }),
            _ => Err(super::month_out_of_range(month)),
        }
    }

    /// The same day in the (proleptic) Gregorian calendar.
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1357, 11, 22)?.to_gregorian().to_string(), "1979-02-11");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    #[inline]
    pub fn to_gregorian(self) -> GregorianDate {
        GregorianDate::from_day_number_unchecked(self.to_day_number())
    }

    /// The Jalali date of a Gregorian date; an error ([`Error::DateOutOfRange`] for the year)
    /// outside 0622-03-22..=3622-03-20, whose `value` is the Jalali year the date would fall in
    /// (0 or less before the range, 3001 or more after it).
    ///
    /// ```
    /// use naskh::calendar::{GregorianDate, JalaliDate};
    ///
    /// let date = JalaliDate::from_gregorian(GregorianDate::new(2017, 9, 2)?)?;
    /// assert_eq!(date, JalaliDate::new(1396, 6, 11)?);
    /// assert!(JalaliDate::from_gregorian(GregorianDate::new(622, 3, 21)?).is_err());
    /// # Ok::<(), naskh::Error>(())
    /// ```
    #[inline]
    pub fn from_gregorian(date: GregorianDate) -> Result<Self> {
        Self::from_day_number(date.to_day_number())
    }

    /// Days since 1970-01-01 (Gregorian), negative before it: the count numpy's
    /// `datetime64[D]` uses.
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1348, 10, 11)?.to_day_number(), 0); // 1970-01-01
    /// # Ok::<(), naskh::Error>(())
    /// ```
    #[inline]
    pub fn to_day_number(self) -> i32 {
        // A JalaliDate's year is always in range, so `nowruz` is always `Some`.
        let start = rule::nowruz(self.year()).unwrap_or_default();
        start + rule::month_start(self.month()) + self.day() - 1
    }

    /// The date `day` days after 1970-01-01; an error outside the supported range (see
    /// [`from_gregorian`](Self::from_gregorian)).
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_day_number(-1)?.to_string(), "1348-10-10");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    #[inline]
    pub fn from_day_number(day: i32) -> Result<Self> {
        let (year, offset) =
            rule::year_and_day(day).ok_or_else(|| year_error(rule::year_outside(day)))?;
        let (month, day) = rule::month_and_day(offset);
        Ok(JalaliDate {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The day of the week.
    ///
    /// ```
    /// use naskh::calendar::{JalaliDate, Weekday};
    ///
    /// assert_eq!(JalaliDate::new(1396, 6, 11)?.weekday(), Weekday::Saturday); // 2017-09-02
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday, five days after a Saturday.
        Weekday::from_days_from_saturday(i64::from(self.to_day_number()) + 5)
    }

    /// The day of the year, 1 (1 Farvardin) to 366 (30 Esfand of a leap year).
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 1, 1)?.day_of_year(), 1);
    /// assert_eq!(JalaliDate::new(1402, 7, 1)?.day_of_year(), 187);
    /// assert_eq!(JalaliDate::new(1403, 12, 30)?.day_of_year(), 366);
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub const fn day_of_year(self) -> u16 {
        (rule::month_start(self.month as i32) + self.day as i32) as u16
    }

    /// The date `days` days later (earlier for negative `days`); an error if that leaves the
    /// supported range.
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// let date = JalaliDate::new(1402, 12, 29)?;
    /// assert_eq!(date.add_days(1)?, JalaliDate::new(1403, 1, 1)?); // 1402 is not leap
    /// assert_eq!(date.add_days(-29)?, JalaliDate::new(1402, 11, 30)?);
    /// assert!(JalaliDate::MAX.add_days(1).is_err());
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn add_days(self, days: i64) -> Result<Self> {
        let target = i64::from(self.to_day_number()).saturating_add(days);
        let day = i32::try_from(target).map_err(|_| {
            year_error(if days < 0 {
                i64::from(i32::MIN)
            } else {
                i64::from(i32::MAX)
            })
        })?;
        Self::from_day_number(day)
    }

    /// The date `days` days earlier; the same as `add_days(-days)`.
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1404, 1, 1)?.sub_days(1)?, JalaliDate::new(1403, 12, 30)?);
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn sub_days(self, days: i64) -> Result<Self> {
        self.add_days(days.saturating_neg())
    }

    /// The name of the month in the given name set.
    ///
    /// ```
    /// use naskh::calendar::{JalaliDate, MonthNames};
    ///
    /// let date = JalaliDate::new(1396, 6, 11)?;
    /// assert_eq!(date.month_name(MonthNames::Persian), "شهریور");
    /// assert_eq!(date.month_name(MonthNames::English), "Shahrivar");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn month_name(self, names: MonthNames) -> &'static str {
        names.name(self.month()).unwrap_or_default()
    }
}

/// The error for a Jalali year outside the supported range.
fn year_error(year: i64) -> Error {
    Error::DateOutOfRange {
        field: DateField::Year,
        value: year,
        min: rule::MIN_YEAR.into(),
        max: rule::MAX_YEAR.into(),
        context: "Jalali dates".into(),
    }
}

impl Sub for JalaliDate {
    type Output = i32;

    /// The number of days from `rhs` to `self` (negative if `rhs` is later).
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// let days = JalaliDate::new(1404, 1, 1)? - JalaliDate::new(1403, 1, 1)?;
    /// assert_eq!(days, 366);
    /// # Ok::<(), naskh::Error>(())
    /// ```
    fn sub(self, rhs: JalaliDate) -> i32 {
        self.to_day_number() - rhs.to_day_number()
    }
}

impl From<JalaliDate> for GregorianDate {
    fn from(date: JalaliDate) -> Self {
        date.to_gregorian()
    }
}

impl TryFrom<GregorianDate> for JalaliDate {
    type Error = Error;

    fn try_from(date: GregorianDate) -> Result<Self> {
        JalaliDate::from_gregorian(date)
    }
}

impl fmt::Display for JalaliDate {
    /// `YYYY-MM-DD` with ASCII digits, e.g. `1402-07-01`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for JalaliDate {
    type Err = Error;

    /// Parses `YYYY-MM-DD` (also `YYYY/MM/DD`; ASCII, Persian or Arabic-Indic digits; the year
    /// has 1 to 4 digits, month and day 1 or 2). Text of another shape is an [`Error::Parse`];
    /// a well-formed but impossible date such as `1402-12-30` is an [`Error::DateOutOfRange`].
    ///
    /// ```
    /// use naskh::calendar::JalaliDate;
    ///
    /// assert_eq!("۱۴۰۲/۰۷/۰۱".parse::<JalaliDate>()?, JalaliDate::new(1402, 7, 1)?);
    /// assert!(matches!("1402-7".parse::<JalaliDate>(), Err(naskh::Error::Parse { .. })));
    /// # Ok::<(), naskh::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self> {
        let (y, m, d) = parse_ymd(s, "a Jalali date (YYYY-MM-DD)")?;
        JalaliDate::new(y, m, d)
    }
}
