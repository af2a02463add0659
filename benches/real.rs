//! Speed on real, varied text: the benchmark corpus of `bench/corpus/` (published Persian news
//! sentences, the same Persian as many Iranian sites type it — Arabic `ي ك`, no ZWNJ —, Arabic
//! news sentences, and mixed English/Persian/Arabic pages; no line repeated, so the segmenter's
//! word cache does not make every word free after the first paragraph as in the other benches'
//! "hot cache" rows). One thread.
//!
//! ```text
//! python3 bench/corpus.py --extract target/bench-corpus
//! NASKH_BENCH_CORPUS=target/bench-corpus cargo bench --bench real
//! ```
//!
//! Each row runs over the whole part per iteration. The segmenter's word cache (4,096 slots,
//! per thread) holds only a fraction of a part's 14,000–24,000 distinct words, so a later
//! iteration finds in it about what a long run over a corpus would: the frequent words.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::normalize::Normalizer;
use naskh::{clean, lang, CleanOptions};
use std::hint::black_box;

mod common;

fn bench(c: &mut Criterion) {
    let corpus = common::real_corpus();
    if corpus.is_empty() {
        return;
    }
    let normalizer = Normalizer::default();
    let opts = CleanOptions::default();
    let mut g = c.benchmark_group("real");
    g.sample_size(10);
    for (name, text) in &corpus {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("normalize/{name}"), |b| {
            b.iter(|| normalizer.normalize(black_box(text)).len())
        });
        g.bench_function(format!("segment/{name}"), |b| {
            b.iter(|| lang::segment(black_box(text)).len())
        });
        g.bench_function(format!("segment_merged/{name}"), |b| {
            b.iter(|| lang::segment_merged(black_box(text)).len())
        });
        // `clean` takes a page: a line of the sentence files, a page (blank-line separated)
        // of the mixed one.
        let records: Vec<&str> = if *name == "mixed" {
            text.split("\n\n").collect()
        } else {
            text.lines().collect()
        };
        g.bench_function(format!("clean/{name}"), |b| {
            b.iter(|| {
                records
                    .iter()
                    .map(|r| clean(black_box(r), &opts).text.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
