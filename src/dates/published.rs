//! When a page was published: one date chosen among those a page prints.
//!
//! News pages print many dates — the publication time in the byline, the last update, today's
//! date in a calendar widget, dates inside the article — and often the same day in two or three
//! calendars side by side. [`published`] picks the publication date the way a reader does:
//!
//! 1. a date right after a publication label (`تاریخ انتشار:`, `منتشر شده در`, `Published`,
//!    `تاريخ النشر`, `نشر في` …), else a date right after an update label (`Last Updated`,
//!    `آخر تحديث`, `به‌روزرسانی`);
//! 2. else the first Solar Hijri date printed with a time (the Persian byline);
//! 3. else the first date printed with a time, whatever its calendar.
//!
//! The dates printed right beside it in other calendars (on the same line, only a few
//! separators or words such as `برابر با` between) are reported with it, and whether they name
//! the same day: exactly for Solar Hijri and Gregorian; within two days for lunar Hijri dates,
//! since Iran, Afghanistan and Pakistan follow the sighting of the moon and print dates up to
//! two days off the Umm al-Qura calendar naskh converts with. A page whose dates are none of
//! these (dates in an article's text, a photo caption) gives `None` — such a date is as likely
//! an event as the publication — and nothing is ever filled in from today's date.

use std::ops::Range;

use super::{find_with, Calendar, DateMatch, FindOptions};
use crate::text::chars::is_alphabetic;
use crate::text::fold::fold;

/// How [`published`] chose its date (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PublishedBy {
    /// Right after a publication label.
    Label,
    /// Right after an update label (no date had a publication label).
    UpdateLabel,
    /// The first Solar Hijri date with a time.
    SolarWithTime,
    /// The first date with a time.
    WithTime,
}

impl PublishedBy {
    /// `label`, `update_label`, `solar_with_time` or `with_time`.
    pub const fn name(self) -> &'static str {
        match self {
            PublishedBy::Label => "label",
            PublishedBy::UpdateLabel => "update_label",
            PublishedBy::SolarWithTime => "solar_with_time",
            PublishedBy::WithTime => "with_time",
        }
    }
}

/// The publication date of a page, from [`published`].
///
/// ```
/// use naskh::dates::{published, Calendar, PublishedBy};
///
/// let page = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | 9495 بازدید";
/// let p = published(page).expect("a date");
/// assert_eq!(p.date.as_str(page), "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵");
/// assert_eq!(p.date.isoformat(), "2017-09-02T21:55");
/// assert_eq!(p.by, PublishedBy::SolarWithTime);
/// assert_eq!(p.beside[0].calendar(), Calendar::Gregorian);
/// assert_eq!(p.agrees, Some(true));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Published {
    /// The date (its range is where it came from; its calendar the one it was printed in).
    pub date: DateMatch,
    /// How it was chosen.
    pub by: PublishedBy,
    /// Byte range of the label before it, for [`PublishedBy::Label`] and
    /// [`PublishedBy::UpdateLabel`].
    pub label: Option<Range<usize>>,
    /// The dates printed right beside it in other calendars, in text order.
    pub beside: Vec<DateMatch>,
    /// Whether those dates name the same day (see the module docs); `None` when there are none.
    pub agrees: Option<bool>,
}

/// Labels before a publication date: folded, letters only.
const PUBLISH_LABELS: &[&str] = &[
    "تاریخانتشار",
    "زمانانتشار",
    "انتشار",
    "منتشرشده",
    "منتشرشدهدر",
    "تاریخنشر",
    "تاریخالنشر",
    "نشرفی",
    "نشربتاریخ",
    "نشر",
    "published",
    "publishedon",
    "publishedat",
    "posted",
    "postedon",
    "postedat",
    "date",
];

/// Labels before the date of the last update.
const UPDATE_LABELS: &[&str] = &[
    "lastupdated",
    "lastupdate",
    "updated",
    "updatedon",
    "updatedat",
    "lastmodified",
    "اخرتحدیث",
    "تحدیث",
    "اخرینبهروزرسانی",
    "بهروزرسانی",
    "بروزرسانی",
];

/// Every date of `text` in every calendar (with the default year windows), and the page's
/// publication date among them.
///
/// ```
/// use naskh::dates::{published, Calendar, PublishedBy};
///
/// let page = "Breaking news\nPublished: 25 October 2017 18:41\nمقاله ۱۴۰۲/۰۷/۰۱";
/// let p = published(page).unwrap();
/// assert_eq!(p.by, PublishedBy::Label);
/// assert_eq!(p.date.calendar(), Calendar::Gregorian);
/// assert_eq!(p.date.isoformat(), "2017-10-25T18:41");
/// assert!(published("no date here, 1402 visits").is_none());
/// ```
pub fn published(text: &str) -> Option<Published> {
    let opts = FindOptions::default().calendars(Calendar::ALL);
    let found: Vec<DateMatch> = find_with(text, &opts).into_iter().flatten().collect();
    published_in(text, &found)
}

/// [`published`] among dates already found in `text` (in text order, not overlapping), for a
/// caller that ran [`find_with`] itself.
pub fn published_in(text: &str, matches: &[DateMatch]) -> Option<Published> {
    // The first date with a publication label before it, else the first with an update label
    // (each date's words before it are read once, for both lists).
    let mut update = None;
    let mut publish = None;
    for (i, m) in matches.iter().enumerate() {
        let found = labels_before(text, m.range.start);
        if let Some(l) = found.publish {
            publish = Some((i, l));
            break;
        }
        if update.is_none() {
            update = found.update.map(|l| (i, l));
        }
    }
    let (i, by, label) = if let Some((i, l)) = publish {
        (i, PublishedBy::Label, Some(l))
    } else if let Some((i, l)) = update {
        (i, PublishedBy::UpdateLabel, Some(l))
    } else if let Some(i) = matches
        .iter()
        .position(|m| m.time.is_some() && m.calendar() == Calendar::Persian)
    {
        (i, PublishedBy::SolarWithTime, None)
    } else if let Some(i) = matches.iter().position(|m| m.time.is_some()) {
        (i, PublishedBy::WithTime, None)
    } else {
        return None;
    };
    let date = matches.get(i)?.clone();
    let beside = beside(text, matches, i);
    let agrees = (!beside.is_empty()).then(|| beside.iter().all(|b| same_day(&date, b)));
    Some(Published {
        date,
        by,
        label,
        beside,
        agrees,
    })
}

/// The labels found right before a date.
#[derive(Default)]
struct Labels {
    /// The byte range of a label of [`PUBLISH_LABELS`].
    publish: Option<Range<usize>>,
    /// The byte range of a label of [`UPDATE_LABELS`].
    update: Option<Range<usize>>,
}

/// The labels (the longest of each list) that end right before `at` (only spaces and
/// punctuation between, on the same line): the last one to three words before `at`, folded.
fn labels_before(text: &str, at: usize) -> Labels {
    let mut found = Labels::default();
    // At most 160 bytes back, and not past a line break: the label and the date share a line.
    let from = floor(text, at.saturating_sub(160));
    let Some(window) = text.get(from..at) else {
        return found;
    };
    let line_start = from + window.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let before = text.get(line_start..at).unwrap_or_default();
    // Spaces and punctuation between the label and the date; a digit means something else.
    let Some(end) = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_alphabetic(c) || c.is_numeric())
        .filter(|&(_, c)| is_alphabetic(c))
        .map(|(i, c)| i + c.len_utf8())
    else {
        return found;
    };
    // Up to three words ending at `end`, separated by spaces or joiners only.
    let mut starts = [0usize; 3];
    let mut n = 0;
    let mut word_start = None;
    for (i, c) in before.get(..end).unwrap_or_default().char_indices().rev() {
        if is_alphabetic(c) || c == '\u{200C}' || crate::text::fold::is_mark_or_tatweel(c) {
            word_start = Some(i);
        } else if c == ' ' {
            if let Some(s) = word_start.take() {
                if let Some(slot) = starts.get_mut(n) {
                    *slot = s;
                    n += 1;
                }
                if n == 3 {
                    break;
                }
            }
        } else {
            break;
        }
    }
    if let Some(s) = word_start {
        if let Some(slot) = starts.get_mut(n) {
            *slot = s;
            n += 1;
        }
    }
    // The three words first, then two, then one.
    for &s in starts.get(..n).unwrap_or_default().iter().rev() {
        let Some(words) = before.get(s..end) else {
            continue;
        };
        let mut key = fold(words);
        key.retain(is_alphabetic);
        let range = line_start + s..line_start + end;
        if found.publish.is_none() && PUBLISH_LABELS.contains(&key.as_str()) {
            found.publish = Some(range.clone());
        }
        if found.update.is_none() && UPDATE_LABELS.contains(&key.as_str()) {
            found.update = Some(range);
        }
    }
    found
}

fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// What may stand between two dates of one day printed side by side: at most this many
/// characters, none of them a digit or a line break.
const BESIDE_GAP: usize = 24;

/// The dates in other calendars printed right beside `matches[i]` (a chain of neighbours,
/// each in a calendar not seen yet), in text order.
fn beside(text: &str, matches: &[DateMatch], i: usize) -> Vec<DateMatch> {
    let close = |a: &DateMatch, b: &DateMatch| {
        text.get(a.range.end..b.range.start).is_some_and(|gap| {
            gap.chars().count() <= BESIDE_GAP
                && !gap
                    .chars()
                    .any(|c| c.is_numeric() || matches!(c, '\n' | '\r'))
        })
    };
    let Some(chosen) = matches.get(i) else {
        return Vec::new();
    };
    let mut seen = vec![chosen.calendar()];
    let mut before = Vec::new();
    let mut k = i;
    while let (Some(prev), Some(cur)) = (
        k.checked_sub(1).and_then(|p| matches.get(p)),
        matches.get(k),
    ) {
        if !close(prev, cur) || seen.contains(&prev.calendar()) {
            break;
        }
        seen.push(prev.calendar());
        before.push(prev.clone());
        k -= 1;
    }
    before.reverse();
    let mut k = i;
    while let (Some(cur), Some(next)) = (matches.get(k), matches.get(k + 1)) {
        if !close(cur, next) || seen.contains(&next.calendar()) {
            break;
        }
        seen.push(next.calendar());
        before.push(next.clone());
        k += 1;
    }
    before
}

/// Whether two dates name the same day: exactly, or within two days when either is lunar.
fn same_day(a: &DateMatch, b: &DateMatch) -> bool {
    let days = (a.gregorian.to_day_number() - b.gregorian.to_day_number()).abs();
    if a.calendar() == Calendar::Islamic || b.calendar() == Calendar::Islamic {
        days <= 2
    } else {
        days == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_fallbacks() {
        let p = published("تاریخ انتشار: ۱۲:۳۰ - ۰۱ مهر ۱۴۰۲").unwrap();
        assert_eq!(p.by, PublishedBy::Label);
        let t = "امروز ۵ مهر ۱۴۰۲ | منتشر شده در ۱ مهر ۱۴۰۲";
        let p = published(t).unwrap();
        assert_eq!(p.date.as_str(t), "۱ مهر ۱۴۰۲");
        assert_eq!(p.label.map(|r| &t[r]), Some("منتشر شده در"));
        let t = "آخر تحديث: الأحد 3 سبتمبر 2017";
        let p = published(t).unwrap();
        assert_eq!(
            (p.by, p.date.calendar()),
            (PublishedBy::UpdateLabel, Calendar::Gregorian)
        );
        // A publication label wins over an update label on an earlier date.
        let t = "بروزرسانی: ۵ مهر ۱۴۰۲ | تاریخ انتشار: ۱ مهر ۱۴۰۲";
        let p = published(t).unwrap();
        assert_eq!((p.by, p.date.as_str(t)), (PublishedBy::Label, "۱ مهر ۱۴۰۲"));
        let t = "۶ مهر ۱۴۰۲ - ۱۰:۰۰ | بروزرسانی: ۵ مهر ۱۴۰۲ | بروزرسانی: ۴ مهر ۱۴۰۲";
        let p = published(t).unwrap();
        assert_eq!(
            (p.by, p.date.as_str(t)),
            (PublishedBy::UpdateLabel, "۵ مهر ۱۴۰۲")
        );
        let t = "۵ مهر ۱۴۰۲ و 2 October 2023 10:00";
        let p = published(t).unwrap();
        assert_eq!(
            (p.by, p.date.calendar()),
            (PublishedBy::WithTime, Calendar::Gregorian)
        );
        // Dates without a time or a label: no publication date.
        assert!(published("۵ مهر ۱۴۰۲ و ۶ مهر ۱۴۰۲").is_none());
        assert!(published("").is_none());
    }

    #[test]
    fn agreement_of_dates_side_by_side() {
        let t = "شنبه ۱ مهر ۱۴۰۲ - ۰۶ ربیع الاول ۱۴۴۵ - ۲۳ سپتامبر ۲۰۲۳ ساعت ۱۰:۰۰";
        let p = published(t).unwrap();
        assert_eq!(p.beside.len(), 2);
        // 6 Rabi al-Awwal as printed in Iran is 8 Rabi al-Awwal in Umm al-Qura: two days.
        assert_eq!(p.agrees, Some(true));
        let t = "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 03 September 2017";
        assert_eq!(published(t).unwrap().agrees, Some(false));
        let t = "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵\n02 September 2017";
        assert_eq!(published(t).unwrap().agrees, None);
    }
}
