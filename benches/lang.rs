//! Throughput of `naskh::lang::segment` on the seed pages (mostly English, a Persian footer,
//! some Russian: their lines as kept in `testdata/lang_dev.tsv`, plus `examples/news_page.txt`, or
//! `$NASKH_BENCH_PAGES`) and on the Persian/Arabic lines of the dev set. Both are repeated (a
//! hot-cache input).
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::lang;

mod common;

fn bench(c: &mut Criterion) {
    let seeds = common::news_pages();
    let seeds = seeds.repeat(1_000_000 / seeds.len().max(1) + 1);
    let mixed = common::dev_lines(|category, _| category != "seed").repeat(40);
    let mut g = c.benchmark_group("lang");
    g.throughput(Throughput::Bytes(seeds.len() as u64));
    g.bench_function("segment/seed_pages", |b| {
        b.iter(|| lang::segment(black_box(&seeds)).len())
    });
    g.bench_function("segment_merged/seed_pages", |b| {
        b.iter(|| lang::segment_merged(black_box(&seeds)).len())
    });
    g.throughput(Throughput::Bytes(mixed.len() as u64));
    g.bench_function("segment/persian_arabic_lines", |b| {
        b.iter(|| lang::segment(black_box(&mixed)).len())
    });
    g.bench_function("merge_neutral/persian_arabic_lines", |b| {
        b.iter(|| lang::merge_neutral(&lang::segment(black_box(&mixed))).len())
    });
    g.bench_function("segment_merged/persian_arabic_lines", |b| {
        b.iter(|| lang::segment_merged(black_box(&mixed)).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
