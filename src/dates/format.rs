//! Writing a found date in the [`Format`] the caller asked for.

use std::fmt::Write as _;

use super::{iso, DateMatch, Format};
use crate::calendar::{
    MONTHS_ENGLISH as JALALI_MONTHS, MONTHS_GREGORIAN as MONTHS, WEEKDAYS_ENGLISH,
};

fn name(table: &[&'static str], n: i32) -> &'static str {
    usize::try_from(n - 1)
        .ok()
        .and_then(|i| table.get(i).copied())
        .unwrap_or("")
}

fn abbr(s: &str) -> &str {
    s.get(..3).unwrap_or(s)
}

/// Appends `m` written in `format` to `out`.
pub(crate) fn write(out: &mut String, m: &DateMatch, format: &Format) {
    let g = &m.gregorian;
    match format {
        Format::Iso => out.push_str(&iso(g, m.time)),
        Format::English => {
            let _ = write!(out, "{} {} {}", g.day(), name(&MONTHS, g.month()), g.year());
            if let Some(t) = m.time {
                let _ = write!(out, " {t}");
            }
        }
        Format::Pattern(p) => pattern(out, m, p),
    }
}

fn pattern(out: &mut String, m: &DateMatch, p: &str) {
    let g = &m.gregorian;
    let j = &m.jalali;
    let (h, mi, s) = m
        .time
        .map_or((0, 0, 0), |t| (t.hour, t.minute, t.second.unwrap_or(0)));
    // 1970-01-01 was a Thursday: index 5 in a week that starts on Saturday.
    let weekday = name(&WEEKDAYS_ENGLISH, (g.to_day_number() + 5).rem_euclid(7) + 1);
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::from("%");
        let mut unpadded = false;
        if chars.peek() == Some(&'-') {
            chars.next();
            unpadded = true;
            spec.push('-');
        }
        let Some(d) = chars.next() else {
            out.push_str(&spec);
            break;
        };
        let num = |out: &mut String, v: i32, w: usize| {
            if unpadded {
                let _ = write!(out, "{v}");
            } else {
                let _ = write!(out, "{v:0w$}");
            }
        };
        match d {
            'Y' => num(out, g.year(), 4),
            'y' => num(out, g.year().rem_euclid(100), 2),
            'm' => num(out, g.month(), 2),
            'd' => num(out, g.day(), 2),
            'e' => {
                let _ = write!(out, "{:>2}", g.day());
            }
            'B' => out.push_str(name(&MONTHS, g.month())),
            'b' => out.push_str(abbr(name(&MONTHS, g.month()))),
            'A' => out.push_str(weekday),
            'a' => out.push_str(abbr(weekday)),
            'F' => {
                let _ = write!(out, "{:04}-{:02}-{:02}", g.year(), g.month(), g.day());
            }
            'H' => num(out, h.into(), 2),
            'M' => num(out, mi.into(), 2),
            'S' => num(out, s.into(), 2),
            'T' => {
                let _ = write!(out, "{h:02}:{mi:02}:{s:02}");
            }
            '%' => out.push('%'),
            'J' => match chars.next() {
                Some('Y') => num(out, j.year(), 4),
                Some('m') => num(out, j.month(), 2),
                Some('d') => num(out, j.day(), 2),
                Some('B') => out.push_str(name(&JALALI_MONTHS, j.month())),
                Some(other) => {
                    out.push_str(&spec);
                    out.push('J');
                    out.push(other);
                }
                None => {
                    out.push_str(&spec);
                    out.push('J');
                }
            },
            other => {
                out.push_str(&spec);
                out.push(other);
            }
        }
    }
}
