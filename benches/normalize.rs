//! Throughput of `naskh::normalize` on Persian news text (as scraped, and already clean), on
//! mostly-ASCII pages (English articles with a Persian footer, from the shared seed corpus),
//! with offsets, and with spans computed beforehand (segmentation excluded).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::normalize::Normalizer;

/// Persian news prose as scraped: Arabic yeh/kaf, spaced `می` and `ها`, Persian digits.
const PERSIAN: &str = "به گزارش خبرگزاري ايسنا، وزير امور خارجه روز سه شنبه ۱۱ شهريور ۱۳۹۶ در ديدار با همتاي روس خود گفت كه ايران از گفت و گوهاي آستانه حمايت مي كند. او افزود: «ما مي خواهيم اين روند ادامه پيدا كند و كشور ها بايد به توافق برسند.» اين ديدار در ساختمان وزارت خارجه برگزار شد و دو طرف درباره مسائل منطقه اي و همكاري هاي اقتصادي گفت و گو كردند.\n";

fn seeds_page() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/pages");
    let mut page = String::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            page.push_str(&std::fs::read_to_string(p).unwrap_or_default());
        }
    }
    if page.is_empty() {
        page = "The joint forces, backed by Russian airpower, have been pushing against the terrorists near the main road.\nکد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵\n".into();
    }
    page
}

fn repeat_to(s: &str, bytes: usize) -> String {
    s.repeat(bytes / s.len().max(1) + 1)
}

fn bench(c: &mut Criterion) {
    let n = Normalizer::default();
    let persian = repeat_to(PERSIAN, 4 << 20);
    let clean = n.normalize(&persian);
    let ascii = repeat_to(&seeds_page(), 4 << 20);
    let spans = naskh::lang::segment(&persian);
    // The same pages without their Persian and Arabic lines (English with curly quotes, NBSP…).
    let english: String = seeds_page()
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
    g.bench_function("default/persian_scraped_offsets", |b| {
        b.iter(|| n.normalize_with_offsets(black_box(&persian)).text.len())
    });
    g.bench_function("default/persian_scraped_given_spans", |b| {
        b.iter(|| n.normalize_spans(black_box(&persian), &spans).len())
    });
    g.bench_function("lang_segment_only/persian_scraped", |b| {
        b.iter(|| naskh::lang::segment(black_box(&persian)).len())
    });
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("default/persian_clean", |b| {
        b.iter(|| n.normalize(black_box(&clean)).len())
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
