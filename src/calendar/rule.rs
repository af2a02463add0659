//! Where each Jalali year starts: the 33-year arithmetic rule plus the generated corrections.
//!
//! Everything here works on *day numbers* (days since 1970-01-01, proleptic Gregorian), so a
//! Jalali date is `nowruz(year) + day_of_year - 1` and the reverse is one estimate of the year
//! followed by at most one step. No loop runs over years.

use super::corrections::{
    ARITH_EPOCH, ARITH_OFFSET, FIRST_YEAR, LAST_NOWRUZ_YEAR, NOWRUZ_CORRECTIONS,
};

/// First supported Jalali year.
pub(crate) const MIN_YEAR: i32 = FIRST_YEAR;
/// Last supported Jalali year (its end is the last Nowruz in the reference, less one day).
pub(crate) const MAX_YEAR: i32 = LAST_NOWRUZ_YEAR - 1;

const TABLE_LEN: usize = (LAST_NOWRUZ_YEAR - FIRST_YEAR + 1) as usize;

/// The correction of every year in `FIRST_YEAR..=LAST_NOWRUZ_YEAR`, expanded at compile time from
/// the sparse generated list so that a lookup is one load (3 KB, stays in cache).
const TABLE: [i8; TABLE_LEN] = expand(&NOWRUZ_CORRECTIONS);
static CORRECTION: [i8; TABLE_LEN] = TABLE;

// Runs only at compile time: an out-of-range year in the generated list is a compile error.
#[allow(clippy::indexing_slicing)]
const fn expand(list: &[(u16, i8)]) -> [i8; TABLE_LEN] {
    let mut table = [0i8; TABLE_LEN];
    let mut i = 0;
    while i < list.len() {
        let (year, days) = list[i];
        table[(year as i32 - FIRST_YEAR) as usize] = days;
        i += 1;
    }
    table
}

/// Nowruz by the arithmetic rule alone (8 leap years in every 33).
#[inline]
pub(crate) const fn arith_nowruz(year: i32) -> i32 {
    ARITH_EPOCH + 365 * (year - 1) + (8 * year + ARITH_OFFSET).div_euclid(33)
}

/// Day number of 1 Farvardin of `year`, for `year` in `MIN_YEAR..=MAX_YEAR + 1`.
#[inline]
pub(crate) fn nowruz(year: i32) -> Option<i32> {
    let index = usize::try_from(year.wrapping_sub(FIRST_YEAR)).ok()?;
    let correction = *CORRECTION.get(index)?;
    Some(arith_nowruz(year) + i32::from(correction))
}

/// Day number of 1 Farvardin 1.
pub(crate) const FIRST_DAY: i32 = arith_nowruz(FIRST_YEAR) + first_correction();
/// Day number of the last day of `MAX_YEAR`.
pub(crate) const LAST_DAY: i32 = arith_nowruz(LAST_NOWRUZ_YEAR) + last_correction() - 1;

// Compile-time only, like `expand`.
#[allow(clippy::indexing_slicing)]
const fn first_correction() -> i32 {
    TABLE[0] as i32
}

#[allow(clippy::indexing_slicing)]
const fn last_correction() -> i32 {
    TABLE[TABLE_LEN - 1] as i32
}

/// Number of days (365 or 366) of `year`, for `year` in `MIN_YEAR..=MAX_YEAR`.
#[inline]
pub(crate) fn year_length(year: i32) -> Option<i32> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return None;
    }
    Some(nowruz(year + 1)? - nowruz(year)?)
}

/// The Jalali year containing `day` (a day number) and the 0-based day of that year, or `None`
/// outside `FIRST_DAY..=LAST_DAY`.
#[inline]
pub(crate) fn year_and_day(day: i32) -> Option<(i32, i32)> {
    if !(FIRST_DAY..=LAST_DAY).contains(&day) {
        return None;
    }
    // Invert the rule with its mean year of 12053/33 days; the estimate is off by at most one
    // year (corrections are ±1 day, the rule's own rounding less than a day), so one step fixes
    // it. The exhaustive test checks every day of the range.
    let estimate = (day - ARITH_EPOCH) * 33 / 12053 + 1;
    let mut year = estimate.clamp(MIN_YEAR, MAX_YEAR);
    let mut start = nowruz(year)?;
    if day < start {
        year -= 1;
        start = nowruz(year)?;
    } else {
        let next = nowruz(year + 1)?;
        if day >= next {
            year += 1;
            start = next;
        }
    }
    Some((year, day - start))
}

/// For a day outside `FIRST_DAY..=LAST_DAY`: the Jalali year it would fall in by the arithmetic
/// rule, at most 0 before the range and at least `MAX_YEAR + 1` after it (for error messages).
pub(crate) fn year_outside(day: i32) -> i64 {
    let estimate = (i64::from(day) - i64::from(ARITH_EPOCH)) * 33;
    let year = estimate.div_euclid(12053) + 1;
    if day < FIRST_DAY {
        year.min(0)
    } else {
        year.max(i64::from(MAX_YEAR) + 1)
    }
}

/// Month (1..=12) and day (1..=31) of the 0-based day of the year `offset` (0..=365).
#[inline]
pub(crate) const fn month_and_day(offset: i32) -> (i32, i32) {
    if offset < 186 {
        (offset / 31 + 1, offset % 31 + 1)
    } else {
        let rest = offset - 186;
        (rest / 30 + 7, rest % 30 + 1)
    }
}

/// 0-based day of the year of the first day of `month` (1..=12).
#[inline]
pub(crate) const fn month_start(month: i32) -> i32 {
    if month <= 7 {
        31 * (month - 1)
    } else {
        30 * (month - 1) + 6
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::GregorianDate;
    use std::path::{Path, PathBuf};

    fn manifest_path(rel: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
    }

    /// `(year, Nowruz day number)` rows of a reference TSV.
    fn read_reference(path: &Path) -> Vec<(i32, i32)> {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read the Nowruz reference {}: {e}", path.display()));
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let mut f = l.split('\t');
                let year = f.next().unwrap().parse().unwrap();
                let date: GregorianDate = f.next().unwrap().parse().unwrap();
                (year, date.to_day_number())
            })
            .collect()
    }

    /// Re-derives the generated correction table from the committed reference and compares.
    #[test]
    fn correction_table_matches_the_reference() {
        let rows = read_reference(&manifest_path("testdata/jalali_nowruz_reference.tsv"));
        let years: Vec<i32> = rows.iter().map(|r| r.0).collect();
        assert_eq!(years, (FIRST_YEAR..=LAST_NOWRUZ_YEAR).collect::<Vec<_>>());
        let derived: Vec<(u16, i8)> = rows
            .iter()
            .filter(|&&(y, day)| day != arith_nowruz(y))
            .map(|&(y, day)| {
                let delta = day - arith_nowruz(y);
                assert!(delta.abs() == 1, "year {y}: rule is {delta} days off");
                (u16::try_from(y).unwrap(), i8::try_from(delta).unwrap())
            })
            .collect();
        assert_eq!(
            derived,
            NOWRUZ_CORRECTIONS.to_vec(),
            "src/calendar/corrections.rs is stale: run python3 tools/gen_calendar_table.py"
        );
        for (y, day) in rows {
            assert_eq!(nowruz(y), Some(day), "Nowruz {y}");
        }
    }

    #[test]
    fn month_layout_round_trips() {
        for offset in 0..366 {
            let (m, d) = month_and_day(offset);
            assert!((1..=12).contains(&m) && (1..=31).contains(&d), "{offset}");
            assert_eq!(month_start(m) + d - 1, offset);
        }
        assert_eq!(month_and_day(185), (6, 31));
        assert_eq!(month_and_day(186), (7, 1));
        assert_eq!(month_and_day(365), (12, 30));
    }

    #[test]
    fn range_ends_are_consistent() {
        assert_eq!(nowruz(MIN_YEAR), Some(FIRST_DAY));
        assert_eq!(nowruz(MAX_YEAR + 1), Some(LAST_DAY + 1));
        assert_eq!(nowruz(0), None);
        assert_eq!(nowruz(MAX_YEAR + 2), None);
        assert_eq!(year_and_day(FIRST_DAY - 1), None);
        assert_eq!(year_and_day(LAST_DAY + 1), None);
        assert_eq!(year_and_day(FIRST_DAY), Some((1, 0)));
    }
}
