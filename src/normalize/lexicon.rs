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
//! * **Split a glued word** ([`Lexicon::split`]): `AB` becomes `A‌B` when some ZWNJ form of it
//!   is known, each of its parts has two letters or more, and it is more frequent than the
//!   glued form (`نمیدانم` → `نمی‌دانم`, `جمعهها` → `جمعه‌ها`; `تنها` and `آنها` stay).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::chars::flag;
use super::chars::{info, is_mark, ZWNJ};
use super::letters::persian_letter;

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

/// The loaded lexicon.
pub(crate) struct Lexicon {
    freq: HashMap<Box<str>, u64>,
    /// Glued key → the char indices (into the key) before which a ZWNJ goes.
    splits: HashMap<Box<str>, Box<[u16]>>,
    total: f64,
}

/// The lexicon, parsed on first use.
pub(crate) fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

/// Whether `c` joins the letter after it (so a ZWNJ after it shows).
fn joins_left(c: char) -> bool {
    info(c) & flag::JOINS_LEFT != 0
}

/// Appends the lookup key of `word` (see the module docs) to `out`.
pub(crate) fn key(word: &str, out: &mut String) {
    let start = out.len();
    let mut zwnj = false;
    for c in word.chars() {
        if c == ZWNJ {
            zwnj = true;
            continue;
        }
        if is_mark(c) || c == '\u{0640}' {
            continue;
        }
        let c = match c {
            '\u{06C0}' => '\u{0647}',
            c => persian_letter(c).unwrap_or(c),
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

impl Lexicon {
    fn load() -> Lexicon {
        let mut freq: HashMap<Box<str>, u64> = HashMap::with_capacity(60_000);
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
        // The best ZWNJ form of each glued key.
        let mut best: HashMap<String, (u64, Vec<u16>)> = HashMap::new();
        for (w, &n) in &freq {
            if !w.contains(ZWNJ) {
                continue;
            }
            let mut glued = String::with_capacity(w.len());
            let mut cuts = Vec::new();
            let mut i = 0u16;
            let mut part = 0usize;
            let mut short = false;
            for c in w.chars() {
                if c == ZWNJ {
                    cuts.push(i);
                    short |= part < 2;
                    part = 0;
                } else {
                    glued.push(c);
                    i += 1;
                    part += 1;
                }
            }
            if short || part < 2 {
                continue;
            }
            let e = best.entry(glued).or_insert((0, Vec::new()));
            if n > e.0 {
                *e = (n, cuts);
            }
        }
        let splits = best
            .into_iter()
            .filter(|(g, (n, _))| *n > freq.get(g.as_str()).copied().unwrap_or(0))
            .map(|(g, (_, cuts))| (g.into_boxed_str(), cuts.into_boxed_slice()))
            .collect();
        Lexicon {
            freq,
            splits,
            total: total.max(1) as f64,
        }
    }

    /// The frequency of a key (0 for an unknown word).
    pub(crate) fn freq(&self, key: &str) -> u64 {
        self.freq.get(key).copied().unwrap_or(0)
    }

    /// Where a glued word (a key without ZWNJ) gets its ZWNJs: char indices into the key.
    pub(crate) fn split(&self, key: &str) -> Option<&[u16]> {
        self.splits.get(key).map(|c| &c[..])
    }

    /// Whether `a B` (two keys with one space between them, `a` a Persian word ending in a
    /// letter) is written as one word. `buf` is scratch space.
    pub(crate) fn join(&self, a: &str, b: &str, buf: &mut String) -> bool {
        let Some(last) = a.chars().next_back() else {
            return false;
        };
        if b.is_empty() {
            return false;
        }
        buf.clear();
        buf.push_str(a);
        if joins_left(last) {
            buf.push(ZWNJ);
        }
        buf.push_str(b);
        let joined = self.freq(buf);
        if VERB_PREFIXES.contains(&a) {
            return joined > 0 || self.freq(b) < KNOWN;
        }
        if SUFFIXES.contains(&b) {
            return letters(a) >= 2;
        }
        if AFTER_HEH.contains(&b) && last == '\u{0647}' && letters(a) >= 2 {
            return true;
        }
        if !joins_left(last) || joined == 0 {
            return false;
        }
        let fa = self.freq(a).max(1) as f64;
        let fb = self.freq(b).max(1) as f64;
        (joined as f64 * self.total / (fa * fb)).ln() > MIN_PMI
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
        let mut b = String::new();
        assert!(l.join("می", "خواهم", &mut b));
        assert!(l.join("کتاب", "ها", &mut b));
        assert!(l.join("بین", "المللی", &mut b));
        assert!(l.join("سرمایه", "گذاری", &mut b));
        assert!(l.join("کرده", "اند", &mut b));
        assert!(!l.join("می", "سال", &mut b));
        assert!(!l.join("در", "این", &mut b));
        assert!(!l.join("شده", "است", &mut b));
        assert!(!l.join("مواد", "مخدر", &mut b));
    }

    #[test]
    fn splits_only_unknown_or_rare_glued_forms() {
        let l = get();
        assert_eq!(l.split("نمیدانم"), Some(&[3u16][..]));
        assert_eq!(l.split("جمعهها"), Some(&[4u16][..]));
        assert_eq!(l.split("تنها"), None);
        assert_eq!(l.split("آنها"), None);
        assert_eq!(l.split("میز"), None);
        assert_eq!(l.split("مید"), None);
    }
}
