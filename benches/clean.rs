//! The whole `clean` pipeline on news pages (`common::news_pages`: the sample pages' lines kept
//! in `testdata/lang_dev.tsv` and `examples/news_page.txt`, or `$NASKH_BENCH_PAGES`) and on the
//! Persian and Arabic lines of `examples/news_page.txt`, single thread.
//! `cargo bench --bench clean`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::{clean, CleanOptions};
use std::hint::black_box;

mod common;

fn bench(c: &mut Criterion) {
    let seeds = common::news_pages();
    let persian = include_str!("../examples/news_page.txt")
        .lines()
        .filter(|l| l.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
        .collect::<Vec<_>>()
        .join("\n");
    let opts = CleanOptions::default();
    let mut g = c.benchmark_group("clean");
    g.throughput(Throughput::Bytes(seeds.len() as u64));
    g.bench_function("seed_pages", |b| {
        b.iter(|| clean(black_box(&seeds), &opts).text.len())
    });
    g.throughput(Throughput::Bytes(persian.len() as u64));
    g.bench_function("persian_arabic_lines", |b| {
        b.iter(|| clean(black_box(&persian), &opts).text.len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
