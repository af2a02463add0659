//! The calendar against the astronomical reference, day by day, plus anchors, errors and
//! property tests.

use std::path::Path;

use naskh::calendar::{GregorianDate, JalaliDate, MonthNames, Weekday};
use naskh::{DateField, Error};
use proptest::prelude::*;

struct Row {
    year: i32,
    nowruz: (i32, u8, u8),
    leap: Option<bool>,
}

/// The astronomical Nowruz reference committed in `testdata/` (provenance in its header and in
/// `testdata/README.md`).
fn reference() -> Vec<Row> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/jalali_nowruz_reference.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let d: Vec<&str> = f[1].split('-').collect();
            Row {
                year: f[0].parse().unwrap(),
                nowruz: (
                    d[0].parse().unwrap(),
                    d[1].parse().unwrap(),
                    d[2].parse().unwrap(),
                ),
                leap: match f[2] {
                    "0" => Some(false),
                    "1" => Some(true),
                    _ => None,
                },
            }
        })
        .collect()
}

/// Gregorian month lengths written out independently of the library.
fn gregorian_month_len(y: i32, m: u8) -> u8 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn g(y: i32, m: i32, d: i32) -> GregorianDate {
    GregorianDate::new(y, m, d).unwrap()
}

fn j(y: i32, m: i32, d: i32) -> JalaliDate {
    JalaliDate::new(y, m, d).unwrap()
}

/// Walks every day of 1..=3000 AP in both calendars at once — the Gregorian side with its own
/// month lengths, the Jalali side ending each year where the reference's next Nowruz falls —
/// and checks both conversion directions, every Nowruz, each year's leap flag, the day of the
/// year and the weekday cycle. Collects the years that differ anywhere; there must be none.
#[test]
fn every_day_of_1_to_3000_matches_the_reference() {
    let rows = reference();
    assert_eq!(rows.len(), 3001);
    let (mut gy, mut gm, mut gd) = rows[0].nowruz;
    let mut weekday = Weekday::Friday.days_from_saturday(); // 0622-03-22 was a Friday
    let mut days = 0u32;
    let mut differing_years = Vec::new();
    for pair in rows.windows(2) {
        let (row, next) = (&pair[0], &pair[1]);
        let y = row.year;
        assert_eq!(
            (gy, gm, gd),
            row.nowruz,
            "the walk reached year {y} on another day"
        );
        let mut year_ok = true;
        let mut year_days = 0;
        'year: for m in 1..=12 {
            let month_len = if m <= 6 { 31 } else { 30 };
            for d in 1..=month_len {
                if (gy, gm, gd) == next.nowruz {
                    break 'year;
                }
                let greg = g(gy, gm.into(), gd.into());
                match JalaliDate::new(y, m, d) {
                    Ok(jd) => {
                        if jd.to_gregorian() != greg
                            || JalaliDate::from_gregorian(greg) != Ok(jd)
                            || jd.weekday().days_from_saturday() != weekday
                            || i32::from(jd.day_of_year()) != year_days + 1
                        {
                            year_ok = false;
                        }
                    }
                    Err(_) => year_ok = false,
                }
                days += 1;
                year_days += 1;
                weekday = (weekday + 1) % 7;
                if gd < gregorian_month_len(gy, gm) {
                    gd += 1;
                } else if gm < 12 {
                    gd = 1;
                    gm += 1;
                } else {
                    (gy, gm, gd) = (gy + 1, 1, 1);
                }
            }
        }
        assert_eq!(
            (gy, gm, gd),
            next.nowruz,
            "year {y} is longer than 366 days in the reference"
        );
        // One day past the year's end must not exist in this year.
        let last_plus_one = if year_days == 366 { 31 } else { 30 };
        let leap = JalaliDate::is_leap_year(y);
        if leap != Ok(year_days == 366)
            || row.leap.is_some_and(|l| l != (year_days == 366))
            || JalaliDate::new(y, 12, last_plus_one).is_ok()
            || JalaliDate::days_in_year(y) != Ok(year_days as u16)
        {
            year_ok = false;
        }
        if !year_ok {
            differing_years.push(y);
        }
    }
    assert_eq!(differing_years, Vec::<i32>::new());
    assert_eq!(days, 1_095_727);
    assert!(JalaliDate::new(3001, 1, 1).is_err());
}

#[test]
fn anchor_dates() {
    assert_eq!(j(1404, 1, 1).to_gregorian(), g(2025, 3, 21));
    assert_eq!(j(1403, 12, 30).to_gregorian(), g(2025, 3, 20));
    assert_eq!(j(1399, 12, 30).to_gregorian(), g(2021, 3, 20));
    assert_eq!(j(1357, 11, 22).to_gregorian(), g(1979, 2, 11));
    assert_eq!(j(1396, 6, 11).to_gregorian(), g(2017, 9, 2));
    assert_eq!(
        JalaliDate::from_gregorian(g(2025, 3, 21)),
        Ok(j(1404, 1, 1))
    );
    assert_eq!(
        JalaliDate::from_gregorian(g(2025, 3, 20)),
        Ok(j(1403, 12, 30))
    );
    assert_eq!(
        JalaliDate::from_gregorian(g(2021, 3, 20)),
        Ok(j(1399, 12, 30))
    );
    assert_eq!(
        JalaliDate::from_gregorian(g(1979, 2, 11)),
        Ok(j(1357, 11, 22))
    );
    assert_eq!(
        JalaliDate::from_gregorian(g(2017, 9, 2)),
        Ok(j(1396, 6, 11))
    );
    // The range ends.
    assert_eq!(JalaliDate::MIN.to_gregorian(), g(622, 3, 22));
    assert_eq!(JalaliDate::MAX.to_gregorian(), g(3622, 3, 20));
    assert_eq!(JalaliDate::new(1, 1, 1), Ok(JalaliDate::MIN));
    assert_eq!(JalaliDate::new(3000, 12, 30), Ok(JalaliDate::MAX));
    // 2584 follows the reference (see the module docs).
    assert_eq!(j(2584, 1, 1).to_gregorian(), g(3205, 3, 21));
    assert_eq!(JalaliDate::is_leap_year(2583), Ok(true));
    assert_eq!(JalaliDate::is_leap_year(2584), Ok(false));
}

#[test]
fn leap_years_around_1403() {
    let leaps: Vec<i32> = (1390..1420)
        .filter(|&y| JalaliDate::is_leap_year(y).unwrap())
        .collect();
    // The Iranian calendar authority's table: 1391, 1395, 1399, 1403, 1408, 1412, 1416.
    assert_eq!(leaps, [1391, 1395, 1399, 1403, 1408, 1412, 1416]);
    assert_eq!(JalaliDate::days_in_month(1403, 12), Ok(30));
    assert_eq!(JalaliDate::days_in_month(1404, 12), Ok(29));
    assert!(JalaliDate::new(1404, 12, 30).is_err());
    assert!(JalaliDate::is_leap_year(0).is_err());
    assert!(JalaliDate::is_leap_year(3001).is_err());
}

#[test]
fn weekdays() {
    assert_eq!(j(1404, 1, 1).weekday(), Weekday::Friday);
    assert_eq!(j(1403, 12, 30).weekday(), Weekday::Thursday);
    assert_eq!(j(1399, 12, 30).weekday(), Weekday::Saturday);
    assert_eq!(j(1357, 11, 22).weekday(), Weekday::Sunday);
    assert_eq!(j(1396, 6, 11).weekday(), Weekday::Saturday);
    assert_eq!(j(1348, 10, 11).weekday(), Weekday::Thursday); // 1970-01-01
    assert_eq!(JalaliDate::MIN.weekday(), Weekday::Friday); // 0622-03-22
    assert_eq!(j(1396, 6, 11).weekday().persian_name(), "شنبه");
}

#[test]
fn day_numbers_and_arithmetic() {
    assert_eq!(j(1348, 10, 11).to_day_number(), 0);
    assert_eq!(
        JalaliDate::from_day_number(g(2025, 3, 21).to_day_number()),
        Ok(j(1404, 1, 1))
    );
    assert_eq!(j(1403, 12, 30).add_days(1), Ok(j(1404, 1, 1)));
    assert_eq!(j(1404, 1, 1).sub_days(366), Ok(j(1403, 1, 1)));
    assert_eq!(j(1404, 1, 1).add_days(-366), Ok(j(1403, 1, 1)));
    assert_eq!(j(1404, 1, 1) - j(1403, 1, 1), 366);
    assert_eq!(j(1403, 1, 1) - j(1404, 1, 1), -366);
    assert_eq!(j(1402, 6, 31).add_days(1), Ok(j(1402, 7, 1)));
    assert!(JalaliDate::MIN.sub_days(1).is_err());
    assert!(JalaliDate::MAX.add_days(1).is_err());
    assert!(JalaliDate::MIN.add_days(i64::MAX).is_err());
    assert!(JalaliDate::MAX.add_days(i64::MIN).is_err());
    assert!(JalaliDate::MAX.sub_days(i64::MIN).is_err());
    assert_eq!(
        JalaliDate::MIN.add_days(i64::from(JalaliDate::MAX - JalaliDate::MIN)),
        Ok(JalaliDate::MAX)
    );
}

#[test]
fn ordering_display_and_parsing() {
    let mut dates = vec![j(1402, 7, 1), j(1399, 12, 30), j(1402, 1, 31), j(1, 1, 1)];
    dates.sort();
    assert_eq!(
        dates,
        [j(1, 1, 1), j(1399, 12, 30), j(1402, 1, 31), j(1402, 7, 1)]
    );
    assert_eq!(j(1402, 7, 1).to_string(), "1402-07-01");
    assert_eq!(j(1, 1, 1).to_string(), "0001-01-01");
    assert_eq!("1402-07-01".parse::<JalaliDate>(), Ok(j(1402, 7, 1)));
    assert_eq!("1402/7/1".parse::<JalaliDate>(), Ok(j(1402, 7, 1)));
    assert_eq!("۱۳۹۶-۰۶-۱۱".parse::<JalaliDate>(), Ok(j(1396, 6, 11)));
    assert!(matches!(
        "1402-07".parse::<JalaliDate>(),
        Err(Error::Parse { .. })
    ));
    assert!(matches!(
        "sometime".parse::<JalaliDate>(),
        Err(Error::Parse { .. })
    ));
    assert!(matches!(
        "1402-12-30".parse::<JalaliDate>(),
        Err(Error::DateOutOfRange {
            field: DateField::Day,
            ..
        })
    ));
    assert_eq!(g(2025, 3, 21).to_string(), "2025-03-21");
    assert_eq!("0622-03-22".parse::<GregorianDate>(), Ok(g(622, 3, 22)));
}

#[test]
fn error_messages() {
    let msg = |r: Result<JalaliDate, Error>| r.unwrap_err().to_string();
    assert_eq!(
        msg(JalaliDate::new(1400, 7, 31)),
        "day 31 is out of range for Mehr 1400 (1..=30)"
    );
    assert_eq!(
        msg(JalaliDate::new(1402, 12, 30)),
        "day 30 is out of range for Esfand 1402 (1..=29)"
    );
    assert_eq!(
        msg(JalaliDate::new(1402, 1, 0)),
        "day 0 is out of range for Farvardin 1402 (1..=31)"
    );
    assert_eq!(
        msg(JalaliDate::new(1402, 0, 1)),
        "month 0 is out of range (1..=12)"
    );
    assert_eq!(
        msg(JalaliDate::new(0, 1, 1)),
        "year 0 is out of range for Jalali dates (1..=3000)"
    );
    assert_eq!(
        msg(JalaliDate::new(-5, 13, 40)),
        "year -5 is out of range for Jalali dates (1..=3000)"
    );
    assert_eq!(
        msg(JalaliDate::from_gregorian(g(622, 3, 21))),
        "year 0 is out of range for Jalali dates (1..=3000)"
    );
    assert_eq!(
        msg(JalaliDate::from_gregorian(g(3622, 3, 21))),
        "year 3001 is out of range for Jalali dates (1..=3000)"
    );
    assert_eq!(
        JalaliDate::new(1400, 7, 31),
        Err(Error::DateOutOfRange {
            field: DateField::Day,
            value: 31,
            min: 1,
            max: 30,
            context: "Mehr 1400".into()
        })
    );
    assert_eq!(
        GregorianDate::new(2023, 2, 29).unwrap_err().to_string(),
        "day 29 is out of range for February 2023 (1..=28)"
    );
    assert_eq!(
        "1402-07-1x".parse::<JalaliDate>().unwrap_err().to_string(),
        "cannot parse \"1402-07-1x\" as a Jalali date (YYYY-MM-DD): the day must be 1 or 2 digits"
    );
}

#[test]
fn month_names() {
    assert_eq!(j(1400, 7, 1).month_name(MonthNames::English), "Mehr");
    assert_eq!(j(1400, 7, 1).month_name(MonthNames::Persian), "مهر");
    assert_eq!(j(1400, 7, 1).month_name(MonthNames::Dari), "میزان");
    assert_eq!(naskh::calendar::month_from_name("میزان"), Some(7));
}

fn any_jalali() -> impl Strategy<Value = JalaliDate> {
    (1i32..=3000, 1i32..=12, 1i32..=31).prop_map(|(y, m, d)| {
        let len = JalaliDate::days_in_month(y, m).unwrap();
        JalaliDate::new(y, m, d.min(len.into())).unwrap()
    })
}

fn any_day_number() -> impl Strategy<Value = i32> {
    JalaliDate::MIN.to_day_number()..=JalaliDate::MAX.to_day_number()
}

proptest! {
    #[test]
    fn jalali_gregorian_jalali(date in any_jalali()) {
        prop_assert_eq!(JalaliDate::from_gregorian(date.to_gregorian()), Ok(date));
        prop_assert_eq!(date.to_string().parse::<JalaliDate>(), Ok(date));
    }

    #[test]
    fn gregorian_jalali_gregorian(day in any_day_number()) {
        let greg = GregorianDate::from_day_number(day).unwrap();
        let jal = JalaliDate::from_gregorian(greg).unwrap();
        prop_assert_eq!(jal.to_gregorian(), greg);
        prop_assert_eq!(jal.to_day_number(), day);
        prop_assert_eq!(greg.to_string().parse::<GregorianDate>(), Ok(greg));
    }

    #[test]
    fn consecutive_days_stay_consecutive(day in any_day_number()) {
        prop_assume!(day < JalaliDate::MAX.to_day_number());
        let a = JalaliDate::from_day_number(day).unwrap();
        let b = JalaliDate::from_day_number(day + 1).unwrap();
        prop_assert!(a < b);
        prop_assert_eq!(b - a, 1);
        prop_assert_eq!(a.add_days(1), Ok(b));
        prop_assert_eq!(b.sub_days(1), Ok(a));
        // b is a's next calendar day: the same month and the next day, or the 1st of the next
        // month (of the next year after Esfand).
        let next_in_month = (b.year(), b.month(), b.day()) == (a.year(), a.month(), a.day() + 1);
        let next_month = b.day() == 1
            && ((b.year(), b.month()) == (a.year(), a.month() + 1)
                || (b.year(), b.month(), a.month()) == (a.year() + 1, 1, 12));
        prop_assert!(next_in_month || next_month, "{} -> {}", a, b);
        let ga = a.to_gregorian();
        let gb = b.to_gregorian();
        prop_assert_eq!(gb.to_day_number() - ga.to_day_number(), 1);
        prop_assert_eq!(
            (b.weekday().days_from_saturday() + 7 - a.weekday().days_from_saturday()) % 7,
            1
        );
    }

    #[test]
    fn ordering_agrees_with_day_numbers(a in any_jalali(), b in any_jalali()) {
        prop_assert_eq!(a.cmp(&b), a.to_day_number().cmp(&b.to_day_number()));
        prop_assert_eq!(a.cmp(&b), a.to_gregorian().cmp(&b.to_gregorian()));
    }

    #[test]
    fn out_of_range_inputs_are_errors_not_panics(y: i32, m: i32, d: i32, n: i64) {
        if let Ok(date) = JalaliDate::new(y, m, d) {
            prop_assert_eq!((date.year(), date.month(), date.day()), (y, m, d));
        }
        let _ = GregorianDate::new(y, m, d);
        let _ = JalaliDate::from_day_number(y);
        let _ = GregorianDate::from_day_number(y);
        let _ = JalaliDate::MIN.add_days(n);
        let _ = JalaliDate::MAX.sub_days(n);
    }

    #[test]
    fn parsing_never_panics(s in "\\PC{0,20}") {
        let _ = s.parse::<JalaliDate>();
        let _ = s.parse::<GregorianDate>();
    }
}
