//! Throughput of `naskh::lang::segment` on the seed pages (mostly English, a Persian footer,
//! some Russian) and on the Persian/Arabic lines of the dev set. The seed pages are read from
//! `../shared/corpus/seeds` next to the repository (where `bench/compare.py` reads them too);
//! without them the bench uses the seed pages' lines kept in testdata/lang_dev.tsv.
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

/// The seed pages, joined, if they are next to the repository.
fn seed_pages() -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let pages: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    (!pages.is_empty()).then(|| pages.join("\n"))
}

fn bench(c: &mut Criterion) {
    let seeds = match seed_pages() {
        Some(pages) => pages,
        None => {
            eprintln!("seed pages not found; using their lines from testdata/lang_dev.tsv");
            dev_texts(true)
        }
    };
    let seeds = seeds.repeat(1_000_000 / seeds.len().max(1) + 1);
    let mixed = dev_texts(false).repeat(40);
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
