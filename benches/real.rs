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
//! **Text the caches have not seen.** Each part's records (lines; pages of `mixed`) are shuffled
//! with a fixed seed and cut in two halves. Each iteration runs on a thread of its own, so the
//! segmenter's per-thread caches (word costs, character n-grams) start empty; it first runs the
//! row's function over the *warm* half, untimed — the caches then hold what a long run over such
//! text leaves in them, the frequent words and n-grams — and then is timed over the other half,
//! whose rarer words no earlier iteration put in a cache. The throughput is that half's bytes.

use criterion::{criterion_group, criterion_main, Bencher, Criterion, Throughput};
use naskh::normalize::Normalizer;
use naskh::{clean, lang, CleanOptions};
use std::hint::black_box;
use std::time::{Duration, Instant};

mod common;

/// A row's function over one text.
type TextFn<'a> = dyn Fn(&str) -> usize + Sync + 'a;

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
        // `clean` takes a page: a line of the sentence files, a page (blank-line separated)
        // of the mixed one; the other rows take the half as one text.
        let records: Vec<&str> = if *name == "mixed" {
            text.split("\n\n").collect()
        } else {
            text.lines().collect()
        };
        let sep = if *name == "mixed" { "\n\n" } else { "\n" };
        let (warm, timed) = common::unseen::halves(records);
        let warm_text = warm.join(sep);
        let timed_text = timed.join(sep);
        g.throughput(Throughput::Bytes(timed_text.len() as u64));
        let rows: [(&str, &TextFn); 3] = [
            ("normalize", &|t| normalizer.normalize(black_box(t)).len()),
            ("segment", &|t| lang::segment(black_box(t)).len()),
            ("segment_merged", &|t| {
                lang::segment_merged(black_box(t)).len()
            }),
        ];
        for (row, f) in rows {
            g.bench_function(format!("{row}/{name}"), |b| {
                unseen(b, || f(&warm_text), || f(&timed_text))
            });
        }
        let clean_all = |records: &[&str]| {
            records
                .iter()
                .map(|r| clean(black_box(r), &opts).text.len())
                .sum::<usize>()
        };
        g.bench_function(format!("clean/{name}"), |b| {
            unseen(b, || clean_all(&warm), || clean_all(&timed))
        });
    }
    g.finish();
}

/// Times `timed`, each iteration on a new thread (its thread-local caches empty) after an
/// untimed run of `warm` on that thread.
fn unseen(b: &mut Bencher<'_>, warm: impl Fn() -> usize + Sync, timed: impl Fn() -> usize + Sync) {
    b.iter_custom(|iters| {
        (0..iters)
            .map(|_| {
                std::thread::scope(|s| {
                    s.spawn(|| {
                        black_box(warm());
                        let start = Instant::now();
                        black_box(timed());
                        start.elapsed()
                    })
                    .join()
                    .unwrap_or_default()
                })
            })
            .sum::<Duration>()
    })
}

criterion_group!(benches, bench);
criterion_main!(benches);
