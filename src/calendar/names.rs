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
    let key = fold(name);
    if key.is_empty() {
        return None;
    }
    for (names, extra) in [
        (&MONTHS_PERSIAN, &PERSIAN_VARIANTS[..]),
        (&MONTHS_DARI, &DARI_VARIANTS[..]),
        (&MONTHS_ENGLISH, &ENGLISH_VARIANTS[..]),
        (&MONTHS_DARI_ENGLISH, &DARI_ENGLISH_VARIANTS[..]),
    ] {
        if let Some(i) = names.iter().position(|n| fold(n) == key) {
            return u8::try_from(i + 1).ok();
        }
        if let Some(&(_, m)) = extra.iter().find(|(n, _)| fold(n) == key) {
            return Some(m);
        }
    }
    None
}

const PERSIAN_VARIANTS: [(&str, u8); 2] = [("امرداد", 5), ("اسپند", 12)];
const DARI_VARIANTS: [(&str, u8); 2] = [("جوزاء", 3), ("سنبلة", 6)];
const ENGLISH_VARIANTS: [(&str, u8); 13] = [
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
];
const DARI_ENGLISH_VARIANTS: [(&str, u8); 11] = [
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
];

/// Folds spelling differences that do not change which month is meant.
fn fold(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            'ي' | 'ى' => Some('ی'),
            'ك' => Some('ک'),
            'آ' | 'أ' | 'إ' => Some('ا'),
            '\u{200c}' | '\u{200d}' | 'ـ' | ' ' | '-' | '\'' | '’' => None,
            c => Some(c.to_ascii_lowercase()),
        })
        .collect()
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
        for (v, m) in PERSIAN_VARIANTS
            .iter()
            .chain(&DARI_VARIANTS)
            .chain(&ENGLISH_VARIANTS)
            .chain(&DARI_ENGLISH_VARIANTS)
        {
            assert_eq!(month_from_name(v), Some(*m), "{v}");
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
        .flat_map(|s| s.all().iter().zip(1u8..).map(|(n, m)| (fold(n), m)))
        .chain(
            PERSIAN_VARIANTS
                .iter()
                .chain(&DARI_VARIANTS)
                .chain(&ENGLISH_VARIANTS)
                .chain(&DARI_ENGLISH_VARIANTS)
                .map(|(n, m)| (fold(n), *m)),
        )
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
