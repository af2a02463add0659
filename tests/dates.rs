//! The date finder against the hand-written case table (testdata/dates_cases.jsonl), plus
//! property tests: random dates rendered in random supported shapes inside random text are found
//! exactly, and text without dates yields nothing.

use naskh::calendar::{GregorianDate, IslamicDate, MONTHS_GREGORIAN, MONTHS_ISLAMIC};
use naskh::dates::{self, find, find_with, Calendar, FindOptions, Format};
use proptest::prelude::*;
use serde_json::Value;

const CASES: &str = include_str!("../testdata/dates_cases.jsonl");

fn options_of(case: &Value) -> FindOptions {
    let mut opts = FindOptions::default();
    if let Some(o) = case.get("options") {
        if let Some(p) = o.get("two_digit_years").and_then(Value::as_i64) {
            opts = opts.two_digit_years(Some(p as i32));
        }
        if let Some(y) = o.get("years").and_then(Value::as_array) {
            let lo = y[0].as_i64().unwrap() as i32;
            let hi = y[1].as_i64().unwrap() as i32;
            opts = opts.years(lo..=hi);
        }
        if let Some(c) = o.get("calendars").and_then(Value::as_array) {
            opts = opts.calendars(c.iter().map(|c| c.as_str().unwrap().parse().unwrap()));
        }
    }
    opts
}

#[test]
fn case_table() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        n += 1;
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let opts = options_of(&case);
        let want: Vec<(String, String)> = case["dates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["text"].as_str().unwrap().to_string(),
                    d["iso"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let got: Vec<(String, String)> = find_with(text, &opts)
            .into_iter()
            .map(|r| {
                let m = r.expect("no invalid dates without report_invalid");
                (m.as_str(text).to_string(), m.isoformat())
            })
            .collect();
        if got != want {
            failures.push(format!(
                "case {} ({}): {text:?}\n   want {want:?}\n   got  {got:?}",
                case["id"], case["source"]
            ));
        }
        // With report_invalid, the valid ones stay the same and the invalid ones appear.
        let want_invalid: Vec<(String, String)> = case
            .get("invalid")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|d| {
                        (
                            d["text"].as_str().unwrap().to_string(),
                            d["jalali"].as_str().unwrap().to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let all = find_with(text, &opts.clone().report_invalid(true));
        let got_invalid: Vec<(String, String)> = all
            .iter()
            .filter_map(|r| r.as_ref().err())
            .map(|e| {
                (
                    text[e.range.clone()].to_string(),
                    format!("{:04}-{:02}-{:02}", e.year, e.month, e.day),
                )
            })
            .collect();
        let want_invalid_cal: Vec<&str> = case
            .get("invalid")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(|d| d["calendar"].as_str().unwrap()).collect())
            .unwrap_or_default();
        let got_invalid_cal: Vec<&str> = all
            .iter()
            .filter_map(|r| r.as_ref().err())
            .map(|e| e.calendar.name())
            .collect();
        if got_invalid_cal != want_invalid_cal {
            failures.push(format!(
                "case {}: invalid calendars {got_invalid_cal:?} != {want_invalid_cal:?}",
                case["id"]
            ));
        }
        let valid_again = all.iter().filter(|r| r.is_ok()).count();
        if got_invalid != want_invalid || valid_again != want.len() {
            failures.push(format!(
                "case {} ({}): invalid {text:?}\n   want {want_invalid:?}\n   got  {got_invalid:?}",
                case["id"], case["source"]
            ));
        }
        // Jalali fields agree with the table.
        for (m, d) in find_with(text, &opts)
            .iter()
            .flatten()
            .zip(case["dates"].as_array().unwrap())
        {
            let j = format!(
                "{:04}-{:02}-{:02}",
                m.jalali.year(),
                m.jalali.month(),
                m.jalali.day()
            );
            if j != d["jalali"].as_str().unwrap() {
                failures.push(format!(
                    "case {}: jalali {j} != {}",
                    case["id"], d["jalali"]
                ));
            }
            // The calendar it was printed in and the date in that calendar.
            let (cal, date) = (m.calendar().name(), m.date.to_string());
            if cal != d["calendar"].as_str().unwrap() || date != d["date"].as_str().unwrap() {
                failures.push(format!(
                    "case {}: {cal} {date} != {} {}",
                    case["id"], d["calendar"], d["date"]
                ));
            }
        }
    }
    assert!(n >= 150, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn convert_keeps_every_other_byte() {
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let opts = options_of(&case);
        let found: Vec<_> = find_with(text, &opts).into_iter().flatten().collect();
        let out = dates::convert_with(text, &Format::Iso, &opts);
        let mut expect = String::new();
        let mut at = 0;
        for m in &found {
            expect.push_str(&text[at..m.range.start]);
            expect.push_str(&m.isoformat());
            at = m.range.end;
        }
        expect.push_str(&text[at..]);
        assert_eq!(out, expect);
    }
}

#[test]
fn convert_formats() {
    let text = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ | ۳ دی ۱۴۰۲";
    assert_eq!(
        dates::convert(text, &Format::Iso),
        "کد خبر: ۷۲۶۸۱۵ | 2017-09-02T21:55 | 2023-12-24"
    );
    assert_eq!(
        dates::convert(text, &Format::English),
        "کد خبر: ۷۲۶۸۱۵ | 2 September 2017 21:55 | 24 December 2023"
    );
    assert_eq!(
        dates::convert(text, &Format::Pattern("%A %-d %b %y %H:%M (%JY/%Jm/%Jd %JB) %%".into())),
        "کد خبر: ۷۲۶۸۱۵ | Saturday 2 Sep 17 21:55 (1396/06/11 Shahrivar) % | Sunday 24 Dec 23 00:00 (1402/10/03 Dey) %"
    );
    assert_eq!(
        dates::convert("۱۴۰۲/۰۷/۰۱", &Format::Pattern("%F %T %q".into())),
        "2023-09-23 00:00:00 %q"
    );
    assert_eq!(dates::convert("no dates", &Format::Iso), "no dates");
}

#[test]
fn find_never_panics_on_odd_input() {
    for s in [
        "",
        "۱",
        "۱۴۰۲",
        "۱۴۰۲/",
        "/۰۷/۰۱",
        "مهر",
        "۳۱",
        "\u{200f}",
        "۱۴۰۲/۰۷/۰۱\u{200f}",
        "ﻣ",
        "1400 1400 1400 1400",
        "۱ ۱ ۱ ۱۴۰۲",
        "12:30 12:30 1402/07/01 12:30",
    ] {
        let _ = find(s);
        let _ = find_with(
            s,
            &FindOptions::default()
                .report_invalid(true)
                .two_digit_years(Some(1420)),
        );
    }
}

#[test]
fn extreme_option_values_do_not_panic() {
    for pivot in [i32::MIN, -1, 0, 99, 1420, 99_999, i32::MAX] {
        let mut opts = FindOptions::default();
        opts.two_digit_years = Some(pivot);
        opts.years = i32::MIN..=i32::MAX;
        let _ = find_with("۱۵ مهر ۰۲ و ۰۲/۰۷/۰۱ و ۱۵ مهر ۱۴۰۲", &opts);
    }
    let mut opts = FindOptions::default();
    #[allow(clippy::reversed_empty_ranges)] // deliberately empty
    {
        opts.years = 1500..=1200;
    }
    assert!(find_with("۱۵ مهر ۱۴۰۲", &opts).is_empty());
}

#[test]
fn dense_numbers_stay_linear() {
    // Thousands of year-like numbers: each window is tokenized once for many candidates.
    let text = "۱۴۰۰ ۱۳۹۹ 1402 ".repeat(20_000);
    let t = std::time::Instant::now();
    assert!(find(&text).is_empty());
    assert!(t.elapsed().as_secs() < 5);
}

// ----- property tests ---------------------------------------------------------------------------

const PERSIAN_MONTHS: [&str; 12] = [
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
const ARABIC_SPELLED: [&str; 12] = [
    "فروردين",
    "ارديبهشت",
    "خرداد",
    "تير",
    "مرداد",
    "شهريور",
    "مهر",
    "آبان",
    "آذر",
    "دي",
    "بهمن",
    "اسفند",
];
const DARI_MONTHS: [&str; 12] = [
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
const LATIN_MONTHS: [&str; 12] = [
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
const ORDINALS: [&str; 31] = [
    "یکم",
    "دوم",
    "سوم",
    "چهارم",
    "پنجم",
    "ششم",
    "هفتم",
    "هشتم",
    "نهم",
    "دهم",
    "یازدهم",
    "دوازدهم",
    "سیزدهم",
    "چهاردهم",
    "پانزدهم",
    "شانزدهم",
    "هفدهم",
    "هجدهم",
    "نوزدهم",
    "بیستم",
    "بیست و یکم",
    "بیست و دوم",
    "بیست و سوم",
    "بیست و چهارم",
    "بیست و پنجم",
    "بیست و ششم",
    "بیست و هفتم",
    "بیست و هشتم",
    "بیست و نهم",
    "سی‌ام",
    "سی و یکم",
];
const WEEKDAYS: [&str; 7] = [
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سه‌شنبه",
    "چهارشنبه",
    "پنجشنبه",
    "جمعه",
];

fn digits(n: u32, width: usize, alphabet: u8) -> String {
    let s = format!("{n:0width$}");
    match alphabet {
        0 => s,
        1 => naskh::digits::to_persian(&s).into_owned(),
        _ => naskh::digits::to_arabic_indic(&s).into_owned(),
    }
}

/// A valid date, a shape, digit alphabet, and optional weekday / era / time.
#[derive(Debug, Clone)]
struct Rendered {
    text: String,
    year: i32,
    month: u8,
    day: u8,
    time: Option<(u8, u8)>,
}

fn date_strategy() -> impl Strategy<Value = (i32, u8, u8)> {
    (1250i32..=1480, 1u8..=12, 1u8..=31).prop_filter_map("valid", |(y, m, d)| {
        naskh::calendar::JalaliDate::new(y, m.into(), d.into())
            .ok()
            .map(|_| (y, m, d))
    })
}

prop_compose! {
    fn rendered()(
        (year, month, day) in date_strategy(),
        shape in 0u8..8,
        alphabet in 0u8..3,
        pad in any::<bool>(),
        weekday in proptest::option::of(0usize..7),
        era in proptest::option::of(0usize..4),
        time in proptest::option::of((0u8..24, 0u8..60)),
        time_join in 0usize..4,
    ) -> Rendered {
        let w = if pad { 2 } else { 1 };
        let y = digits(year as u32, 4, alphabet);
        let m = digits(month.into(), w, alphabet);
        let d = digits(day.into(), w, alphabet);
        let mi = usize::from(month - 1);
        let core = match shape {
            0 => format!("{d} {} {y}", PERSIAN_MONTHS[mi]),
            1 => format!("{d} {} {y}", ARABIC_SPELLED[mi]),
            2 => format!("{d} {} {y}", DARI_MONTHS[mi]),
            3 => format!("{d} {} {y}", LATIN_MONTHS[mi]),
            4 => format!("{y}/{m}/{d}"),
            5 => format!("{d}/{m}/{y}"),
            6 => format!("{} {}‌ماه {y}", ORDINALS[usize::from(day - 1)], PERSIAN_MONTHS[mi]),
            _ => format!("{y}-{m}-{d}"),
        };
        let mut text = String::new();
        if let Some(wd) = weekday.filter(|_| shape != 3) {
            text.push_str(WEEKDAYS[wd]);
            text.push_str(if wd % 2 == 0 { " " } else { "، " });
        }
        text.push_str(&core);
        if let Some(e) = era.filter(|_| shape != 3) {
            text.push_str([" هجری شمسی", " ه.ش", " خورشیدی", " هـ.ش"][e]);
        }
        if let Some((h, mm)) = time {
            text.push_str([" - ", " ساعت ", " ", "، "][time_join]);
            text.push_str(&digits(h.into(), 2, alphabet));
            text.push(':');
            text.push_str(&digits(mm.into(), 2, alphabet));
        }
        Rendered { text, year, month, day, time }
    }
}

/// Words and punctuation that contain no month name, weekday, ordinal, era, digits or
/// date-like digit groups.
fn filler() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "خبر",
        "گزارش",
        "سازمان",
        "ملل",
        "متحد",
        "اعلام",
        "کرد",
        "که",
        "این",
        "بازدید",
        "کد",
        "the",
        "talks",
        "in",
        "Astana",
        "news",
        "|",
        "-",
        "،",
        ":",
        "(",
        ")",
        "«",
        "»",
        ".",
        "\u{200c}",
        "\u{200f}",
        "تهران",
        "کابل",
        "سیاسی",
        "اقتصادی",
    ]);
    prop::collection::vec(words, 0..8).prop_map(|v| v.join(" "))
}

/// Every match (valid or not) is non-empty, on char boundaries, inside `text`, and after the
/// one before it.
fn ordered_on_boundaries(
    text: &str,
    found: &[Result<dates::DateMatch, dates::InvalidDate>],
) -> Result<(), TestCaseError> {
    let mut last = 0;
    for r in found {
        let range = match r {
            Ok(m) => m.range.clone(),
            Err(e) => e.range.clone(),
        };
        prop_assert!(range.start >= last && range.start < range.end && range.end <= text.len());
        prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        last = range.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn finds_rendered_date_exactly(r in rendered(), before in filler(), after in filler()) {
        let text = format!("{before} {} {after}", r.text);
        let start = before.len() + 1;
        let found = find(&text);
        prop_assert_eq!(found.len(), 1, "text {:?}", text);
        let m = &found[0];
        prop_assert_eq!(m.range.clone(), start..start + r.text.len(), "text {:?}", text);
        prop_assert_eq!(
            (m.jalali.year(), m.jalali.month(), m.jalali.day()),
            (r.year, i32::from(r.month), i32::from(r.day))
        );
        prop_assert_eq!(m.time.map(|t| (t.hour, t.minute)), r.time);
        prop_assert_eq!(m.gregorian, m.jalali.to_gregorian());
    }

    #[test]
    fn text_without_dates_gives_nothing(
        parts in prop::collection::vec(
            prop_oneof![
                filler(),
                // Numbers that are not years or come without day and month.
                (0u32..100_000).prop_map(|n| format!("{n}")),
                (0u32..10_000).prop_map(|n| naskh::digits::to_persian(&format!("{n}")).into_owned()),
                (1u32..32, 1u32..13).prop_map(|(a, b)| format!("{a}/{b}")),
                (1990u32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}/{m:02}/{d:02}")),
                (1u32..29, 1u32..13, 1990u32..2100).prop_map(|(d, m, y)| format!("{d:02}-{m:02}-{y}")),
                (0u32..24, 0u32..60).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
            ],
            0..12,
        )
    ) {
        let text = parts.join(" ");
        prop_assert!(find(&text).is_empty(), "found a date in {:?}", text);
    }

    #[test]
    fn never_panics_and_ranges_are_char_boundaries(s in "\\PC{0,60}", t in "[۰-۹0-9/ مهردی:.-]{0,30}") {
        let text = format!("{s}{t}");
        let opts = FindOptions::default().report_invalid(true).two_digit_years(Some(1420));
        ordered_on_boundaries(&text, &find_with(&text, &opts))?;
    }
}

// ----- other calendars ----------------------------------------------------------------------------

const IRAN_GREGORIAN: [&str; 12] = [
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
];
const AFGHAN_GREGORIAN: [&str; 12] = [
    "جنوری",
    "فبروری",
    "مارچ",
    "اپریل",
    "می",
    "جون",
    "جولای",
    "اگست",
    "سپتمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];
const EGYPT_GREGORIAN: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const LEVANT_GREGORIAN: [&str; 12] = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
];
/// `(text, calendar, (year, month, day), time)`.
type OtherDate = (String, Calendar, (i32, u8, u8), Option<(u8, u8)>);

/// A valid Gregorian (`lunar == false`) or lunar Hijri date rendered in one of the shapes
/// `FindOptions::calendars` reads: `(text, calendar, (year, month, day), time)`.
fn other_calendar_date() -> impl Strategy<Value = OtherDate> {
    (
        any::<bool>(),
        (1u8..=12, 1u8..=30),
        0u8..7,
        0u8..3,
        proptest::option::of((0u8..24, 0u8..60)),
        0i32..200,
    )
        .prop_filter_map(
            "valid",
            |(lunar, (month, day), shape, alphabet, time, y)| {
                let mi = usize::from(month - 1);
                let (calendar, year) = if lunar {
                    (Calendar::Islamic, 1300 + y)
                } else {
                    (Calendar::Gregorian, 1900 + y)
                };
                if lunar {
                    IslamicDate::new(year, month.into(), day.into()).ok()?;
                } else {
                    GregorianDate::new(year, month.into(), day.into()).ok()?;
                }
                let yy = digits(year as u32, 4, alphabet);
                let d = digits(day.into(), 1, alphabet);
                let core = if lunar {
                    let era = ["", " هـ", " ه.ق", " قمری"][usize::from(shape % 4)];
                    format!("{d} {} {yy}{era}", MONTHS_ISLAMIC[mi])
                } else {
                    match shape {
                        0 => format!("{day} {} {year}", MONTHS_GREGORIAN[mi]),
                        1 => format!("{} {day}, {year}", MONTHS_GREGORIAN[mi]),
                        2 => format!("{d} {} {yy}", IRAN_GREGORIAN[mi]),
                        3 => format!("{d} {} {yy}", AFGHAN_GREGORIAN[mi]),
                        4 => format!("{d} {} {yy}", EGYPT_GREGORIAN[mi]),
                        5 => format!("{d} {} {yy}", LEVANT_GREGORIAN[mi]),
                        _ => format!("{year}-{month:02}-{day:02}"),
                    }
                };
                let mut text = core;
                if let Some((h, m)) = time {
                    text.push_str(&format!(
                        " الساعة {}:{}",
                        digits(h.into(), 2, alphabet),
                        digits(m.into(), 2, alphabet)
                    ));
                }
                Some((text, calendar, (year, month, day), time))
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn finds_other_calendars_exactly(
        (date, calendar, (y, m, d), time) in other_calendar_date(),
        before in filler(),
        after in filler(),
    ) {
        let text = format!("{before} {date} {after}");
        let start = before.len() + 1;
        let opts = FindOptions::default().calendars(Calendar::ALL);
        let found: Vec<_> = find_with(&text, &opts).into_iter().flatten().collect();
        prop_assert_eq!(found.len(), 1, "text {:?}", text);
        let f = &found[0];
        prop_assert_eq!(f.range.clone(), start..start + date.len(), "text {:?}", text);
        prop_assert_eq!(f.calendar(), calendar);
        prop_assert_eq!((f.date.year, f.date.month, f.date.day), (y, m, d));
        prop_assert_eq!(f.time.map(|t| (t.hour, t.minute)), time);
        prop_assert_eq!(f.jalali.to_gregorian(), f.gregorian);
        if calendar == Calendar::Islamic {
            let back = IslamicDate::from_gregorian(f.gregorian).unwrap();
            prop_assert_eq!((back.year(), back.month(), back.day()), (y, i32::from(m), i32::from(d)));
        }
        // Not asked for: not found.
        prop_assert!(find(&text).is_empty(), "default found {:?}", text);
    }

    #[test]
    fn all_calendars_keep_matches_ordered_and_on_boundaries(
        s in "\\PC{0,60}",
        t in "[۰-۹0-9/ مهردیسپتامبررجب:.,-]{0,40}",
    ) {
        let text = format!("{s}{t}");
        let opts = FindOptions::default().report_invalid(true).calendars(Calendar::ALL);
        ordered_on_boundaries(&text, &find_with(&text, &opts))?;
        // The publication date, when there is one, is one of the dates found.
        if let Some(p) = dates::published(&text) {
            prop_assert!(find_with(&text, &FindOptions::default().calendars(Calendar::ALL))
                .iter()
                .flatten()
                .any(|m| *m == p.date));
        }
    }
}

// ----- pathological inputs ------------------------------------------------------------------------

#[test]
fn pathological_inputs_finish_and_keep_invariants() {
    let cases: Vec<String> = vec![
        // Dense dates: every one found.
        "۱ مهر ۱۴۰۲ ".repeat(100_000),
        // Year-like numbers separated by huge words and space runs.
        format!("۱۵ مهر{}۱۴۰۲", " ".repeat(1_000_000)),
        format!("{} ۱۴۰۲ ", "ب".repeat(500_000)).repeat(4),
        "۱۴۰۰ ".to_string() + &"\u{200c}".repeat(1_000_000) + " ۱۴۰۰",
        // Long digit runs, separators, colons.
        "1".repeat(1_000_000),
        "1400/".repeat(200_000),
        "12:30 ".repeat(200_000),
        "بیست و ".repeat(100_000) + "دوم بهمن ۱۳۵۷",
    ];
    for text in &cases {
        let t = std::time::Instant::now();
        let found = find_with(text, &FindOptions::default().report_invalid(true));
        let mut last = 0;
        for r in &found {
            let range = match r {
                Ok(m) => m.range.clone(),
                Err(e) => e.range.clone(),
            };
            assert!(range.start >= last && range.end <= text.len());
            assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            last = range.end;
        }
        assert!(
            t.elapsed().as_secs() < 10,
            "too slow on a {}-byte input",
            text.len()
        );
    }
    assert_eq!(find(&cases[0]).len(), 100_000);
    assert_eq!(find(&cases[7]).len(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// `از D1 تا D2 month year` (and و, الی, -) gives both ends, the first covering only its day.
    #[test]
    fn finds_both_ends_of_a_range(
        (year, month, d2) in date_strategy(),
        gap in 1u8..10,
        join in 0usize..4,
        alphabet in 0u8..3,
        before in filler(),
        after in filler(),
    ) {
        prop_assume!(d2 > gap);
        let d1 = d2 - gap;
        let mi = usize::from(month - 1);
        let first = digits(d1.into(), 1, alphabet);
        let second = format!("{} {} {}", digits(d2.into(), 1, alphabet), PERSIAN_MONTHS[mi], digits(year as u32, 4, alphabet));
        let joined = format!("{first}{}{second}", [" تا ", " و ", " الی ", "-"][join]);
        // `از` (from) in front: a lone number after a label (`نظرات: ۳ - ۱۵ مهر`) is
        // deliberately not read as the start of a dash range.
        let text = format!("{before} از {joined} {after}");
        let at = before.len() + " از ".len();
        let found = find(&text);
        prop_assert_eq!(found.len(), 2, "text {:?}", text);
        prop_assert_eq!(found[0].range.clone(), at..at + first.len());
        prop_assert_eq!((found[0].jalali.month(), found[0].jalali.day()), (i32::from(month), i32::from(d1)));
        let second_at = at + joined.len() - second.len();
        prop_assert_eq!(found[1].range.clone(), second_at..second_at + second.len());
        prop_assert_eq!(found[1].jalali.day(), i32::from(d2));
    }

    /// A time written before the weekday and date belongs to it.
    #[test]
    fn finds_time_written_before(
        (year, month, day) in date_strategy(),
        h in 0u8..24,
        m in 0u8..60,
        wd in 0usize..7,
        join in 0usize..3,
        before in filler(),
    ) {
        let mi = usize::from(month - 1);
        let expr = format!(
            "{}:{}{}{} {} {} {}",
            digits(h.into(), 2, 1),
            digits(m.into(), 2, 1),
            [" - ", " | ", " "][join],
            WEEKDAYS[wd],
            digits(day.into(), 1, 1),
            PERSIAN_MONTHS[mi],
            digits(year as u32, 4, 1),
        );
        let text = format!("{before} {expr}");
        let found = find(&text);
        prop_assert_eq!(found.len(), 1, "text {:?}", text);
        prop_assert_eq!(found[0].range.clone(), before.len() + 1..text.len());
        prop_assert_eq!(found[0].time.map(|t| (t.hour, t.minute)), Some((h, m)));
    }

    /// Years outside the window are never dates, in any shape.
    #[test]
    fn years_outside_the_window_are_not_dates(
        year in prop_oneof![1000u32..1200, 1501u32..3000],
        month in 1u8..=12,
        day in 1u8..=28,
        shape in 0u8..3,
    ) {
        let text = match shape {
            0 => format!("{day} {} {year}", PERSIAN_MONTHS[usize::from(month - 1)]),
            1 => format!("{year}/{month:02}/{day:02}"),
            _ => format!("{day:02}/{month:02}/{year}"),
        };
        prop_assert!(find(&text).is_empty(), "found a date in {:?}", text);
    }
}

#[test]
fn pattern_weekday_names() {
    use naskh::dates::{convert, Format};
    // 2023-09-23 was a Saturday, 2017-09-02 a Saturday, 2021-04-04, 1979-02-11 and 2024-06-23 Sundays.
    let f = Format::Pattern("%A %a %B %b".into());
    assert_eq!(convert("۱ مهر ۱۴۰۲", &f), "Saturday Sat September Sep");
    assert_eq!(convert("۱۵ حمل ۱۴۰۰", &f), "Sunday Sun April Apr");
    assert_eq!(convert("۲۲ بهمن ۱۳۵۷", &f), "Sunday Sun February Feb");
    assert_eq!(convert("۳ تیر ۱۴۰۳", &f), "Sunday Sun June Jun");
}
