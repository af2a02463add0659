//! Language segmentation: which parts of a text are Persian, Arabic, English, other scripts, or
//! neutral (space, digits, punctuation).
//!
//! PLACEHOLDER: this is a script-only heuristic kept so that other modules can be built against
//! the agreed API (`segment`, `Span`, `Lang`); the statistical per-word model replaces it.

use std::ops::Range;

/// The language of a [`Span`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Persian (Farsi, Dari).
    Persian,
    /// Arabic.
    Arabic,
    /// English, and Latin-script text in general.
    English,
    /// Any other script (Cyrillic, Urdu, CJK, …).
    Other,
    /// Whitespace, digits, punctuation, symbols: text that belongs to no language.
    Neutral,
}

impl Lang {
    /// The short code used in Python and JSON: `fa`, `ar`, `en`, `other`, `neutral`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Persian => "fa",
            Lang::Arabic => "ar",
            Lang::English => "en",
            Lang::Other => "other",
            Lang::Neutral => "neutral",
        }
    }
}

/// A run of text in one language: `range` is a byte range into the segmented text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    /// Byte range into the input.
    pub range: Range<usize>,
    /// The language of the run.
    pub lang: Lang,
}

/// Splits `text` into language spans that tile it exactly.
pub fn segment(text: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut word_start = None;
    let push = |spans: &mut Vec<Span>, range: Range<usize>, lang: Lang| {
        if let Some(last) = spans.last_mut() {
            if last.lang == lang && last.range.end == range.start {
                last.range.end = range.end;
                return;
            }
        }
        spans.push(Span { range, lang });
    };
    let classify = |w: &str| -> Lang {
        let first = w.chars().next().unwrap_or(' ');
        if first.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&first) {
            Lang::English
        } else if is_arabic_letter(first) {
            if w.contains(['ة', 'ى', 'أ', 'إ'])
                || (w.starts_with("ال") && !w.contains(['پ', 'چ', 'ژ', 'گ', 'ک', 'ی']))
            {
                Lang::Arabic
            } else {
                Lang::Persian
            }
        } else {
            Lang::Other
        }
    };
    for (i, c) in text.char_indices() {
        let wordish =
            c.is_alphabetic() || (word_start.is_some() && (is_mark(c) || c == '\u{200C}'));
        match (wordish, word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(s)) => {
                let lang = classify(text.get(s..i).unwrap_or_default());
                push(&mut spans, s..i, lang);
                word_start = None;
            }
            _ => {}
        }
        if !wordish {
            push(&mut spans, i..i + c.len_utf8(), Lang::Neutral);
        }
    }
    if let Some(s) = word_start {
        let lang = classify(text.get(s..).unwrap_or_default());
        push(&mut spans, s..text.len(), lang);
    }
    spans
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0300}'..='\u{036F}')
}
