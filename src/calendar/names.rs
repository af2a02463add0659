//! Month and weekday names of the Solar Hijri calendar, and a lenient month-name lookup.

use std::fmt;

/// The Iranian Persian month names, Farvardin first: فروردین … اسفند.
pub const MONTHS_PERSIAN: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// The month names used in Afghanistan (Dari), named after the zodiac signs: حمل … حوت.
/// The months are the same as the Iranian ones (حمل = فروردین).
pub const MONTHS_DARI: [&str; 12] = [
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
];

/// English transliteration of the Iranian month names: Farvardin … Esfand.
pub const MONTHS_ENGLISH: [&str; 12] = [
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
];

/// Every spelling of a Solar Hijri month name that naskh reads, in folded form
/// ([`crate::text::fold::fold_name`]), with its month: the display names above and their common
/// variants, in Arabic script (Iranian, Dari and Pashto names) and in Latin transliteration.
/// The one list behind [`month_from_name`] and the date matcher; a test checks that every
/// display name above is in it.
pub(crate) static MONTH_SPELLINGS: &[(&str, u8)] = &[
    // Iran
    ("فروردین", 1),
    ("اردیبهشت", 2),
    ("خرداد", 3),
    ("تیر", 4),
    ("مرداد", 5),
    ("امرداد", 5),
    ("شهریور", 6),
    ("مهر", 7),
    ("ابان", 8),
    ("اذر", 9),
    ("دی", 10),
    ("بهمن", 11),
    ("اسفند", 12),
    ("اسپند", 12),
    // Afghanistan, Dari (zodiac names)
    ("حمل", 1),
    ("ثور", 2),
    ("جوزا", 3),
    ("سرطان", 4),
    ("اسد", 5),
    ("سنبله", 6),
    ("میزان", 7),
    ("عقرب", 8),
    ("قوس", 9),
    ("جدی", 10),
    ("دلو", 11),
    ("حوت", 12),
    // Afghanistan, Pashto
    ("وری", 1),
    ("غویی", 2),
    ("غبرگولی", 3),
    ("چنگاښ", 4),
    ("زمری", 5),
    ("وږی", 6),
    ("تله", 7),
    ("لړم", 8),
    ("لیندی", 9),
    ("مرغومی", 10),
    ("سلواغه", 11),
    ("کب", 12),
    // Latin transliterations
    ("farvardin", 1),
    ("farvardeen", 1),
    ("farwardin", 1),
    ("ordibehesht", 2),
    ("ordibehest", 2),
    ("khordad", 3),
    ("khordaad", 3),
    ("khurdad", 3),
    ("tir", 4),
    ("teer", 4),
    ("mordad", 5),
    ("amordad", 5),
    ("mordaad", 5),
    ("amurdad", 5),
    ("murdad", 5),
    ("shahrivar", 6),
    ("shahrewar", 6),
    ("sharivar", 6),
    ("shahriwar", 6),
    ("mehr", 7),
    ("mihr", 7),
    ("aban", 8),
    ("abaan", 8),
    ("azar", 9),
    ("adhar", 9),
    ("azer", 9),
    ("dey", 10),
    ("dei", 10),
    ("bahman", 11),
    ("esfand", 12),
    ("isfand", 12),
    ("esfend", 12),
    ("espand", 12),
    // Afghan names
    ("hamal", 1),
    ("sawr", 2),
    ("saur", 2),
    ("sowr", 2),
    ("jawza", 3),
    ("jauza", 3),
    ("jowza", 3),
    ("saratan", 4),
    ("sarataan", 4),
    ("asad", 5),
    ("sunbula", 6),
    ("sonbola", 6),
    ("sonbula", 6),
    ("sunbulah", 6),
    ("mizan", 7),
    ("meezan", 7),
    ("aqrab", 8),
    ("akrab", 8),
    ("qaws", 9),
    ("qaus", 9),
    ("qows", 9),
    ("jadi", 10),
    ("jaddi", 10),
    ("dalw", 11),
    ("dalv", 11),
    ("hut", 12),
    ("hoot", 12),
    ("hout", 12),
];

/// Every spelling of a Gregorian month name that the date finder reads, folded
/// ([`crate::text::fold::fold`]; words of a two-word name run together): English names and
/// abbreviations; Iranian Persian (ژانویه … دسامبر) and Afghan (جنوری … دسمبر) forms; Arabic
/// names of Egypt and the Gulf (يناير … ديسمبر), of the Levant and Iraq (كانون الثاني … كانون
/// الأول) and of the Maghreb (يناير … دجنبر). English names count only when capitalized
/// (`May`, not the verb `may`; the date finder checks).
pub(crate) static GREGORIAN_MONTH_SPELLINGS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // Iran
    ("ژانویه", 1),
    ("فوریه", 2),
    ("مارس", 3),
    ("اوریل", 4),
    ("مه", 5),
    ("می", 5),
    ("ژوین", 6),
    ("ژوییه", 7),
    ("ژولای", 7),
    ("جولای", 7),
    ("اوت", 8),
    ("اگوست", 8),
    ("سپتامبر", 9),
    ("اکتبر", 10),
    ("نوامبر", 11),
    ("دسامبر", 12),
    // Afghanistan
    ("جنوری", 1),
    ("فبروری", 2),
    ("مارچ", 3),
    ("اپریل", 4),
    ("جون", 6),
    ("اگست", 8),
    ("سپتمبر", 9),
    ("اکتوبر", 10),
    ("نومبر", 11),
    ("دسمبر", 12),
    // Egypt, the Gulf
    ("ینایر", 1),
    ("فبرایر", 2),
    ("ابریل", 4),
    ("مایو", 5),
    ("یونیو", 6),
    ("یونیه", 6),
    ("یولیو", 7),
    ("یولیه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("نوفمبر", 11),
    ("دیسمبر", 12),
    // The Levant and Iraq
    ("کانونالثانی", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نیسان", 4),
    ("ایار", 5),
    ("حزیران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ایلول", 9),
    ("تشرینالاول", 10),
    ("تشرینالثانی", 11),
    ("کانونالاول", 12),
    // The Maghreb
    ("مای", 5),
    ("یولیوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
];

/// Every spelling of a lunar Hijri month name that the date finder reads, folded (words of a
/// two-word name run together): Arabic and Persian forms, with and without the article and the
/// epithets (`محرم الحرام`, `رمضان المبارك`), and common Latin transliterations.
pub(crate) static ISLAMIC_MONTH_SPELLINGS: &[(&str, u8)] = &[
    ("محرم", 1),
    ("محرمالحرام", 1),
    ("صفر", 2),
    ("صفرالمظفر", 2),
    ("صفرالخیر", 2),
    ("ربیعالاول", 3),
    ("ربیعاول", 3),
    ("ربیعالاخر", 4),
    ("ربیعالثانی", 4),
    ("ربیعاخر", 4),
    ("ربیعثانی", 4),
    ("جمادیالاولی", 5),
    ("جمادیالاول", 5),
    ("جمادیاول", 5),
    ("جمادیالاخره", 6),
    ("جمادیالاخر", 6),
    ("جمادیالثانیه", 6),
    ("جمادیالثانی", 6),
    ("جمادیثانی", 6),
    ("رجب", 7),
    ("رجبالمرجب", 7),
    ("شعبان", 8),
    ("شعبانالمعظم", 8),
    ("رمضان", 9),
    ("رمضانالمبارک", 9),
    ("شوال", 10),
    ("شوالالمکرم", 10),
    ("ذوالقعده", 11),
    ("ذیالقعده", 11),
    ("ذیقعده", 11),
    ("ذوالحجه", 12),
    ("ذیالحجه", 12),
    ("ذیحجه", 12),
    ("muharram", 1),
    ("safar", 2),
    ("rajab", 7),
    ("shaban", 8),
    ("ramadan", 9),
    ("ramazan", 9),
    ("shawwal", 10),
];

/// English names of the Gregorian months, January first.
pub const MONTHS_GREGORIAN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English transliteration of the Afghan (Dari) month names: Hamal … Hut.
pub const MONTHS_DARI_ENGLISH: [&str; 12] = [
    "Hamal", "Sawr", "Jawza", "Saratan", "Asad", "Sunbula", "Mizan", "Aqrab", "Qaws", "Jadi",
    "Dalw", "Hut",
];

/// Persian weekday names, Saturday (شنبه, the first day of the Iranian week) first.
pub const WEEKDAYS_PERSIAN: [&str; 7] = [
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سه‌شنبه",
    "چهارشنبه",
    "پنجشنبه",
    "جمعه",
];

/// English weekday names, Saturday first.
pub const WEEKDAYS_ENGLISH: [&str; 7] = [
    "Saturday",
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
];

/// Which set of month names to use.
///
/// ```
/// use naskh::calendar::MonthNames;
///
/// assert_eq!(MonthNames::Persian.name(7), Some("مهر"));
/// assert_eq!(MonthNames::Dari.name(1), Some("حمل"));
/// assert_eq!(MonthNames::English.name(12), Some("Esfand"));
/// assert_eq!(MonthNames::English.name(13), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MonthNames {
    /// Iranian Persian ([`MONTHS_PERSIAN`]).
    Persian,
    /// Afghan Dari ([`MONTHS_DARI`]).
    Dari,
    /// English transliteration of the Iranian names ([`MONTHS_ENGLISH`]).
    English,
    /// English transliteration of the Afghan names ([`MONTHS_DARI_ENGLISH`]).
    DariEnglish,
}

impl MonthNames {
    /// All twelve names, Farvardin (Hamal) first.
    pub const fn all(self) -> &'static [&'static str; 12] {
        match self {
            MonthNames::Persian => &MONTHS_PERSIAN,
            MonthNames::Dari => &MONTHS_DARI,
            MonthNames::English => &MONTHS_ENGLISH,
            MonthNames::DariEnglish => &MONTHS_DARI_ENGLISH,
        }
    }

    /// The name of `month` (1..=12), or `None` for another number.
    pub fn name(self, month: i32) -> Option<&'static str> {
        let index = usize::try_from(month.checked_sub(1)?).ok()?;
        self.all().get(index).copied()
    }
}

/// The month (1..=12) a name stands for, in any of the name sets and their common spellings.
///
/// Matching is lenient about how the name was typed: Arabic ي/ك/ى for Persian ی/ک, آ/أ for ا,
/// zero-width non-joiners, spaces, tatweel and hyphens, and letter case in Latin script.
/// Accepted variants include امرداد/Amordad, Esfand/Isfand, Dey/Dei, Jawza/Jauza/Jowza,
/// Sawr/Saur/Sowr, Sunbula/Sonbola and Qaws/Qaus. Returns `None` for anything else, including
/// empty text; it does not look for a name *inside* longer text.
///
/// ```
/// use naskh::calendar::month_from_name;
///
/// assert_eq!(month_from_name("شهریور"), Some(6));
/// assert_eq!(month_from_name("شهريور"), Some(6)); // Arabic yeh
/// assert_eq!(month_from_name("اردی بهشت"), Some(2));
/// assert_eq!(month_from_name("سنبله"), Some(6)); // Dari
/// assert_eq!(month_from_name("shahrivar"), Some(6));
/// assert_eq!(month_from_name("Mehrdad"), None);
/// ```
pub fn month_from_name(name: &str) -> Option<u8> {
    let key = crate::text::fold::fold_name(name);
    if key.is_empty() {
        return None;
    }
    MONTH_SPELLINGS
        .iter()
        .find(|(spelling, _)| *spelling == key)
        .map(|&(_, month)| month)
}

/// A day of the week.
///
/// The variants are in the order of the Iranian week, which starts on Saturday (شنبه).
///
/// ```
/// use naskh::calendar::{JalaliDate, Weekday};
///
/// let nowruz = JalaliDate::new(1404, 1, 1)?; // 2025-03-21
/// assert_eq!(nowruz.weekday(), Weekday::Friday);
/// assert_eq!(nowruz.weekday().persian_name(), "جمعه");
/// assert_eq!(Weekday::Saturday.days_from_saturday(), 0);
/// assert_eq!(Weekday::Monday.number_from_monday(), 1);
/// # Ok::<(), naskh::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// شنبه
    Saturday,
    /// یکشنبه
    Sunday,
    /// دوشنبه
    Monday,
    /// سه‌شنبه
    Tuesday,
    /// چهارشنبه
    Wednesday,
    /// پنجشنبه
    Thursday,
    /// جمعه
    Friday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Saturday,
        Weekday::Sunday,
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
    ];

    /// The weekday `n` days after a Saturday (any integer; taken modulo 7).
    pub fn from_days_from_saturday(n: i64) -> Weekday {
        let index = usize::try_from(n.rem_euclid(7)).unwrap_or(0);
        Self::ALL.get(index).copied().unwrap_or(Weekday::Saturday)
    }

    /// 0 for Saturday … 6 for Friday (the convention of jdatetime and persiantools).
    pub const fn days_from_saturday(self) -> u8 {
        self as u8
    }

    /// 1 for Monday … 7 for Sunday (ISO 8601).
    pub const fn number_from_monday(self) -> u8 {
        (self as u8 + 5) % 7 + 1
    }

    /// The Persian name, e.g. `"سه‌شنبه"`.
    pub fn persian_name(self) -> &'static str {
        WEEKDAYS_PERSIAN
            .get(usize::from(self as u8))
            .copied()
            .unwrap_or_default()
    }

    /// The English name, e.g. `"Tuesday"`.
    pub fn english_name(self) -> &'static str {
        WEEKDAYS_ENGLISH
            .get(usize::from(self as u8))
            .copied()
            .unwrap_or_default()
    }
}

impl fmt::Display for Weekday {
    /// The English name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.english_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_maps_back_to_its_month() {
        for set in [
            MonthNames::Persian,
            MonthNames::Dari,
            MonthNames::English,
            MonthNames::DariEnglish,
        ] {
            for m in 1..=12 {
                let name = set.name(m).unwrap();
                assert_eq!(month_from_name(name), Some(m as u8), "{name}");
                assert_eq!(month_from_name(&name.to_uppercase()), Some(m as u8));
            }
        }
        // spellings that are not display names
        for (v, m) in [
            ("امرداد", 5),
            ("اسپند", 12),
            ("جوزاء", 3),
            ("سنبلة", 6),
            ("Farwardin", 1),
            ("Ordibehest", 2),
            ("Khurdad", 3),
            ("Amordad", 5),
            ("Amurdad", 5),
            ("Murdad", 5),
            ("Shahriwar", 6),
            ("Mihr", 7),
            ("Abaan", 8),
            ("Adhar", 9),
            ("Dei", 10),
            ("Isfand", 12),
            ("Esfend", 12),
            ("Saur", 2),
            ("Sowr", 2),
            ("Jauza", 3),
            ("Jowza", 3),
            ("Sarataan", 4),
            ("Sonbola", 6),
            ("Sunbulah", 6),
            ("Meezan", 7),
            ("Qaus", 9),
            ("Jaddi", 10),
            ("Dalv", 11),
        ] {
            assert_eq!(month_from_name(v), Some(m), "{v}");
        }
    }

    #[test]
    fn no_name_is_ambiguous() {
        let all: Vec<(String, u8)> = [
            MonthNames::Persian,
            MonthNames::Dari,
            MonthNames::English,
            MonthNames::DariEnglish,
        ]
        .iter()
        .flat_map(|s| {
            s.all()
                .iter()
                .zip(1u8..)
                .map(|(n, m)| (crate::text::fold::fold_name(n), m))
        })
        .chain(MONTH_SPELLINGS.iter().map(|&(n, m)| (n.to_string(), m)))
        .collect();
        for (a, ma) in &all {
            for (b, mb) in &all {
                if a == b {
                    assert_eq!(ma, mb, "{a} names two months");
                }
            }
        }
    }

    #[test]
    fn spelling_variants_and_non_names() {
        assert_eq!(month_from_name("ارديبهشت"), Some(2));
        assert_eq!(month_from_name("اذر"), Some(9));
        assert_eq!(month_from_name("اسفند\u{200c}"), Some(12));
        assert_eq!(month_from_name(""), None);
        assert_eq!(month_from_name("  "), None);
        assert_eq!(month_from_name("day"), None);
        assert_eq!(month_from_name("مهرماه"), None);
    }

    #[test]
    fn weekday_numbering() {
        assert_eq!(Weekday::Sunday.number_from_monday(), 7);
        assert_eq!(Weekday::Saturday.number_from_monday(), 6);
        assert_eq!(Weekday::from_days_from_saturday(-1), Weekday::Friday);
        assert_eq!(Weekday::from_days_from_saturday(15), Weekday::Sunday);
        for (i, w) in Weekday::ALL.iter().enumerate() {
            assert_eq!(usize::from(w.days_from_saturday()), i);
        }
    }
}

#[cfg(test)]
mod spelling_tests {
    use super::*;
    use crate::text::fold::fold_name;

    #[test]
    fn every_display_name_is_a_spelling_of_its_month() {
        for names in [
            &MONTHS_PERSIAN,
            &MONTHS_DARI,
            &MONTHS_ENGLISH,
            &MONTHS_DARI_ENGLISH,
        ] {
            for (i, name) in names.iter().enumerate() {
                let key = fold_name(name);
                let months: Vec<u8> = MONTH_SPELLINGS
                    .iter()
                    .filter(|(s, _)| *s == key)
                    .map(|&(_, m)| m)
                    .collect();
                assert_eq!(months, [i as u8 + 1], "{name} ({key})");
            }
        }
    }

    #[test]
    fn spellings_are_folded_and_name_one_month() {
        for &(spelling, month) in MONTH_SPELLINGS {
            assert_eq!(fold_name(spelling), spelling, "{spelling} is not folded");
            assert!((1..=12).contains(&month));
            let months: Vec<u8> = MONTH_SPELLINGS
                .iter()
                .filter(|(s, _)| *s == spelling)
                .map(|&(_, m)| m)
                .collect();
            assert_eq!(months, [month], "{spelling} is listed twice");
        }
    }

    #[test]
    fn other_calendars_spellings_are_folded_and_apart_from_solar_names() {
        for table in [GREGORIAN_MONTH_SPELLINGS, ISLAMIC_MONTH_SPELLINGS] {
            for &(spelling, month) in table {
                assert_eq!(fold_name(spelling), spelling, "{spelling} is not folded");
                assert!((1..=12).contains(&month));
                assert_eq!(
                    table.iter().filter(|(s, _)| *s == spelling).count(),
                    1,
                    "{spelling} is listed twice"
                );
                // A name of two calendars would make the calendar of a date a guess.
                for other in [
                    MONTH_SPELLINGS,
                    GREGORIAN_MONTH_SPELLINGS,
                    ISLAMIC_MONTH_SPELLINGS,
                ] {
                    if !std::ptr::eq(other, table) {
                        assert!(
                            other.iter().all(|(s, _)| *s != spelling),
                            "{spelling} in two calendars"
                        );
                    }
                }
            }
        }
        for (i, name) in MONTHS_GREGORIAN.iter().enumerate() {
            let key = fold_name(name);
            assert!(
                GREGORIAN_MONTH_SPELLINGS.contains(&(key.as_str(), i as u8 + 1)),
                "{name}"
            );
        }
        for (i, name) in super::super::MONTHS_ISLAMIC.iter().enumerate() {
            let key = fold_name(name);
            assert!(
                ISLAMIC_MONTH_SPELLINGS.contains(&(key.as_str(), i as u8 + 1)),
                "{name}"
            );
        }
    }

    #[test]
    fn month_from_name_reads_what_the_date_matcher_reads() {
        // One list and one fold for both: spellings the date matcher always read in text are
        // now parsed on their own too (they were not before the two lists became one).
        assert_eq!(month_from_name("Farvardeen"), Some(1));
        assert_eq!(month_from_name("غبرگولی"), Some(3)); // Pashto
        assert_eq!(month_from_name("\u{FEE3}\u{FEEC}\u{FEAE}"), Some(7)); // ﻣﻬﺮ, presentation forms
        assert_eq!(month_from_name("مِهر"), Some(7)); // with a kasra
        assert_eq!(month_from_name("سنبلة"), Some(6));
        assert_eq!(month_from_name("Mehrdad"), None);
        assert_eq!(month_from_name(""), None);
        assert_eq!(month_from_name(" - "), None);
    }
}
