//! `clean` decides the words of a line normalization segmented and left as it was only once
//! (the normalizer hands their labels on); its spans must still be exactly those of segmenting
//! the normalized text afresh. Checked on generated lines (digits at line edges, where a line
//! alone and a line inside a text differ, Latin words, punctuation, CR LF) and on the
//! repository's texts, under several normalizers.

use naskh::clean::{clean, CleanOptions};
use naskh::dates;
use naskh::lang::{resolve_neutral, segment_merged, Span};
use naskh::normalize::{Normalizer, Preset};
use proptest::prelude::*;

/// The spans of `clean(text)` computed the plain way: normalize, then segment the result.
fn reference(text: &str, opts: &CleanOptions) -> (String, Vec<Span>) {
    let normalized = opts.normalizer.normalize(text);
    let whole: Vec<_> = dates::find_with(&normalized, &opts.find)
        .into_iter()
        .flatten()
        .map(|d| d.range)
        .collect();
    let spans = resolve_neutral(&normalized, &segment_merged(&normalized), &whole);
    (normalized, spans)
}

fn options() -> Vec<CleanOptions> {
    [Preset::Default, Preset::Search, Preset::Full, Preset::None]
        .into_iter()
        .map(|p| CleanOptions::default().normalizer(Normalizer::preset(p)))
        .chain([CleanOptions::default().normalizer(Normalizer::default().zwnj_lexicon(true))])
        .collect()
}

fn check(text: &str) -> Result<(), TestCaseError> {
    for opts in options() {
        let doc = clean(text, &opts);
        let (normalized, spans) = reference(text, &opts);
        prop_assert_eq!(&doc.text, &normalized);
        prop_assert_eq!(&doc.spans, &spans, "{:?} under {:?}", text, opts.normalizer);
    }
    Ok(())
}

const WORDS: &[&str] = &[
    "قال",
    "الرئيس",
    "في",
    "كلمته",
    "أمام",
    "البرلمان",
    "إن",
    "الحكومة",
    "ستواصل",
    "الله",
    "الذي",
    "مدينة",
    "وزير",
    "گفت",
    "سلام",
    "هم",
    "news",
    "کتاب",
    "كتاب",
    "مي",
    "خواهم",
    "ہے",
    "پښتو",
    "Tehran",
    "IRNA",
    "١٢",
    "۱۲",
    "٢٠٢٣",
    "۱۴۰۲",
    "12",
    "«",
    "»",
    "(",
    ")",
    ":",
    "،",
    ".",
    "-",
    "|",
];

fn line() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(WORDS),
            prop::sample::select(&[" ", " ", "", "  "][..]),
        ),
        0..14,
    )
    .prop_map(|v| {
        let mut s: String = v.into_iter().flat_map(|(a, b)| [a, b]).collect();
        s.truncate(s.trim_end().len());
        s
    })
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            line(),
            prop::sample::select(&["\n", "\n", "\r\n", " \n ", "\n\n"][..]),
        ),
        1..6,
    )
    .prop_map(|v| v.into_iter().flat_map(|(a, b)| [a, b.to_owned()]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn clean_spans_are_those_of_the_normalized_text(text in text()) {
        check(&text)?;
    }
}

#[test]
fn lines_with_digits_at_their_edges() {
    // Digits touching a line break count for no word inside a text, but for the word beside
    // them on the line alone: such lines are decided again.
    for text in [
        "١٢ قال الرئيس في كلمته أمام البرلمان إن الحكومة\nقال الرئيس في كلمته أمام البرلمان ٢٠٢٣",
        "قال الرئيس في كلمته أمام البرلمان إن الحكومة ۱۲\n۱۲ قال الرئيس في كلمته أمام البرلمان",
        "Tehran ١٢ قال الرئيس في كلمته أمام البرلمان إن الحكومة\r\n\r\nقال الرئيس في كلمته IRNA",
        // `هم` beside Persian digits is Persian on its line alone, Arabic inside a text (the
        // line's `في` makes normalization segment it)
        "IRNA\n۱۲ هم Tehran news agency في\nIRNA",
        "IRNA\nالذي Tehran news agency هم ۱۲\nIRNA",
    ] {
        if let Err(e) = check(text) {
            panic!("{e}");
        }
    }
}

/// A dev-set sentence without its `⟦label|…⟧` marks.
fn unmark(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('⟦') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        rest = rest.find('|').map_or("", |j| &rest[j + 1..]);
    }
    out.push_str(rest);
    out.replace('⟧', "")
}

#[test]
fn the_repository_texts() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = vec![std::fs::read_to_string(root.join("examples/news_page.txt")).unwrap()];
    for name in ["lang_dev.tsv", "lang_regional_dev.tsv", "zwnj_dev.tsv"] {
        let data = std::fs::read_to_string(root.join("testdata").join(name)).unwrap();
        // the file's text column as one text, and in pages of 40 lines
        let column: Vec<String> = data
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next_back())
            .map(unmark)
            .collect();
        texts.push(column.join("\n"));
        texts.extend(column.chunks(40).map(|c| c.join("\n")));
    }
    for text in &texts {
        if let Err(e) = check(text) {
            panic!("{e}");
        }
    }
}
