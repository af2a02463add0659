//! Lossless per-language text: `segment_resolved`, `resolve_neutral`, `split_by_language`.
//! The case table `testdata/split_cases.jsonl` is shared with pytest; the properties are checked
//! on generated mixed text with dates, digits, brackets and line breaks.

use std::collections::BTreeMap;

use naskh::dates;
use naskh::lang::{
    resolve_neutral, segment, segment_merged, segment_resolved, split_by_language, split_spans,
    Lang, Span,
};
use proptest::prelude::*;

fn code_to_lang(code: &str) -> Lang {
    match code {
        "fa" => Lang::Persian,
        "ar" => Lang::Arabic,
        "en" => Lang::English,
        "other" => Lang::Other,
        _ => panic!("unknown language code {code:?} in testdata/split_cases.jsonl"),
    }
}

#[test]
fn case_table() {
    let table = include_str!("../testdata/split_cases.jsonl");
    let mut n = 0;
    let mut failures = Vec::new();
    for line in table.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
        let text = row["text"].as_str().expect("text");
        let expected: BTreeMap<Lang, String> = row["languages"]
            .as_object()
            .expect("languages")
            .iter()
            .map(|(k, v)| (code_to_lang(k), v.as_str().expect("a string").to_owned()))
            .collect();
        let got = split_by_language(text);
        if got != expected {
            failures.push(format!(
                "row {} ({}): {text:?}\n  expected {expected:?}\n  got      {got:?}",
                row["id"], row["note"]
            ));
        }
        n += 1;
    }
    assert!(n >= 44, "the case table has only {n} rows");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn assert_tiles(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut pos = 0;
    for s in spans {
        prop_assert_eq!(s.range.start, pos, "gap or overlap in {:?}", text);
        prop_assert!(s.range.end > s.range.start, "empty span in {:?}", text);
        pos = s.range.end;
    }
    prop_assert_eq!(pos, text.len(), "spans do not reach the end of {:?}", text);
    Ok(())
}

/// Everything the resolved spans promise, for one text.
fn check_resolved(text: &str) -> Result<(), TestCaseError> {
    let spans = segment_resolved(text);
    assert_tiles(text, &spans)?;
    // (a numeric Solar Hijri date is Persian)
    let has_language =
        segment(text).iter().any(|s| s.lang != Lang::Neutral) || !dates::find(text).is_empty();
    for (i, s) in spans.iter().enumerate() {
        let piece = &text[s.range.clone()];
        if s.lang == Lang::Neutral && has_language {
            // only whitespace between two different languages stays neutral
            prop_assert!(
                piece.chars().all(char::is_whitespace),
                "neutral {:?} in {:?}",
                piece,
                text
            );
            let before = i.checked_sub(1).and_then(|j| spans.get(j)).map(|s| s.lang);
            let after = spans.get(i + 1).map(|s| s.lang);
            prop_assert!(
                before.is_some() && after.is_some() && before != after,
                "neutral whitespace {:?} not between two languages in {:?}",
                piece,
                text
            );
        }
        if let Some(next) = spans.get(i + 1) {
            prop_assert!(
                s.lang != next.lang,
                "touching spans of one language in {:?}",
                text
            );
        }
    }
    if !has_language {
        prop_assert!(spans.iter().all(|s| s.lang == Lang::Neutral));
    }
    // No date is cut between languages.
    for d in dates::find(text) {
        let inside = spans
            .iter()
            .any(|s| s.range.start <= d.range.start && d.range.end <= s.range.end);
        prop_assert!(
            inside,
            "date {:?} is cut in {:?}",
            &text[d.range.clone()],
            text
        );
    }
    // Every non-whitespace character is in exactly one language's text, in input order, and
    // each language's text is its spans joined by one separator.
    let parts = split_by_language(text);
    let given = split_spans(text, &spans);
    prop_assert_eq!(Ok(&parts), given.as_ref());
    let mut all = 0;
    for (lang, part) in &parts {
        let from_spans: String = spans
            .iter()
            .filter(|s| s.lang == *lang)
            .flat_map(|s| text[s.range.clone()].chars())
            .filter(|c| !c.is_whitespace())
            .collect();
        let in_part: String = part.chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert_eq!(&in_part, &from_spans);
        let pieces: Vec<&str> = spans
            .iter()
            .filter(|s| s.lang == *lang)
            .map(|s| &text[s.range.clone()])
            .collect();
        prop_assert_eq!(
            part.len(),
            pieces.iter().map(|p| p.len() + 1).sum::<usize>() - 1
        );
        all += in_part.chars().count();
    }
    let non_space = text.chars().filter(|c| !c.is_whitespace()).count();
    if has_language {
        prop_assert_eq!(all, non_space, "characters lost or doubled in {:?}", text);
    }
    Ok(())
}

const WORDS: &[&str] = &[
    "Talks",
    "resume",
    "in",
    "Astana",
    "IRNA",
    "September",
    "2017",
    "02",
    "9495",
    "3.5%",
    "$12",
    "سلام",
    "شهريور",
    "بازدید",
    "گفت",
    "کد",
    "خبر",
    "الذي",
    "في",
    "الله",
    "قال",
    "۷۲۶۸۱۵",
    "۲۵٬۰۰۰",
    "١٢",
    "۱۲",
    "Лента",
    "你好",
    "ہے",
    "|",
    "-",
    "—",
    "(",
    ")",
    "«",
    "»",
    "“",
    "”",
    "[",
    "]",
    ".",
    ",",
    "،",
    "؟",
    ":",
    "!",
    "…",
    "\"",
    "😀",
    "https://example.com/fa",
    "info@example.ir",
    "#Iran",
    "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵",
    "۱۴۰۲/۰۷/۰۱",
    "شنبه ۱ مهر ۱۴۰۲",
    "۱۵ حمل ۱۴۰۰",
    "1402/07/01",
    "\u{200C}",
    "\u{200F}",
];

fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(WORDS),
            prop::sample::select(&[" ", " ", "", "  ", "\n", "\r\n", " \n "][..]),
        ),
        0..30,
    )
    .prop_map(|v| v.into_iter().flat_map(|(a, b)| [a, b]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(768))]

    #[test]
    fn resolved_spans_lose_nothing(text in mixed_text()) {
        check_resolved(&text)?;
    }

    #[test]
    fn resolved_spans_lose_nothing_on_any_text(text in any::<String>()) {
        check_resolved(&text)?;
    }

    #[test]
    fn resolve_neutral_takes_any_spans(
        text in mixed_text(),
        cuts in prop::collection::vec((0usize..200, 0usize..200, 0u8..5), 0..8),
        keep in prop::collection::vec((0usize..200, 0usize..40), 0..4),
    ) {
        // Arbitrary (unsorted, overlapping, out-of-range) spans and ranges: no panic, and the
        // result still tiles the text.
        let langs = [Lang::Persian, Lang::Arabic, Lang::English, Lang::Other, Lang::Neutral];
        let spans: Vec<Span> = cuts
            .iter()
            .map(|&(a, b, l)| Span { range: a..b, lang: langs[usize::from(l)] })
            .collect();
        let keep: Vec<std::ops::Range<usize>> = keep.iter().map(|&(a, n)| a..a + n).collect();
        let out = resolve_neutral(&text, &spans, &keep);
        assert_tiles(&text, &out)?;
    }
}

#[test]
fn resolve_neutral_over_segment_equals_over_merged() {
    // The rules look at languages, not at how the words were grouped.
    for text in [
        "Talks resume in Astana. وی گفت: «این نشست فرصتی است» (IRNA)",
        "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | 9495 بازدید",
        "He said (إن الله مع الصابرين) and left.\nسلام\n|\nHello",
    ] {
        let dates: Vec<_> = dates::find(text).into_iter().map(|d| d.range).collect();
        assert_eq!(
            resolve_neutral(text, &segment(text), &dates),
            resolve_neutral(text, &segment_merged(text), &dates),
            "{text}"
        );
    }
}

/// Every text the repository holds (the sample page, every line and every cell of the case
/// tables and the dev set), each as a whole: nothing lost, no date cut.
#[test]
fn nothing_is_lost_on_the_repository_texts() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = vec![std::fs::read_to_string(root.join("examples/news_page.txt")).unwrap()];
    for name in [
        "lang_dev.tsv",
        "dates_cases.jsonl",
        "normalize_cases.tsv",
        "split_cases.jsonl",
    ] {
        let data = std::fs::read_to_string(root.join("testdata").join(name)).unwrap();
        texts.push(data.clone());
        for line in data.lines() {
            texts.push(line.to_owned());
            if name.ends_with(".jsonl") {
                let row: serde_json::Value = serde_json::from_str(line).unwrap();
                texts.push(row["text"].as_str().unwrap().to_owned());
            } else {
                texts.extend(line.split('\t').map(str::to_owned));
            }
        }
    }
    assert!(texts.len() > 2000, "only {} texts", texts.len());
    for text in &texts {
        if let Err(e) = check_resolved(text) {
            panic!("{e}");
        }
    }
}
