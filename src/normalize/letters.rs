//! The letter rules as data: each rule is one table of `(from, to)` letters. The general path's
//! per-char rule (`rules::letter_rule`), the change-trigger scan (`scan::may_change`'s sets)
//! and the one-pass lane's byte-level map ([`block_map`] of `PERSIAN_LETTERS`) all derive from
//! the tables. See "How to add a rule" in docs/normalize.md.

use crate::text::scan::BlockSet;

use super::chars::{
    ALEF, ALEF_MAKSURA, ALEF_WASLA, ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WITH_MADDA,
    ARABIC_KAF, ARABIC_YEH, HEH, PERSIAN_KAF, PERSIAN_YEH, TEH_MARBUTA,
};

/// Defines a letter rule: the table `$table` and the function `$func` that maps one char by it
/// (a `match` the compiler turns into a jump, written from the same list).
macro_rules! letter_rule {
    ($(#[$doc:meta])* $table:ident, $func:ident: $($from:path => $to:path),+ $(,)?) => {
        $(#[$doc])*
        pub(crate) const $table: &[(char, char)] = &[$(($from, $to)),+];

        $(#[$doc])*
        #[inline]
        pub(crate) fn $func(c: char) -> Option<char> {
            match c {
                $($from => Some($to),)+
                _ => None,
            }
        }
    };
}

letter_rule!(
    /// `persian_letters` (Persian spans): Arabic yeh and alef maksura → Persian yeh ی, Arabic kaf
    /// → Persian kaf ک.
    PERSIAN_LETTERS, persian_letter:
    ARABIC_YEH => PERSIAN_YEH,
    ALEF_MAKSURA => PERSIAN_YEH,
    ARABIC_KAF => PERSIAN_KAF,
);

letter_rule!(
    /// `arabic_alef` (Arabic spans): alef with madda or hamza, and alef wasla → bare alef ا.
    ARABIC_ALEF, arabic_alef:
    ALEF_WITH_MADDA => ALEF,
    ALEF_WITH_HAMZA_ABOVE => ALEF,
    ALEF_WITH_HAMZA_BELOW => ALEF,
    ALEF_WASLA => ALEF,
);

letter_rule!(
    /// `arabic_alef_maksura` (Arabic spans): alef maksura ى → yeh ي.
    ARABIC_ALEF_MAKSURA, arabic_alef_maksura: ALEF_MAKSURA => ARABIC_YEH,
);

letter_rule!(
    /// `arabic_teh_marbuta` (Arabic spans): teh marbuta ة → heh ه.
    ARABIC_TEH_MARBUTA, arabic_teh_marbuta: TEH_MARBUTA => HEH,
);

/// The index of a rule's `from` letter in the Arabic block U+0600–U+06FF (a build error for a
/// letter outside it).
const fn block_index(c: char) -> usize {
    let u = c as u32;
    assert!(
        u >= 0x0600 && u <= 0x06FF,
        "a letter rule maps a letter of the Arabic block"
    );
    (u - 0x600) as usize
}

/// The change-trigger set of a rule (see `scan::may_change`): its `from` letters.
#[allow(clippy::indexing_slicing)] // `k < table.len()`
pub(crate) const fn trigger_set(table: &[(char, char)]) -> BlockSet {
    let mut set = BlockSet::EMPTY;
    let mut k = 0;
    while k < table.len() {
        set = set.with(0x600 + block_index(table[k].0) as u32);
        k += 1;
    }
    set
}

/// A rule as a map over the Arabic block: for each char U+0600..=U+06FF, the letter the rule
/// writes for it, or `'\0'` when the rule leaves it (for hot paths that read bytes).
// Only ever evaluated at compile time (in statics): an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
pub(crate) const fn block_map(table: &[(char, char)]) -> [char; 256] {
    let mut map = ['\0'; 256];
    let mut k = 0;
    while k < table.len() {
        map[block_index(table[k].0)] = table[k].1;
        k += 1;
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_letters_write_what_the_key_fold_reads() {
        // The lexicon and the language model key words by `text::fold::SPELLING`: every pair of
        // the Persian letter rule is one of its pairs, so a normalized word keeps its key.
        for pair in PERSIAN_LETTERS {
            assert!(crate::text::fold::SPELLING.contains(pair), "{pair:?}");
        }
    }

    #[test]
    fn functions_and_tables_agree() {
        for (table, func) in [
            (PERSIAN_LETTERS, persian_letter as fn(char) -> Option<char>),
            (ARABIC_ALEF, arabic_alef),
            (ARABIC_ALEF_MAKSURA, arabic_alef_maksura),
            (ARABIC_TEH_MARBUTA, arabic_teh_marbuta),
        ] {
            for c in '\u{0600}'..='\u{06FF}' {
                let want = table.iter().find(|(f, _)| *f == c).map(|&(_, t)| t);
                assert_eq!(func(c), want, "{c:?}");
            }
        }
    }
}
