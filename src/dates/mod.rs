//! Finding Solar Hijri (Jalali) dates in running text — and, on request, the Gregorian and
//! lunar Hijri dates beside them ([`FindOptions::calendars`]) — rewriting them, and telling when
//! a page was published ([`published()`]).
//!
//! Persian and Afghan news pages print their dates in a dozen shapes — `۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵`,
//! `شنبه ۱ مهر ۱۴۰۲`, `۱۴۰۲/۰۷/۰۱ - ۱۲:۳۰`, `۱۵ حمل ۱۴۰۰`, `سوم تیر 1360` — usually beside a
//! Gregorian or lunar date that must *not* be taken for one. [`find`] returns every Solar Hijri
//! date with its byte range, the validated [`JalaliDate`], the [`GregorianDate`] of the same day
//! and the time printed with it; [`convert`] rewrites them in place.
//!
//! ```
//! use naskh::dates;
//!
//! let footer = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | 9495 بازدید";
//! let found = dates::find(footer);
//! assert_eq!(found.len(), 1);
//! assert_eq!(&footer[found[0].range.clone()], "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵");
//! assert_eq!(found[0].isoformat(), "2017-09-02T21:55");
//! assert_eq!(
//!     dates::convert("شنبه ۱ مهر ۱۴۰۲ و ۱۵ حمل ۱۴۰۰", &dates::Format::Iso),
//!     "2023-09-23 و 2021-04-04"
//! );
//! # Ok::<(), naskh::Error>(())
//! ```
//!
//! # What is found
//!
//! In any digit alphabet (Persian, Arabic-Indic, ASCII, mixed inside one number):
//!
//! * day, month name, year: `۱۵ مهر ۱۴۰۲`, Iranian names (Arabic ي/ك spellings, `امرداد`), Afghan
//!   Dari (`حمل` … `حوت`) and Pashto names, English transliterations (`15 Mehr 1402`,
//!   `Mehr 15, 1402`, `15th Esfand 1402`); `ماه` after the month, separate or joined
//!   (`دی‌ماه`, `مهرماه1380`), `سال` before the year; the day as an ordinal word (`سوم تیر 1360`,
//!   `بیست و دوم بهمن ۱۳۵۷`) or with a suffix (`۱۵ام`);
//! * numeric, year first `۱۴۰۲/۰۷/۰۱`, `1402-7-1`, `1402.07.01`, or day first `17/03/1388`,
//!   `۷/ ۹/ ۱۳۹۱` — the four-digit year decides the order;
//! * an optional weekday before (`سه‌شنبه`, `يكشنبه،`), era words after (`هجری شمسی`, `ه.ش`,
//!   `هـ.ش`, `ش`, `خورشیدی`, `SH`), punctuation between;
//! * a time `HH:MM[:SS]` right after or right before, joined by spaces, `-`, `،`, `/`, `|` or
//!   `ساعت`; `ب.ظ` / `ق.ظ` (and `PM` / `AM`) turn it into 24 hours;
//! * both ends of ranges `۱۴ تا ۱۶ مهر ۱۴۰۲`, `۱۴ مهر تا ۱۶ آبان ۱۴۰۲`, `۳ و ۴ آبان ۱۴۰۲` (the
//!   first end takes the second's month and year), and of pairs `(۱۵ مهر ۱۳۱۰ – ۲ آذر ۱۳۹۵)`;
//! * text in Arabic presentation forms, with zero-width (non-)joiners or bidi marks anywhere.
//!
//! A match's range runs from its first to its last component — weekday or leading time, day,
//! month, year, era words, trailing time and its am/pm marker — so replacing it replaces the
//! whole expression. The first end of a range covers only its own day (and month).
//!
//! # What is not
//!
//! With the default [`FindOptions::calendars`] (Solar Hijri only): Gregorian dates (years
//! outside the plausible window, Gregorian month names such as ژانویه or جنوری, `میلادی`),
//! lunar Hijri dates (lunar month names, `ه.ق`, `هجری قمری`), phone, bank
//! and version numbers, prices (`۱۴۰۰٬۰۰۰`), bare years, words that merely end like a month
//! (`عادی ۱۴۰۰`), and dates with a missing day, month or year: **nothing is ever filled in**,
//! least of all from today's date. A month name alone is an ordinary word (مهر is also
//! "kindness", تیر "arrow", اسد "lion"), so a name counts only with a day before it and a year
//! after it. Two-digit years are off by default ([`FindOptions::two_digit_years`]). Dates that
//! do not exist (31 Mehr, 30 Esfand in a common year) are skipped, or reported as
//! [`InvalidDate`] by [`find_with`] with [`FindOptions::report_invalid`].
//!
//! Numeric dates of lunar years (`۱۴۴۵/۰۳/۰۶`) without a marker look exactly like Solar Hijri
//! ones in the default year window; narrow [`FindOptions::years`] if your text has them.
//!
//! # Performance
//!
//! Every date contains a year in digits, so a byte scan looks only for digit runs that could
//! be one (four digits in the year window) and the grammar runs on a few hundred bytes around
//! each; text without such numbers costs one pass over its bytes. See `docs/dates.md` for
//! measured throughput.

use std::fmt;
use std::ops::{Range, RangeInclusive};
use std::str::FromStr;

mod cal;
mod format;
mod grammar;
mod names;
mod published;
#[cfg(any(feature = "serde", feature = "python"))]
mod record;
mod scan;
mod token;

pub use crate::calendar::{Calendar, CalendarDate};
#[cfg(feature = "python")]
pub(crate) use cal::in_calendar;
pub use cal::{GregorianDate, IslamicDate, JalaliDate};
pub use published::{published, published_in, Published, PublishedBy};
#[cfg(any(feature = "serde", feature = "python"))]
pub(crate) use record::{DateRecord, PublishedRecord};

use crate::{Error, Result};

/// A time of day printed with a date, on the 24-hour clock.
///
/// ```
/// let m = &naskh::dates::find("۱۴۰۲/۰۷/۰۱ ساعت ۰۴:۱۵ ب.ظ")[0];
/// let t = m.time.expect("a time");
/// assert_eq!((t.hour, t.minute, t.second), (16, 15, None));
/// assert_eq!(t.to_string(), "16:15");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    /// 0..=23.
    pub hour: u8,
    /// 0..=59.
    pub minute: u8,
    /// 0..=59, when the text gave seconds.
    pub second: Option<u8>,
}

impl fmt::Display for Time {
    /// `HH:MM`, or `HH:MM:SS` when the text gave seconds.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        if let Some(s) = self.second {
            write!(f, ":{s:02}")?;
        }
        Ok(())
    }
}

/// A Solar Hijri date found in text.
///
/// ```
/// use naskh::dates::find;
///
/// let text = "شنبه ۱ مهر ۱۴۰۲";
/// let m = &find(text)[0];
/// assert_eq!(m.range, 0..text.len());
/// assert_eq!((m.jalali.year(), m.jalali.month(), m.jalali.day()), (1402, 7, 1));
/// assert_eq!(m.gregorian.to_string(), "2023-09-23");
/// assert_eq!(m.time, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateMatch {
    /// Byte range of the whole date expression in the text.
    pub range: Range<usize>,
    /// The date as the text printed it, in its own calendar (validated).
    pub date: CalendarDate,
    /// The same day in the Solar Hijri calendar (the printed date itself for a Persian match).
    pub jalali: JalaliDate,
    /// The same day in the (proleptic) Gregorian calendar.
    pub gregorian: GregorianDate,
    /// The time printed with the date, if any.
    pub time: Option<Time>,
}

impl DateMatch {
    /// The calendar the text printed the date in (`date.calendar`).
    ///
    /// ```
    /// use naskh::dates::{find_with, Calendar, FindOptions};
    ///
    /// let opts = FindOptions::default().calendars([Calendar::Persian, Calendar::Islamic]);
    /// let found = find_with("۱۲ ذو الحجة ۱۴۳۸ هـ", &opts);
    /// let m = found[0].as_ref().unwrap();
    /// assert_eq!(m.calendar(), Calendar::Islamic);
    /// assert_eq!(m.date.to_string(), "1438-12-12");
    /// assert_eq!(m.gregorian.to_string(), "2017-09-03");
    /// ```
    pub fn calendar(&self) -> Calendar {
        self.date.calendar
    }

    /// `YYYY-MM-DD` (Gregorian), or `YYYY-MM-DDTHH:MM[:SS]` when a time belongs to the date.
    ///
    /// ```
    /// let m = &naskh::dates::find("۱۴۰۲/۰۷/۰۱ - ۱۲:۳۰")[0];
    /// assert_eq!(m.isoformat(), "2023-09-23T12:30");
    /// ```
    pub fn isoformat(&self) -> String {
        iso(&self.gregorian, self.time)
    }

    /// The matched text, given the text it was found in (empty if that is another text).
    ///
    /// ```
    /// let text = "تاریخ: ۱۵ حمل ۱۴۰۰";
    /// assert_eq!(naskh::dates::find(text)[0].as_str(text), "۱۵ حمل ۱۴۰۰");
    /// ```
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range.clone()).unwrap_or("")
    }
}

fn iso(g: &GregorianDate, time: Option<Time>) -> String {
    let mut s = format!("{:04}-{:02}-{:02}", g.year(), g.month(), g.day());
    if let Some(t) = time {
        s.push('T');
        s.push_str(&t.to_string());
    }
    s
}

/// A date-shaped expression whose day does not exist (`۳۱ مهر ۱۴۰۲`, `۳۰ اسفند ۱۴۰۲`),
/// reported by [`find_with`] when [`FindOptions::report_invalid`] is set.
///
/// ```
/// use naskh::dates::{find_with, FindOptions};
///
/// let opts = FindOptions::default().report_invalid(true);
/// let found = find_with("۳۱ مهر ۱۴۰۲", &opts);
/// let bad = found[0].as_ref().unwrap_err();
/// assert_eq!((bad.year, bad.month, bad.day), (1402, 7, 31));
/// assert!(matches!(bad.error, naskh::Error::DateOutOfRange { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidDate {
    /// Byte range of the expression in the text.
    pub range: Range<usize>,
    /// The calendar the date is written in.
    pub calendar: Calendar,
    /// The year as written (two-digit years already expanded).
    pub year: i32,
    /// The month, 1..=12.
    pub month: u8,
    /// The day as written, 1..=31.
    pub day: u8,
    /// The time printed with it, if any.
    pub time: Option<Time>,
    /// Why the calendar rejected it.
    pub error: Error,
}

/// Options for [`find_with`] and [`convert_with`].
///
/// ```
/// use naskh::dates::{find_with, FindOptions};
///
/// let opts = FindOptions::default().years(1300..=1450).two_digit_years(Some(1420));
/// let found = find_with("۱۵ مهر ۰۲ و ۱۵ مهر ۱۲۹۰", &opts);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].as_ref().map(|m| m.jalali.year()), Ok(1402));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct FindOptions {
    /// Report dates that do not exist as `Err(InvalidDate)` instead of skipping them.
    /// Default `false`.
    pub report_invalid: bool,
    /// Four-digit years taken as Solar Hijri. Default `1200..=1500` (Gregorian 1821–2122): wide
    /// enough for historical and future dates, and clear of every plausible Gregorian year.
    /// Years are always written with four digits (or two, see [`Self::two_digit_years`]), so a
    /// window below 1000 finds nothing.
    pub years: RangeInclusive<i32>,
    /// Accept two-digit years (`۱۵ مهر ۰۲`, `۰۲/۰۷/۱۵`) as the latest year up to this one that
    /// ends in those digits: with `Some(1420)`, `02` is 1402, `20` is 1420 and `21` is 1321.
    /// Default `None` (two-digit years are not dates). Only after a month name or in year-first
    /// numeric dates; `01/07/02` day-first is always ambiguous and never read. Solar Hijri only.
    pub two_digit_years: Option<i32>,
    /// The calendars whose dates are found. Default: Solar Hijri only (`[Calendar::Persian]`).
    ///
    /// * [`Calendar::Gregorian`]: years in [`GREGORIAN_YEARS`] with a month name (English,
    ///   Persian `سپتامبر`, Afghan `سپتمبر`, Arabic `سبتمبر` / `أيلول` / `شتنبر`, the pair
    ///   `أيلول/سبتمبر`; Arabic year words `عام` / `سنة` and ordinal days `الأول من` allowed),
    ///   ISO order `2017-09-02`, or day and month in an order no reader can doubt (`25/10/2017`).
    /// * [`Calendar::Islamic`]: years in [`ISLAMIC_YEARS`] with a lunar month name (`رجب`,
    ///   `ذو الحجة`), or numeric with lunar era words (`١٤٣٨/١٢/١٢ هـ`); converted with the
    ///   Umm al-Qura calendar ([`IslamicDate`]).
    ///
    /// An empty list finds nothing.
    pub calendars: Vec<Calendar>,
}

impl Default for FindOptions {
    fn default() -> Self {
        FindOptions {
            report_invalid: false,
            years: DEFAULT_YEARS,
            two_digit_years: None,
            calendars: vec![Calendar::Persian],
        }
    }
}

/// Which calendars one search reads: [`FindOptions::calendars`] as three flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CalendarSet {
    pub(crate) persian: bool,
    pub(crate) gregorian: bool,
    pub(crate) islamic: bool,
}

impl CalendarSet {
    /// Every calendar.
    pub(crate) const ALL: CalendarSet = CalendarSet {
        persian: true,
        gregorian: true,
        islamic: true,
    };

    /// The calendars of a list.
    pub(crate) fn of(calendars: &[Calendar]) -> Self {
        CalendarSet {
            persian: calendars.contains(&Calendar::Persian),
            gregorian: calendars.contains(&Calendar::Gregorian),
            islamic: calendars.contains(&Calendar::Islamic),
        }
    }

    /// Whether `calendar` is in the set.
    pub(crate) fn has(self, calendar: Calendar) -> bool {
        match calendar {
            Calendar::Persian => self.persian,
            Calendar::Gregorian => self.gregorian,
            Calendar::Islamic => self.islamic,
        }
    }
}

/// The Gregorian years the date finder reads when [`Calendar::Gregorian`] is asked for.
pub const GREGORIAN_YEARS: RangeInclusive<i32> = 1500..=2200;

/// The lunar Hijri years the date finder reads when [`Calendar::Islamic`] is asked for
/// (1882–2174 CE from 1300 AH on, where the Umm al-Qura table applies; the tabular calendar
/// before).
pub const ISLAMIC_YEARS: RangeInclusive<i32> = 1200..=1600;

/// The default plausible-year window, see [`FindOptions::years`].
pub const DEFAULT_YEARS: RangeInclusive<i32> = 1200..=1500;

impl FindOptions {
    /// Sets [`FindOptions::report_invalid`].
    pub fn report_invalid(mut self, yes: bool) -> Self {
        self.report_invalid = yes;
        self
    }

    /// Sets [`FindOptions::years`] (clamped to the calendar's 1..=3000).
    pub fn years(mut self, years: RangeInclusive<i32>) -> Self {
        let (lo, hi) = years.into_inner();
        self.years = lo.max(1)..=hi.min(3000);
        self
    }

    /// Sets [`FindOptions::calendars`] (duplicates dropped).
    ///
    /// ```
    /// use naskh::dates::{find_with, Calendar, FindOptions};
    ///
    /// let text = "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017";
    /// let opts = FindOptions::default().calendars([Calendar::Persian, Calendar::Gregorian]);
    /// let found: Vec<_> = find_with(text, &opts).into_iter().flatten().collect();
    /// assert_eq!(found.len(), 2);
    /// assert_eq!(found[1].calendar(), Calendar::Gregorian);
    /// assert_eq!(found[0].gregorian, found[1].gregorian);
    /// ```
    pub fn calendars(mut self, calendars: impl IntoIterator<Item = Calendar>) -> Self {
        self.calendars.clear();
        for c in calendars {
            if !self.calendars.contains(&c) {
                self.calendars.push(c);
            }
        }
        self
    }

    /// Sets [`FindOptions::two_digit_years`].
    pub fn two_digit_years(mut self, pivot: Option<i32>) -> Self {
        self.two_digit_years = pivot;
        self
    }
}

/// Every Solar Hijri date in `text`, in order, with the default [`FindOptions`].
///
/// ```
/// let text = "۱۴ تا ۱۶ مهر ۱۴۰۲ — ژانویه ۲۰۲۴ نه — ۱۵ محرم ۱۴۴۵ نه";
/// let found: Vec<String> = naskh::dates::find(text).iter().map(|m| m.isoformat()).collect();
/// assert_eq!(found, ["2023-10-06", "2023-10-08"]);
/// ```
pub fn find(text: &str) -> Vec<DateMatch> {
    find_with(text, &FindOptions::default())
        .into_iter()
        .filter_map(|r| r.ok())
        .collect()
}

/// Every Solar Hijri date in `text`, in order; impossible ones as `Err` when
/// [`FindOptions::report_invalid`] is set (otherwise every item is `Ok`).
///
/// ```
/// use naskh::dates::{find_with, FindOptions};
///
/// let text = "۳۰ اسفند ۱۴۰۲ / ۳۰ اسفند ۱۴۰۳";
/// assert_eq!(find_with(text, &FindOptions::default()).len(), 1);
/// let all = find_with(text, &FindOptions::default().report_invalid(true));
/// assert!(all[0].is_err() && all[1].is_ok());
/// ```
pub fn find_with(text: &str, opts: &FindOptions) -> Vec<Result<DateMatch, InvalidDate>> {
    let cals = CalendarSet::of(&opts.calendars);
    find_in(
        text,
        opts,
        cals,
        opts.report_invalid,
        &scan::digit_runs(text),
    )
}

/// The dates of [`find_with`] (`Ok` only), with the calendars `cals` instead of
/// [`FindOptions::calendars`]; `runs` are `text`'s [`scan::digit_runs`], which any number of
/// searches of the same text share.
pub(crate) fn find_valid(
    text: &str,
    opts: &FindOptions,
    cals: CalendarSet,
    runs: &[scan::DigitRun],
) -> Vec<DateMatch> {
    find_in(text, opts, cals, false, runs)
        .into_iter()
        .flatten()
        .collect()
}

pub(crate) use scan::digit_runs;

fn find_in(
    text: &str,
    opts: &FindOptions,
    cals: CalendarSet,
    report_invalid: bool,
    runs: &[scan::DigitRun],
) -> Vec<Result<DateMatch, InvalidDate>> {
    let mut out = Vec::new();
    for raw in scan::find_raw(text, opts, cals, runs) {
        match cal::resolve(raw.calendar, raw.year, raw.month, raw.day) {
            Ok((jalali, gregorian)) => out.push(Ok(DateMatch {
                range: raw.start..raw.end,
                date: CalendarDate {
                    calendar: raw.calendar,
                    year: raw.year,
                    month: raw.month,
                    day: raw.day,
                },
                jalali,
                gregorian,
                time: raw.time,
            })),
            Err(error) if report_invalid => out.push(Err(InvalidDate {
                range: raw.start..raw.end,
                calendar: raw.calendar,
                year: raw.year,
                month: raw.month,
                day: raw.day,
                time: raw.time,
                error,
            })),
            Err(_) => {}
        }
    }
    out
}

/// How [`convert`] writes each date.
///
/// ```
/// use naskh::dates::Format;
///
/// assert_eq!("iso".parse::<Format>()?, Format::Iso);
/// assert_eq!("%d.%m.%Y".parse::<Format>()?, Format::Pattern("%d.%m.%Y".into()));
/// assert!("roman".parse::<Format>().is_err());
/// # Ok::<(), naskh::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `2017-09-02`, or `2017-09-02T21:55` with a time ([`DateMatch::isoformat`]).
    Iso,
    /// `2 September 2017`, or `2 September 2017 21:55` with a time.
    English,
    /// A strftime-like pattern, Gregorian fields: `%Y` year, `%y` two-digit year, `%m` / `%d`
    /// zero-padded month and day, `%-m` / `%-d` unpadded, `%B` / `%b` month name, `%A` / `%a`
    /// weekday, `%F` = `%Y-%m-%d`; `%H %M %S` hour, minute, second (`00` when the text gave
    /// none), `%T` = `%H:%M:%S`; the Jalali date itself: `%JY %Jm %Jd %JB` (year, month, day,
    /// transliterated month name); `%%` a percent sign. Anything else is copied.
    Pattern(String),
}

impl FromStr for Format {
    type Err = Error;

    /// `iso`, `english`, or any text containing `%` (a [`Format::Pattern`]).
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "iso" => Ok(Format::Iso),
            "english" | "en" => Ok(Format::English),
            _ if s.contains('%') => Ok(Format::Pattern(s.to_string())),
            _ => Err(Error::InvalidOption {
                name: "format".into(),
                value: s.into(),
                expected: "iso, english or a pattern with % fields".into(),
            }),
        }
    }
}

/// `text` with every date [`find`] reports rewritten in `format`; every other byte unchanged.
///
/// ```
/// use naskh::dates::{convert, Format};
///
/// let text = "انتشار: ۱۴۰۲/۰۷/۰۱ - ۱۲:۳۰ | بازدید: ۱۴۰۰";
/// assert_eq!(convert(text, &Format::Iso), "انتشار: 2023-09-23T12:30 | بازدید: ۱۴۰۰");
/// assert_eq!(convert(text, &Format::English), "انتشار: 23 September 2023 12:30 | بازدید: ۱۴۰۰");
/// assert_eq!(
///     convert(text, &Format::Pattern("%d/%m/%Y".into())),
///     "انتشار: 23/09/2023 | بازدید: ۱۴۰۰"
/// );
/// ```
pub fn convert(text: &str, format: &Format) -> String {
    convert_with(text, format, &FindOptions::default())
}

/// [`convert`] with [`FindOptions`]; dates reported invalid are left as they are.
pub fn convert_with(text: &str, format: &Format, opts: &FindOptions) -> String {
    let found: Vec<DateMatch> = find_with(text, opts).into_iter().flatten().collect();
    replace(text, &found, format)
}

/// `text` with the given matches (found in `text`, in order, not overlapping) rewritten in
/// `format`; every other byte unchanged. Lets a caller that already ran [`find`] convert without
/// searching again; matches whose range does not fit `text` are skipped.
///
/// ```
/// use naskh::dates::{find, replace, Format};
///
/// let text = "تاریخ: ۱۵ حمل ۱۴۰۰";
/// let found = find(text);
/// assert_eq!(replace(text, &found, &Format::Iso), "تاریخ: 2021-04-04");
/// ```
pub fn replace(text: &str, matches: &[DateMatch], format: &Format) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut copied = 0;
    for m in matches {
        // `get` refuses a start before `copied` (overlap) or off a char boundary; a reversed
        // range must be refused too, or the text between its ends would be copied twice.
        let (Some(before), true) = (
            text.get(copied..m.range.start),
            m.range.start <= m.range.end && text.is_char_boundary(m.range.end),
        ) else {
            continue;
        };
        out.push_str(before);
        format::write(&mut out, m, format);
        copied = m.range.end;
    }
    out.push_str(crate::text::sub(text, copied..));
    out
}
