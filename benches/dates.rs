//! Throughput of `dates::find` on the seed pages (few dates per page) and on Persian news text.
//!
//! The seed pages are read from `$NASKH_SEEDS` (default `/work/shared/corpus/seeds`), falling
//! back to `examples/news_page.txt` when that directory is missing; each input is repeated to
//! about 4 MB so one iteration is long enough to time.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::dates;

fn seeds() -> String {
    let dir = std::env::var("NASKH_SEEDS").unwrap_or_else(|_| "/work/shared/corpus/seeds".into());
    let mut text = String::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(s) = std::fs::read_to_string(&p) {
                text.push_str(&s);
                text.push('\n');
            }
        }
    }
    if text.is_empty() {
        text = include_str!("../examples/news_page.txt").to_string();
    }
    text
}

fn repeat_to(text: &str, bytes: usize) -> String {
    let n = (bytes / text.len().max(1)).max(1);
    text.repeat(n)
}

fn bench(c: &mut Criterion) {
    let seeds = repeat_to(&seeds(), 4 << 20);
    let persian = repeat_to(
        "سازمان ملل متحد در گزارش تازه‌ای اعلام کرد که بیش از ۱۲ میلیون نفر در سال گذشته آواره شده‌اند \
         و این رقم نسبت به سال ۲۰۲۲ افزایش ۸ درصدی داشته است. به گفته این سازمان، کمک‌های بشردوستانه \
         تنها ۳۵ درصد نیازها را پوشش داده و کمبود بودجه همچنان ادامه دارد. \
         کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ | ۹۴۹۵ بازدید\n",
        4 << 20,
    );
    let mut g = c.benchmark_group("dates");
    g.throughput(Throughput::Bytes(seeds.len() as u64));
    g.bench_function("find/seed_pages", |b| {
        b.iter(|| dates::find(black_box(&seeds)).len())
    });
    g.throughput(Throughput::Bytes(persian.len() as u64));
    g.bench_function("find/persian_news_one_date_per_paragraph", |b| {
        b.iter(|| dates::find(black_box(&persian)).len())
    });
    g.bench_function("convert_iso/persian_news_one_date_per_paragraph", |b| {
        b.iter(|| dates::convert(black_box(&persian), &dates::Format::Iso).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
