//! Throughput of `dates::find` (Solar Hijri, and every calendar) and `dates::published` on the seed pages (few dates per page) and on Persian news text.
//!
//! The pages are `common::news_pages` (the sample pages' lines kept in `testdata/lang_dev.tsv`
//! and `examples/news_page.txt`, or `$NASKH_BENCH_PAGES`); each input is repeated to about 4 MB
//! so one iteration is long enough to time (a hot-cache input).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::dates;

mod common;
use common::repeat_to;

fn bench(c: &mut Criterion) {
    let seeds = repeat_to(&common::news_pages(), 4 << 20);
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
    // Every calendar in one pass (Gregorian and lunar Hijri dates as well).
    let every = dates::FindOptions::default().calendars(dates::Calendar::ALL);
    g.throughput(Throughput::Bytes(seeds.len() as u64));
    g.bench_function("find_all_calendars/seed_pages", |b| {
        b.iter(|| dates::find_with(black_box(&seeds), &every).len())
    });
    g.bench_function("published/seed_pages", |b| {
        b.iter(|| dates::published(black_box(&seeds)).is_some())
    });
    g.throughput(Throughput::Bytes(persian.len() as u64));
    g.bench_function(
        "find_all_calendars/persian_news_one_date_per_paragraph",
        |b| b.iter(|| dates::find_with(black_box(&persian), &every).len()),
    );
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
