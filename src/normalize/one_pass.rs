//! The one-pass lane: plain lines of Persian and Arabic (with English words) in one pass.
//!
//! ## Why
//!
//! A scraped Persian line that needs a fix (Arabic `ي` and `ك`, a spaced `می` or `ها`) goes,
//! the general way, through three stages that each read every char: the check for the
//! everywhere-options, segmentation (which cuts the line into words and labels them), and the
//! language rules (which cut the line into words again, with their own tokenizer, and find each
//! word's language in the spans); then the new line is scanned once more to confirm it is a
//! fixed point. Most such lines hold nothing but letters of the Arabic block, English words,
//! spaces, digits and common punctuation: nothing an everywhere-option changes, no URL
//! or tag, no mark, no stray ZWNJ. For those this lane cuts the line once, in a way both
//! tokenizers agree with on such lines, asks the segmenter only for the words' labels
//! ([`crate::lang::label_line`]: the same evidence and search, no spans) and only when the rules
//! depend on them: a word holds `ي ى ك` (such a line is fed to the segmenter as it is cut), or a
//! suffix or verb prefix stands one space from its word (the cut keeps the tokens for the
//! segmenter, which gets them only then: 15% of the lines of Persian news the lane takes need
//! no labels). It applies the letter and ZWNJ rules straight from what the cut found, and tells
//! from what it did whether the new line is a fixed point ([`Pass::stable`]).
//!
//! Any line with something else in it, and options the lane does not implement (digit
//! conversion, Persian punctuation, the Arabic folds), go the general way. The lane gives
//! exactly the output of the general way: the property test below compares the two on
//! generated lines (text and offsets, several option sets, and that a line called stable stays
//! as it is), as does the differential check `tools/dev/ndiff.rs` over the test corpora.
//!
//! ## What a line may hold
//!
//! - letters of the Arabic block that no everywhere-option or mark touches (U+0621–U+063A,
//!   U+0641–U+064A and `پ چ ژ ک گ ی`), with a ZWNJ only between two letters and after one that
//!   joins to the left (one the rules keep);
//! - English words of ASCII letters, touching no Arabic letter, in a line without `://` or
//!   `www.` (URLs, which the rules protect); digits may touch them (`G20`, `iPhone7`: one word
//!   to the rules, a word and a number to the segmenter, and no rule of the lane's options
//!   changes an English word either way);
//! - ASCII spaces between tokens, no tab, none at the line's ends; a run of two or more the lane
//!   collapses itself (as `collapse_spaces` does) unless a ZWNJ join writes it whole;
//! - ASCII, Persian and Arabic-Indic digits, touching a word on one side at most (`و49`,
//!   `۲۰۱۷م`): the segmenter keeps digits out of words, the rules keep them in — the letter rules
//!   read the letters alone either way, and to the ZWNJ joins such a word is no suffix or verb
//!   prefix, nor does it take a suffix after its digits;
//! - marks after a letter: a run of harakat and tanwin (U+064B–U+0652, unless the diacritics
//!   options are on), which the lane puts in NFC's order itself (shadda before a vowel becomes
//!   vowel before shadda: NFC orders by combining class, which for these is code point order;
//!   it composes none of them), or hamza above after heh (`هٔ`);
//! - the punctuation `! " % ' ( ) * + , - . / : ; = ? [ ] |`, `، ؛ ؟ ٪ ٫ ٬`, `« »`,
//!   `– — ‘ ’ “ ” …`.
//!
//! No `#` or `@` (tags and e-mail addresses), no `ۀ`, no word ending in `هء` (the
//! heh-with-hamza rule), no other run of marks, and no Persian word whose marks NFC reorders and
//! whose letters the Persian letter rule maps (the two edits would interleave).

use std::ops::Range;

use crate::lang::{label_line, Lang, LineLabeler, LABEL_LINE_MAX_TOKENS};
use crate::text::scan::two_byte;
use crate::text::token::{GAP_AR_DIGIT, GAP_FA_DIGIT, GAP_PUNCT};

use super::edit::{Piece, Rewriter, Sink};
use super::letters;
use super::lexicon::{SUFFIXES, VERB_PREFIXES};
use super::{zwnj, DigitMode, Normalizer};

/// What the lane may meet in a line, per char of ASCII (0–127) and of the Arabic block
/// (U+0600–U+06FF at 128–383).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Anything the lane does not handle: the line goes the general way.
    Other,
    /// A letter of a word.
    Letter,
    /// An ASCII letter: part of an English word, which no rule changes.
    Latin,
    /// A digit (neutral; glued to a word on one side at most).
    Digit,
    /// The space.
    Space,
    /// Punctuation the rules leave alone under the options the lane takes.
    Punct,
}

#[allow(clippy::indexing_slicing)] // `i < 384`, evaluated at compile time
static CLASS: [Class; 384] = {
    let mut t = [Class::Other; 384];
    let mut i = 0;
    while i < 384 {
        let u = if i < 128 {
            i as u32
        } else {
            i as u32 - 128 + 0x600
        };
        t[i] = match u {
            0x20 => Class::Space,
            0x41..=0x5A | 0x61..=0x7A => Class::Latin,
            0x30..=0x39 | 0x660..=0x669 | 0x6F0..=0x6F9 => Class::Digit,
            0x21 | 0x22 | 0x25 | 0x27..=0x2F | 0x3A | 0x3B | 0x3D | 0x3F | 0x5B | 0x5D | 0x7C => {
                Class::Punct
            }
            0x60C | 0x61B | 0x61F | 0x66A..=0x66C => Class::Punct,
            0x621..=0x63A | 0x641..=0x64A => Class::Letter,
            0x67E | 0x686 | 0x698 | 0x6A9 | 0x6AF | 0x6CC => Class::Letter,
            _ => Class::Other,
        };
        i += 1;
    }
    t
};

/// Heh and hamza: at the end of a Persian word, the rules write them `هٔ`.
const HEH_HAMZA: &str = "\u{0647}\u{0621}";

/// Whether the lane can stand in for the general way under `n`'s options.
pub(super) fn takes(n: &Normalizer) -> bool {
    // The lexicon's joins and splits are the general way's only.
    let lexicon = n.zwnj && n.zwnj_lexicon;
    n.digits == DigitMode::Keep
        && !lexicon
        && !n.persian_punctuation
        && !n.persian_spacing
        && !n.persian_ellipsis
        && !n.persian_elongation
        && !n.arabic_alef
        && !n.arabic_alef_maksura
        && !n.arabic_teh_marbuta
}

/// A word of the line, as the lane's rules need it.
#[derive(Debug, Clone)]
struct Word {
    range: Range<usize>,
    /// It holds a `ي`, `ى` or `ك` (which Persian spans map).
    mapped: bool,
    /// With the Persian letter rules applied, it is one of the suffixes the ZWNJ rules join
    /// (`ها`, `ترین`, …).
    suffix: bool,
    /// With the Persian letter rules applied, it is a verb prefix (`می`, `نمی`).
    verb_prefix: bool,
    /// Its letters (ZWNJ not counted).
    letters: usize,
    /// Its last char.
    last: char,
    /// Runs of harakat in it that NFC reorders: `Scratch::reorders[reorders]`.
    reorders: Range<u32>,
}

/// Buffers reused from line to line.
#[derive(Default)]
pub(super) struct Scratch {
    words: Vec<Word>,
    /// Each run of two or more harakat NFC reorders, with the letter before it: the chunk NFC
    /// rewrites (byte range of the line).
    reorders: Vec<Range<usize>>,
    /// The line's tokens as the segmenter counts them, kept by [`cut`] for [`LineLabeler`] when
    /// the labels may not be needed (the words are `words`, in order).
    tokens: Vec<Token>,
    langs: Vec<Lang>,
    /// The line [`cut`] cut has two spaces in a row somewhere.
    spaces_run: bool,
    /// Label every line the lane takes, even one whose rules do not depend on its words'
    /// languages: the caller records the labels of the lines left as they were (`clean`).
    pub(super) label_always: bool,
}

/// A token of the line, as [`LineLabeler`] is fed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    /// A neutral stretch with these `GAP_*` flags.
    Neutral(u8),
    /// An English word.
    Latin,
    /// The next of the line's Arabic-script words.
    Word,
}

impl Scratch {
    /// The labels of the last line's Arabic-script words, if they are also those the segmenter
    /// gives the line inside a text ([`crate::lang::labels_hold_in_text`]).
    pub(super) fn labels_in_text(&self, line: &str) -> Option<&[Lang]> {
        let words = self.words.first()?.range.start..self.words.last()?.range.end;
        let same = self.langs.len() == self.words.len();
        (same && crate::lang::labels_hold_in_text(line, words)).then_some(self.langs.as_slice())
    }

    /// Drops a buffer holding more than `keep` items.
    pub(super) fn shrink(&mut self, keep: usize) {
        if self.words.capacity() > keep {
            self.words = Vec::new();
        }
        if self.langs.capacity() > keep {
            self.langs = Vec::new();
        }
        if self.tokens.capacity() > keep {
            self.tokens = Vec::new();
        }
        if self.reorders.capacity() > keep {
            self.reorders = Vec::new();
        }
    }
}

/// What one pass of the lane made of a line.
pub(super) struct Pass {
    /// The new line, `None` when nothing changed.
    pub(super) piece: Option<Piece>,
    /// Another pass would change nothing, whatever the segmenter says of the new line: none of
    /// its words holds a char a letter rule maps (`ي ى ك`), and no two of its words with one
    /// space between them could be joined (neither a suffix after the space nor a verb prefix
    /// before it). Every ZWNJ in the new line is one the rules keep, and the lane's chars are
    /// none the everywhere-options change (runs of harakat the lane has put in NFC's order
    /// itself). So the caller need not scan the new line again for the fixed point.
    pub(super) stable: bool,
}

/// One pass of the general way (`Normalizer::pass` without spans given) over `line`, if the
/// lane takes the line; `None` if it does not (see the module docs). `n` must pass [`takes`].
#[inline]
pub(super) fn pass(n: &Normalizer, line: &str, offsets: bool, s: &mut Scratch) -> Option<Pass> {
    if s.label_always || (n.persian_letters && has_mapped(line)) {
        // The labels are needed: the segmenter reads the words as the cut finds them.
        let labelled = label_line(|labeler| {
            cut(n, line, s, labeler).is_some() && labeler.finish(&mut s.langs)
        });
        if !labelled || s.words.is_empty() {
            return None;
        }
    } else {
        // They may not be: the cut keeps the tokens, for the segmenter if a join needs them.
        let mut tokens = std::mem::take(&mut s.tokens);
        tokens.clear();
        let cut_ok = cut(n, line, s, &mut tokens).is_some() && !s.words.is_empty();
        let labelled = cut_ok
            && if depends_on_labels(n, line, &s.words) {
                label_line(|labeler| {
                    feed(line, &tokens, &s.words, labeler);
                    labeler.finish(&mut s.langs)
                })
            } else {
                // No word's language changes what the rules write: no word is labelled.
                s.langs.clear();
                true
            };
        s.tokens = tokens;
        if !labelled {
            return None;
        }
    }
    let mut rw = Rewriter::new(line, offsets);
    let words = &s.words;
    let lang_of = |w: usize| s.langs.get(w).copied().unwrap_or(Lang::Other);
    // A word with `ي ى ك` left in it may change in another pass if it is read as Persian then.
    let unmapped = |w: &Word, lang: Lang| n.persian_letters && w.mapped && lang != Lang::Persian;
    let mut stable = true;
    // Runs of spaces to collapse, before the first word (then in each word's gap after it).
    let collapse = n.collapse_spaces && s.spaces_run;
    if collapse {
        let first = words.first().map_or(line.len(), |t| t.range.start);
        collapse_spaces(line, 0..first, &mut rw);
    }
    let mut w = 0;
    while let Some(t) = words.get(w) {
        let lang = lang_of(w);
        stable &= !unmapped(t, lang);
        let (mut last_base, mut letters) = letter_rules(n, line, t, lang, &mut rw);
        if !t.reorders.is_empty() {
            reorder_marks(n, line, t, lang, &s.reorders, &mut rw)?;
        }
        let mut at = w;
        if n.zwnj && lang == Lang::Persian {
            // The joins of `rules::run`: each round joins one more word or stops.
            let mut single = true;
            while let (Some(prev), Some(next)) = (words.get(at), words.get(at + 1)) {
                let gap = prev.range.end..next.range.start;
                if !is_blank_gap(line, &gap) || lang_of(at + 1) != Lang::Persian {
                    break;
                }
                // (every word of the lane starts with a letter of the Arabic block)
                let join = zwnj::fixed(Some(last_base), letters, next.suffix, single, || {
                    t.verb_prefix
                });
                if !zwnj::write_gap(
                    join,
                    gap,
                    &mut Sink {
                        rw: &mut rw,
                        base: 0,
                    },
                ) {
                    break;
                }
                let (more_last, more_letters) = letter_rules(n, line, next, lang, &mut rw);
                if !next.reorders.is_empty() {
                    reorder_marks(n, line, next, lang, &s.reorders, &mut rw)?;
                }
                last_base = more_last;
                letters += more_letters;
                single = false;
                at += 1;
            }
        }
        // `at` and the next word stay apart: could another pass join them?
        if let (Some(a), Some(b)) = (words.get(at), words.get(at + 1)) {
            if may_join(n, line, a, b) {
                stable = false;
            }
        }
        if let (true, Some(a)) = (collapse, words.get(at)) {
            let gap_end = words.get(at + 1).map_or(line.len(), |b| b.range.start);
            collapse_spaces(line, a.range.end..gap_end, &mut rw);
        }
        w = at + 1;
    }
    Some(Pass {
        piece: rw.finish(),
        stable,
    })
}

/// Whether what [`pass`] writes for the line with these words may depend on their languages:
/// a word holds a char the Persian letter rule maps (in Persian only), or two words one space
/// apart could be joined (Persian words only: a suffix after the space, or a verb prefix before
/// it). Otherwise every word gets the same edits in any language (the harakat order too), and the
/// line needs no labels.
fn depends_on_labels(n: &Normalizer, line: &str, words: &[Word]) -> bool {
    let mapped = n.persian_letters && words.iter().any(|w| w.mapped);
    mapped
        || words
            .iter()
            .zip(words.iter().skip(1))
            .any(|(a, b)| may_join(n, line, a, b))
}

/// Whether the ZWNJ rules could join word `a` and the next word `b`, were both Persian: only
/// spaces between them, and a suffix after them or a verb prefix before them.
fn may_join(n: &Normalizer, line: &str, a: &Word, b: &Word) -> bool {
    n.zwnj && (b.suffix || a.verb_prefix) && is_blank_gap(line, &(a.range.end..b.range.start))
}

/// Whether `gap` of `line` is one space or more and nothing else (the rules join two words
/// across such a gap, writing the whole of it as the join). `rules::is_gap` on the lane's lines,
/// whose gaps hold no other blank and no ZWNJ, read as bytes: calling it here cost normalizing
/// 1–2% more instructions.
fn is_blank_gap(line: &str, gap: &Range<usize>) -> bool {
    line.as_bytes()
        .get(gap.clone())
        .is_some_and(|g| !g.is_empty() && g.iter().all(|&b| b == b' '))
}

/// Collapses each run of two or more spaces in `range` of `line` to its first space, deleting
/// the others one by one as the rules do (`collapse_spaces`).
fn collapse_spaces(line: &str, range: Range<usize>, rw: &mut Rewriter<'_>) {
    let Some(part) = line.as_bytes().get(range.clone()) else {
        return;
    };
    let mut prev_space = false;
    for (j, &b) in part.iter().enumerate() {
        let space = b == b' ';
        if space && prev_space {
            rw.delete(range.start + j..range.start + j + 1);
        }
        prev_space = space;
    }
}

/// Hands the line's tokens, as [`cut`] kept them, on to `out`.
fn feed(line: &str, tokens: &[Token], words: &[Word], out: &mut impl Tokens) {
    let mut words = words.iter();
    for t in tokens {
        match t {
            Token::Neutral(flags) => out.neutral(*flags),
            Token::Latin => out.latin(),
            Token::Word => {
                if let Some(w) = words.next() {
                    out.word(line, w.range.clone());
                }
            }
        }
    }
}

/// Where [`cut`] hands the line's tokens, as the segmenter counts them: the segmenter itself, or
/// a list kept for [`feed`].
trait Tokens {
    fn neutral(&mut self, flags: u8);
    fn latin(&mut self);
    /// The Arabic-script word at byte `range` of `line`.
    fn word(&mut self, line: &str, range: Range<usize>);
}

impl Tokens for LineLabeler<'_> {
    #[inline(always)]
    fn neutral(&mut self, flags: u8) {
        LineLabeler::neutral(self, flags);
    }
    #[inline(always)]
    fn latin(&mut self) {
        self.other_word();
    }
    #[inline(always)]
    fn word(&mut self, line: &str, range: Range<usize>) {
        LineLabeler::word(self, line, range);
    }
}

impl Tokens for Vec<Token> {
    #[inline(always)]
    fn neutral(&mut self, flags: u8) {
        self.push(Token::Neutral(flags));
    }
    #[inline(always)]
    fn latin(&mut self) {
        self.push(Token::Latin);
    }
    #[inline(always)]
    fn word(&mut self, _line: &str, _range: Range<usize>) {
        self.push(Token::Word);
    }
}

/// Whether `line` holds a char [`PERSIAN_MAP`] maps (`ي ى ك`): one vectorized search for their
/// continuation bytes, rare in Persian text outside those chars.
fn has_mapped(line: &str) -> bool {
    let b = line.as_bytes();
    let [x, y, z] = MAPPED_CONT;
    memchr::memchr3_iter(x, y, z, b).any(|i| i > 0 && b.get(i - 1) == Some(&MAPPED_LEAD))
}

/// `letters::PERSIAN_LETTERS` over the Arabic block, the only letter rule the lane's words can
/// meet, read by byte on the hot path.
static PERSIAN_MAP: [char; 256] = letters::block_map(letters::PERSIAN_LETTERS);

/// The lead byte of every char [`PERSIAN_MAP`] maps (0xD9 for `ي ى ك`), so that
/// [`letter_rules`] steps over all other bytes with one compare. A rule that maps chars of two
/// lead bytes fails the build here (the lane would then need a set of lead bytes).
#[allow(clippy::indexing_slicing)] // `i < 256`, evaluated at compile time
const MAPPED_LEAD: u8 = {
    let mut lead = 0u8;
    let mut i = 0;
    while i < 256 {
        if PERSIAN_MAP[i] != '\0' {
            // U+0600 + i is written 0xD8 + (i >> 6), then a continuation byte
            let l = 0xD8 + (i >> 6) as u8;
            assert!(
                lead == 0 || lead == l,
                "the lane's letter map has one lead byte"
            );
            lead = l;
        }
        i += 1;
    }
    lead
};

/// The continuation bytes of the chars [`PERSIAN_MAP`] maps (after [`MAPPED_LEAD`]), for
/// [`has_mapped`]'s search. A rule that maps another number of chars fails the build here.
#[allow(clippy::indexing_slicing)] // `i < 256`, `k < 3`, evaluated at compile time
const MAPPED_CONT: [u8; 3] = {
    let mut cont = [0u8; 3];
    let mut k = 0;
    let mut i = 0;
    while i < 256 {
        if PERSIAN_MAP[i] != '\0' {
            assert!(k < 3, "the lane's letter map maps three chars");
            cont[k] = 0x80 | (i & 0x3F) as u8;
            k += 1;
        }
        i += 1;
    }
    assert!(k == 3, "the lane's letter map maps three chars");
    cont
};

/// The Persian letter rule on `c`, when it is on.
#[inline]
fn persian_letter(n: &Normalizer, c: char) -> char {
    if !n.persian_letters {
        return c;
    }
    mapped_cp(c as u32).unwrap_or(c)
}

/// What [`PERSIAN_MAP`] writes for code point `cp`, if it maps it.
#[inline]
fn mapped_cp(cp: u32) -> Option<char> {
    PERSIAN_MAP
        .get(cp.wrapping_sub(0x600) as usize)
        .copied()
        .filter(|&m| m != '\0')
}

/// What the Persian letter rule writes for the char at byte `j` of `b` when it is one the rule
/// maps (a two-byte char of the Arabic block, whose first byte 0xD8–0xDB is never a continuation
/// byte). The caller checks that the rule is on.
#[inline]
fn mapped_at(b: &[u8], j: usize) -> Option<char> {
    let [x @ 0xD8..=0xDB, y] = *b.get(j..j + 2)? else {
        return None;
    };
    mapped_cp(two_byte(x, y))
}

/// Writes NFC's order into the runs of harakat of word `t` (in language `lang`), each with the
/// letter before it, as NFC's chunk rewrite does (`everywhere::nfc_chunks`). `None` when the
/// letter rules also rewrite the word: the lane does not interleave the two edits, the general
/// way takes the line.
#[cold]
#[inline(never)]
fn reorder_marks(
    n: &Normalizer,
    line: &str,
    t: &Word,
    lang: Lang,
    reorders: &[Range<usize>],
    rw: &mut Rewriter<'_>,
) -> Option<()> {
    let runs = reorders
        .get(t.reorders.start as usize..t.reorders.end as usize)
        .unwrap_or_default();
    if lang == Lang::Persian && t.mapped && n.persian_letters {
        return None;
    }
    for r in runs {
        let chunk = line.get(r.clone())?;
        let mut chars: Vec<char> = chunk.chars().collect();
        if let Some(marks) = chars.get_mut(1..) {
            marks.sort_unstable();
        }
        let sorted: String = chars.into_iter().collect();
        rw.replace(r.clone(), &sorted);
    }
    Some(())
}

/// Writes the letter rules of word `t` in language `lang`; returns its last base char as
/// written and its number of letters (the rules' `WordInfo`).
fn letter_rules(
    n: &Normalizer,
    line: &str,
    t: &Word,
    lang: Lang,
    rw: &mut Rewriter<'_>,
) -> (char, usize) {
    if lang != Lang::Persian || !t.mapped || !n.persian_letters {
        let last = if lang == Lang::Persian {
            persian_letter(n, t.last)
        } else {
            t.last
        };
        return (last, t.letters);
    }
    let b = crate::text::sub_slice(line.as_bytes(), t.range.clone());
    // Only the lead byte of a char to map (never a continuation byte) can start one: step over
    // the other bytes one by one.
    let mut j = 0;
    while let Some(&x) = b.get(j) {
        if x != MAPPED_LEAD {
            j += 1;
            continue;
        }
        if let Some(d) = mapped_at(b, j) {
            let at = t.range.start + j;
            rw.replace_char(at..at + 2, d);
        }
        j += 2;
    }
    (persian_letter(n, t.last), t.letters)
}

/// Word `t` of at most 16 bytes, with the Persian letter rules applied, [`pack`]ed (for the
/// rules' `mapped_in`).
fn mapped_key(n: &Normalizer, line: &str, t: &Word) -> u128 {
    let len = t.range.len();
    // The word's bytes, zero-padded to 16: a fixed-size read, masked, when the line is long
    // enough (filling a buffer byte by byte and reading it back whole stalls the processor).
    let bytes = line.as_bytes();
    let mut key = match bytes.get(t.range.start..t.range.start + 16) {
        Some(b) => {
            let mut buf = [0u8; 16];
            buf.copy_from_slice(b);
            let mask = u128::MAX.checked_shr(8 * (16 - len) as u32).unwrap_or(0);
            u128::from_le_bytes(buf) & mask
        }
        None => {
            let mut buf = [0u8; 16];
            if let (Some(dst), Some(src)) = (buf.get_mut(..len), bytes.get(t.range.clone())) {
                dst.copy_from_slice(src);
            }
            u128::from_le_bytes(buf)
        }
    };
    if t.mapped && n.persian_letters {
        let mut buf = key.to_le_bytes();
        for j in 0..len {
            if let (Some(d), Some(pair)) = (mapped_at(&buf, j), buf.get_mut(j..j + 2)) {
                d.encode_utf8(pair);
            }
        }
        key = u128::from_le_bytes(buf);
    }
    key
}

/// A word of at most 16 bytes as one number: its bytes, little-endian, zero-padded (a word has
/// no zero byte, so the padding is unambiguous).
#[allow(clippy::indexing_slicing)] // `i < b.len()`, evaluated at compile time
const fn pack(w: &str) -> u128 {
    let b = w.as_bytes();
    let mut key = 0u128;
    let mut i = 0;
    while i < b.len() && i < 16 {
        key |= (b[i] as u128) << (8 * i);
        i += 1;
    }
    key
}

/// [`pack`] of every word of a list.
#[allow(clippy::indexing_slicing)] // `i < N`, evaluated at compile time
const fn packed<const N: usize>(list: [&str; N]) -> [u128; N] {
    let mut keys = [0u128; N];
    let mut i = 0;
    while i < N {
        keys[i] = pack(list[i]);
        i += 1;
    }
    keys
}

/// [`SUFFIXES`] and [`VERB_PREFIXES`], packed.
static SUFFIX_KEYS: [u128; SUFFIXES.len()] = packed(SUFFIXES);
static VERB_PREFIX_KEYS: [u128; VERB_PREFIXES.len()] = packed(VERB_PREFIXES);

/// Cuts `line` into words and the neutral stretches between them, exactly as the segmenter's
/// tokenizer (`text::token::tokenize`) and the rules' tokenizer would on a line the lane takes, in one
/// pass over the bytes; `None` when the line holds anything the lane does not take.
///
/// On such a line the two tokenizers agree: a word is a maximal run of letters with the ZWNJs
/// between them (a ZWNJ is kept in a word by both only before a letter), and everything else is
/// neutral (digits are kept from touching an Arabic word, which is where the two would differ in
/// a way the rules see).
fn cut(n: &Normalizer, line: &str, s: &mut Scratch, out: &mut impl Tokens) -> Option<()> {
    let b = line.as_bytes();
    if matches!(b.first(), Some(b' ')) || matches!(b.last(), Some(b' ')) {
        return None;
    }
    s.words.clear();
    s.reorders.clear();
    s.spaces_run = false;
    // Harakat stay as they are.
    let marks_stay = !n.persian_diacritics && !n.arabic_diacritics;
    // Tokens so far, as the segmenter counts them.
    let mut tokens = 0usize;
    // The `GAP_*` flags of the current neutral stretch.
    let mut flags = 0u8;
    let mut prev = Class::Other;
    // A Latin letter was seen (and the line checked for URLs).
    let mut latin_seen = false;
    // The word a run of digits touches on its left (`Letter` or `Latin`; `Other` for none).
    let mut digits_after = Class::Other;
    let mut i = 0;
    while i < b.len() {
        let (class, len) = class_at(b, i);
        if matches!(class, Class::Letter | Class::Latin) {
            if prev == Class::Digit
                && digits_after != Class::Other
                && (class == Class::Letter || digits_after == Class::Letter)
            {
                // A number between two words, one of them Arabic-script (`و6ملايين`, `ب2x`,
                // `G20ب`): one word to the rules, of the language of its first letters, but two
                // to the segmenter, each with its own.
                return None;
            }
            if i > 0 {
                out.neutral(std::mem::take(&mut flags));
                tokens += 1;
            }
            if tokens >= LABEL_LINE_MAX_TOKENS {
                // A line this long is decided in chunks by the segmenter: the general way.
                return None;
            }
        }
        match class {
            Class::Latin => {
                // An English word: ASCII letters only, touching no letter of the Arabic block
                // (the rules would make one word of such a run, the segmenter two); digits may
                // touch it. No URL, e-mail address or tag may be in the line: the rules protect
                // those.
                if !latin_seen && !plain_latin(b) {
                    return None;
                }
                latin_seen = true;
                while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                    i += 1;
                }
                if class_at(b, i).0 == Class::Letter {
                    return None;
                }
                out.latin();
                tokens += 1;
                prev = Class::Latin;
                continue;
            }
            Class::Letter => {
                if prev == Class::Latin {
                    return None;
                }
                let start = i;
                let first_reorder = s.reorders.len() as u32;
                // Letters of the lane are two bytes, U+0621..U+06CC. (Counts in locals and the
                // letter test through one table, without branches on the char: on varied text
                // those mispredict.)
                let (mut letters, mut mapped, mut last) = (0usize, false, 0u32);
                // The char before is a letter (not a mark, not a ZWNJ).
                let mut after_letter = false;
                loop {
                    // A run of letters, the common case, in a tight loop: their flags are
                    // gathered, the count and the last letter read off the run's ends.
                    let run = i;
                    let mut seen = 0u8;
                    while let (Some(&x), Some(&y)) = (b.get(i), b.get(i + 1)) {
                        let f = letter_flags(x, y);
                        if f & IS_LETTER == 0 {
                            break;
                        }
                        seen |= f;
                        i += 2;
                    }
                    if i > run {
                        letters += (i - run) / 2;
                        mapped |= seen & IS_MAPPED != 0;
                        if let (Some(&x), Some(&y)) = (b.get(i - 2), b.get(i - 1)) {
                            last = two_byte(x, y);
                        }
                        after_letter = true;
                    }
                    match (b.get(i), b.get(i + 1)) {
                        (Some(&x @ 0xD8..=0xDB), Some(&y)) => {
                            // Not a letter (the run stopped here). Marks right after a letter:
                            // a run of harakat and tanwin, or hamza above after heh. No rule
                            // changes them unless the diacritics options are on, and NFC
                            // composes none of them with the letters they may follow here; it
                            // only puts a run of harakat in order (by combining class, which is
                            // their code point order), which the lane then writes itself.
                            let f = letter_flags(x, y);
                            if after_letter && f & IS_HAMZA_ABOVE != 0 && last == 0x647 {
                                after_letter = false;
                                i += 2;
                                continue;
                            }
                            if !(after_letter && f & IS_HARAKA != 0 && marks_stay) {
                                break;
                            }
                            let run = i;
                            while let (Some(&x @ 0xD8..=0xDB), Some(&y)) = (b.get(i), b.get(i + 1))
                            {
                                if letter_flags(x, y) & IS_HARAKA == 0 {
                                    break;
                                }
                                i += 2;
                            }
                            // (every haraka is U+064B..U+0652: `D9 8B` to `D9 92`)
                            let marks = crate::text::sub_slice(b, run..i);
                            let sorted = marks
                                .chunks_exact(2)
                                .zip(marks.chunks_exact(2).skip(1))
                                .all(|(p, q)| p <= q);
                            if n.nfc && !sorted {
                                s.reorders.push(run - 2..i);
                            }
                            after_letter = false;
                        }
                        (Some(0xE2), Some(0x80)) if b.get(i + 2) == Some(&0x8C) => {
                            // ZWNJ: kept in the word by both tokenizers only before a letter, and by
                            // the rules only after a letter that joins to the left.
                            let prev = char::from_u32(last).map(|c| persian_letter(n, c));
                            let next = (class_at(b, i + 3).0 == Class::Letter)
                                .then(|| line.get(i + 3..).and_then(|r| r.chars().next()))
                                .flatten();
                            if !zwnj::keeps(prev, next) {
                                return None;
                            }
                            i += 3;
                            after_letter = false;
                        }
                        _ => break,
                    }
                }
                if class_at(b, i).0 == Class::Latin {
                    return None;
                }
                if n.persian_heh_hamza
                    && b.get(..i)
                        .is_some_and(|x| x.ends_with(HEH_HAMZA.as_bytes()))
                {
                    return None;
                }
                let mut w = Word {
                    range: start..i,
                    mapped,
                    suffix: false,
                    verb_prefix: false,
                    letters,
                    last: char::from_u32(last).unwrap_or(' '),
                    reorders: first_reorder..s.reorders.len() as u32,
                };
                // Every listed word starts with م, ن, ه or ت and is at most 12 bytes long. (A
                // word with digits glued to it is none: to the rules they are part of it.)
                if prev != Class::Digit
                    && i - start <= 16
                    && matches!(
                        b.get(start..),
                        Some([0xD9, 0x85..=0x87, ..] | [0xD8, 0xAA, ..])
                    )
                {
                    let key = mapped_key(n, line, &w);
                    w.suffix = SUFFIX_KEYS.contains(&key);
                    w.verb_prefix = VERB_PREFIX_KEYS.contains(&key);
                }
                out.word(line, w.range.clone());
                tokens += 1;
                s.words.push(w);
                prev = Class::Letter;
                if b.get(i) == Some(&b' ') {
                    // The space after a word (most words): what the `Space` arm below does
                    // with it, without looking its class up.
                    prev = Class::Space;
                    i += 1;
                }
                continue;
            }
            Class::Digit => {
                // Digits may touch a word on one side (`و49`, `۲۰۱۷م`, `iPhone7`): the
                // segmenter reads the word and the number apart, the rules one word, which is
                // then no suffix or verb prefix of the ZWNJ joins (and, ending in a digit, takes
                // no suffix); the other rules read its letters alone either way.
                if matches!(prev, Class::Letter | Class::Latin) {
                    digits_after = prev;
                    if let (Class::Letter, Some(w)) = (prev, s.words.last_mut()) {
                        w.suffix = false;
                        w.verb_prefix = false;
                    }
                } else if prev != Class::Digit {
                    digits_after = Class::Other;
                }
                flags |= gap_flag(b, i, class);
            }
            Class::Space => {
                s.spaces_run |= prev == Class::Space;
                flags |= gap_flag(b, i, class);
            }
            Class::Punct => flags |= gap_flag(b, i, class),
            Class::Other => return None,
        }
        prev = class;
        i += len;
    }
    if !matches!(prev, Class::Letter | Class::Latin) {
        out.neutral(flags);
        tokens += 1;
    }
    (tokens <= LABEL_LINE_MAX_TOKENS).then_some(())
}

/// Whether a line holds nothing the rules protect that could start with a Latin letter: no
/// `://` (a URL) and no `www.` in any case (`@` and `#` the lane refuses anyway).
fn plain_latin(b: &[u8]) -> bool {
    // (`www.` found from its dot: a vectorized search, where testing every four bytes cost 2% of
    // normalizing Persian news)
    memchr::memmem::find(b, b"://").is_none()
        && !memchr::memchr_iter(b'.', b).any(|i| {
            i >= 3
                && b.get(i - 3..i)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"www"))
        })
}

/// The segmenter's `GAP_*` flag of the neutral char at byte `i` of `b`, of lane class `class`.
#[inline]
fn gap_flag(b: &[u8], i: usize, class: Class) -> u8 {
    match class {
        Class::Punct => GAP_PUNCT,
        Class::Digit => match b.get(i..i + 2) {
            Some([0xDB, 0xB0..=0xB9]) => GAP_FA_DIGIT,
            Some([0xD9, 0xA0..=0xA9]) => GAP_AR_DIGIT,
            _ => 0,
        },
        _ => 0,
    }
}

/// [`LETTER_FLAGS`]: a letter of the lane.
const IS_LETTER: u8 = 1;
/// [`LETTER_FLAGS`]: a letter the Persian letter rule maps (`ي`, `ى`, `ك`).
const IS_MAPPED: u8 = 2;

/// [`LETTER_FLAGS`]: fathatan … sukun (U+064B–U+0652), the marks the diacritics options delete.
const IS_HARAKA: u8 = 4;
/// [`LETTER_FLAGS`]: hamza above (U+0654), taken after heh only (`هٔ`, the ezafe).
const IS_HAMZA_ABOVE: u8 = 8;

/// For each char of the Arabic block (U+0600..U+06FF): [`IS_LETTER`], [`IS_MAPPED`],
/// [`IS_HARAKA`], [`IS_HAMZA_ABOVE`].
#[allow(clippy::indexing_slicing)] // `i < 256`, evaluated at compile time
static LETTER_FLAGS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        if matches!(CLASS[128 + i], Class::Letter) {
            t[i] = IS_LETTER;
            if PERSIAN_MAP[i] != '\0' {
                t[i] |= IS_MAPPED;
            }
        }
        if matches!(0x600 + i as u32, 0x64B..=0x652) {
            t[i] = IS_HARAKA;
        }
        if 0x600 + i as u32 == 0x654 {
            t[i] = IS_HAMZA_ABOVE;
        }
        i += 1;
    }
    t
};

/// [`LETTER_FLAGS`] by the two bytes of a char ([`crate::text::scan::pair_index`]).
static LETTER_FLAGS_BY_PAIR: [u8; 1024] = crate::text::scan::by_pair(&LETTER_FLAGS);

/// The [`LETTER_FLAGS`] of the bytes `x y`: 0 unless they are a char of the Arabic block.
#[inline(always)]
fn letter_flags(x: u8, y: u8) -> u8 {
    crate::text::scan::at_pair(&LETTER_FLAGS_BY_PAIR, x, y)
}

/// The lane's class of the char at byte `i` of `b`, and its length in bytes.
#[inline]
fn class_at(b: &[u8], i: usize) -> (Class, usize) {
    let Some(&x) = b.get(i) else {
        return (Class::Other, 1);
    };
    if x < 0x80 {
        return (
            CLASS.get(usize::from(x)).copied().unwrap_or(Class::Other),
            1,
        );
    }
    let y = b.get(i + 1).copied().unwrap_or(0);
    match x {
        0xD8..=0xDB => {
            let cp = two_byte(x, y) as usize;
            let class = CLASS.get(cp - 0x600 + 128).copied().unwrap_or(Class::Other);
            (class, 2)
        }
        0xC2 if matches!(y, 0xAB | 0xBB) => (Class::Punct, 2), // « »
        0xE2 if y == 0x80 => match b.get(i + 2) {
            // – — ‘ ’ “ ” …
            Some(0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D | 0xA6) => (Class::Punct, 3),
            _ => (Class::Other, 1),
        },
        _ => (Class::Other, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::chars::{flag, info, is_word_char};
    use crate::normalize::{rules, Preset};
    use crate::text::token::{tokenize, Script};
    use proptest::prelude::*;

    /// Words of lines the lane takes, and a few pieces it must refuse.
    fn word() -> impl Strategy<Value = &'static str> {
        prop_oneof![
            12 => prop::sample::select(vec![
                "مي", "مى", "نمي", "می", "نمی", "ها", "هاي", "های", "هایی", "تر", "ترين", "ترین",
                "كتاب", "کتاب", "خواهم", "ديوار", "دیوار", "رفت", "كشور", "ايران", "گفت", "و",
                "الله", "الذي", "قال", "المتحدث", "في", "على", "النبي", "إن", "هذه", "مسئله",
                "همكاري", "اقتصادي", "منطقه", "اي", "به", "از", "را", "كه", "ی", "ك", "۱۳۹۶", "11",
                "می\u{200c}خواهم", "کتاب\u{200c}ها", "خانه", "ها\u{200c}ی", "«الله»", "(قال)",
                "Apple", "iPhone", "BBC Persian", "Tehran", "We'll", "al-Othman", "ha", "mi",
                "تازهٔ", "خانهٔ", "لطفاً", "بِسیار", "كتابٌ", "شدّه", "الْكتاب", "مُي", "هٔا",
                // runs of harakat, in NFC's order and not (shadda before its vowel)
                "محمَّد", "محمّ\u{64e}د", "المتّ\u{64f}حدة", "ربّ\u{64b}ا", "كتّ\u{64e}اب", "مي\u{651}\u{650}",
                "علي\u{651}\u{64c}", "شدَّه",
                // English words touching digits
                "iPhone7", "G20", "4K", "mp3", "COVID19", "H1N1", "iPhone۱۳", "۲۰G", "MP4ها",
                // Arabic-script words touching digits on one side
                "و49", "٢٠١٧م", "ها2", "2ها", "می2", "2می", "مي٢", "ها۲", "۲های", "كتاب٢", "2كتاب",
                "٣ي", "تر3", "نمی۳", "۱۹م", "و٦", "هٔ3",
            ]),
            1 => prop::sample::select(vec![
                "\t", "#ایران", "@x", "ـ", "ۀ", "خانهء", "\u{200c}", "و\u{200c}", "www.x.ir",
                "\u{64e}", "\u{a0}", "ﻻ", "\u{200f}", "۱۱شهر", "شهر۱۱", "abcد", "و6ملايين",
                "ب2x", "G20ب", "x2ب", "2\u{200c}ها", "ها2\u{200c}", "2\u{64e}",
                "سلامabc", "https://x.ir/كتاب", "info@x.ir", "WWW.X.IR/مي", "café", "a\u{200c}b",
                "بَّ", "آٔ", "أ", "ؤ", "ئ", "\u{64e}\u{651}", "ٰ", "ها\u{200c}\u{64e}", "اٰ",
            ]),
        ]
    }

    /// What goes between two words.
    fn gap() -> impl Strategy<Value = &'static str> {
        prop_oneof![
            8 => Just(" "),
            3 => prop::sample::select(vec![
                "، ", " - ", ". ", ": ", " «", "» ", "؟ ", "! ", " (", ") ", " … ", " “", "” ",
                " ۱۱ ", ", ", "; ", "? ", " ٢٠ ", "،", " | ", " ٪۲۰ ", "% ",
            ]),
            1 => prop::sample::select(vec!["  ", "   ", "،  ", "  (", "", " \u{200c}", "\u{200c} ", "\t"]),
        ]
    }

    fn line() -> impl Strategy<Value = String> {
        (word(), prop::collection::vec((gap(), word()), 0..16)).prop_map(|(first, rest)| {
            let mut s = String::from(first);
            for (g, w) in rest {
                s.push_str(g);
                s.push_str(w);
            }
            s
        })
    }

    #[test]
    fn lane_letter_forms_match_the_table() {
        // The lane's char and byte forms, derived from `letters::PERSIAN_LETTERS`, map what the
        // general path's rule maps, nothing more and nothing less.
        let n = Normalizer::default().zwnj_lexicon(false);
        for c in '\u{0600}'..='\u{06FF}' {
            let want = super::super::letters::persian_letter(c);
            assert_eq!(persian_letter(&n, c), want.unwrap_or(c), "{c:?}");
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(mapped_at(bytes, 0), want, "{c:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn lane_gives_the_general_result(text in line(), offsets in any::<bool>()) {
            let presets = [
                Normalizer::default().zwnj_lexicon(false),
                Normalizer::preset(Preset::None),
                Normalizer::default().zwnj_lexicon(false).zwnj(false),
                Normalizer::default().zwnj_lexicon(false).persian_letters(false),
                Normalizer::default().zwnj_lexicon(false).persian_diacritics(true).arabic_diacritics(true),
                Normalizer::default().zwnj_lexicon(false).persian_heh_hamza(false).collapse_spaces(false),
            ];
            for n in presets {
                prop_assert!(takes(&n));
                let mut lane = Scratch::default();
                let mut general = rules::Scratch::default();
                let want = n.pass_general(&text, offsets, &mut general, None);
                // What a pass gave is the general result; when it says it is stable, another
                // pass, the general way, changes nothing.
                let mut holds = |piece: Option<&Piece>, stable: bool| {
                    prop_assert_eq!(
                        piece.map(|p| (&p.text, &p.offsets)),
                        want.as_ref().map(|p| (&p.text, &p.offsets)),
                        "{:?}", n
                    );
                    if stable {
                        let out = piece.map_or(text.as_str(), |p| p.text.as_str());
                        let again = n.pass_general(out, false, &mut general, None);
                        prop_assert_eq!(again.map(|p| p.text), None, "{:?} on {:?}", n, out);
                    }
                    Ok(())
                };
                // The lane cuts the line into the segmenter's tokens, where it takes it.
                let mut cut_tokens = Vec::new();
                if cut(&n, &text, &mut lane, &mut cut_tokens).is_some() {
                    let mut want_tokens = Vec::new();
                    tokenize(&text, |t| want_tokens.push(match t.script {
                        None => Token::Neutral(t.flags),
                        Some(Script::Latin) => Token::Latin,
                        Some(_) => Token::Word,
                    }));
                    prop_assert_eq!(cut_tokens, want_tokens);
                }
                // The lane, where it takes the line.
                if let Some(got) = pass(&n, &text, offsets, &mut lane) {
                    holds(got.piece.as_ref(), got.stable)?;
                }
                // The whole pass (the lane; else the everywhere-options, then the lane on what
                // they leave; else the general way).
                let (piece, stable) = n.pass(&text, offsets, &mut rules::Scratch::default(), None);
                holds(piece.as_ref(), stable)?;
            }
        }
    }

    #[test]
    fn lane_puts_runs_of_harakat_in_nfc_order() {
        let n = Normalizer::default().zwnj_lexicon(false);
        let mut s = Scratch::default();
        let mut general = rules::Scratch::default();
        // shadda (U+0651) before fatha (U+064E): NFC writes the fatha first
        let line = "قال محمّ\u{64e}د إنّ\u{64e} الكتاب";
        let got = pass(&n, line, true, &mut s).expect("the lane takes runs of harakat");
        let want = n.pass_general(line, true, &mut general, None);
        assert_eq!(
            got.piece.as_ref().map(|p| (&p.text, &p.offsets)),
            want.as_ref().map(|p| (&p.text, &p.offsets))
        );
        assert_eq!(
            got.piece.map(|p| p.text).as_deref(),
            Some("قال محم\u{64e}\u{651}د إن\u{64e}\u{651} الكتاب")
        );
        // already in order: nothing to write
        let sorted = pass(&n, "قال محم\u{64e}\u{651}د", false, &mut s).expect("taken");
        assert!(sorted.piece.is_none());
    }

    #[test]
    fn lane_takes_scraped_persian_and_refuses_the_rest() {
        let n = Normalizer::default().zwnj_lexicon(false);
        let mut s = Scratch::default();
        let got = pass(&n, "كتاب ها را مي خواهم", false, &mut s);
        assert_eq!(
            got.as_ref()
                .map(|p| p.piece.as_ref().map(|p| p.text.as_str())),
            Some(Some("کتاب\u{200c}ها را می\u{200c}خواهم"))
        );
        assert!(got.is_some_and(|p| p.stable));
        // Digits glued to a word on one side are taken (one word to the rules, and so no
        // suffix: `ها2` stays apart), on both sides not.
        let got = pass(&n, "كتاب ها2 و49 می 2خواهم", false, &mut s);
        assert_eq!(
            got.map(|p| p.piece.map(|p| p.text)),
            Some(Some("کتاب ها2 و49 می 2خواهم".to_owned()))
        );
        // Runs of spaces inside the line are taken: collapsed, or a join's gap.
        let got = pass(&n, "سلام  دنیا، كتاب   ها", true, &mut s);
        assert_eq!(
            got.and_then(|p| p.piece)
                .map(|p| (p.text, p.offsets.map(|o| o.len()))),
            Some(("سلام دنیا، کتاب\u{200c}ها".to_owned(), Some(18)))
        );
        for refused in [
            "و6ملايين",
            "ب2x",
            "سلام دنیا ",
            " سلام",
            "سایت www.example.com",
            "#ایران",
            "خانهء",
            "ـسلام",
        ] {
            assert!(pass(&n, refused, false, &mut s).is_none(), "{refused}");
        }
        assert!(!takes(&Normalizer::preset(Preset::Search)));
        // More tokens than one chunk of the segmenter: refused early.
        let long = vec!["كتاب"; LABEL_LINE_MAX_TOKENS].join(" ");
        assert!(pass(&n, &long, false, &mut s).is_none());
        assert!(s.words.len() < LABEL_LINE_MAX_TOKENS);
        let short = vec!["كتاب"; LABEL_LINE_MAX_TOKENS / 4].join(" ");
        assert!(pass(&n, &short, false, &mut s).is_some());
    }

    #[test]
    fn latin_words_are_plain_without_an_address() {
        for (text, plain) in [
            ("hello world.", true),
            ("ww.example", true),
            ("a.www", true),
            ("www.example.com", false),
            ("see WwW.Example", false),
            ("x www.", false),
            ("https://example", false),
            ("", true),
        ] {
            assert_eq!(plain_latin(text.as_bytes()), plain, "{text}");
        }
    }

    #[test]
    fn lines_whose_rules_ignore_languages_are_not_labelled() {
        let n = Normalizer::default().zwnj_lexicon(false);
        let mut s = Scratch::default();
        // (line, its words' languages matter, what the lane writes)
        let cases = [
            // nothing to map, no suffix or verb prefix apart: the same in any language
            ("وقال أحمد إن الحزب واصل عمله", false, None),
            ("کتاب‌ها را می‌خواهم", false, None),
            ("کتاب، ها", false, None),
            // harakat put in NFC's order whatever the language
            (
                "درس\u{651}\u{64f} امروز",
                false,
                Some("درس\u{64f}\u{651} امروز"),
            ),
            // a yeh or kaf that Persian maps
            ("قال الرئيس", true, None),
            ("كتاب را خواندم", true, Some("کتاب را خواندم")),
            // a suffix after a space, a verb prefix before one: joined in Persian only
            ("کتاب ها را", true, Some("کتاب\u{200c}ها را")),
            ("او می خواهد", true, Some("او می\u{200c}خواهد")),
        ];
        for (line, depends, want) in cases {
            let Some(p) = pass(&n, line, false, &mut s) else {
                panic!("the lane refused {line:?}");
            };
            assert_eq!(depends_on_labels(&n, line, &s.words), depends, "{line}");
            // labelled only when it matters (`langs` then has one label per word)
            let labelled = !s.langs.is_empty();
            assert_eq!(labelled, depends, "{line}");
            assert_eq!(p.piece.as_ref().map(|p| p.text.as_str()), want, "{line}");
            // what the general way writes
            let general = n.clone().zwnj_lexicon(false);
            assert_eq!(general.normalize(line), want.unwrap_or(line), "{line}");
            // `clean` records the labels of every line the lane takes: the same labels
            let langs = s.langs.clone();
            s.label_always = true;
            assert!(pass(&n, line, false, &mut s).is_some());
            assert_eq!(s.langs.len(), s.words.len(), "{line}");
            if depends {
                assert_eq!(s.langs, langs, "{line}");
            }
            s.label_always = false;
        }
        // The tokens kept for the segmenter are the line's own, not added to the last line's.
        for _ in 0..3 {
            assert!(pass(&n, "کتاب ها را", false, &mut s).is_some());
        }
        assert_eq!(s.tokens.len(), 5);
        // the chars the letter rule maps, not others with their continuation bytes (ڃ ډ ۉ)
        for (text, mapped) in [
            ("كتاب", true),
            ("علي", true),
            ("على", true),
            ("کتاب علی", false),
            ("ڃ ډ ۉ", false),
            ("", false),
        ] {
            assert_eq!(has_mapped(text), mapped, "{text}");
        }
    }

    #[test]
    fn classes_agree_with_the_rules_and_the_segmenter() {
        for u in 0..0x3000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let f = info(c);
            let mut buf = [0u8; 4];
            let (class, len) = class_at(c.encode_utf8(&mut buf).as_bytes(), 0);
            if class != Class::Other {
                assert_eq!(len, c.len_utf8(), "U+{u:04X}");
                // What the segmenter's tokenizer makes of the char.
                let text = c.to_string();
                let mut toks = Vec::new();
                tokenize(&text, |t| toks.push((t.script, t.flags)));
                let want = match class {
                    Class::Letter => (Some(Script::Arabic), 0),
                    Class::Latin => (Some(Script::Latin), 0),
                    _ => (None, gap_flag(text.as_bytes(), 0, class)),
                };
                assert_eq!(toks, [want], "U+{u:04X}");
            }
            match class {
                Class::Letter => {
                    assert!(
                        f & flag::LETTER != 0 && f & flag::ARABIC_LETTER != 0,
                        "U+{u:04X}"
                    );
                    assert_eq!(f & flag::EVERYWHERE, 0, "U+{u:04X}");
                    let mapped = persian_letter(&Normalizer::default().zwnj_lexicon(false), c);
                    assert_eq!(
                        info(mapped) & (flag::JOINS_LEFT | flag::ARABIC_LETTER),
                        f & (flag::JOINS_LEFT | flag::ARABIC_LETTER),
                        "U+{u:04X}"
                    );
                }
                Class::Digit => assert!(f & flag::DIGIT_VALUE != 0, "U+{u:04X}"),
                Class::Latin => {
                    assert!(
                        c.is_ascii_alphabetic() && f & flag::LETTER != 0,
                        "U+{u:04X}"
                    );
                    assert_eq!(f & (flag::EVERYWHERE | flag::RULE), 0, "U+{u:04X}");
                }
                Class::Space | Class::Punct => {
                    assert!(!is_word_char(c), "U+{u:04X}");
                    assert!(!matches!(c, '#' | '@' | '\t'), "U+{u:04X}");
                }
                Class::Other => {}
            }
        }
    }
}
