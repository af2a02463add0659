//! Property tests for `naskh::normalize`: idempotence for every preset, offset invariants,
//! Arabic and ASCII inputs, and no panic on arbitrary Unicode.

use naskh::normalize::{DigitMode, Normalized, Normalizer, Preset};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    // words the lexicon joins or splits (`zwnj_lexicon`)
    "نمیدانم",
    "ميگفت",
    "جمعهها",
    "سرمايه گذاري",
    "زمین لرزه",
    "ای",
    "کرده",
    "اند",
    "می",
    "سال",
    "سلامممم",
    "۹متر",
    "عرض6",
    // Persian, in clean and Arabic-keyboard spellings
    "کتاب",
    "كتاب",
    "پدر",
    "چشم",
    "ژاله",
    "گل",
    "می",
    "مي",
    "نمی",
    "نمي",
    "خواهم",
    "ها",
    "های",
    "هایی",
    "تر",
    "ترین",
    "بزرگ",
    "دیوار",
    "خانه",
    "خانۀ",
    "خانهء",
    "علی",
    "يك",
    "ي",
    "ك",
    "کتاب‌ها",
    "می‌روم",
    "ابزار",
    "روز",
    "بچه",
    "ۀ",
    "ء",
    "هء",
    "شیء",
    // Arabic
    "الصلاة",
    "على",
    "إلى",
    "أن",
    "مدرسة",
    "الكتاب",
    "العربية",
    "الذي",
    "قال",
    "في",
    "ٱلله",
    "آمن",
    "الْحَمْدُ",
    "ٌ",
    "َ",
    "ّ",
    "ٰ",
    "ٓ",
    "ٔ",
    "ٕ",
    "ى",
    "ة",
    "أ",
    // English and other scripts
    "Tehran",
    "iPhone",
    "hello",
    "World",
    "naïve",
    "Ωmega",
    "привет",
    "中文",
    // digits and numbers
    "1402",
    "۱۴۰۲",
    "١٤٠٢",
    "3.5",
    "۳٫۵",
    "٪",
    "٬",
    "1,000",
    // protected
    "https://example.com/كتاب?q=ي",
    "www.test.ir",
    "info@example.com",
    "#كتاب_خوب",
    "@ali",
    // punctuation
    ",",
    ";",
    "?",
    "،",
    "؟",
    "«",
    "»",
    ".",
    ":",
    "(",
    ")",
    "\"",
    "!",
    "...",
    "«",
    "»",
    "؟",
    // whitespace and invisibles
    " ",
    " ",
    "  ",
    "\t",
    "\u{00A0}",
    "\u{2009}",
    "\u{200C}",
    "\u{200C}\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{202B}",
    "\u{202C}",
    "\u{2067}",
    "\u{2069}",
    "\u{061C}",
    "ـ",
    "\n",
    "\r\n",
    "\r",
    // presentation forms
    "ﻻ",
    "ﺑ",
    "ﺔ",
    "ﻲ",
    "ﻙ",
    "ﷲ",
    "ﷺ",
    "ﹰ",
    "ﹱ",
    "ﻷ",
    "ﺇ",
    "\u{FEFF}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            piece(),
            prop::sample::select(&[" ", "", " ", "  ", "\u{200C}", "\n"][..]),
        ),
        0..24,
    )
    .prop_map(|v| v.into_iter().map(|(a, b)| a + b).collect())
}

fn normalizers() -> Vec<(&'static str, Normalizer)> {
    vec![
        ("default", Normalizer::preset(Preset::Default)),
        ("search", Normalizer::preset(Preset::Search)),
        ("none", Normalizer::preset(Preset::None)),
        ("full", Normalizer::preset(Preset::Full)),
        ("default+lexicon", Normalizer::default().zwnj_lexicon(true)),
        (
            "search+lexicon",
            Normalizer::preset(Preset::Search).zwnj_lexicon(true),
        ),
        (
            "punct+native",
            Normalizer::default()
                .persian_punctuation(true)
                .digits(DigitMode::Native),
        ),
        (
            "spacing+ellipsis+punct",
            Normalizer::default()
                .persian_spacing(true)
                .persian_ellipsis(true)
                .persian_punctuation(true),
        ),
        (
            "no-nfc,no-trim",
            Normalizer::preset(Preset::Search)
                .nfc(false)
                .trim_lines(false),
        ),
        (
            "no-presentation",
            Normalizer::default()
                .presentation_forms(false)
                .digits(DigitMode::Ascii),
        ),
    ]
}

/// Characters a normalizer may delete: what may sit in the gaps between offset ranges.
fn deletable(c: char) -> bool {
    use unicode_normalization::UnicodeNormalization;
    if matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') {
        // A presentation form whose letters were all deleted (e.g. tatweel + fathatan).
        let d: String = std::iter::once(c).nfkc().collect();
        if d.chars().ne(std::iter::once(c)) && d.chars().all(deletable) {
            return true;
        }
    }
    matches!(c,
        ' ' | '\t' | '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
        | '\u{200C}' | '\u{0640}' | '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' | '\u{064B}'..='\u{0652}' | '\u{0670}')
}

fn check_offsets(input: &str, n: &Normalized) -> Result<(), TestCaseError> {
    prop_assert_eq!(n.offsets.len(), n.text.chars().count());
    let mut prev_start = 0;
    let mut prev_end = 0;
    for r in &n.offsets {
        prop_assert!(
            r.start <= r.end && r.end <= input.len(),
            "{:?} out of bounds",
            r
        );
        prop_assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
        prop_assert!(r.start < r.end, "empty range {:?}", r);
        prop_assert!(
            r.start >= prev_start && r.end >= prev_end,
            "not monotone: {:?}",
            r
        );
        // Covering: whatever lies between consecutive ranges was deleted on purpose.
        if r.start > prev_end {
            let gap = &input[prev_end..r.start];
            prop_assert!(gap.chars().all(deletable), "uncovered {:?}", gap);
        }
        prev_start = r.start;
        prev_end = prev_end.max(r.end);
    }
    let tail = &input[prev_end..];
    // The tail may also hold line terminators after trimmed spaces.
    prop_assert!(
        tail.chars().all(|c| deletable(c) || c == '\n' || c == '\r'),
        "uncovered tail {:?}",
        tail
    );
    Ok(())
}

/// An independent statement of the whitespace options for ASCII lines.
fn ascii_reference(text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.split(['\n', '\r']).enumerate() {
        if i > 0 {
            // Put back the terminator that `split` removed.
            let consumed: usize = text.split(['\n', '\r']).take(i).map(|l| l.len() + 1).sum();
            out.push_str(&text[consumed - 1..consumed]);
        }
        let trimmed = line.trim_matches(|c| c == ' ' || c == '\t');
        let mut blanks = String::new();
        for c in trimmed.chars() {
            if c == ' ' || c == '\t' {
                blanks.push(c);
            } else {
                if blanks.len() >= 2 {
                    out.push(' ');
                } else {
                    out.push_str(&blanks);
                }
                blanks.clear();
                out.push(c);
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig {
        // PROPTEST_CASES raises this for a long run.
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1500),
        ..ProptestConfig::default()
    })]

    #[test]
    fn idempotent_and_offsets(text in mixed_text()) {
        for (name, n) in normalizers() {
            let once = n.normalize_with_offsets(&text);
            let twice = n.normalize(&once.text);
            prop_assert_eq!(&twice, &once.text, "preset {} not idempotent on {:?}", name, text);
            prop_assert_eq!(n.normalize(&text), once.text.clone());
            check_offsets(&text, &once)?;
        }
    }

    #[test]
    fn arbitrary_unicode_no_panic(text in any::<String>()) {
        for (name, n) in normalizers() {
            let once = n.normalize_with_offsets(&text);
            check_offsets(&text, &once)?;
            prop_assert_eq!(n.normalize(&once.text), once.text.clone(), "preset {}", name);
        }
    }

    #[test]
    fn none_changes_nothing(text in any::<String>()) {
        prop_assert_eq!(Normalizer::preset(Preset::None).normalize(&text), text);
    }

    #[test]
    fn ascii_changes_only_whitespace(
        text in prop::collection::vec(
            prop_oneof![
                prop::sample::select(&[" ", "  ", "\t", "\n", "\r\n", ",", "?", ";", "http://a.b/c?d", "a@b.co", "#x"][..]).prop_map(str::to_owned),
                "[ -~]{0,12}",
            ],
            0..20,
        ).prop_map(|v| v.concat())
    ) {
        for (name, n) in normalizers() {
            if name == "none" || name.contains("no-trim") {
                continue;
            }
            prop_assert_eq!(n.normalize(&text), ascii_reference(&text), "preset {}", name);
        }
    }

    #[test]
    fn arabic_is_unchanged_by_default(
        words in prop::collection::vec(
            prop::sample::select(&["الصلاة", "على", "إلى", "أن", "مدرسة", "العربية", "الذي", "المدينة", "أكبر", "الإسلام", "الكتاب", "مكتبة", "جامعة"][..]),
            1..12,
        )
    ) {
        let text = words.join(" ");
        prop_assert_eq!(Normalizer::preset(Preset::Default).normalize(&text), text.clone());
        prop_assert_eq!(
            Normalizer::default().persian_punctuation(true).digits(DigitMode::Native).normalize(&text),
            text
        );
    }

    /// Normalizing with caller spans works line by line: the whole text gives what its lines
    /// give one at a time, each with its spans clipped and shifted (spans cut anywhere, even
    /// inside words and across line breaks).
    #[test]
    fn given_spans_whole_text_equals_line_by_line(
        text in mixed_text(),
        cuts in prop::collection::vec((1usize..12, 0usize..6), 0..40),
    ) {
        use naskh::lang::{Lang, Span};
        let langs = [Lang::Persian, Lang::Arabic, Lang::English, Lang::Other, Lang::Neutral, Lang::Persian];
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mut spans = Vec::new();
        let mut k = 0;
        for (len, lang) in cuts {
            let end = (k + len).min(bounds.len() - 1);
            if end > k && lang != 5 {
                spans.push(Span { range: bounds[k]..bounds[end], lang: langs[lang] });
            }
            k = end;
        }
        for (name, n) in normalizers() {
            let whole = n.normalize_spans_with_offsets(&text, &spans);
            let mut expected = Normalized::default();
            let mut start = 0;
            for (i, b) in text.bytes().enumerate().chain([(text.len(), b'\n')]) {
                if b != b'\n' && b != b'\r' {
                    continue;
                }
                let line_spans: Vec<Span> = spans
                    .iter()
                    .filter(|s| s.range.end > start && s.range.start < i)
                    .map(|s| Span {
                        range: s.range.start.max(start) - start..s.range.end.min(i) - start,
                        lang: s.lang,
                    })
                    .collect();
                let line = n.normalize_spans_with_offsets(&text[start..i], &line_spans);
                expected.text.push_str(&line.text);
                expected.offsets.extend(line.offsets.iter().map(|r| r.start + start..r.end + start));
                if i < text.len() {
                    expected.text.push(b as char);
                    expected.offsets.push(i..i + 1);
                }
                start = i + 1;
            }
            prop_assert_eq!(&whole, &expected, "{} on {:?} with {:?}", name, text, spans);
        }
    }

    #[test]
    fn explicit_arabic_spans_keep_arabic(text in "[\u{0621}-\u{063F}\u{0641}-\u{064A} ]{1,30}") {
        use naskh::lang::{Lang, Span};
        let spans = [Span { range: 0..text.len(), lang: Lang::Arabic }];
        let out = Normalizer::default().normalize_spans_with_offsets(&text, &spans);
        prop_assert_eq!(out.text, ascii_reference_like(&text));
    }
}

/// Whitespace options applied to a text of letters and spaces.
fn ascii_reference_like(text: &str) -> String {
    text.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
