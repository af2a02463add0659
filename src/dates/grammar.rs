//! The date grammar, applied to the tokens around one candidate year.
//!
//! Every Solar Hijri date in text has a year written in digits, so the scanner in
//! [`super::scan`] stops only at digit runs that could be a year and hands the tokens around
//! it here. From the year the matcher reads *backwards* (month name or number, day number or
//! ordinal word, an optional first end of a range, weekday, a time written before) and
//! *forwards* (era words, a time written after). Any piece that does not fit ends the match
//! there; a date without a day or a month is not a date: nothing is ever filled in.

use std::cell::Cell;

use super::names::{self, Era};
use super::token::{Kind, Tok, Tokens};
use super::{CalendarSet, FindOptions, Time};
use crate::calendar::Calendar;

/// A date found in text, not yet checked against the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Raw {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) year: i32,
    pub(crate) month: u8,
    pub(crate) day: u8,
    pub(crate) time: Option<Time>,
    /// The calendar the date is written in.
    pub(crate) calendar: Calendar,
}

/// Separators of numeric dates.
fn is_numeric_sep(c: char) -> bool {
    matches!(c, '/' | '-' | '.' | '\\' | '\u{2215}')
}

/// Characters that glue digit groups into one number-like thing (`1,400`, `3.5`, `12:30`):
/// a digit group touching one of these and another digit group is not a free-standing number.
fn is_chain_char(c: char) -> bool {
    matches!(
        c,
        '/' | '-'
            | '.'
            | ':'
            | ','
            | '\\'
            | '\u{2215}'
            | '\u{066B}'
            | '\u{066C}'
            | '_'
            | '+'
            | '*'
            | '×'
    )
}

/// Dashes that join the two ends of a range or a date and its time.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '\u{2012}' | '\u{2015}' | '\u{2212}')
}

/// Punctuation that may stand between a date and its time.
fn is_time_join_punct(c: char) -> bool {
    is_dash(c) || matches!(c, '،' | ',' | '/' | '|' | '؛' | ';' | '｜' | '•' | '·')
}

/// Punctuation that may stand between a weekday and the date.
fn is_weekday_punct(c: char) -> bool {
    is_dash(c) || matches!(c, '،' | ',' | '/' | '|' | '｜')
}

/// Words before a dotted number that make it a version, not a date.
const VERSION_WORDS: &[&str] = &["نسخه", "ورژن", "ویرایش", "version", "ver", "v", "release"];

/// Reads the date(s) around one year candidate in one window of tokens (see the module docs).
pub(crate) struct Matcher<'a> {
    tk: &'a Tokens,
    toks: &'a [Tok],
    opts: &'a FindOptions,
    /// No component may start before this byte offset (it belongs to the previous match).
    min_start: usize,
    /// Whether the window starts at the start of the text / ends at its end.
    at_text_start: bool,
    at_text_end: bool,
    /// Set when the grammar looked at a token at the edge of the window (or past it): the
    /// answer may depend on text outside, so the caller retries with a wider window.
    edge: Cell<bool>,
    /// The calendars asked for.
    persian: bool,
    gregorian: bool,
    islamic: bool,
}

/// The core of a date: its first and last token and its fields.
#[derive(Debug, Clone, Copy)]
struct Core {
    first: usize,
    last: usize,
    year: i32,
    month: u8,
    day: u8,
    /// The year is the last component (so era words may follow it).
    year_last: bool,
    /// Written with a month name (so a range may precede it).
    named: bool,
    /// The calendar the month name belongs to (`None` for numeric dates: the era words and the
    /// year decide).
    calendar: Option<Calendar>,
}

impl<'a> Matcher<'a> {
    pub(crate) fn new(
        tk: &'a Tokens,
        opts: &'a FindOptions,
        cals: CalendarSet,
        min_start: usize,
        at_text_start: bool,
        at_text_end: bool,
    ) -> Self {
        Matcher {
            tk,
            toks: &tk.toks,
            opts,
            min_start,
            at_text_start,
            at_text_end,
            edge: Cell::new(false),
            persian: cals.persian,
            gregorian: cals.gregorian,
            islamic: cals.islamic,
        }
    }

    /// Whether the last [`Self::match_at`] looked at the edge of the window.
    pub(crate) fn hit_edge(&self) -> bool {
        self.edge.get()
    }

    // ----- token helpers -------------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<&'a Tok> {
        let t = self.toks.get(i);
        if (i == 0 && !self.at_text_start)
            || (i + 1 >= self.toks.len() && !self.at_text_end)
            || t.is_some_and(|t| t.kind == Kind::Partial)
        {
            self.edge.set(true);
        }
        t
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tok(i).map(|t| t.kind)
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.kind(i)? {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.tok(i).map(|t| self.tk.word(t)).unwrap_or("")
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.word(i) == w
    }

    /// A number token with 1..=`max_digits` digits whose value is in `lo..=hi`.
    fn small_num(&self, i: usize, max_digits: u8, lo: u32, hi: u32) -> Option<u32> {
        let t = self.tok(i)?;
        (t.kind == Kind::Num && t.ndigits <= max_digits && (lo..=hi).contains(&t.value))
            .then_some(t.value)
    }

    /// The previous token, skipping one run of spaces (never a line break).
    fn prev(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        match self.kind(j)? {
            Kind::Space => j.checked_sub(1).filter(|&k| self.kind(k).is_some()),
            _ => Some(j),
        }
    }

    /// The next token, skipping one run of spaces (never a line break).
    fn next(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        match self.kind(j)? {
            Kind::Space => Some(j + 1).filter(|&k| self.kind(k).is_some()),
            _ => Some(j),
        }
    }

    fn start(&self, i: usize) -> usize {
        self.tok(i).map_or(0, |t| t.start)
    }

    fn end(&self, i: usize) -> usize {
        self.tok(i).map_or(0, |t| t.end)
    }

    /// Whether the token right before `i` (glued) makes the number at `i` part of a longer
    /// number-like thing: another digit group joined by `1,400`-style punctuation, a Latin
    /// word (`v1400`), or an unknown cut token.
    fn chained_left(&self, i: usize) -> bool {
        let Some(j) = i.checked_sub(1) else {
            return false;
        };
        match self.kind(j) {
            Some(Kind::Partial) | Some(Kind::Num) => true,
            Some(Kind::Word) => self.tok(j).is_some_and(|t| t.latin),
            Some(Kind::Punct(c)) if is_chain_char(c) || c == '%' || c == '٪' || c == '#' => {
                c == '#'
                    || j.checked_sub(1)
                        .is_some_and(|k| matches!(self.kind(k), Some(Kind::Num | Kind::Partial)))
            }
            _ => false,
        }
    }

    /// Whether the number at `i` is glued by a dash to a day number before it (`۱۴-۱۶ مهر`).
    fn dash_range_left(&self, i: usize) -> bool {
        let (Some(j), Some(k)) = (i.checked_sub(1), i.checked_sub(2)) else {
            return false;
        };
        self.punct(j).is_some_and(is_dash) && self.small_num(k, 2, 1, 31).is_some()
    }

    /// The mirror of [`Self::chained_left`] for the token right after `i`. A glued `-` or `،`
    /// followed by a time is allowed (`۱۴۰۲/۰۷/۰۱-۱۲:۳۰`).
    fn chained_right(&self, i: usize) -> bool {
        let j = i + 1;
        match self.kind(j) {
            Some(Kind::Partial) | Some(Kind::Num) => true,
            // A glued Latin word makes a code (`1400px`, `1400s`), unless it is an era (`1402SH`).
            // `1401-12-29T14:05:00`: an ISO-style `T` before a time is no code either.
            Some(Kind::Word) => {
                self.tok(j).is_some_and(|t| t.latin)
                    && self.era_at(i).is_none()
                    && !(self.word(j) == "t" && self.time_at(j + 1).is_some())
            }
            Some(Kind::Punct(c)) if c == '%' || c == '٪' => true,
            Some(Kind::Punct(c)) if is_chain_char(c) => {
                let k = j + 1;
                match self.kind(k) {
                    Some(Kind::Num) => !(is_dash(c) && self.time_at(k).is_some()),
                    Some(Kind::Partial) => true,
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// The year a number token stands for, if it may be one.
    fn year_of(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        match t.ndigits {
            4 => {
                let y = i32::try_from(t.value).ok()?;
                (self.persian && self.opts.years.contains(&y)
                    || self.gregorian && super::GREGORIAN_YEARS.contains(&y)
                    || self.islamic && super::ISLAMIC_YEARS.contains(&y))
                .then_some(y)
            }
            2 if self.persian => {
                // Clamped so that no user value can overflow the arithmetic below.
                let pivot = self.opts.two_digit_years?.clamp(100, 9_999);
                let yy = i32::try_from(t.value).ok()?;
                let base = pivot - pivot.rem_euclid(100);
                let y = if base + yy <= pivot {
                    base + yy
                } else {
                    base - 100 + yy
                };
                Some(y)
            }
            _ => None,
        }
    }

    // ----- the pieces ------------------------------------------------------------------------

    /// Joins up to `max` word tokens ending at `i` (going back over single spaces) and returns
    /// `(first token, joined)` for each length, longest first.
    fn words_back(&self, i: usize, max: usize) -> Vec<(usize, String)> {
        let mut idx = Vec::with_capacity(max);
        let mut k = i;
        loop {
            if self.kind(k) != Some(Kind::Word)
                || self.tok(k).is_some_and(|t| t.start < self.min_start)
            {
                break;
            }
            idx.push(k);
            if idx.len() == max {
                break;
            }
            match self.prev(k) {
                Some(p) => k = p,
                None => break,
            }
        }
        let mut out = Vec::with_capacity(idx.len());
        for n in (1..=idx.len()).rev() {
            let mut s = String::new();
            for &k in idx.iter().take(n).rev() {
                s.push_str(self.word(k));
            }
            if let Some(&first) = idx.get(n - 1) {
                out.push((first, s));
            }
        }
        out
    }

    /// A day written before token `i` ends: a number 1..=31 (`۱۵`, `15th`, `۱۵ام`) or an ordinal
    /// word (`سوم`, `بیست و دوم`). Returns `(first token, day)`.
    fn day_ending_at(&self, i: usize) -> Option<(usize, u8)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                let d = self.small_num(i, 2, 1, 31)?;
                (!self.chained_left(i) || self.dash_range_left(i)).then_some((i, d as u8))
            }
            Kind::Word => {
                let w = self.word(i);
                // A suffix glued to a number: 15th, ۱۵ام, ۱۵م.
                if let Some(j) = i
                    .checked_sub(1)
                    .filter(|&j| self.kind(j) == Some(Kind::Num))
                {
                    let suffix_ok = if t.latin {
                        names::LATIN_ORDINAL_SUFFIXES.contains(&w)
                    } else {
                        w == "ام" || w == "م" || w == "ما"
                    };
                    if suffix_ok {
                        let d = self.small_num(j, 2, 1, 31)?;
                        return (!self.chained_left(j)).then_some((j, d as u8));
                    }
                    return None;
                }
                self.words_back(i, 3)
                    .into_iter()
                    .find_map(|(first, joined)| Some((first, names::ordinal_day(&joined)?)))
            }
            _ => None,
        }
    }

    /// A month name ending at token `i`: a Solar Hijri month word (with `ماه` joined or as the
    /// next word), or a Gregorian or lunar month name of one to three words when those calendars
    /// are asked for. Returns `(first token, month, latin, calendar)`.
    fn month_ending_at(&self, i: usize) -> Option<(usize, u8, bool, Calendar)> {
        let mut i = i;
        let mah = self.is_word(i, names::MAH);
        if mah {
            i = self.prev(i)?;
        }
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        if self.persian {
            if let Some(m) = names::month_of_word(self.word(i), t.latin) {
                return Some((i, m, t.latin, Calendar::Persian));
            }
        }
        if mah || !(self.gregorian || self.islamic) {
            return None;
        }
        let found = self
            .words_back(i, 3)
            .into_iter()
            .find_map(|(first, joined)| {
                let (m, cal) = names::other_month(&joined, self.gregorian, self.islamic)?;
                // English writes month names with a capital: `may`, `march`, `dec` are words.
                let lower = t.latin && !self.tok(first).is_some_and(|f| f.upper);
                if lower && cal == Calendar::Gregorian {
                    return None;
                }
                Some((first, m, t.latin, cal))
            });
        let (first, m, latin, cal) = found?;
        // The same month named twice, the Levantine and the Egyptian names joined by a slash:
        // `أيار/مايو`, `تشرين الأول/أكتوبر`, `أكتوبر/ تشرين الأول`.
        let pair = self
            .prev(first)
            .filter(|&s| self.punct(s) == Some('/'))
            .and_then(|s| self.prev(s))
            .and_then(|e| {
                self.words_back(e, 3).into_iter().find_map(|(f, joined)| {
                    (names::other_month(&joined, self.gregorian, self.islamic) == Some((m, cal)))
                        .then_some(f)
                })
            });
        Some((pair.unwrap_or(first), m, latin, cal))
    }

    /// `day [-/] month [ماه] [سال] [,،-/] year`, or Latin `Month day, year`, ending at the year
    /// token `iy`. Returns `(first token, month, day, calendar)`.
    fn named_before_year(&self, iy: usize) -> Option<(usize, u8, u8, Calendar)> {
        let mut j = self.prev(iy)?;
        let mut sep = None;
        if let Some(c) = self.punct(j) {
            if matches!(c, ',' | '،') || is_dash(c) || c == '/' {
                sep = Some(c);
                j = self.prev(j)?;
            } else {
                return None;
            }
        }
        // Month first: Latin `Mehr 15, 1402` (the comma optional), and the Afghan and Iranian
        // footers' `دلو ۰۳, ۱۴۰۳` / `جدی ۲۹، ۱۴۰۳` (the comma required).
        if let Some(d) = self.small_num(j, 2, 1, 31) {
            if self.chained_right(j) {
                return None;
            }
            let k = self.prev(j)?;
            let t = self.tok(k)?;
            if t.kind != Kind::Word {
                return None;
            }
            if t.latin && (sep.is_none() || sep == Some(',')) {
                let (mfirst, m, _, cal) = self.month_ending_at(k).filter(|&(f, ..)| f == k)?;
                return Some((mfirst, m, d as u8, cal));
            }
            if !t.latin && matches!(sep, Some(',' | '،')) && !self.chained_left(j) {
                let (mfirst, m, _, cal) = self.month_ending_at(k)?;
                return Some((mfirst, m, d as u8, cal));
            }
            return None;
        }
        let mut arabic_year_word = false;
        if self.is_word(j, names::SAL) {
            j = self.prev(j)?;
        } else if (self.gregorian || self.islamic)
            && names::ARABIC_YEAR_WORDS.contains(&self.word(j))
        {
            // `15 آذار عام 2011`, `28 مايو من عام 2012`, `9 ربيع الآخر سنة 1420 هـ`
            arabic_year_word = true;
            j = self.prev(j)?;
            if self.is_word(j, names::MIN) {
                j = self.prev(j)?;
            }
        }
        let (mfirst, month, _latin, cal) = self.month_ending_at(j)?;
        if arabic_year_word && cal == Calendar::Persian {
            return None;
        }
        let mut k = self.prev(mfirst)?;
        if cal != Calendar::Persian {
            // `الأول من سبتمبر`, `العاشر من أيلول`, `فاتح يناير`: an Arabic ordinal day.
            let before = if self.is_word(k, names::MIN) {
                self.prev(k)
            } else {
                Some(k)
            };
            let ordinal = before.and_then(|b| {
                self.words_back(b, 2)
                    .into_iter()
                    .find_map(|(first, joined)| Some((first, names::arabic_ordinal_day(&joined)?)))
            });
            if let Some((dfirst, day)) = ordinal {
                if self.is_word(k, names::MIN) || day == 1 {
                    return Some((dfirst, month, day, cal));
                }
            }
        }
        if let Some(c) = self.punct(k) {
            // `۱۵-مهر-۱۴۰۲`, `۱۵ / مهر / ۱۴۰۲`: the same separator on both sides.
            if Some(c) == sep && (is_dash(c) || c == '/') {
                k = self.prev(k)?;
            } else {
                return None;
            }
        }
        let (dfirst, day) = self.day_ending_at(k)?;
        Some((dfirst, month, day, cal))
    }

    /// Year first with a month name, `۱۴۰۲ مهر ۱۵`, starting at the four-digit year token `iy`:
    /// the month name right after the year and a day number after it that nothing glues to
    /// another number, and no month name after the day. Returns `(last token, month, day)`.
    fn named_after_year(&self, iy: usize) -> Option<(usize, u8, u8)> {
        if !self.persian
            || self.tok(iy)?.ndigits != 4
            || self.chained_left(iy)
            || self.chained_right(iy)
        {
            return None;
        }
        let m = self.next(iy)?;
        let t = self.tok(m)?;
        if t.kind != Kind::Word || t.latin {
            return None;
        }
        let month = names::month_of_word(self.word(m), false)?;
        let mut dtok = self.next(m)?;
        if self.is_word(dtok, names::MAH) {
            dtok = self.next(dtok)?;
        }
        let day = self.small_num(dtok, 2, 1, 31)?;
        if self.chained_right(dtok) {
            return None;
        }
        if let Some(after) = self.next(dtok) {
            // `۱۴۰۲ مهر ۱۵ آبان …` is something else; `… ۱۵ درصد` a count.
            let word_after = self.kind(after) == Some(Kind::Word);
            let is_month = word_after
                && names::month_of_word(self.word(after), self.tok(after)?.latin).is_some();
            if is_month || (word_after && names::COUNT_WORDS.contains(&self.word(after))) {
                return None;
            }
        }
        Some((dtok, month, day as u8))
    }

    /// The token after `i` (spaces allowed between) if it is a numeric-date separator, and the
    /// separator; `.` takes no spaces.
    fn sep_after(&self, i: usize) -> Option<(usize, char)> {
        let j = self.next(i)?;
        let c = self.punct(j)?;
        if !is_numeric_sep(c) {
            return None;
        }
        let spaced = j != i + 1;
        (!(spaced && c == '.')).then_some((j, c))
    }

    /// The mirror of [`Self::sep_after`].
    fn sep_before(&self, i: usize) -> Option<(usize, char)> {
        let j = self.prev(i)?;
        let c = self.punct(j)?;
        if !is_numeric_sep(c) {
            return None;
        }
        let spaced = j + 1 != i;
        (!(spaced && c == '.')).then_some((j, c))
    }

    /// Whether the numeric date from token `first` to `last` is a segment of a path or URL
    /// (`/news/1402/07/01/slug`): glued to a slash on either side. Rewriting it would break
    /// the link.
    fn path_segment(&self, first: usize, last: usize) -> bool {
        let slash = |c: Option<char>| matches!(c, Some('/' | '\\'));
        first.checked_sub(1).is_some_and(|j| slash(self.punct(j))) || slash(self.punct(last + 1))
    }

    /// Whether the word before token `i` names a version (`نسخه ۱۴۰۰.۱.۲`).
    fn version_before(&self, i: usize) -> bool {
        self.prev(i).is_some_and(|p| {
            self.kind(p) == Some(Kind::Word) && VERSION_WORDS.contains(&self.word(p))
        })
    }

    /// `year sep month sep day` starting at the year token `iy`.
    fn numeric_ymd(&self, iy: usize, year: i32) -> Option<Core> {
        let (s1, c) = self.sep_after(iy)?;
        let im = self.next(s1).filter(|&k| k == s1 + 1 || c != '.')?;
        let month = self.small_num(im, 2, 1, 12)?;
        let (s2, c2) = self.sep_after(im)?;
        if c2 != c {
            return None;
        }
        let id = self.next(s2).filter(|&k| k == s2 + 1 || c != '.')?;
        let day = self.small_num(id, 2, 1, 31)?;
        if self.chained_left(iy)
            || self.chained_right(id)
            || self.version_before(iy)
            || self.path_segment(iy, id)
        {
            return None;
        }
        Some(Core {
            first: iy,
            last: id,
            year,
            month: month as u8,
            day: day as u8,
            year_last: false,
            named: false,
            calendar: None,
        })
    }

    /// `day sep month sep year` ending at the four-digit year token `iy`.
    fn numeric_dmy(&self, iy: usize, year: i32) -> Option<Core> {
        if self.tok(iy)?.ndigits != 4 {
            return None;
        }
        let (s2, c) = self.sep_before(iy)?;
        let im = self.prev(s2)?;
        let second = self.small_num(im, 2, 1, 31)?;
        let (s1, c1) = self.sep_before(im)?;
        if c1 != c {
            return None;
        }
        let id = self.prev(s1)?;
        let first = self.small_num(id, 2, 1, 31)?;
        // Solar and lunar Hijri dates are written day first; a Gregorian one is read only where
        // the order is certain: one of the two numbers is above 12 (`25/10/2017` day first,
        // `10/25/2017` month first), or they are equal.
        let hijri = (self.persian && self.opts.years.contains(&year))
            || (self.islamic && super::ISLAMIC_YEARS.contains(&year));
        let (day, month) = if hijri || first > 12 || first == second {
            (first, second)
        } else if second > 12 {
            (second, first)
        } else {
            return None;
        };
        if month > 12 {
            return None;
        }
        if self.chained_left(id)
            || self.chained_right(iy)
            || self.version_before(id)
            || self.path_segment(id, iy)
        {
            return None;
        }
        Some(Core {
            first: id,
            last: iy,
            year,
            month: month as u8,
            day: day as u8,
            year_last: true,
            named: false,
            calendar: None,
        })
    }

    /// A time starting at token `i`: `HH:MM[:SS]` with an optional am/pm marker after it.
    /// Returns `(last token, time)`.
    fn time_at(&self, i: usize) -> Option<(usize, Time)> {
        let h = self.small_num(i, 2, 0, 23)?;
        if self.punct(i + 1)? != ':' {
            return None;
        }
        let m = self
            .tok(i + 2)
            .filter(|t| t.kind == Kind::Num && t.ndigits == 2 && t.value <= 59)?;
        let mut last = i + 2;
        let mut second = None;
        if self.punct(i + 3) == Some(':') {
            let s = self
                .tok(i + 4)
                .filter(|t| t.kind == Kind::Num && t.ndigits == 2 && t.value <= 59)?;
            second = Some(s.value as u8);
            last = i + 4;
        }
        // Not part of a longer chain (`12:30:45:10`, `12:30.5`).
        if let Some(c) = self.punct(last + 1) {
            if (c == ':' || c == '.' || c == '٫') && self.kind(last + 2) == Some(Kind::Num) {
                return None;
            }
        }
        if self.kind(last + 1) == Some(Kind::Num) {
            return None;
        }
        if h > 23 {
            return None;
        }
        let mut hour = h;
        // A marker turns 1..=12 into 24 hours; after 13..=23 a pm marker is only redundant
        // (`۱۶:۳۰ عصر`) and an am marker contradicts the hour, so it is left out.
        match self.am_pm_after(last) {
            Some((end, pm)) if (1..=12).contains(&h) => {
                hour = match (pm, h) {
                    (true, 12) => 12,
                    (true, h) => h + 12,
                    (false, 12) => 0,
                    (false, h) => h,
                };
                last = end;
            }
            Some((end, true)) if h >= 13 => last = end,
            _ => {}
        }
        Some((
            last,
            Time {
                hour: hour as u8,
                minute: m.value as u8,
                second,
            },
        ))
    }

    /// An am/pm marker after token `i` (`ب.ظ`, `ق.ظ`, `بعد از ظهر`, `PM`, `p.m`): words,
    /// spaces and dots, joined. Returns `(last token, is pm)`.
    fn am_pm_after(&self, i: usize) -> Option<(usize, bool)> {
        let mut k = self.next(i)?;
        let mut joined = String::new();
        let mut best = None;
        for _ in 0..6 {
            match self.kind(k)? {
                Kind::Word => {
                    joined.push_str(self.word(k));
                    if let Some(&(_, pm)) = names::AM_PM.iter().find(|(w, _)| *w == joined) {
                        best = Some((k, pm));
                    }
                }
                Kind::Punct('.') if !joined.is_empty() => {}
                _ => break,
            }
            if joined.len() > 20 {
                break;
            }
            k = match self.next(k) {
                Some(n) => n,
                None => break,
            };
        }
        best
    }

    /// A time after the date's last token `i`, joined by spaces, a dash, `،`, `/`, `|` or the
    /// words `ساعت` / `در` / `at`. Returns `(last token, time)`.
    fn time_after(&self, i: usize) -> Option<(usize, Time)> {
        let mut k = self.next(i)?;
        let mut puncts = 0;
        let mut words = 0;
        for _ in 0..4 {
            if let Some(c) = self.punct(k) {
                if is_time_join_punct(c) && puncts == 0 {
                    puncts += 1;
                } else if c == ':' && words > 0 {
                    // `ساعت: ۱۲:۳۰`
                } else {
                    return None;
                }
            } else if self.kind(k) == Some(Kind::Word) {
                if names::TIME_JOIN_WORDS.contains(&self.word(k)) && words < 2 {
                    words += 1;
                } else {
                    return None;
                }
            } else {
                break;
            }
            k = self.next(k)?;
        }
        self.time_at(k)
    }

    /// A time written before the date's first token `i`. Returns `(first token, time)`.
    fn time_before(&self, i: usize) -> Option<(usize, Time)> {
        let lo = i.saturating_sub(14);
        for s in lo..i {
            if self.start(s) < self.min_start || self.kind(s) != Some(Kind::Num) {
                continue;
            }
            if self.chained_left(s) {
                continue;
            }
            // A time right after a year belongs to the date that year ends (`۱۱ شهریور ۱۳۹۶ -
            // ۲۱:۵۵ 02 September 2017`), even when that date's calendar was not asked for.
            let after_year = self.prev(s).is_some_and(|p| {
                let p = if self.punct(p).is_some_and(is_time_join_punct) {
                    self.prev(p).unwrap_or(p)
                } else {
                    p
                };
                self.tok(p)
                    .is_some_and(|t| t.kind == Kind::Num && t.ndigits == 4)
            });
            if after_year {
                continue;
            }
            let Some((last, time)) = self.time_at(s) else {
                continue;
            };
            // Between the time and the date: spaces and at most one joining punctuation.
            let Some(mut k) = self.next(last) else {
                continue;
            };
            if k == i {
                return Some((s, time));
            }
            if self.punct(k).is_some_and(is_time_join_punct) {
                let Some(n) = self.next(k) else {
                    continue;
                };
                k = n;
                if k == i {
                    return Some((s, time));
                }
            }
        }
        None
    }

    /// Era words after token `i`: `ه.ش`, `هجری شمسی`, `خورشیدی`, `ش`, `SH` … (solar), `ه.ق`,
    /// `هجری قمری` (lunar), `میلادی` (Gregorian). Returns `(last token, era)`.
    fn era_at(&self, i: usize) -> Option<(usize, Era)> {
        let mut k = self.next(i)?;
        let mut joined = String::new();
        let mut best = None;
        for _ in 0..6 {
            match self.kind(k)? {
                Kind::Word => {
                    joined.push_str(self.word(k));
                    // Only whole words: the next token must not continue this one.
                    if let Some(&(_, era)) = names::ERAS.iter().find(|(w, _)| *w == joined) {
                        best = Some((k, era));
                    }
                }
                Kind::Punct('.') | Kind::Punct('/') if !joined.is_empty() => {}
                _ => break,
            }
            if joined.len() > 24 {
                break;
            }
            k = match self.next(k) {
                Some(n) => n,
                None => break,
            };
        }
        best
    }

    /// A weekday before token `i`, with optional punctuation between. Returns its first token.
    fn weekday_before(&self, i: usize) -> Option<usize> {
        let mut k = self.prev(i)?;
        if self.punct(k).is_some_and(is_weekday_punct) {
            k = self.prev(k)?;
        }
        self.words_back(k, 2)
            .into_iter()
            .find(|(_, joined)| names::WEEKDAYS.contains(&joined.as_str()))
            .map(|(first, _)| first)
    }

    /// The first end of a range before the day token `dfirst` of a named date:
    /// `۱۴ تا ۱۶ مهر`, `۱۴ مهر تا ۱۶ آبان`, `سوم و چهارم تیر`. Returns `(first token, last
    /// token, month, day, year)`.
    fn range_before(&self, dfirst: usize, core: &Core) -> Option<(usize, usize, u8, u8, i32)> {
        let c = self.prev(dfirst)?;
        let joins = match self.kind(c)? {
            Kind::Word => names::RANGE_WORDS.contains(&self.word(c)),
            Kind::Punct(p) => is_dash(p),
            _ => false,
        };
        if !joins {
            return None;
        }
        let k = self.prev(c)?;
        // `۱۴ مهر تا …`: a month of its own.
        if let Some((mfirst, month, _, cal)) = self.month_ending_at(k) {
            if Some(cal) != core.calendar {
                return None;
            }
            let d_end = self.prev(mfirst)?;
            let (first, day) = self.day_ending_at(d_end)?;
            let year = if month > core.month {
                core.year - 1
            } else {
                core.year
            };
            if (month, day) >= (core.month, core.day) && year == core.year {
                return None;
            }
            return Some((first, k, month, day, year));
        }
        let (first, day) = self.day_ending_at(k)?;
        if day >= core.day {
            return None;
        }
        // Not an hour (`ساعت ۱۰ تا ۱۵ مهر`).
        let before = self.prev(first);
        if before.is_some_and(|p| self.is_word(p, names::SAAT)) {
            return None;
        }
        // A lone number before a dash in a footer is a count, not a day
        // (`نظرات: ۳ - ۱۵ مهر ۱۴۰۲`, `| ۵ - ۱۵ مهر`).
        let dashed = self.punct(c).is_some_and(is_dash);
        let label_before = before.is_some_and(|p| {
            matches!(self.kind(p), Some(Kind::Num))
                || self
                    .punct(p)
                    .is_some_and(|q| matches!(q, ':' | '|' | '/' | '｜') || is_dash(q))
        });
        if dashed && label_before {
            return None;
        }
        Some((first, k, core.month, day, core.year))
    }

    /// The calendar of a date read as `core` with the era words `era` after it, if it is one
    /// of the calendars asked for and its year is in that calendar's window. A month name
    /// decides the calendar (era words must agree with it); a numeric date is Solar Hijri, or
    /// lunar with lunar era words, or Gregorian by its year or era words.
    fn calendar_of(&self, core: &Core, era: Option<Era>, four: bool) -> Option<Calendar> {
        let cal = match (core.calendar, era) {
            (Some(c), None) => c,
            (Some(Calendar::Persian), Some(Era::Solar | Era::Hijri)) => Calendar::Persian,
            (Some(Calendar::Islamic), Some(Era::Lunar | Era::Hijri)) => Calendar::Islamic,
            (Some(Calendar::Gregorian), Some(Era::Gregorian)) => Calendar::Gregorian,
            (Some(_), Some(_)) => return None,
            (None, Some(Era::Solar | Era::Hijri)) => Calendar::Persian,
            (None, Some(Era::Lunar)) => Calendar::Islamic,
            (None, Some(Era::Gregorian)) => Calendar::Gregorian,
            (None, None) if self.persian && (!four || self.opts.years.contains(&core.year)) => {
                Calendar::Persian
            }
            (None, None) if self.gregorian && super::GREGORIAN_YEARS.contains(&core.year) => {
                Calendar::Gregorian
            }
            (None, None) => return None,
        };
        let ok = match cal {
            Calendar::Persian => self.persian && (!four || self.opts.years.contains(&core.year)),
            Calendar::Gregorian => {
                self.gregorian && four && super::GREGORIAN_YEARS.contains(&core.year)
            }
            Calendar::Islamic => self.islamic && four && super::ISLAMIC_YEARS.contains(&core.year),
        };
        ok.then_some(cal)
    }

    // ----- the whole ----------------------------------------------------------------------

    /// The date(s) around the year candidate at token `iy`: none, one, or two (a range).
    pub(crate) fn match_at(&self, iy: usize) -> Vec<Raw> {
        let mut out = Vec::new();
        let Some(year) = self.year_of(iy) else {
            return out;
        };
        let four = self.tok(iy).is_some_and(|t| t.ndigits == 4);
        let core = self
            .numeric_ymd(iy, year)
            .or_else(|| self.numeric_dmy(iy, year))
            .or_else(|| {
                let (first, month, day, cal) = self.named_before_year(iy)?;
                if self.chained_right(iy) {
                    return None;
                }
                Some(Core {
                    first,
                    last: iy,
                    year,
                    month,
                    day,
                    year_last: true,
                    named: true,
                    calendar: Some(cal),
                })
            })
            .or_else(|| {
                let (last, month, day) = self.named_after_year(iy)?;
                Some(Core {
                    first: iy,
                    last,
                    year,
                    month,
                    day,
                    year_last: false,
                    named: true,
                    calendar: Some(Calendar::Persian),
                })
            });
        let Some(core) = core else {
            return out;
        };
        // A two-digit year only in the year-first numeric form or after a month name.
        if !(four || core.named || !core.year_last) {
            return out;
        }
        if self.start(core.first) < self.min_start {
            return out;
        }
        let mut last = core.last;
        let era = self.era_at(last);
        let Some(calendar) = self.calendar_of(&core, era.map(|e| e.1), four) else {
            return out;
        };
        if let Some((end, _)) = era {
            last = end;
        }
        let mut time = None;
        if let Some((end, t)) = self.time_after(last) {
            time = Some(t);
            last = end;
        }
        let mut first = core.first;
        if let Some(w) = self.weekday_before(first) {
            first = w;
        }
        // A range: report its first end as a date of its own.
        if core.named && core.year_last {
            if let Some((rfirst, rlast, month, day, ryear)) = self.range_before(first, &core) {
                let mut rstart = rfirst;
                if let Some(w) = self.weekday_before(rfirst) {
                    rstart = w;
                }
                if self.start(rstart) >= self.min_start {
                    out.push(Raw {
                        start: self.start(rstart),
                        end: self.end(rlast),
                        year: ryear,
                        month,
                        day,
                        time: None,
                        calendar,
                    });
                }
                out.push(Raw {
                    start: self.start(first),
                    end: self.end(last),
                    year: core.year,
                    month: core.month,
                    day: core.day,
                    time,
                    calendar,
                });
                return out;
            }
        }
        if time.is_none() {
            if let Some((s, t)) = self.time_before(first) {
                first = s;
                time = Some(t);
            }
        }
        out.push(Raw {
            start: self.start(first),
            end: self.end(last),
            year: core.year,
            month: core.month,
            day: core.day,
            time,
            calendar,
        });
        out
    }
}
