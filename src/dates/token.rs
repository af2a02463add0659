//! A small tokenizer for the few hundred bytes around a candidate year.
//!
//! The grammar in [`super::grammar`] works on tokens rather than characters so that one rule
//! covers every way a word can be typed: Arabic or Persian letters (ي/ی, ك/ک), presentation
//! forms, tatweel, diacritics, and zero-width joiners or bidi marks anywhere inside. Each word
//! token carries a *folded* spelling (see [`fold_char`]) that the name tables are written in,
//! and the byte range of its first and last real character in the original text, so that marks
//! around a date never end up inside or outside its span by accident.

use std::cell::RefCell;

use crate::digits::digit_value;
use crate::text::chars::{class_of, ANY_MARK, ARABIC, LATIN, OTHER_LETTER};
use crate::text::fold::{fold_char, fold_into, is_ignorable, is_mark_or_tatweel as is_arabic_mark};
use crate::text::token::{self, Script};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of digits in any alphabet (mixed allowed).
    Num,
    /// A run of letters (one script: Arabic or Latin).
    Word,
    /// Spaces and tabs (not line breaks).
    Space,
    /// A line break: dates never span one.
    Newline,
    /// Any other single character.
    Punct(char),
    /// A token cut by the edge of the window: its content is unknown, it matches nothing.
    Partial,
}

/// One token; byte offsets are into the whole text, not the window.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// For [`Kind::Num`]: the value (saturating) and the number of digits.
    pub(crate) value: u32,
    pub(crate) ndigits: u8,
    /// For [`Kind::Word`]: the folded spelling is `folded[f0..f1]` of the [`Tokens`].
    f0: u32,
    f1: u32,
    /// For [`Kind::Word`]: written in Latin letters.
    pub(crate) latin: bool,
    /// For [`Kind::Word`]: starts with a capital letter (`May` the month, not `may` the verb).
    pub(crate) upper: bool,
}

impl Tok {
    /// A token of `kind` at `start..end` with nothing else set.
    fn blank(kind: Kind, start: usize, end: usize) -> Tok {
        Tok {
            kind,
            start,
            end,
            value: 0,
            ndigits: 0,
            f0: 0,
            f1: 0,
            latin: false,
            upper: false,
        }
    }
}

/// The tokens of one window and the buffer their folded spellings live in.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub(crate) toks: Vec<Tok>,
    folded: String,
}

#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        // The Arabic block from its generated class table (the common case).
        '\u{0600}'..='\u{06FF}' => {
            let class = crate::text::chars::arabic_block_class(c);
            class & (crate::text::arabic_block::LETTER | crate::text::arabic_block::MARK) != 0
        }
        // a letter or mark of any script ([`class_of`]), not a digit
        _ => {
            digit_value(c).is_none()
                && matches!(class_of(c), LATIN | ARABIC | OTHER_LETTER | ANY_MARK)
        }
    }
}

/// Whether `c` is written in Latin script (for splitting `1402Mehr`-style glued words by script).
#[inline]
pub(crate) fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || class_of(c) == LATIN
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

/// Tokens and folded bytes [`Tokens::with`] keeps for the thread between calls (more, from a
/// wide window, are given back).
const KEPT_TOKENS: usize = 1024;
const KEPT_FOLDED: usize = 8 * 1024;

impl Tokens {
    /// Runs `f` on this thread's (empty) tokens, whose buffers are kept from call to call: a
    /// caller that searches many short texts (`clean`, line by line) allocates none. (Fresh
    /// buffers, grown window by window, were 0.7% of `clean`'s instructions on Persian lines.)
    pub(crate) fn with<R>(f: impl FnOnce(&mut Tokens) -> R) -> R {
        thread_local! {
            static TOKENS: RefCell<Option<Tokens>> = const { RefCell::new(None) };
        }
        // (kept empty between calls)
        crate::text::with_local(&TOKENS, Tokens::default, |t| {
            let r = f(t);
            t.toks.clear();
            t.folded.clear();
            t.toks.shrink_to(KEPT_TOKENS);
            t.folded.shrink_to(KEPT_FOLDED);
            r
        })
    }

    /// The folded spelling of a word token (empty for other kinds).
    #[inline]
    pub(crate) fn word(&self, t: &Tok) -> &str {
        if t.kind != Kind::Word {
            return "";
        }
        crate::text::sub(&self.folded, t.f0 as usize..t.f1 as usize)
    }

    /// Tokenizes `text[start..end]` (both must be char boundaries). A token touching a window
    /// edge that is not an edge of `text` (and not a space there) is marked [`Kind::Partial`].
    ///
    /// Words are the one tokenizer's ([`crate::text::token`]): its words give each letter and
    /// mark its word and script; the stretches between them are cut here into numbers (digits
    /// of any alphabet), spaces, line breaks and punctuation. Ignorable chars (ZWNJ, bidi
    /// controls, …) are skipped, so a word or a number runs on across them.
    #[inline(never)]
    pub(crate) fn fill(&mut self, text: &str, start: usize, end: usize) {
        self.toks.clear();
        self.folded.clear();
        let Some(window) = text.get(start..end) else {
            return;
        };
        let mut cur: Option<Tok> = None;
        token::tokenize(window, |t| {
            let piece = crate::text::sub(window, t.range.clone());
            let base = start + t.range.start;
            let Some(script) = t.script else {
                for (i, c) in piece.char_indices() {
                    if !is_ignorable(c) {
                        self.neutral_char(&mut cur, base + i, base + i + c.len_utf8(), c);
                    }
                }
                return;
            };
            // A word: its first letter starts a word token or continues the one before (of the
            // same kind); the rest of its letters and marks (and no joiner at its end) follow.
            let mut chars = piece.chars();
            if let Some(c) = chars.next() {
                self.word_char(
                    &mut cur,
                    base,
                    base + c.len_utf8(),
                    c,
                    script == Script::Latin,
                );
            }
            fold_into(chars.as_str(), &mut self.folded);
            if let Some(w) = cur.as_mut() {
                w.end = base + piece.len();
                w.f1 = self.folded.len() as u32;
            }
        });
        self.push(cur.take());
        // Mark tokens cut by the window edges.
        let cut_before = start > 0
            && text
                .get(..start)
                .and_then(|s| s.chars().next_back())
                .is_some_and(|c| !c.is_whitespace());
        if cut_before {
            if let Some(t) = self.toks.first_mut() {
                t.kind = Kind::Partial;
            }
        }
        let cut_after = end < text.len()
            && text
                .get(end..)
                .and_then(|s| s.chars().next())
                .is_some_and(|c| !c.is_whitespace());
        if cut_after {
            if let Some(t) = self.toks.last_mut() {
                t.kind = Kind::Partial;
            }
        }
    }

    /// A letter or mark at `at..next`, written in Latin script or not: it continues the word
    /// being built if that is of the same kind (an Arabic mark or tatweel continues any word).
    fn word_char(&mut self, cur: &mut Option<Tok>, at: usize, next: usize, c: char, latin: bool) {
        let cont = cur
            .as_ref()
            .is_some_and(|t| t.kind == Kind::Word && (t.latin == latin || is_arabic_mark(c)));
        if !cont {
            self.push(cur.take());
            let f = self.folded.len() as u32;
            *cur = Some(Tok {
                f0: f,
                f1: f,
                latin,
                upper: c.is_ascii_uppercase(),
                ..Tok::blank(Kind::Word, at, next)
            });
        }
        fold_char(c, &mut self.folded);
        if let Some(t) = cur.as_mut() {
            t.end = next;
            t.f1 = self.folded.len() as u32;
        }
    }

    /// A char between two words of the tokenizer: a digit, a stray mark, a space or line
    /// break, or punctuation.
    fn neutral_char(&mut self, cur: &mut Option<Tok>, at: usize, next: usize, c: char) {
        let blank = |kind| Tok::blank(kind, at, next);
        if let Some(v) = digit_value(c) {
            if let Some(t) = cur.as_mut().filter(|t| t.kind == Kind::Num) {
                t.value = t.value.saturating_mul(10).saturating_add(v);
                t.ndigits = t.ndigits.saturating_add(1);
                t.end = next;
                return;
            }
            self.push(cur.take());
            *cur = Some(Tok {
                value: v,
                ndigits: 1,
                ..blank(Kind::Num)
            });
            return;
        }
        if is_word_char(c) {
            // a mark or tatweel with no letter before it
            self.word_char(cur, at, next, c, is_latin(c));
            return;
        }
        if c.is_whitespace() {
            let kind = if is_line_break(c) {
                Kind::Newline
            } else {
                Kind::Space
            };
            if let Some(t) = cur.as_mut().filter(|t| t.kind == kind) {
                t.end = next;
                return;
            }
            self.push(cur.take());
            *cur = Some(blank(kind));
            return;
        }
        self.push(cur.take());
        self.push(Some(blank(Kind::Punct(c))));
    }

    fn push(&mut self, t: Option<Tok>) {
        if let Some(t) = t {
            self.toks.push(t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_and_latin_from_the_unicode_tables() {
        // a combining accent of any script is part of a word, a digit never is
        assert!(is_word_char('\u{0301}') && is_word_char('é') && is_word_char('ی'));
        assert!(!is_word_char('۱') && !is_word_char('١') && !is_word_char('«'));
        // Latin beyond Latin-1 and Latin Extended-A/B
        assert!(is_latin('ᴀ') && is_latin('ª') && is_latin('ş'));
        assert!(!is_latin('ب') && !is_latin('ж'));
    }

    fn kinds(s: &str) -> Vec<(Kind, String)> {
        let mut t = Tokens::default();
        t.fill(s, 0, s.len());
        t.toks
            .iter()
            .map(|k| (k.kind, t.word(k).to_string()))
            .collect()
    }

    #[test]
    fn splits_digits_words_and_scripts() {
        let k = kinds("مهرماه1380در Mehr۱۵");
        let kinds_only: Vec<Kind> = k.iter().map(|x| x.0).collect();
        assert_eq!(
            kinds_only,
            vec![
                Kind::Word,
                Kind::Num,
                Kind::Word,
                Kind::Space,
                Kind::Word,
                Kind::Num
            ]
        );
        assert_eq!(k[0].1, "مهرماه");
        assert_eq!(k[4].1, "mehr");
    }

    #[test]
    fn a_word_is_the_tokenizers_word() {
        // A combining accent continues a Latin word (it was cut off as a word of its own), as
        // it does in the segmenter's and the normalizer's words.
        let k = kinds("Cafe\u{301} 2024");
        assert_eq!(k[0], (Kind::Word, "cafe\u{301}".to_string()));
        assert_eq!(k.len(), 3);
        // Ignorable chars inside a word or a number are skipped; scripts still split words.
        let k = kinds("شه\u{200F}ریور ۱\u{200E}۴۰۲ Mehrماه");
        let words: Vec<&str> = k.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(words, ["شهریور", "", "", "", "mehr", "ماه"]);
        assert_eq!(k[2].0, Kind::Num);
    }

    #[test]
    fn marks_cut_edges_partial() {
        let s = "عادی ۱۴۰۰";
        let mut t = Tokens::default();
        let start = "عا".len();
        t.fill(s, start, s.len());
        assert_eq!(t.toks[0].kind, Kind::Partial);
    }
}
