//! Arabic presentation forms (U+FB50..=U+FDFF, U+FE70..=U+FEFF) and the letters they show.
//!
//! Old PDF exports and some legacy sites write Arabic-script words in positional shapes and
//! ligatures (`ﻣﺪﺭﺳﺔ`, `ﻻ`) instead of letters. Two parts of naskh read words letter by letter
//! and need the letters: the date matcher (month names) and the language model (word lookup).
//! Both fold a form to its NFKC mapping, restricted to forms whose mapping is made only of
//! characters of the Arabic block — so one table, generated once, serves both.
//!
//! [`normalize`](crate::normalize) does not use it: it applies full NFKC to every presentation
//! form, including the spaced harakat and the ornate parentheses this table leaves out.
//!
//! The table is written by `tools/gen_presentation_forms.py`; `tools/check_presentation_forms.sh`
//! (run by `scripts/test.sh`) fails when the committed file differs from the script's output,
//! and a unit test here rebuilds it independently with the unicode-normalization crate.

mod table;

use table::PRESENTATION_FORMS;

/// The letters a presentation form shows (its NFKC mapping), or `None` when `c` is not one of
/// the forms in the table (plain letters, and forms whose NFKC is not only Arabic letters).
#[inline]
pub(crate) fn letters(c: char) -> Option<&'static str> {
    let i = PRESENTATION_FORMS
        .binary_search_by_key(&c, |&(f, _)| f)
        .ok()?;
    PRESENTATION_FORMS.get(i).map(|&(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(PRESENTATION_FORMS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn table_matches_nfkc() {
        // Rebuild the table of tools/gen_presentation_forms.py from the unicode-normalization
        // crate and compare; a difference means the generated file is stale or was edited.
        let mut rebuilt = Vec::new();
        for cp in (0xFB50u32..0xFE00).chain(0xFE70..0xFF00) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let n: String = c.to_string().nfkc().collect();
            let arabic = !n.is_empty() && n.chars().all(|x| ('\u{0600}'..='\u{06FF}').contains(&x));
            if n != c.to_string() && arabic {
                rebuilt.push((c, n));
            }
        }
        let committed: Vec<(char, String)> = PRESENTATION_FORMS
            .iter()
            .map(|&(c, s)| (c, s.to_string()))
            .collect();
        assert!(committed.len() > 600);
        assert_eq!(committed, rebuilt);
    }

    #[test]
    fn table_speaks_the_unicode_version_of_unicode_normalization() {
        // The generator's header names the UCD version it read; it must be the one the
        // unicode-normalization crate (naskh's run-time NFC/NFKC) was built from.
        let (major, minor, patch) = unicode_normalization::UNICODE_VERSION;
        let header = format!("// Unicode {major}.{minor}.{patch} (unicodedata2)");
        let table = include_str!("presentation_forms/table.rs");
        assert!(
            table.lines().any(|l| l.starts_with(&header)),
            "src/text/presentation_forms/table.rs was not generated from Unicode \
             {major}.{minor}.{patch}: pin that unicodedata2 in tools/requirements-unicode.txt \
             and run python3 tools/gen_presentation_forms.py"
        );
    }

    #[test]
    fn letters_of_forms_and_non_forms() {
        assert_eq!(letters('\u{FEFB}'), Some("\u{0644}\u{0627}")); // ﻻ → لا
        assert_eq!(letters('\u{FED7}'), Some("\u{0642}")); // ﻗ → ق
        assert_eq!(letters('\u{FDFC}'), Some("ریال")); // the Rial sign
        assert_eq!(letters('ق'), None);
        assert_eq!(letters('\u{FEFF}'), None); // BOM: not a letter form
        assert_eq!(letters('\u{FE70}'), None); // spaced fathatan: NFKC has a space
    }
}
