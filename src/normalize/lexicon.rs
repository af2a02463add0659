//! Persian word frequencies for the `zwnj_lexicon` option: which of `A B`, `A‌B` and `AB` is a
//! written Persian word decides where a ZWNJ goes.
//!
//! The data is `fa_lexicon.tsv` (derived by `tools/fa_lexicon.py` from unicode-org/unilex, web
//! text; see THIRD_PARTY.md). It is parsed on first use into a map from lookup key to frequency.
//! A key is the word as the letter rules write it, folded by [`key`]: `ي ى` → `ی`, `ك` → `ک`,
//! `ۀ` → `ه`, marks and tatweel dropped, a ZWNJ kept only between two letters and after a letter
//! that joins to the left.
//!
//! Decisions (measured on the dev set of `tests/zwnj_dev.rs`; docs/normalize.md has the numbers):
//! * **Join `A B`** ([`Lexicon::join`]): after the verb prefixes `می`/`نمی` when `می‌B` is a known
//!   word or `B` is not a known word on its own (so `ماه می سال` stays apart); before the plural
//!   and comparative suffixes of [`SUFFIXES`] always (they are
//!   productive); before `ای ام ات اش ایم اید اند` after a word ending in `ه` (`خانه ای`,
//!   `کرده اند`); otherwise only when `A‌B` is a known word much likelier than `A` and `B`
//!   apart: `ln(f(A‌B) · total / (f(A) · f(B))) > 6`, and never after a letter that does not
//!   join to the left (no ZWNJ can have been lost there).
//! * **Split a glued word** (the split of its [`Lexicon::lookup`] entry): `AB` becomes `A‌B`
//!   when some ZWNJ form of it is known, each of its parts has two letters or more, and it is
//!   more frequent than the glued form (`نمیدانم` → `نمی‌دانم`, `جمعهها` → `جمعه‌ها`; `تنها` and `آنها` stay).

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::chars::flag;
use super::chars::{info, is_mark, ZWNJ};
use super::zwnj::joins_left;
use crate::text::fold::spelling;

const DATA: &str = include_str!("fa_lexicon.tsv");

/// The pointwise mutual information a compound's written form needs over its parts apart.
const MIN_PMI: f64 = 6.0;
/// The least frequency a row of the data has: below it a word is not known.
const KNOWN: u64 = 300;

/// Words after which a space becomes a ZWNJ before the verb: the continuous-tense prefixes.
pub(crate) const VERB_PREFIXES: [&str; 2] = ["می", "نمی"];
/// Suffixes written joined to the word before them (with a ZWNJ after a joining letter).
pub(crate) const SUFFIXES: [&str; 11] = [
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
/// Suffixes joined after a word ending in `ه` (indefinite `ای`, the copula and possessives).
const AFTER_HEH: [&str; 7] = ["ای", "ام", "ات", "اش", "ایم", "اید", "اند"];

/// What the lexicon knows of one key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Frequency per billion words (0: not a known word).
    pub(crate) freq: u32,
    /// For a glued key: bit `i` set when a ZWNJ goes before char `i` (0: no split).
    pub(crate) split: u64,
    /// The word begins a compound the frequency rule of [`Lexicon::join`] may join, so only
    /// then is the joined form looked up.
    left: bool,
}

/// The loaded lexicon: one map from key to [`Entry`] (one lookup per word).
pub(crate) struct Lexicon {
    map: FxHashMap<Box<str>, Entry>,
    total: f64,
}

/// The lexicon, parsed on first use.
pub(crate) fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

/// One char as a lookup key has it: `ي ى` → `ی`, `ك` → `ک`, `ۀ` → `ه`; `None` for what a key
/// drops (marks, tatweel; ZWNJ is [`key`]'s to place).
pub(crate) fn fold(c: char) -> Option<char> {
    if is_mark(c) || c == '\u{0640}' || c == ZWNJ {
        return None;
    }
    Some(spelling(c))
}

/// Whether every char of `word` is ASCII or an Arabic-block char that [`fold`] keeps as it is:
/// then the key is the word itself. Checked on the UTF-8 bytes (two per Arabic-block char).
fn plain(word: &str) -> bool {
    let b = word.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            i += 1;
            continue;
        }
        let Some(&y) = b.get(i + 1) else {
            return false;
        };
        let folds = match x {
            0xD8 => (0x90..=0x9A).contains(&y),
            0xD9 => matches!(y, 0x80 | 0x83 | 0x89 | 0x8A | 0x8B..=0x9F | 0xB0),
            0xDA => false,
            0xDB => matches!(y, 0x80 | 0x96..=0xAD),
            _ => true,
        };
        if folds {
            return false;
        }
        i += 2;
    }
    true
}

/// Whether `text` has three or more of one Arabic-block letter in a row, as a key reads it
/// (marks, tatweel and ZWNJ skipped, letters folded): what [`Lexicon::elongation`] may cut.
pub(crate) fn run_of_three(text: &str) -> bool {
    let mut last = None;
    let mut run = 0;
    for c in text.chars() {
        let Some(c) = fold(c) else {
            continue;
        };
        if Some(c) == last {
            run += 1;
            if run >= 3 && info(c) & flag::ARABIC_LETTER != 0 {
                return true;
            }
        } else {
            last = Some(c);
            run = 1;
        }
    }
    false
}

/// The lookup key of `word`: the word itself when nothing in it folds (no copy).
pub(crate) fn key_of(word: &str) -> Cow<'_, str> {
    if plain(word) {
        Cow::Borrowed(word)
    } else {
        let mut k = String::with_capacity(word.len());
        key(word, &mut k);
        Cow::Owned(k)
    }
}

/// Appends the lookup key of `word` (see the module docs) to `out`.
pub(crate) fn key(word: &str, out: &mut String) {
    if plain(word) {
        // Nothing to fold (most words): the key is the word.
        out.push_str(word);
        return;
    }
    let start = out.len();
    let mut zwnj = false;
    for c in word.chars() {
        if c == ZWNJ {
            zwnj = true;
            continue;
        }
        let Some(c) = fold(c) else {
            continue;
        };
        if zwnj && out.len() > start && out[start..].chars().next_back().is_some_and(joins_left) {
            out.push(ZWNJ);
        }
        zwnj = false;
        out.push(c);
    }
}

/// Chars of `s`, ZWNJ not counted.
fn letters(s: &str) -> usize {
    s.chars().filter(|&c| c != ZWNJ).count()
}

/// `ln(f(A‌B) · total / (f(A) · f(B)))`, an unknown part counted as frequency 1.
fn pmi(joined: u64, fa: u64, fb: u64, total: f64) -> f64 {
    (joined as f64 * total / (fa.max(1) as f64 * fb.max(1) as f64)).ln()
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut freq: FxHashMap<Box<str>, u64> = FxHashMap::default();
        freq.reserve(60_000);
        let mut total = 0u64;
        let mut k = String::new();
        for line in DATA.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((form, n)) = line.split_once('\t') else {
                continue;
            };
            let Ok(n) = n.parse::<u64>() else {
                continue;
            };
            k.clear();
            key(form, &mut k);
            if k.is_empty() {
                continue;
            }
            total += n;
            *freq.entry(k.as_str().into()).or_default() += n;
        }
        let total_f = total.max(1) as f64;
        let f = |w: &str| freq.get(w).copied().unwrap_or(0);
        // The best ZWNJ form of each glued key, and the left parts of joinable compounds.
        let mut best: FxHashMap<String, (u64, u64)> = FxHashMap::default();
        let mut left: Vec<Box<str>> = Vec::new();
        for (w, &n) in &freq {
            if !w.contains(ZWNJ) {
                continue;
            }
            for (p, _) in w.match_indices(ZWNJ) {
                let (a, b) = (&w[..p], &w[p + ZWNJ.len_utf8()..]);
                if pmi(n, f(a), f(b), total_f) > MIN_PMI {
                    left.push(a.into());
                }
            }
            let mut glued = String::with_capacity(w.len());
            let mut cuts = 0u64;
            let mut i = 0u32;
            let mut part = 0usize;
            let mut short = false;
            for c in w.chars() {
                if c == ZWNJ {
                    cuts |= 1u64.checked_shl(i).unwrap_or(0);
                    short |= part < 2;
                    part = 0;
                } else {
                    glued.push(c);
                    i += 1;
                    part += 1;
                }
            }
            if short || part < 2 || i > 64 {
                continue;
            }
            let e = best.entry(glued).or_insert((0, 0));
            if n > e.0 {
                *e = (n, cuts);
            }
        }
        let small = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        // Splits whose ZWNJ form is more frequent than the glued one (read before `freq` is
        // consumed).
        let splits: Vec<(String, u64)> = best
            .into_iter()
            .filter(|(g, (n, _))| *n > f(g))
            .map(|(g, (_, cuts))| (g, cuts))
            .collect();
        let mut map: FxHashMap<Box<str>, Entry> = freq
            .into_iter()
            .map(|(w, n)| {
                let e = Entry {
                    freq: small(n),
                    ..Entry::default()
                };
                (w, e)
            })
            .collect();
        for a in left {
            map.entry(a).or_default().left = true;
        }
        for (g, cuts) in splits {
            map.entry(g.into_boxed_str()).or_default().split = cuts;
        }
        Lexicon {
            map,
            total: total_f,
        }
    }

    /// `persian_elongation`: which chars of `word` to delete (bit `i`: char `i` of its key) so that
    /// every run of three or more of one letter is cut to one, or else to two, when the word
    /// written so is a known word and the word as written is not (`سلامممم` → `سلام`; `سلامم`, a
    /// run of two, stays). 0: nothing to delete.
    pub(crate) fn elongation(&self, word: &str) -> u64 {
        let mut k = String::new();
        key(word, &mut k);
        let chars: Vec<char> = k.chars().collect();
        if chars.len() > 64
            || !chars
                .windows(3)
                .any(|w| matches!(w, [a, b, c] if a == b && b == c))
        {
            return 0;
        }
        if u64::from(self.lookup(&k).freq) >= KNOWN {
            return 0;
        }
        for keep in [1usize, 2] {
            let mut drop = 0u64;
            let mut reduced = String::with_capacity(k.len());
            let mut run = 0usize;
            for (i, &c) in chars.iter().enumerate() {
                run = if i > 0 && chars.get(i - 1) == Some(&c) {
                    run + 1
                } else {
                    1
                };
                // Is this char in a run of three or more (counting the chars after it)?
                let len = run - 1 + chars.iter().skip(i).take_while(|&&x| x == c).count();
                if len >= 3 && run > keep {
                    drop |= 1 << i;
                } else {
                    reduced.push(c);
                }
            }
            if u64::from(self.lookup(&reduced).freq) >= KNOWN {
                return drop;
            }
        }
        0
    }

    /// What the lexicon knows of a key (all zero for an unknown word).
    pub(crate) fn lookup(&self, key: &str) -> Entry {
        self.map.get(key).copied().unwrap_or_default()
    }

    /// Whether `a B` (two keys with one space between them, `a` a Persian word ending in a
    /// letter; `ea`, `eb` their entries) is written as one word. `buf` is scratch space.
    pub(crate) fn join(&self, a: &str, ea: Entry, b: &str, eb: Entry, buf: &mut String) -> bool {
        let Some(last) = a.chars().next_back() else {
            return false;
        };
        if b.is_empty() {
            return false;
        }
        let joined = |buf: &mut String| {
            buf.clear();
            buf.push_str(a);
            buf.push(ZWNJ);
            buf.push_str(b);
            self.lookup(buf).freq
        };
        // The affix lists, tried only when the first letters can match (ه ت for the suffixes,
        // ا for those after heh, م ن for the verb prefixes).
        if a.len() <= 6 && VERB_PREFIXES.contains(&a) {
            return joined(buf) > 0 || u64::from(eb.freq) < KNOWN;
        }
        let b_head = b.as_bytes().get(..2);
        if matches!(b_head, Some([0xD9, 0x87] | [0xD8, 0xAA])) && SUFFIXES.contains(&b) {
            return letters(a) >= 2;
        }
        if b_head == Some(&[0xD8, 0xA7])
            && last == '\u{0647}'
            && AFTER_HEH.contains(&b)
            && letters(a) >= 2
        {
            return true;
        }
        if !ea.left || !joins_left(last) {
            return false;
        }
        let n = joined(buf);
        n > 0 && pmi(n.into(), ea.freq.into(), eb.freq.into(), self.total) > MIN_PMI
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> String {
        let mut out = String::new();
        key(s, &mut out);
        out
    }

    #[test]
    fn plain_words_are_their_own_key() {
        // The byte test agrees with the char fold on every char of the Arabic block and ASCII.
        for c in (0u32..0x80).chain(0x600..0x700).filter_map(char::from_u32) {
            let w = c.to_string();
            if plain(&w) {
                assert_eq!(fold(c), Some(c), "U+{:04X}", c as u32);
            }
        }
        assert!(plain("کتاب"));
        assert!(!plain("كتاب"));
        assert!(!plain("می‌خواهم"));
    }

    #[test]
    fn keys_fold_letters_marks_and_zwnj() {
        assert_eq!(k("كتاب‌ها"), "کتاب‌ها");
        assert_eq!(k("خانهٔ"), "خانه");
        assert_eq!(k("دیوار‌ها"), "دیوارها");
        assert_eq!(k("‌می‌‌خواهم‌"), "می‌خواهم");
        assert_eq!(k("ـمـی"), "می");
    }

    #[test]
    fn joins_what_is_written_as_one_word() {
        let l = get();
        let mut buf = String::new();
        let mut join = |a: &str, b: &str| l.join(a, l.lookup(a), b, l.lookup(b), &mut buf);
        assert!(join("می", "خواهم"));
        assert!(join("کتاب", "ها"));
        assert!(join("بین", "المللی"));
        assert!(join("سرمایه", "گذاری"));
        assert!(join("کرده", "اند"));
        assert!(!join("می", "سال"));
        assert!(!join("در", "این"));
        assert!(!join("شده", "است"));
        assert!(!join("مواد", "مخدر"));
    }

    #[test]
    fn splits_only_unknown_or_rare_glued_forms() {
        let l = get();
        assert_eq!(l.lookup("نمیدانم").split, 1 << 3);
        assert_eq!(l.lookup("جمعهها").split, 1 << 4);
        for glued in ["تنها", "آنها", "میز", "مید"] {
            assert_eq!(l.lookup(glued).split, 0, "{glued}");
        }
    }

    #[test]
    fn elongation_is_cut_to_a_known_word() {
        let l = get();
        assert_eq!(l.elongation("سلامممم"), 0b111_0000);
        assert_eq!(l.elongation("سلاممم"), 0b11_0000);
        assert_eq!(l.elongation("سلامم"), 0);
        assert_eq!(l.elongation("خیلیییی"), 0b111_0000);
        assert_eq!(l.elongation("قثصصصط"), 0);
        assert_eq!(l.elongation("خوبب"), 0);
    }
}
