//! The whole `clean` pipeline on the seed pages and on Persian-heavy text, single thread.
//! `cargo bench --bench clean`.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::{clean, CleanOptions};

fn seed_pages() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    pages.push(include_str!("../examples/news_page.txt").to_owned());
    pages.join("\n")
}

fn bench(c: &mut Criterion) {
    let seeds = seed_pages();
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
