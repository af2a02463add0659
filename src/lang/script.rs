//! The modelled languages' alphabet: which Arabic-script letters none of them writes.

use super::model_meta::MODEL_LETTERS;
use crate::text::chars::{class_of, is_presentation_form, ARABIC};

/// An Arabic-script letter that none of the modelled languages uses: its share of the letters
/// of every word list the model is built from is below the generator's threshold (Jawi ڠ,
/// Arabic Extended letters, …). A word containing one belongs to none of them.
pub(crate) const fn is_foreign_arabic_letter(c: char) -> bool {
    // (presentation forms are read as the letters they show)
    class_of(c) == ARABIC && !is_presentation_form(c) && !in_model_alphabet(c)
}

/// Whether `c` is one of the modelled languages' letters ([`MODEL_LETTERS`]).
#[allow(clippy::indexing_slicing)] // `i < MODEL_LETTERS.len()`
const fn in_model_alphabet(c: char) -> bool {
    let mut i = 0;
    while i < MODEL_LETTERS.len() {
        let (lo, hi) = MODEL_LETTERS[i];
        if lo as u32 <= c as u32 && c as u32 <= hi as u32 {
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_letters_are_letters_and_fa_ar_ur_letters_are_not_foreign() {
        for c in ('\u{0600}'..='\u{08FF}').filter(|&c| is_foreign_arabic_letter(c)) {
            assert!(c.is_alphabetic(), "U+{:04X}", c as u32);
        }
        for c in "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإؤئءةيكىۀٹڈڑںھہےۓ".chars()
        {
            assert!(!is_foreign_arabic_letter(c), "{c}");
        }
        // the region's other languages are modelled: Kurdish, Pashto, Sindhi, Uyghur letters
        for c in "ڕڵۆێښړګڼېټډڄڃڇڪڻۋۇۈ".chars() {
            assert!(!is_foreign_arabic_letter(c), "{c}");
        }
        // Jawi nga, Arabic Extended-A
        for c in "ڠ\u{08A0}".chars() {
            assert!(is_foreign_arabic_letter(c), "{c}");
        }
    }
}
