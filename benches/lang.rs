//! Throughput of `naskh::lang::segment` on the seed pages' lines (mostly English, a Persian
//! footer, some Russian) and on the Persian/Arabic lines of the dev set. Both come from
//! testdata/lang_dev.tsv, so the bench needs nothing outside the repository.
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::lang;

fn dev_texts(seed: bool) -> String {
    let mut out = String::new();
    for line in include_str!("../testdata/lang_dev.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.splitn(3, '\t');
        let (Some(cat), Some(_), Some(text)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        if (cat == "seed") == seed {
            // drop the dev set's ⟦xx|…⟧ label marks
            let plain: String = text
                .replace("⟦ar|", "")
                .replace("⟦fa|", "")
                .replace('⟧', "");
            out.push_str(&plain);
            out.push('\n');
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let seeds = dev_texts(true).repeat(40);
    let mixed = dev_texts(false).repeat(40);
    let mut g = c.benchmark_group("lang");
    g.throughput(Throughput::Bytes(seeds.len() as u64));
    g.bench_function("segment/seed_pages", |b| {
        b.iter(|| lang::segment(black_box(&seeds)).len())
    });
    g.throughput(Throughput::Bytes(mixed.len() as u64));
    g.bench_function("segment/persian_arabic_lines", |b| {
        b.iter(|| lang::segment(black_box(&mixed)).len())
    });
    g.bench_function("merge_neutral/persian_arabic_lines", |b| {
        b.iter(|| lang::merge_neutral(&lang::segment(black_box(&mixed))).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
