//! Throughput of `naskh::normalize` on Persian news text (as scraped, and already clean), on
//! varied short Persian lines as scraped, on mostly-ASCII pages (an English article with a
//! Persian footer), with offsets, and with spans computed beforehand (segmentation excluded).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::normalize::Normalizer;

mod common;
use common::repeat_to;

/// Persian news prose as scraped: Arabic yeh/kaf, spaced `می` and `ها`, Persian digits.
const PERSIAN: &str = "به گزارش خبرگزاري ايسنا، وزير امور خارجه روز سه شنبه ۱۱ شهريور ۱۳۹۶ در ديدار با همتاي روس خود گفت كه ايران از گفت و گوهاي آستانه حمايت مي كند. او افزود: «ما مي خواهيم اين روند ادامه پيدا كند و كشور ها بايد به توافق برسند.» اين ديدار در ساختمان وزارت خارجه برگزار شد و دو طرف درباره مسائل منطقه اي و همكاري هاي اقتصادي گفت و گو كردند.\n";

/// An English news page as scraped: paragraphs with curly quotes, dashes and a few NBSPs, menu
/// lines, and a Persian footer that needs fixing (`ي`). Written for this bench. Set
/// `NASKH_BENCH_PAGES` to a directory of `.txt` pages to measure those instead.
fn news_page() -> String {
    if let Some(pages) = common::pages_from_env() {
        return pages;
    }
    let paragraph = "Negotiators from the three guarantor states met again on Monday in the capital, where \
        officials said the talks would focus on the ceasefire, the exchange of prisoners and the \
        delivery of aid to besieged towns. \u{201c}We expect a short round,\u{201d} a spokesman told \
        reporters \u{2013} adding that the agenda had been agreed in advance. The previous round \
        ended without a joint statement, but both delegations described it as constructive.\n";
    let mut page =
        String::from("Home\nNews \u{a0}/\u{a0} Middle East\n\nTalks resume in the capital\n\n");
    for _ in 0..8 {
        page.push_str(paragraph);
        page.push('\n');
    }
    page.push_str("Share this article\nRelated: Ministers meet ahead of the summit\n");
    page.push_str(
        "\u{6a9}\u{62f} \u{62e}\u{628}\u{631}: \u{6f7}\u{6f2}\u{6f6}\u{6f8}\u{6f1}\u{6f5}\n",
    );
    page.push_str("\u{6f1}\u{6f1} \u{634}\u{647}\u{631}\u{64a}\u{648}\u{631} \u{6f1}\u{6f3}\u{6f9}\u{6f6} - \u{6f2}\u{6f1}:\u{6f5}\u{6f5}\n");
    page
}

/// Varied Persian lines, damaged the way scraped text is: the Persian lines of the language
/// dev set (`testdata/lang_dev.tsv`, 335 lines of news, quotes, loanwords, footers; about 70
/// bytes each, 1,200 distinct words) with `ی` `ک` typed as `ي` `ك` and every ZWNJ as a space,
/// so that every line needs fixing. Unlike the paragraph above, its words do not all fit the
/// segmenter's word cache at once, and its lines are short.
fn varied_persian() -> String {
    common::dev_lines(|category, label| label == "fa" && category != "seed")
        .replace('ی', "ي")
        .replace('ک', "ك")
        .replace('\u{200c}', " ")
}

fn bench(c: &mut Criterion) {
    let n = Normalizer::default();
    // The opt-in lexicon ZWNJ rules (`zwnj_lexicon`).
    let lex = Normalizer::default().zwnj_lexicon(true);
    let persian = repeat_to(PERSIAN, 4 << 20);
    let clean = n.normalize(&persian);
    let clean_lex = lex.normalize(&persian);
    let ascii = repeat_to(&news_page(), 4 << 20);
    let spans = naskh::lang::segment(&persian);
    // The same page without its Persian lines (English with curly quotes, NBSP…).
    let english: String = news_page()
        .lines()
        .filter(|l| !l.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
        .flat_map(|l| [l, "\n"])
        .collect();
    let english = repeat_to(&english, 4 << 20);

    let mut g = c.benchmark_group("normalize");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(persian.len() as u64));
    g.bench_function("default/persian_scraped", |b| {
        b.iter(|| n.normalize(black_box(&persian)).len())
    });
    g.bench_function("zwnj_lexicon/persian_scraped", |b| {
        b.iter(|| lex.normalize(black_box(&persian)).len())
    });
    g.bench_function("default/persian_scraped_offsets", |b| {
        b.iter(|| n.normalize_with_offsets(black_box(&persian)).text.len())
    });
    g.bench_function("default/persian_scraped_given_spans", |b| {
        b.iter(|| n.normalize_spans(black_box(&persian), &spans).len())
    });
    g.bench_function("lang_segment_only/persian_scraped", |b| {
        b.iter(|| naskh::lang::segment(black_box(&persian)).len())
    });
    let varied = repeat_to(&varied_persian(), 4 << 20);
    assert!(varied.len() > 1 << 20, "testdata/lang_dev.tsv is missing");
    g.throughput(Throughput::Bytes(varied.len() as u64));
    g.bench_function("default/persian_varied_lines", |b| {
        b.iter(|| n.normalize(black_box(&varied)).len())
    });
    g.bench_function("zwnj_lexicon/persian_varied_lines", |b| {
        b.iter(|| lex.normalize(black_box(&varied)).len())
    });
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("default/persian_clean", |b| {
        b.iter(|| n.normalize(black_box(&clean)).len())
    });
    g.throughput(Throughput::Bytes(clean_lex.len() as u64));
    g.bench_function("zwnj_lexicon/persian_clean", |b| {
        b.iter(|| lex.normalize(black_box(&clean_lex)).len())
    });
    g.throughput(Throughput::Bytes(ascii.len() as u64));
    g.bench_function("default/mostly_ascii_pages", |b| {
        b.iter(|| n.normalize(black_box(&ascii)).len())
    });
    g.throughput(Throughput::Bytes(english.len() as u64));
    g.bench_function("default/english_pages", |b| {
        b.iter(|| n.normalize(black_box(&english)).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
