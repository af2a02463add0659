//! Digit conversion: exact mappings, separators, allocation-free fast path, and property tests.

use std::borrow::Cow;

use naskh::digits::{convert, to_arabic_indic, to_ascii, to_persian, DigitAlphabet};
use proptest::prelude::*;

const PERSIAN: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
const ARABIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

#[test]
fn every_digit_maps_to_its_value() {
    for (value, (&fa, &ar)) in PERSIAN.iter().zip(ARABIC.iter()).enumerate() {
        let ascii = char::from_digit(value as u32, 10).unwrap().to_string();
        assert_eq!(to_ascii(&fa.to_string()), ascii);
        assert_eq!(to_ascii(&ar.to_string()), ascii);
        assert_eq!(to_persian(&ascii), fa.to_string());
        assert_eq!(to_persian(&ar.to_string()), fa.to_string());
        assert_eq!(to_arabic_indic(&ascii), ar.to_string());
        assert_eq!(to_arabic_indic(&fa.to_string()), ar.to_string());
    }
}

#[test]
fn seed_footer() {
    let footer = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017";
    assert_eq!(
        to_ascii(footer),
        "کد خبر: 726815 | 11 شهريور 1396 - 21:55 02 September 2017"
    );
    assert_eq!(
        to_persian(footer),
        "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ ۰۲ September ۲۰۱۷"
    );
    assert_eq!(
        to_arabic_indic(footer),
        "کد خبر: ٧٢٦٨١٥ | ١١ شهريور ١٣٩٦ - ٢١:٥٥ ٠٢ September ٢٠١٧"
    );
}

#[test]
fn arabic_separators_and_percent_only_in_to_ascii() {
    assert_eq!(to_ascii("٣٫١٤ و ١٬٠٠٠ و ٥٠٪"), "3.14 و 1,000 و 50%");
    assert_eq!(to_persian("٣٫١٤"), "۳٫۱۴");
    assert_eq!(to_arabic_indic("۳٫۱۴٪"), "٣٫١٤٪");
}

#[test]
fn mixed_alphabets_inside_one_number() {
    assert_eq!(to_ascii("۱۴۰2/٠٧/01"), "1402/07/01");
    assert_eq!(to_persian("۱۴۰2/٠٧/01"), "۱۴۰۲/۰۷/۰۱");
}

#[test]
fn nothing_to_change_borrows() {
    for s in [
        "",
        "hello",
        "سلام دنیا",
        "عربي: مرحبا",
        "\u{200C}\u{200F}",
        "٫٬٪",
    ] {
        if !s.contains(['٫', '٬', '٪']) {
            assert!(matches!(to_ascii(s), Cow::Borrowed(_)), "{s:?}");
        }
        assert!(matches!(to_persian(s), Cow::Borrowed(_)), "{s:?}");
        assert!(matches!(to_arabic_indic(s), Cow::Borrowed(_)), "{s:?}");
    }
    assert!(matches!(to_persian("۱۲۳"), Cow::Borrowed(_)));
    assert!(matches!(to_arabic_indic("١٢٣"), Cow::Borrowed(_)));
    assert!(matches!(to_ascii("123"), Cow::Borrowed(_)));
}

#[test]
fn other_unicode_digits_are_untouched() {
    // Devanagari, fullwidth and mathematical digits are not Persian/Arabic/ASCII digits.
    let s = "०१२ ０１２ 𝟘𝟙";
    assert_eq!(to_ascii(s), s);
    assert_eq!(to_persian(s), s);
    assert_eq!(to_arabic_indic(s), s);
}

#[test]
fn convert_dispatches_and_alphabet_parses() {
    assert_eq!(convert("12", "persian".parse().unwrap()), "۱۲");
    assert_eq!(convert("۱۲", "ascii".parse().unwrap()), "12");
    assert_eq!(convert("12", "arabic".parse().unwrap()), "١٢");
    let err = "klingon".parse::<DigitAlphabet>().unwrap_err();
    assert!(err.to_string().contains("klingon"), "{err}");
}

fn digit_heavy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,4}",
        "[۰-۹]{1,4}",
        "[٠-٩]{1,4}",
        Just("٫".to_string()),
        Just("٬".to_string()),
        Just("٪".to_string()),
        "[a-z ]{0,4}",
        "[آ-ی ]{0,4}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn round_trip_through_persian(s in digit_heavy()) {
        prop_assert_eq!(to_ascii(&to_persian(&s)).into_owned(), to_ascii(&s).into_owned());
    }

    #[test]
    fn round_trip_through_arabic_indic(s in digit_heavy()) {
        prop_assert_eq!(to_ascii(&to_arabic_indic(&s)).into_owned(), to_ascii(&s).into_owned());
    }

    #[test]
    fn persian_and_arabic_round_trip_each_other(s in digit_heavy()) {
        prop_assert_eq!(to_persian(&to_arabic_indic(&s)).into_owned(), to_persian(&s).into_owned());
        prop_assert_eq!(to_arabic_indic(&to_persian(&s)).into_owned(), to_arabic_indic(&s).into_owned());
    }

    #[test]
    fn idempotent(s in digit_heavy()) {
        let a = to_ascii(&s).into_owned();
        prop_assert_eq!(to_ascii(&a), a.as_str());
        let p = to_persian(&s).into_owned();
        prop_assert_eq!(to_persian(&p), p.as_str());
        let r = to_arabic_indic(&s).into_owned();
        prop_assert_eq!(to_arabic_indic(&r), r.as_str());
    }

    #[test]
    fn char_count_preserved(s in digit_heavy()) {
        let n = s.chars().count();
        prop_assert_eq!(to_ascii(&s).chars().count(), n);
        prop_assert_eq!(to_persian(&s).chars().count(), n);
        prop_assert_eq!(to_arabic_indic(&s).chars().count(), n);
    }

    #[test]
    fn only_digits_change(s in digit_heavy()) {
        // Character by character: a position changes only if it held a digit (or, for to_ascii,
        // one of the three Arabic separators), and then it holds the same digit value.
        for (orig, new) in s.chars().zip(to_persian(&s).chars()) {
            match orig.to_digit(10).or_else(|| PERSIAN.iter().position(|&c| c == orig).map(|p| p as u32)).or_else(|| ARABIC.iter().position(|&c| c == orig).map(|p| p as u32)) {
                Some(v) if orig.is_ascii_digit() || PERSIAN.contains(&orig) || ARABIC.contains(&orig) => prop_assert_eq!(new, PERSIAN[v as usize]),
                _ => prop_assert_eq!(new, orig),
            }
        }
        for (orig, new) in s.chars().zip(to_ascii(&s).chars()) {
            let expected = if let Some(p) = PERSIAN.iter().position(|&c| c == orig) {
                char::from_digit(p as u32, 10).unwrap()
            } else if let Some(p) = ARABIC.iter().position(|&c| c == orig) {
                char::from_digit(p as u32, 10).unwrap()
            } else {
                match orig { '٫' => '.', '٬' => ',', '٪' => '%', c => c }
            };
            prop_assert_eq!(new, expected);
        }
    }

    #[test]
    fn strings_without_digits_unchanged(s in "[^0-9۰-۹٠-٩٫٬٪]*") {
        prop_assert!(matches!(to_ascii(&s), Cow::Borrowed(_)));
        prop_assert!(matches!(to_persian(&s), Cow::Borrowed(_)));
        prop_assert!(matches!(to_arabic_indic(&s), Cow::Borrowed(_)));
    }
}
