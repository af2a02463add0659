//! Character classes of the Arabic script shared by segmentation, normalization and the date
//! matcher.

/// Arabic combining marks (harakat, Quranic marks, superscript alef). Words keep them
/// (segmentation), folds drop them (the language model, the date matcher).
pub(crate) const fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_marks_and_letters_are_not() {
        for c in ['\u{064B}', '\u{0650}', '\u{0670}', '\u{06E1}', '\u{0615}'] {
            assert!(is_arabic_mark(c), "{c:?}");
        }
        for c in ['ا', 'ی', 'ک', '\u{0640}', '\u{200C}', 'a', '۱'] {
            assert!(!is_arabic_mark(c), "{c:?}");
        }
    }
}
