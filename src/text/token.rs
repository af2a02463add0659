//! The one tokenizer: cutting text into words (by script) and the neutral stretches between them.
//!
//! The segmenter ([`crate::lang`]) labels these words, and the normalizer's one-pass lane cuts
//! its lines the same way (its test compares the two cuts). A *word* is a maximal run of
//! letters of one script class (Arabic script, Latin, anything else), together with the
//! combining marks that follow its letters and the ZWNJ/ZWJ joiners that sit *between* two of
//! its letters (Persian writes `می‌خواهم` with a ZWNJ inside one word). Everything else —
//! whitespace, digits, punctuation, symbols, emoji, bidi controls, unassigned code points, a
//! mark or joiner with no letter to attach to — is neutral. Every byte of the input lands in
//! exactly one token, which is what makes the final spans lossless.

use std::ops::Range;

use super::chars::{self, class_of, is_arabic_mark};
use super::scan::two_byte;

/// Which script a word is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    /// Arabic script (Persian, Arabic, Urdu, …): decided by the word model.
    Arabic,
    /// Latin script: English.
    Latin,
    /// Any other script with letters (Cyrillic, Greek, Hebrew, CJK, …).
    Other,
}

/// One token of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte range into the input.
    pub range: Range<usize>,
    /// `Some(script)` for a word, `None` for a neutral stretch.
    pub script: Option<Script>,
    /// For a neutral stretch: what it holds ([`GAP_BREAK`], [`GAP_PUNCT`], [`GAP_FA_DIGIT`],
    /// [`GAP_AR_DIGIT`]), gathered while cutting so the decision never reads it again.
    pub flags: u8,
}

/// A line break: `\n`, `\r`, U+2028, U+2029, U+0085.
pub(crate) const GAP_BREAK: u8 = 1;
/// Anything but whitespace, digits and invisible format controls: punctuation, symbols, stray
/// marks.
pub(crate) const GAP_PUNCT: u8 = 2;
/// A Persian digit (U+06F0..U+06F9).
pub(crate) const GAP_FA_DIGIT: u8 = 4;
/// An Arabic-Indic digit (U+0660..U+0669).
pub(crate) const GAP_AR_DIGIT: u8 = 8;

/// The `GAP_*` flags of one neutral char.
pub(crate) fn gap_flags(c: char) -> u8 {
    match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => GAP_BREAK,
        '0'..='9' => 0,
        '\u{06F0}'..='\u{06F9}' => GAP_FA_DIGIT,
        '\u{0660}'..='\u{0669}' => GAP_AR_DIGIT,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}' => 0,
        c if c.is_whitespace() => 0,
        _ => GAP_PUNCT,
    }
}

/// [`gap_flags`] of every ASCII char (letters never reach it), for the tight loop over ASCII
/// neutral text. Checked against [`gap_flags`] by a test.
#[allow(clippy::indexing_slicing)] // `i < 128`, evaluated at compile time
static ASCII_GAP_FLAGS: [u8; 128] = {
    let mut t = [GAP_PUNCT; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = match i as u8 {
            b'\n' | b'\r' => GAP_BREAK,
            b'0'..=b'9' | b'\t' | 0x0B | 0x0C | b' ' => 0,
            _ => GAP_PUNCT,
        };
        i += 1;
    }
    t
};

#[inline]
fn ascii_gap_flags(b: u8) -> u8 {
    ASCII_GAP_FLAGS.get(usize::from(b)).copied().unwrap_or(0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter(Script),
    /// Continues a word when one is open (combining marks, tatweel).
    Mark,
    /// Continues a word only between two letters (ZWNJ, ZWJ).
    Joiner,
    Neutral,
}

/// The letters of the main Arabic block U+0600..=U+06FF but tatweel (a modifier letter that
/// only stretches a word): from the generated table of the block ([`crate::text::chars`]),
/// because `is_alphabetic` is a slow table search and this block is most of naskh's input.
#[inline]
pub(crate) const fn is_block_letter(c: char) -> bool {
    c as u32 != 0x0640 && crate::text::chars::is_arabic_block_letter(c)
}

/// [`classify`] for the main Arabic block U+0600..=U+06FF, computed at compile time.
#[allow(clippy::indexing_slicing)] // `i < 256`, evaluated at compile time
static BLOCK_CLASS: [Class; 256] = {
    let mut t = [Class::Neutral; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x600 + i as u32) {
            t[i] = if is_arabic_mark(c) || c == '\u{0640}' {
                Class::Mark
            } else if is_block_letter(c) {
                Class::Letter(Script::Arabic)
            } else {
                Class::Neutral
            };
        }
        i += 1;
    }
    t
};

/// [`BLOCK_CLASS`] as bits, for the tight loop over an Arabic word: [`CONTINUES`] for a letter
/// or mark of the main Arabic block (it continues an open Arabic word), [`STARTS`] for a letter
/// (it starts one). Indexed by the code point less U+0600.
#[allow(clippy::indexing_slicing)] // `i < 256`, evaluated at compile time
static BLOCK_BITS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match BLOCK_CLASS[i] {
            Class::Letter(Script::Arabic) => CONTINUES | STARTS,
            Class::Mark => CONTINUES,
            _ => 0,
        };
        i += 1;
    }
    t
};
const CONTINUES: u8 = 1;
const STARTS: u8 = 2;

/// [`BLOCK_BITS`] by the two bytes of a char ([`super::scan::pair_index`]).
static BLOCK_BITS_BY_PAIR: [u8; 1024] = super::scan::by_pair(&BLOCK_BITS);

/// The [`BLOCK_BITS`] of the bytes `x y`: 0 unless they are a char of the main Arabic block.
#[inline(always)]
fn block_bits(x: u8, y: u8) -> u8 {
    super::scan::at_pair(&BLOCK_BITS_BY_PAIR, x, y)
}

#[inline]
fn classify(c: char) -> Class {
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Class::Letter(Script::Latin)
        } else {
            Class::Neutral
        };
    }
    // The main Arabic block from its own table: it is most of naskh's input. Same answer as
    // `class_of` (a test checks it).
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        if is_arabic_mark(c) || c == '\u{0640}' {
            return Class::Mark;
        }
        return if is_block_letter(c) {
            Class::Letter(Script::Arabic)
        } else {
            Class::Neutral
        };
    }
    if c == '\u{200C}' || c == '\u{200D}' {
        return Class::Joiner;
    }
    match class_of(c) {
        chars::ANY_MARK => Class::Mark,
        chars::LATIN => Class::Letter(Script::Latin),
        chars::ARABIC => Class::Letter(Script::Arabic),
        chars::OTHER_LETTER => Class::Letter(Script::Other),
        _ => Class::Neutral,
    }
}

/// Cuts `text` into word and neutral tokens that tile it exactly, handing them to `out` in order.
#[inline]
pub(crate) fn tokenize(text: &str, out: impl FnMut(Token)) {
    cut::<true>(text, &mut Each(out));
}

/// [`tokenize`], handing the tokens to `sink`, which may take the most common pair of tokens
/// (an Arabic-script word and the one space after it) in one call.
#[inline]
pub(crate) fn tokenize_into(text: &str, sink: &mut impl TokenSink) {
    cut::<true>(text, sink);
}

/// Where [`tokenize_into`] hands the tokens.
pub(crate) trait TokenSink {
    /// The next token.
    fn token(&mut self, tok: Token);

    /// The next two tokens: the Arabic-script word at `word`, then the neutral token of the one
    /// space after it (`word.end..word.end + 1`, no flags), which a letter of the main Arabic
    /// block follows — the commonest boundary of Persian and Arabic text.
    #[inline]
    fn arabic_word_then_space(&mut self, word: Range<usize>) {
        let space = word.end..word.end + 1;
        self.token(Token {
            range: word,
            script: Some(Script::Arabic),
            flags: 0,
        });
        self.token(Token {
            range: space,
            script: None,
            flags: 0,
        });
    }
}

/// A closure as a [`TokenSink`].
struct Each<F>(F);

impl<F: FnMut(Token)> TokenSink for Each<F> {
    #[inline(always)]
    fn token(&mut self, tok: Token) {
        (self.0)(tok);
    }
}

/// [`tokenize_into`]; with `SKIP` false, every char goes through the general step (the tests
/// check that the tight loops that skip ahead cut the same tokens).
#[inline(always)]
fn cut<const SKIP: bool>(text: &str, out: &mut impl TokenSink) {
    let bytes = text.as_bytes();
    // Current word: (start, script).
    let mut word: Option<(usize, Script)> = None;
    // Current neutral stretch: (start, flags so far).
    let mut neutral: Option<(usize, u8)> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Class, length and code point of the char at `i`; ASCII and the Arabic block (most of
        // the input) without general char decoding.
        let (class, len, cp) = if b < 0x80 {
            let cls = if b.is_ascii_alphabetic() {
                Class::Letter(Script::Latin)
            } else {
                Class::Neutral
            };
            (cls, 1, u32::from(b))
        } else if (0xC2..0xE0).contains(&b) {
            let b1 = bytes.get(i + 1).copied().unwrap_or(0);
            let cp = two_byte(b, b1);
            let cls = if (0x600..0x700).contains(&cp) {
                BLOCK_CLASS
                    .get((cp - 0x600) as usize)
                    .copied()
                    .unwrap_or(Class::Neutral)
            } else {
                char::from_u32(cp).map_or(Class::Neutral, classify)
            };
            (cls, 2, cp)
        } else {
            match text.get(i..).and_then(|s| s.chars().next()) {
                Some(c) => (classify(c), c.len_utf8(), u32::from(c)),
                None => (Class::Neutral, 1, 0),
            }
        };
        let class = match class {
            Class::Joiner => {
                // A joiner stays in a word only if a letter of the same script follows.
                let next = text
                    .get(i + len..)
                    .and_then(|s| s.chars().next())
                    .map(classify);
                match (word, next) {
                    (Some((_, s)), Some(Class::Letter(n))) if s == n => Class::Mark,
                    _ => Class::Neutral,
                }
            }
            other => other,
        };
        match class {
            Class::Letter(s) => match word {
                Some((_, ws)) if ws == s => {}
                Some((start, ws)) => {
                    out.token(Token {
                        range: start..i,
                        script: Some(ws),
                        flags: 0,
                    });
                    word = Some((i, s));
                }
                None => {
                    if let Some((ns, flags)) = neutral.take() {
                        out.token(Token {
                            range: ns..i,
                            script: None,
                            flags,
                        });
                    }
                    word = Some((i, s));
                }
            },
            Class::Mark if word.is_some() => {}
            _ => {
                if let Some((start, ws)) = word.take() {
                    out.token(Token {
                        range: start..i,
                        script: Some(ws),
                        flags: 0,
                    });
                }
                let f = if cp < 0x80 {
                    ascii_gap_flags(cp as u8)
                } else {
                    char::from_u32(cp).map_or(GAP_PUNCT, gap_flags)
                };
                match neutral.as_mut() {
                    Some((_, flags)) => *flags |= f,
                    None => neutral = Some((i, f)),
                }
            }
        }
        i += len;
        if !SKIP {
            continue;
        }
        // Runs of ASCII letters inside a Latin word, or of ASCII non-letters inside a neutral
        // stretch, need no decision: skip them in a tight loop.
        match (word, neutral.as_mut()) {
            (Some((_, Script::Latin)), _) => {
                while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                    i += 1;
                }
            }
            (Some((mut start, Script::Arabic)), _) => {
                loop {
                    // Letters and marks of the main Arabic block continue the word.
                    while let (Some(&x), Some(&y)) = (bytes.get(i), bytes.get(i + 1)) {
                        if block_bits(x, y) & CONTINUES == 0 {
                            break;
                        }
                        i += 2;
                    }
                    // One space, then a letter of the block (most word ends of Persian and
                    // Arabic text): the word, the space and the next word's start, here.
                    match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
                        (Some(b' '), Some(&x @ 0xD8..=0xDB), Some(&y))
                            if block_bits(x, y) & STARTS != 0 =>
                        {
                            out.arabic_word_then_space(start..i);
                            start = i + 1;
                            i += 3;
                        }
                        _ => break,
                    }
                }
                word = Some((start, Script::Arabic));
            }
            (None, Some((_, flags))) => {
                while let Some(&x) = bytes.get(i) {
                    if !x.is_ascii() || x.is_ascii_alphabetic() {
                        break;
                    }
                    *flags |= ascii_gap_flags(x);
                    i += 1;
                }
            }
            _ => {}
        }
    }
    if let Some((start, ws)) = word {
        out.token(Token {
            range: start..bytes.len(),
            script: Some(ws),
            flags: 0,
        });
    }
    if let Some((ns, flags)) = neutral {
        out.token(Token {
            range: ns..bytes.len(),
            script: None,
            flags,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn all_tokens<const SKIP: bool>(text: &str) -> Vec<Token> {
        let mut v = Vec::new();
        cut::<SKIP>(text, &mut Each(|t| v.push(t)));
        v
    }

    /// Chars around the tight loops' edges: block letters and marks, spaces, ZWNJ, tatweel,
    /// Arabic punctuation and digits, letters outside the block, Latin, line breaks.
    fn edge_char() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::char::range('\u{0600}', '\u{06FF}'),
            prop::char::range('\u{0750}', '\u{077F}'),
            Just(' '),
            Just(' '),
            Just('\u{200C}'),
            Just('\u{200D}'),
            Just('\u{00A0}'),
            Just('\n'),
            Just('a'),
            Just('1'),
            Just('\u{FEFB}'),
            Just('\u{0301}'),
            Just('é'),
        ]
    }

    proptest! {
        #[test]
        fn the_tight_loops_cut_as_the_general_step(
            chars in prop::collection::vec(edge_char(), 0..60),
            text in "\\PC{0,40}",
        ) {
            let edge: String = chars.into_iter().collect();
            for t in [edge.as_str(), text.as_str()] {
                prop_assert_eq!(all_tokens::<true>(t), all_tokens::<false>(t), "{:?}", t);
            }
        }
    }

    #[test]
    fn words_and_single_spaces_cut_in_the_tight_loop() {
        let text = "ما می\u{200C}خواهیم  این را ببینیم، و  او ﻻ مُحمّد ۱۲";
        assert_eq!(all_tokens::<true>(text), all_tokens::<false>(text));
        let words: Vec<&str> = all_tokens::<true>(text)
            .iter()
            .filter(|t| t.script.is_some())
            .map(|t| &text[t.range.clone()])
            .collect();
        assert_eq!(
            words,
            [
                "ما",
                "می\u{200C}خواهیم",
                "این",
                "را",
                "ببینیم",
                "و",
                "او",
                "ﻻ",
                "مُحمّد"
            ]
        );
    }

    fn toks(text: &str) -> Vec<(&str, Option<Script>)> {
        let mut v = Vec::new();
        tokenize(text, |t| v.push(t));
        v.iter()
            .map(|t| (&text[t.range.clone()], t.script))
            .collect()
    }

    #[test]
    fn rial_sign_is_never_inside_a_word() {
        // The shared presentation-form table maps U+FDFC ﷼ to ریال (the old lang-only table
        // stopped at U+FDFB). The sign is a currency symbol, so it never reaches the model.
        assert_eq!(
            toks("۱۰۰﷼ریال"),
            [("۱۰۰﷼", None), ("ریال", Some(Script::Arabic))]
        );
    }

    #[test]
    fn zwnj_inside_word_trailing_zwnj_neutral() {
        let t = toks("می\u{200C}خواهم\u{200C} x");
        assert_eq!(t[0], ("می\u{200C}خواهم", Some(Script::Arabic)));
        assert_eq!(t[1], ("\u{200C} ", None));
        assert_eq!(t[2], ("x", Some(Script::Latin)));
    }

    #[test]
    fn script_change_splits_word() {
        let t = toks("iPhoneها Лента");
        assert_eq!(t[0], ("iPhone", Some(Script::Latin)));
        assert_eq!(t[1], ("ها", Some(Script::Arabic)));
        assert_eq!(t[3], ("Лента", Some(Script::Other)));
    }

    #[test]
    fn arabic_block_fast_path_agrees_with_the_classes() {
        for c in '\u{0600}'..='\u{06FF}' {
            let expected = match class_of(c) {
                _ if c == '\u{0640}' => Class::Mark, // tatweel stretches a word
                chars::ANY_MARK => Class::Mark,
                chars::ARABIC => Class::Letter(Script::Arabic),
                _ => Class::Neutral,
            };
            assert!(classify(c) == expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn letters_by_script_from_the_generated_classes() {
        // Latin letters outside Latin-1 and Latin Extended-A/B are English words too, marks of any
        // script continue a word, and Arabic-script letters outside the main blocks are Arabic.
        assert_eq!(
            toks("ªb ạc"),
            [
                ("ªb", Some(Script::Latin)),
                (" ", None),
                ("ạc", Some(Script::Latin))
            ]
        );
        assert_eq!(toks("e\u{0301}x"), [("e\u{0301}x", Some(Script::Latin))]);
        assert_eq!(
            toks("\u{1EE01}\u{1EE02}"),
            [("\u{1EE01}\u{1EE02}", Some(Script::Arabic))]
        );
        assert_eq!(
            toks("шو"),
            [("ш", Some(Script::Other)), ("و", Some(Script::Arabic))]
        );
    }

    #[test]
    fn ascii_gap_table_matches_gap_flags() {
        for b in 0u8..128 {
            if !b.is_ascii_alphabetic() {
                assert_eq!(ascii_gap_flags(b), gap_flags(char::from(b)), "{b:#x}");
            }
        }
    }

    #[test]
    fn neutral_tokens_carry_what_they_hold() {
        let mut v = Vec::new();
        tokenize("a ۱۲, ٣\nb c", |t| v.push(t));
        let flags: Vec<u8> = v
            .iter()
            .filter(|t| t.script.is_none())
            .map(|t| t.flags)
            .collect();
        assert_eq!(
            flags,
            [GAP_FA_DIGIT | GAP_PUNCT | GAP_AR_DIGIT | GAP_BREAK, 0]
        );
    }

    #[test]
    fn marks_attach_digits_neutral() {
        let t = toks("كَلِمَةٌ ۱۲۳");
        assert_eq!(t[0], ("كَلِمَةٌ", Some(Script::Arabic)));
        assert_eq!(t[1], (" ۱۲۳", None));
    }
}
