//! A small tokenizer for the few hundred bytes around a candidate year.
//!
//! The grammar in [`super::grammar`] works on tokens rather than characters so that one rule
//! covers every way a word can be typed: Arabic or Persian letters (ي/ی, ك/ک), presentation
//! forms, tatweel, diacritics, and zero-width joiners or bidi marks anywhere inside. Each word
//! token carries a *folded* spelling (see [`fold_char`]) that the name tables are written in,
//! and the byte range of its first and last real character in the original text, so that marks
//! around a date never end up inside or outside its span by accident.

use crate::digits::digit_value;

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
}

/// The tokens of one window and the buffer their folded spellings live in.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub(crate) toks: Vec<Tok>,
    folded: String,
}

/// Characters that carry no visible content and are skipped wherever they appear: zero-width
/// non-joiner and joiner, bidi marks, embeddings, isolates, the Arabic letter mark, the
/// byte-order mark and the soft hyphen. A word continues across them (`دی‌ماه` is one word).
#[inline]
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// Combining marks of the Arabic script (the language model's set) and the tatweel: part of a
/// word, dropped by folding.
#[inline]
fn is_arabic_mark(c: char) -> bool {
    c == '\u{0640}' || crate::text::chars::is_arabic_mark(c)
}

#[inline]
fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        // The Arabic letters and marks (fast path for the common case).
        '\u{0620}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' => true,
        _ => digit_value(c).is_none() && (c.is_alphabetic() || is_arabic_mark(c)),
    }
}

/// Whether `c` is written in Latin script (for splitting `1402Mehr`-style glued words by script).
#[inline]
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

/// Appends the folded spelling of `c` to `out`.
///
/// Folding makes every common way of typing a Persian word compare equal: Arabic yeh and alef
/// maksura (ي ى) and Persian/Pashto yeh forms → ی; Arabic kaf (ك) → ک; alef with madda or
/// hamza (آ أ إ ٱ) → ا; teh marbuta, heh with hamza and heh doachashmee (ة ۀ ھ ہ ە) → ه;
/// waw with hamza → و; yeh with hamza → ی; the bare hamza, tatweel and diacritics vanish;
/// presentation forms become their letters; Latin letters are lowercased.
pub(crate) fn fold_char(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '\u{064A}' | '\u{0649}' | '\u{06CC}' | '\u{06D0}' | '\u{06CD}' | '\u{0626}'
        | '\u{06D2}' => out.push('ی'),
        '\u{0643}' | '\u{06AA}' => out.push('ک'),
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => out.push('ا'),
        '\u{0629}' | '\u{06C0}' | '\u{06BE}' | '\u{06C1}' | '\u{06D5}' => out.push('ه'),
        '\u{0624}' => out.push('و'),
        '\u{0621}' => {}
        c if is_arabic_mark(c) => {}
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => {
            match crate::text::presentation_forms::letters(c) {
                Some(base) => {
                    for b in base.chars() {
                        // The NFKC letters are plain; fold them too (ي → ی, marks dropped).
                        if !(('\u{FB50}'..='\u{FDFF}').contains(&b)
                            || ('\u{FE70}'..='\u{FEFE}').contains(&b))
                        {
                            fold_char(b, out);
                        }
                    }
                }
                None => out.push(c),
            }
        }
        '\u{0600}'..='\u{06FF}' => out.push(c),
        c if !c.is_ascii() && c.is_uppercase() => out.extend(c.to_lowercase()),
        c => out.push(c),
    }
}

/// The folded spelling of a whole string (used for the name tables' self-check and tests).
#[cfg(test)]
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if !is_ignorable(c) {
            fold_char(c, &mut out);
        }
    }
    out
}

impl Tokens {
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
    pub(crate) fn fill(&mut self, text: &str, start: usize, end: usize) {
        self.toks.clear();
        self.folded.clear();
        let Some(window) = text.get(start..end) else {
            return;
        };
        let mut cur: Option<Tok> = None;
        for (i, c) in window.char_indices() {
            let at = start + i;
            let next = at + c.len_utf8();
            if is_ignorable(c) {
                continue;
            }
            if let Some(v) = digit_value(c) {
                if let Some(t) = cur.as_mut().filter(|t| t.kind == Kind::Num) {
                    t.value = t.value.saturating_mul(10).saturating_add(v);
                    t.ndigits = t.ndigits.saturating_add(1);
                    t.end = next;
                    continue;
                }
                self.push(cur.take());
                cur = Some(Tok {
                    kind: Kind::Num,
                    start: at,
                    end: next,
                    value: v,
                    ndigits: 1,
                    f0: 0,
                    f1: 0,
                    latin: false,
                });
                continue;
            }
            if is_word_char(c) {
                let latin = is_latin(c);
                let marks_only = is_arabic_mark(c);
                let cont = cur
                    .as_ref()
                    .is_some_and(|t| t.kind == Kind::Word && (t.latin == latin || marks_only));
                if !cont {
                    self.push(cur.take());
                    let f = self.folded.len() as u32;
                    cur = Some(Tok {
                        kind: Kind::Word,
                        start: at,
                        end: next,
                        value: 0,
                        ndigits: 0,
                        f0: f,
                        f1: f,
                        latin,
                    });
                }
                fold_char(c, &mut self.folded);
                if let Some(t) = cur.as_mut() {
                    t.end = next;
                    t.f1 = self.folded.len() as u32;
                }
                continue;
            }
            if c.is_whitespace() {
                let kind = if is_line_break(c) {
                    Kind::Newline
                } else {
                    Kind::Space
                };
                if let Some(t) = cur.as_mut().filter(|t| t.kind == kind) {
                    t.end = next;
                    continue;
                }
                self.push(cur.take());
                cur = Some(Tok {
                    kind,
                    start: at,
                    end: next,
                    value: 0,
                    ndigits: 0,
                    f0: 0,
                    f1: 0,
                    latin: false,
                });
                continue;
            }
            self.push(cur.take());
            self.push(Some(Tok {
                kind: Kind::Punct(c),
                start: at,
                end: next,
                value: 0,
                ndigits: 0,
                f0: 0,
                f1: 0,
                latin: false,
            }));
        }
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

    fn push(&mut self, t: Option<Tok>) {
        if let Some(t) = t {
            self.toks.push(t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(Kind, String)> {
        let mut t = Tokens::default();
        t.fill(s, 0, s.len());
        t.toks
            .iter()
            .map(|k| (k.kind, t.word(k).to_string()))
            .collect()
    }

    #[test]
    fn folds_arabic_spellings_and_joiners() {
        assert_eq!(fold("شهريور"), "شهریور");
        assert_eq!(fold("دی\u{200C}ماه"), "دیماه");
        assert_eq!(fold("هـ"), "ه");
        assert_eq!(fold("آذر"), "اذر");
        assert_eq!(fold("Mehr"), "mehr");
        // ﻣﻬﺮ in presentation forms
        assert_eq!(fold("\u{FEE3}\u{FEEC}\u{FEAE}"), "مهر");
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
    fn marks_cut_edges_partial() {
        let s = "عادی ۱۴۰۰";
        let mut t = Tokens::default();
        let start = "عا".len();
        t.fill(s, start, s.len());
        assert_eq!(t.toks[0].kind, Kind::Partial);
    }
}
