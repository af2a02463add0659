//! The words a date is made of, in *folded* spelling (see [`crate::text::fold::fold_char`]): month
//! names of Iran, Afghanistan (Dari and Pashto) and their English transliterations, weekdays,
//! ordinal day words, era words, and the words that mark a date as lunar or Gregorian.
//!
//! Multi-word names are stored with their words run together (`سهشنبه`, `بیستودوم`,
//! `هجریشمسی`): the matcher joins one to three consecutive words before looking them up, so
//! `سه شنبه`, `سه‌شنبه` and `سهشنبه` are one entry. Tests check every entry is already folded.

use crate::calendar::names::{GREGORIAN_MONTH_SPELLINGS, ISLAMIC_MONTH_SPELLINGS, MONTH_SPELLINGS};
use crate::calendar::Calendar;

/// The word for "month" that may follow a month name, separately or joined (`مهرماه`).
pub(crate) const MAH: &str = "ماه";
/// The word for "year" that may stand before the year (`خرداد ماه سال ۱۳۷۰`).
pub(crate) const SAL: &str = "سال";
/// Arabic words for "year" before a Gregorian or lunar year (`آذار عام 2011`, `سنة 1420 هـ`),
/// folded.
pub(crate) static ARABIC_YEAR_WORDS: &[&str] = &["عام", "سنه"];
/// Arabic "of" between an ordinal day and its month, or before `عام` (`الأول من سبتمبر`,
/// `مايو من عام 2012`).
pub(crate) const MIN: &str = "من";

/// Arabic ordinal day words (folded, words run together), 1..=31, for Gregorian and lunar
/// dates: `الأول من سبتمبر`, `الحادي والعشرين من رمضان`; `فاتح` (Maghreb) is the first.
static ARABIC_ORDINALS: &[(&str, u8)] = &[
    ("الاول", 1),
    ("فاتح", 1),
    ("الثانی", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
    ("الحادیعشر", 11),
    ("الثانیعشر", 12),
    ("الثالثعشر", 13),
    ("الرابععشر", 14),
    ("الخامسعشر", 15),
    ("السادسعشر", 16),
    ("السابععشر", 17),
    ("الثامنعشر", 18),
    ("التاسععشر", 19),
    ("العشرین", 20),
    ("الحادیوالعشرین", 21),
    ("الثانیوالعشرین", 22),
    ("الثالثوالعشرین", 23),
    ("الرابعوالعشرین", 24),
    ("الخامسوالعشرین", 25),
    ("السادسوالعشرین", 26),
    ("السابعوالعشرین", 27),
    ("الثامنوالعشرین", 28),
    ("التاسعوالعشرین", 29),
    ("الثلاثین", 30),
    ("الحادیوالثلاثین", 31),
];

/// The day an Arabic ordinal phrase names (`joined`: its words run together, folded).
pub(crate) fn arabic_ordinal_day(joined: &str) -> Option<u8> {
    lookup(ARABIC_ORDINALS, joined)
}
/// "hour": joins a date and its time (`۱۴۰۲/۰۷/۰۱ ساعت ۱۲:۳۰`).
pub(crate) const SAAT: &str = "ساعت";

/// The month a single folded word names: a month name, or a month name with `ماه` joined.
pub(crate) fn month_of_word(word: &str, latin: bool) -> Option<u8> {
    if latin {
        return lookup(MONTH_SPELLINGS, word);
    }
    lookup(MONTH_SPELLINGS, word).or_else(|| {
        let stem = word.strip_suffix(MAH)?;
        lookup(MONTH_SPELLINGS, stem)
    })
}

/// The Gregorian or lunar Hijri month that a folded name (words run together) stands for, among
/// the calendars `gregorian` / `islamic` switched on.
pub(crate) fn other_month(joined: &str, gregorian: bool, islamic: bool) -> Option<(u8, Calendar)> {
    if gregorian {
        if let Some(m) = lookup(GREGORIAN_MONTH_SPELLINGS, joined) {
            return Some((m, Calendar::Gregorian));
        }
    }
    if islamic {
        if let Some(m) = lookup(ISLAMIC_MONTH_SPELLINGS, joined) {
            return Some((m, Calendar::Islamic));
        }
    }
    None
}

fn lookup(table: &[(&str, u8)], word: &str) -> Option<u8> {
    table.iter().find(|(n, _)| *n == word).map(|&(_, m)| m)
}

/// Weekday names (folded, words joined). Only recognised; the date's own weekday is computed.
pub(crate) static WEEKDAYS: &[&str] = &[
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سهشنبه",
    "سشنبه",
    "چهارشنبه",
    "چارشنبه",
    "پنجشنبه",
    "جمعه",
    "ادینه",
    "السبت",
    "الاحد",
    "الاثنین",
    "الثلاثا",
    "الاربعا",
    "الخمیس",
    "الجمعه",
    "saturday",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
];

/// Ordinal words 1..=9 (folded) as they end a compound ordinal (`بیست و یکم`).
const UNIT_ORDINALS: &[(&str, u8)] = &[
    ("یکم", 1),
    ("دوم", 2),
    ("سوم", 3),
    ("چهارم", 4),
    ("پنجم", 5),
    ("ششم", 6),
    ("هفتم", 7),
    ("هشتم", 8),
    ("نهم", 9),
];

/// Ordinal words that stand alone (folded): 1..=20 and 30.
const SIMPLE_ORDINALS: &[(&str, u8)] = &[
    ("یکم", 1),
    ("اول", 1),
    ("دوم", 2),
    ("سوم", 3),
    ("چهارم", 4),
    ("پنجم", 5),
    ("ششم", 6),
    ("هفتم", 7),
    ("هشتم", 8),
    ("نهم", 9),
    ("دهم", 10),
    ("یازدهم", 11),
    ("دوازدهم", 12),
    ("سیزدهم", 13),
    ("چهاردهم", 14),
    ("پانزدهم", 15),
    ("پونزدهم", 15),
    ("شانزدهم", 16),
    ("هفدهم", 17),
    ("هفتدهم", 17),
    ("هجدهم", 18),
    ("هیجدهم", 18),
    ("هژدهم", 18),
    ("نوزدهم", 19),
    ("بیستم", 20),
    ("سیام", 30),
    ("سیم", 30),
];

/// The day (1..=31) an ordinal phrase names; `joined` is its words run together
/// (`بیستودوم` for `بیست و دوم`).
pub(crate) fn ordinal_day(joined: &str) -> Option<u8> {
    if let Some(&(_, d)) = SIMPLE_ORDINALS.iter().find(|(n, _)| *n == joined) {
        return Some(d);
    }
    for (tens, base) in [("بیستو", 20u8), ("سیو", 30u8)] {
        if let Some(rest) = joined.strip_prefix(tens) {
            let unit = UNIT_ORDINALS
                .iter()
                .find(|(n, _)| *n == rest)
                .map(|&(_, d)| d)?;
            let day = base + unit;
            return (day <= 31).then_some(day);
        }
    }
    None
}

/// English ordinal suffixes glued to a day number (`15th Mehr 1402`).
pub(crate) static LATIN_ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// What the words after a year say about its calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Era {
    /// Solar Hijri: part of the date.
    Solar,
    /// Lunar Hijri: the number is not a Solar Hijri year.
    Lunar,
    /// Gregorian (`میلادی`): not a Solar Hijri year.
    Gregorian,
    /// `هجری` alone: Solar Hijri on Iranian pages, lunar on Arabic ones; either calendar's
    /// date takes it.
    Hijri,
}

/// Era phrases (folded, words joined, dots dropped).
pub(crate) static ERAS: &[(&str, Era)] = &[
    ("هجریشمسی", Era::Solar),
    ("هجریخورشیدی", Era::Solar),
    ("هش", Era::Solar),
    ("هخ", Era::Solar),
    ("ش", Era::Solar),
    ("شمسی", Era::Solar),
    ("خورشیدی", Era::Solar),
    ("هجری", Era::Hijri),
    ("sh", Era::Solar),
    ("ap", Era::Solar),
    ("hs", Era::Solar),
    ("solarhijri", Era::Solar),
    ("hijrishamsi", Era::Solar),
    ("هجریقمری", Era::Lunar),
    ("هق", Era::Lunar),
    ("ه", Era::Lunar),
    ("هجریه", Era::Lunar),
    ("ق", Era::Lunar),
    ("قمری", Era::Lunar),
    ("ah", Era::Lunar),
    ("lunarhijri", Era::Lunar),
    ("hijriqamari", Era::Lunar),
    ("میلادی", Era::Gregorian),
    ("میلادیه", Era::Gregorian),
    ("م", Era::Gregorian),
    ("ad", Era::Gregorian),
    ("ce", Era::Gregorian),
];

/// Words that join a time to its date: `ساعت` (hour), Arabic `الساعة` / `ساعة`, `در` (at),
/// `at`, and the ISO `T`.
pub(crate) static TIME_JOIN_WORDS: &[&str] = &[SAAT, "الساعه", "ساعه", "در", "at", "t"];

/// Words after a number that make it a count or an amount, not a day (folded): percent,
/// people, currencies, multipliers.
pub(crate) static COUNT_WORDS: &[&str] = &[
    "درصد",
    "نفر",
    "تومان",
    "ریال",
    "دلار",
    "یورو",
    "هزار",
    "میلیون",
    "میلیارد",
    "عدد",
    "صفحه",
];

/// Words that join the two ends of a day range (`۱۴ تا ۱۶ مهر`): تا, الی (until), و (and), to.
pub(crate) static RANGE_WORDS: &[&str] = &["تا", "الی", "و", "to", "and"];

/// Persian and English am/pm markers (folded, words joined, dots dropped) → whether it is pm.
pub(crate) static AM_PM: &[(&str, bool)] = &[
    ("بظ", true),
    ("بعدازظهر", true),
    ("بعدالظهر", true),
    ("عصر", true),
    ("قظ", false),
    ("قبلازظهر", false),
    ("قبلالظهر", false),
    ("صبح", false),
    ("مسا", true),
    ("صباحا", false),
    ("pm", true),
    ("am", false),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    #[test]
    fn tables_are_folded() {
        let mut all: Vec<&str> = Vec::new();
        all.extend(MONTH_SPELLINGS.iter().map(|x| x.0));
        all.extend(GREGORIAN_MONTH_SPELLINGS.iter().map(|x| x.0));
        all.extend(ISLAMIC_MONTH_SPELLINGS.iter().map(|x| x.0));
        all.extend(WEEKDAYS.iter().copied());
        all.extend(UNIT_ORDINALS.iter().map(|x| x.0));
        all.extend(SIMPLE_ORDINALS.iter().map(|x| x.0));
        all.extend(ERAS.iter().map(|x| x.0));
        all.extend(TIME_JOIN_WORDS.iter().copied());
        all.extend(ARABIC_YEAR_WORDS.iter().copied());
        all.extend(ARABIC_ORDINALS.iter().map(|x| x.0));
        all.push(MIN);
        all.extend(RANGE_WORDS.iter().copied());
        all.extend(COUNT_WORDS.iter().copied());
        all.extend(AM_PM.iter().map(|x| x.0));
        all.extend([MAH, SAL, SAAT]);
        for w in all {
            assert_eq!(fold(w), w, "table entry {w:?} is not in folded form");
        }
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal_day("سوم"), Some(3));
        assert_eq!(ordinal_day("بیستودوم"), Some(22));
        assert_eq!(ordinal_day("سیویکم"), Some(31));
        assert_eq!(ordinal_day("سیودوم"), None);
        assert_eq!(ordinal_day("پانزدهم"), Some(15));
        assert_eq!(ordinal_day("بیست"), None);
    }

    #[test]
    fn months_with_mah() {
        assert_eq!(month_of_word("مهرماه", false), Some(7));
        assert_eq!(month_of_word("دی", false), Some(10));
        assert_eq!(month_of_word("عادی", false), None);
        assert_eq!(month_of_word("ماه", false), None);
        assert_eq!(month_of_word("esfand", true), Some(12));
    }
}
