//! Lunar Hijri dates in the Umm al-Qura calendar, converted by ICU4X's `icu_calendar`.
//!
//! The Umm al-Qura calendar is Saudi Arabia's official lunar Hijri calendar; its month lengths
//! come from tables published by KACST, not from a formula, so naskh takes them from a well-kept
//! implementation instead of writing its own: ICU4X (`icu_calendar`, the Unicode Consortium's
//! library, also behind CLDR's `islamic-umalqura`) carries the KACST month lengths for 1300–1600
//! AH (1882–2174 CE) and falls back to the tabular (type II, Friday epoch) calendar outside them.
//! Countries that follow the sighting of the moon (Iran, Pakistan, Morocco, …) may be one day
//! ahead of or behind these dates.

use std::fmt;

use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};

use crate::{DateField, Error, Result};

use super::GregorianDate;

/// The lunar Hijri month names in Arabic, Muharram first.
pub const MONTHS_ISLAMIC: [&str; 12] = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

/// A date in the lunar Hijri calendar, Umm al-Qura rules (see the module docs for their source
/// and their limits), years 1..=9666 AH (the Gregorian years naskh represents).
///
/// ```
/// use naskh::calendar::{GregorianDate, IslamicDate};
///
/// let d = IslamicDate::new(1438, 12, 12)?;
/// assert_eq!(d.to_gregorian(), GregorianDate::new(2017, 9, 3)?);
/// assert_eq!(IslamicDate::from_gregorian(GregorianDate::new(2024, 3, 11)?)?.to_string(), "1445-09-01");
/// assert!(IslamicDate::new(1445, 9, 31).is_err());
/// # Ok::<(), naskh::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IslamicDate {
    year: i32,
    month: u8,
    day: u8,
    /// The same day, Gregorian (kept: every use of an Islamic date wants it).
    gregorian: GregorianDate,
}

/// The largest Hijri year whose days all fall in [`GregorianDate`]'s range.
const MAX_YEAR: i32 = 9666;

/// The error for a lunar year outside 1..=[`MAX_YEAR`].
fn year_out_of_range(year: i32) -> Error {
    Error::DateOutOfRange {
        field: DateField::Year,
        value: year.into(),
        min: 1,
        max: MAX_YEAR.into(),
        context: "lunar Hijri dates".into(),
    }
}

impl IslamicDate {
    /// A validated date: month 1..=12, day 1..=29 or 30 as the Umm al-Qura table gives it.
    pub fn new(year: i32, month: i32, day: i32) -> Result<Self> {
        if !(1..=MAX_YEAR).contains(&year) {
            return Err(year_out_of_range(year));
        }
        let m = super::check_month(month)?;
        let len = Self::days_in_month(year, month)?;
        let d = super::check_day(day, len, &MONTHS_ISLAMIC, m, year)?;
        let date = Date::try_new_hijri_with_calendar(year, m, d, Hijri::new_umm_al_qura())
            .map_err(|_| super::day_out_of_range(day, len, "", year))?;
        let iso = date.to_calendar(Iso);
        let gregorian = GregorianDate::new(
            iso.year().extended_year(),
            i32::from(iso.month().ordinal),
            i32::from(iso.day_of_month().0),
        )?;
        Ok(IslamicDate {
            year,
            month: m,
            day: d,
            gregorian,
        })
    }

    /// The number of days (29 or 30) of `month` in `year`.
    pub fn days_in_month(year: i32, month: i32) -> Result<u8> {
        let m = super::check_month(month)?;
        let first = Date::try_new_hijri_with_calendar(year, m, 1, Hijri::new_umm_al_qura())
            .map_err(|_| year_out_of_range(year))?;
        Ok(first.days_in_month())
    }

    /// The lunar Hijri date of a Gregorian day.
    pub fn from_gregorian(date: GregorianDate) -> Result<Self> {
        let month = u8::try_from(date.month()).unwrap_or(1);
        let day = u8::try_from(date.day()).unwrap_or(1);
        let iso =
            Date::try_new_iso(date.year(), month, day).map_err(|_| Error::DateOutOfRange {
                field: DateField::Year,
                value: date.year().into(),
                min: 1,
                max: 9999,
                context: "Gregorian dates".into(),
            })?;
        let h = iso.to_calendar(Hijri::new_umm_al_qura());
        let year = h.year().extended_year();
        if !(1..=MAX_YEAR).contains(&year) {
            return Err(year_out_of_range(year));
        }
        Ok(IslamicDate {
            year,
            month: h.month().ordinal,
            day: h.day_of_month().0,
            gregorian: date,
        })
    }

    /// The year (AH).
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1..=12 (1 = Muharram).
    pub const fn month(self) -> i32 {
        self.month as i32
    }

    /// The day of the month, 1..=30.
    pub const fn day(self) -> i32 {
        self.day as i32
    }

    /// The same day in the proleptic Gregorian calendar.
    pub const fn to_gregorian(self) -> GregorianDate {
        self.gregorian
    }
}

impl fmt::Display for IslamicDate {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        // Published Umm al-Qura dates: 1 Ramadan 1445 = 11 March 2024; 1 Muharram 1446 =
        // 7 July 2024; 10 Dhu al-Hijjah 1438 = 1 September 2017.
        for ((y, m, d), g) in [
            ((1445, 9, 1), "2024-03-11"),
            ((1446, 1, 1), "2024-07-07"),
            ((1438, 12, 10), "2017-09-01"),
        ] {
            let date = IslamicDate::new(y, m, d).unwrap();
            assert_eq!(date.to_gregorian().to_string(), g);
            assert_eq!(
                IslamicDate::from_gregorian(date.to_gregorian()).unwrap(),
                date
            );
        }
    }

    #[test]
    fn month_lengths_and_errors() {
        let total: u32 = (1..=12)
            .map(|m| u32::from(IslamicDate::days_in_month(1445, m).unwrap()))
            .sum();
        assert!((354..=355).contains(&total));
        assert!(IslamicDate::new(1445, 13, 1).is_err());
        assert!(IslamicDate::new(0, 1, 1).is_err());
        assert!(IslamicDate::new(1445, 1, 0).is_err());
    }
}
