//! The language rules: what happens to each word depends on the language of its span.
//!
//! A line is cut into tokens — words (letters, digits, marks and the joiners inside them),
//! protected pieces (URLs, e-mails, tags; see [`super::protect`]) and separators (everything
//! else: spaces, punctuation, stray ZWNJ). Words get the letter rules of their span's language;
//! separators get whitespace, ZWNJ and punctuation rules, judged by the language of the nearest
//! word; the ZWNJ joins (`می خواهم` → `می‌خواهم`, `کتاب ها` → `کتاب‌ها`) look at a word, the
//! gap after it and the next word.

use std::ops::Range;

use crate::digits::DigitAlphabet;
use crate::lang::{Lang, Span};

use super::chars::{
    digit_value, is_alef_variant, is_arabic_diacritic, is_arabic_letter, is_blank, is_letter,
    is_mark, is_word_char, is_word_start, joins_left, ALEF, ALEF_MAKSURA, ARABIC_KAF, ARABIC_YEH,
    HAMZA, HAMZA_ABOVE, HEH, HEH_WITH_YEH_ABOVE, PERSIAN_KAF, PERSIAN_YEH, TEH_MARBUTA, ZWNJ,
};
use super::edit::{Piece, Rewriter};
use super::{protect, DigitMode, Normalizer};

/// Words after which a space becomes a ZWNJ before the verb: the continuous-tense prefixes.
const VERB_PREFIXES: [&str; 2] = ["می", "نمی"];
/// Suffixes written joined to the word before them (with a ZWNJ after a joining letter).
pub(super) const SUFFIXES: [&str; 11] = [
    "ها",
    "های",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "هایمان",
    "هایتان",
    "هایشان",
    "تر",
    "ترین",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Protected,
    Sep,
}

#[derive(Debug, Clone)]
struct Tok {
    range: Range<usize>,
    kind: Kind,
    /// For words: the language of the first letter (`Neutral` when it has none).
    lang: Lang,
    /// Language of the nearest word with letters before / after this token.
    prev_ctx: Lang,
    next_ctx: Lang,
}

impl Tok {
    /// The language of the nearest word, looking back first.
    fn ctx(&self) -> Lang {
        if self.prev_ctx != Lang::Neutral {
            self.prev_ctx
        } else {
            self.next_ctx
        }
    }
}

/// Reusable buffers, so that a long text does not allocate per line.
#[derive(Default)]
pub(super) struct Scratch {
    protected: Vec<Range<usize>>,
    toks: Vec<Tok>,
    word: String,
}

/// The language of each position: from spans, or (for lines without Arabic-script letters, which
/// are not segmented) from the script of the letter.
struct LangCursor<'a> {
    spans: Option<&'a [Span]>,
    idx: usize,
}

impl LangCursor<'_> {
    fn at(&mut self, pos: usize, c: char) -> Lang {
        let Some(spans) = self.spans else {
            return script_lang(c);
        };
        let behind = spans.get(self.idx).is_some_and(|s| s.range.start > pos);
        if behind || self.idx >= spans.len() {
            self.idx = spans.partition_point(|s| s.range.end <= pos);
        }
        while spans.get(self.idx).is_some_and(|s| s.range.end <= pos) {
            self.idx += 1;
        }
        spans
            .get(self.idx)
            .filter(|s| s.range.contains(&pos))
            .map_or(Lang::Neutral, |s| s.lang)
    }
}

impl LangCursor<'_> {
    /// The language of every position of `range`, if one span covers it all.
    fn uniform(&mut self, range: &Range<usize>) -> Option<Lang> {
        let spans = self.spans?;
        let lang = self.at(range.start, ' ');
        let span = spans.get(self.idx)?;
        (span.range.start <= range.start && span.range.end >= range.end).then_some(lang)
    }
}

fn script_lang(c: char) -> Lang {
    if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
        Lang::English
    } else if is_letter(c) {
        Lang::Other
    } else {
        Lang::Neutral
    }
}

/// What a rule does to one char.
enum Out {
    Keep,
    Delete,
    Char(char),
    Str(&'static str),
}

/// Facts about a word as written, used by the joins.
struct WordInfo {
    /// The last base (non-mark) char written.
    last_base: Option<char>,
    /// How many letters it has.
    letters: usize,
}

/// Runs the language rules over one line (no `\n`); `None` when nothing changes.
pub(super) fn run(
    n: &Normalizer,
    line: &str,
    spans: Option<&[Span]>,
    offsets: bool,
    scratch: &mut Scratch,
) -> Option<Piece> {
    protect::find(line, &mut scratch.protected);
    let mut cursor = LangCursor { spans, idx: 0 };
    tokenize(line, &scratch.protected, &mut cursor, &mut scratch.toks);
    let toks = std::mem::take(&mut scratch.toks);
    let mut rw = Rewriter::new(line, offsets);
    let mut k = 0;
    while let Some(t) = toks.get(k) {
        match t.kind {
            Kind::Protected => {}
            Kind::Sep => sep(n, line, &toks, k, &mut rw),
            Kind::Word => {
                let mut info = word(n, line, t, &mut cursor, &mut rw);
                let mut single = true;
                let joins = n.zwnj && t.lang == Lang::Persian;
                // Each round joins one more word (`k += 2`) or breaks.
                loop {
                    if !joins {
                        break;
                    }
                    let (Some(gap), Some(next)) = (toks.get(k + 1), toks.get(k + 2)) else {
                        break;
                    };
                    if gap.kind != Kind::Sep
                        || next.kind != Kind::Word
                        || next.lang != Lang::Persian
                        || !is_gap(line, &gap.range)
                    {
                        break;
                    }
                    let next_is_suffix =
                        mapped_in(n, line, next, &mut cursor, &mut scratch.word, &SUFFIXES);
                    let last = info.last_base;
                    if next_is_suffix && info.letters >= 2 && last.is_some_and(is_arabic_letter) {
                        if last.is_some_and(joins_left) {
                            rw.replace_char(gap.range.clone(), ZWNJ);
                        } else {
                            rw.delete(gap.range.clone());
                        }
                    } else if !next_is_suffix
                        && single
                        && line
                            .get(next.range.clone())
                            .and_then(|s| s.chars().next())
                            .is_some_and(is_arabic_letter)
                        && mapped_in(n, line, t, &mut cursor, &mut scratch.word, &VERB_PREFIXES)
                    {
                        rw.replace_char(gap.range.clone(), ZWNJ);
                    } else {
                        break;
                    }
                    let more = word(n, line, next, &mut cursor, &mut rw);
                    info = WordInfo {
                        last_base: more.last_base.or(info.last_base),
                        letters: info.letters + more.letters,
                    };
                    single = false;
                    k += 2;
                }
            }
        }
        k += 1;
    }
    scratch.toks = toks;
    rw.finish()
}

fn tokenize(
    line: &str,
    protected: &[Range<usize>],
    cursor: &mut LangCursor<'_>,
    toks: &mut Vec<Tok>,
) {
    toks.clear();
    let mut prot = protected.iter().peekable();
    let mut i = 0;
    while i < line.len() {
        if let Some(p) = prot.peek() {
            if p.start <= i {
                let r = i..p.end.max(i + 1).min(line.len());
                i = r.end;
                prot.next();
                toks.push(Tok {
                    range: r,
                    kind: Kind::Protected,
                    lang: Lang::Neutral,
                    prev_ctx: Lang::Neutral,
                    next_ctx: Lang::Neutral,
                });
                continue;
            }
        }
        let limit = prot.peek().map_or(line.len(), |p| p.start);
        let rest = line.get(i..limit).unwrap_or_default();
        let Some(first) = rest.chars().next() else {
            // Not on a char boundary (cannot happen with valid ranges); stop safely.
            break;
        };
        if is_word_start(first) {
            let mut end = i;
            let mut lang = Lang::Neutral;
            for (j, c) in rest.char_indices() {
                if !is_word_char(c) {
                    break;
                }
                if lang == Lang::Neutral && is_letter(c) {
                    lang = cursor.at(i + j, c);
                    if lang == Lang::Neutral {
                        lang = script_lang(c);
                    }
                }
                end = i + j + c.len_utf8();
            }
            // ZWNJ at the end of a word belongs to the separator after it.
            while line.get(..end).is_some_and(|s| s.ends_with(ZWNJ)) {
                end -= ZWNJ.len_utf8();
            }
            toks.push(Tok {
                range: i..end,
                kind: Kind::Word,
                lang,
                prev_ctx: Lang::Neutral,
                next_ctx: Lang::Neutral,
            });
            i = end;
        } else {
            let mut end = i;
            for (j, c) in rest.char_indices() {
                if is_word_start(c) {
                    break;
                }
                end = i + j + c.len_utf8();
            }
            toks.push(Tok {
                range: i..end,
                kind: Kind::Sep,
                lang: Lang::Neutral,
                prev_ctx: Lang::Neutral,
                next_ctx: Lang::Neutral,
            });
            i = end;
        }
    }
    let mut ctx = Lang::Neutral;
    for t in toks.iter_mut() {
        t.prev_ctx = ctx;
        if t.kind == Kind::Word && t.lang != Lang::Neutral {
            ctx = t.lang;
        }
    }
    ctx = Lang::Neutral;
    for t in toks.iter_mut().rev() {
        t.next_ctx = ctx;
        if t.kind == Kind::Word && t.lang != Lang::Neutral {
            ctx = t.lang;
        }
    }
}

/// A separator made only of blanks and ZWNJ, with at least one blank.
fn is_gap(line: &str, r: &Range<usize>) -> bool {
    let s = line.get(r.clone()).unwrap_or_default();
    s.chars().any(is_blank) && s.chars().all(|c| is_blank(c) || c == ZWNJ)
}

/// The rule for one char of a word, by its language.
fn letter_rule(n: &Normalizer, c: char, lang: Lang) -> Out {
    match lang {
        Lang::Persian => match c {
            ARABIC_YEH | ALEF_MAKSURA if n.persian_letters => Out::Char(PERSIAN_YEH),
            ARABIC_KAF if n.persian_letters => Out::Char(PERSIAN_KAF),
            HEH_WITH_YEH_ABOVE if n.persian_heh_hamza => Out::Str("\u{0647}\u{0654}"),
            _ if n.persian_diacritics && is_arabic_diacritic(c) => Out::Delete,
            _ => Out::Keep,
        },
        Lang::Arabic => match c {
            _ if n.arabic_alef && is_alef_variant(c) => Out::Char(ALEF),
            ALEF_MAKSURA if n.arabic_alef_maksura => Out::Char(ARABIC_YEH),
            TEH_MARBUTA if n.arabic_teh_marbuta => Out::Char(HEH),
            _ if n.arabic_diacritics && is_arabic_diacritic(c) => Out::Delete,
            _ => Out::Keep,
        },
        _ => Out::Keep,
    }
}

fn native_digits(lang: Lang) -> Option<DigitAlphabet> {
    match lang {
        Lang::Persian => Some(DigitAlphabet::Persian),
        Lang::Arabic => Some(DigitAlphabet::ArabicIndic),
        Lang::English => Some(DigitAlphabet::Ascii),
        _ => None,
    }
}

fn digit_char(alphabet: DigitAlphabet, v: u32) -> Option<char> {
    let base = match alphabet {
        DigitAlphabet::Ascii => '0' as u32,
        DigitAlphabet::Persian => 0x06F0,
        DigitAlphabet::ArabicIndic => 0x0660,
    };
    char::from_u32(base + v)
}

/// Whether the word, with its letter rules applied, is one of `list`.
fn mapped_in(
    n: &Normalizer,
    line: &str,
    t: &Tok,
    cursor: &mut LangCursor<'_>,
    buf: &mut String,
    list: &[&str],
) -> bool {
    // Every listed word starts with م, ن, ه or ت and is at most 12 bytes long.
    let first = line.get(t.range.clone()).and_then(|w| w.chars().next());
    if t.range.len() > 16 || !matches!(first, Some('م' | 'ن' | 'ه' | 'ت')) {
        return false;
    }
    buf.clear();
    let s = line.get(t.range.clone()).unwrap_or_default();
    for (j, c) in s.char_indices() {
        match letter_rule(n, c, cursor.at(t.range.start + j, c)) {
            Out::Keep => buf.push(c),
            Out::Delete => {}
            Out::Char(d) => buf.push(d),
            Out::Str(x) => buf.push_str(x),
        }
    }
    list.contains(&buf.as_str())
}

/// Applies the letter, digit and in-word ZWNJ rules to one word.
fn word(
    n: &Normalizer,
    line: &str,
    t: &Tok,
    cursor: &mut LangCursor<'_>,
    rw: &mut Rewriter<'_>,
) -> WordInfo {
    let s = line.get(t.range.clone()).unwrap_or_default();
    let base = t.range.start;
    let digits = match n.digits {
        DigitMode::Keep => None,
        DigitMode::Ascii => Some(DigitAlphabet::Ascii),
        DigitMode::Native => native_digits(if t.lang != Lang::Neutral {
            t.lang
        } else {
            t.ctx()
        }),
    };
    // Usually one span covers the whole word: then no per-char lookup is needed.
    let uniform = cursor.uniform(&t.range);
    let mut info = WordInfo {
        last_base: None,
        letters: 0,
    };
    let mut letter_lang = t.lang;
    let mut prev_out: Option<char> = None;
    let mut zwnj_kept = false;
    // The char after the current run of ZWNJ, found once per run (a run may be long).
    let mut after_run: Option<Option<char>> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((j, c)) = chars.next() {
        let r = base + j..base + j + c.len_utf8();
        if c != ZWNJ {
            after_run = None;
        }
        if c == ZWNJ {
            if n.zwnj && letter_lang == Lang::Persian {
                let next = *after_run.get_or_insert_with(|| {
                    s.get(j..).unwrap_or_default().chars().find(|&x| x != ZWNJ)
                });
                let before_mark = next.is_some_and(is_mark);
                let keep = before_mark
                    || (!zwnj_kept
                        && info.last_base.is_some_and(joins_left)
                        && next.is_some_and(is_arabic_letter));
                if keep {
                    zwnj_kept = true;
                } else {
                    rw.delete(r);
                }
            }
            continue;
        }
        zwnj_kept = false;
        if let Some(v) = digit_value(c) {
            if let Some(d) = digits.and_then(|a| digit_char(a, v)) {
                if d != c {
                    rw.replace_char(r, d);
                }
            }
            info.last_base = Some(c);
            prev_out = Some(c);
            continue;
        }
        let lang = match uniform {
            Some(l) => l,
            None => cursor.at(r.start, c),
        };
        if is_letter(c) {
            info.letters += 1;
            if lang != Lang::Neutral {
                letter_lang = lang;
            }
        }
        // `هء` at the end of a Persian word is the ezafe written with a bare hamza: `هٔ`.
        let out = if c == HAMZA
            && n.persian_heh_hamza
            && lang == Lang::Persian
            && prev_out == Some(HEH)
            && chars.peek().is_none()
        {
            Out::Char(HAMZA_ABOVE)
        } else {
            letter_rule(n, c, lang)
        };
        let written = match out {
            Out::Keep => Some(c),
            Out::Delete => {
                rw.delete(r);
                None
            }
            Out::Char(d) => {
                rw.replace_char(r, d);
                Some(d)
            }
            Out::Str(x) => {
                rw.replace(r, x);
                // The last base letter written (`هٔ` ends with a mark on a heh).
                if let Some(b) = x.chars().rev().find(|&ch| !is_mark(ch)) {
                    info.last_base = Some(b);
                }
                x.chars().next_back()
            }
        };
        if let Some(w) = written {
            prev_out = Some(w);
            if !is_mark(w) {
                info.last_base = Some(w);
            }
        }
    }
    info
}

/// Whitespace, stray-ZWNJ, punctuation and digit-separator rules for one separator.
fn sep(n: &Normalizer, line: &str, toks: &[Tok], k: usize, rw: &mut Rewriter<'_>) {
    let Some(t) = toks.get(k) else { return };
    let s = line.get(t.range.clone()).unwrap_or_default();
    let base = t.range.start;
    let at_start = k == 0;
    let at_end = k + 1 == toks.len();
    let ctx = t.ctx();
    let drop_zwnj = n.zwnj && (t.prev_ctx == Lang::Persian || t.next_ctx == Lang::Persian);
    // The current run of blanks (and ZWNJ inside it): start, end, number of blanks.
    let mut run: Option<(usize, usize, usize)> = None;
    let mut kept_any = false;
    let mut iter = s.char_indices().peekable();
    while let Some((j, c)) = iter.next() {
        let at = base + j;
        let r = at..at + c.len_utf8();
        if is_blank(c) {
            run = Some(match run {
                None => (at, r.end, 1),
                Some((a, _, b)) => (a, r.end, b + 1),
            });
            continue;
        }
        let next = iter
            .peek()
            .map(|&(_, x)| x)
            .or_else(|| line.get(t.range.end..).and_then(|x| x.chars().next()));
        if c == ZWNJ && drop_zwnj && !next.is_some_and(is_mark) {
            match run.as_mut() {
                Some(run) => run.1 = r.end,
                None => rw.delete(r),
            }
            continue;
        }
        flush_run(n, line, run.take(), at_start && !kept_any, false, rw);
        kept_any = true;
        let mut d = c;
        if n.digits == DigitMode::Ascii {
            d = match c {
                '\u{066B}' => '.',
                '\u{066C}' => ',',
                '\u{066A}' => '%',
                _ => c,
            };
        }
        if n.persian_punctuation && ctx == Lang::Persian {
            let between_digits = line
                .get(..at)
                .and_then(|x| x.chars().next_back())
                .and_then(digit_value)
                .is_some()
                && next.and_then(digit_value).is_some();
            d = match d {
                ',' if !between_digits => '\u{060C}',
                ';' => '\u{061B}',
                '?' => '\u{061F}',
                other => other,
            };
        }
        if d != c {
            rw.replace_char(r, d);
        }
    }
    flush_run(n, line, run, at_start && !kept_any, at_end, rw);
}

/// Writes one run of blanks (with any ZWNJ to drop inside it): trimmed at a line edge,
/// collapsed to one space when it has two or more blanks.
fn flush_run(
    n: &Normalizer,
    line: &str,
    run: Option<(usize, usize, usize)>,
    leading: bool,
    trailing: bool,
    rw: &mut Rewriter<'_>,
) {
    let Some((start, end, blanks)) = run else {
        return;
    };
    let trim = n.trim_lines && (leading || trailing);
    let collapse = n.collapse_spaces && blanks >= 2;
    let mut first = true;
    let s = line.get(start..end).unwrap_or_default();
    for (j, c) in s.char_indices() {
        let r = start + j..start + j + c.len_utf8();
        if c == ZWNJ || trim {
            rw.delete(r);
        } else if first {
            first = false;
            if collapse && c != ' ' {
                rw.replace_char(r, ' ');
            }
        } else if collapse {
            rw.delete(r);
        }
    }
}
