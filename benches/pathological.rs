//! Linear time on pathological inputs: every public text function on each pathological shape
//! (one long mixed line, combining marks on one letter, near-dates, a ZWNJ run) at 1 MB and at
//! 8 MB. Time must grow about 8×; quadratic behaviour would show as 64×.
//!
//! `cargo bench --bench pathological` (about two minutes); the ratios, from criterion's output:
//! `python3 scripts/bench_ratios.py`. Only some shapes or functions: pass a filter, e.g.
//! `cargo bench --bench pathological -- zwnj_run`. Other sizes: `NASKH_BENCH_MB=8,32` (then
//! `python3 scripts/bench_ratios.py 8MB 32MB`).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use naskh::clean::{clean, CleanOptions};
use naskh::dates::{self, Format};
use naskh::normalize::Normalizer;
use naskh::{digits, lang};

const MB: usize = 1 << 20;

/// Builds a text of about the given size in bytes.
type Make = fn(usize) -> String;

/// The pathological shapes, each as a function of its size in bytes.
fn shapes() -> Vec<(&'static str, Make)> {
    fn repeat_to(unit: &str, bytes: usize) -> String {
        unit.repeat(bytes / unit.len())
    }
    vec![
        ("long_line", |n| {
            repeat_to(
                "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ The talks resumed. قال المتحدث إن ",
                n,
            )
        }),
        ("combining_marks", |n| {
            format!("ب{}", repeat_to("\u{064E}", n))
        }),
        ("near_dates", |n| repeat_to("۱۴۰۲/", n)),
        ("zwnj_run", |n| {
            format!("کتاب{}ها", repeat_to("\u{200C}", n))
        }),
    ]
}

/// The sizes to compare, in MB: `NASKH_BENCH_MB=8,32` overrides the default `1,8`.
fn sizes() -> Vec<usize> {
    let mut sizes: Vec<usize> = std::env::var("NASKH_BENCH_MB")
        .unwrap_or_default()
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = vec![1, 8];
    }
    sizes.into_iter().map(|n| n * MB).collect()
}

fn bench(c: &mut Criterion) {
    let normalizer = Normalizer::default();
    let options = CleanOptions::default();
    for (shape, make) in shapes() {
        let mut g = c.benchmark_group(format!("pathological/{shape}"));
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1));
        for size in sizes() {
            let text = make(size);
            let id = |name: &str| BenchmarkId::new(name, format!("{}MB", size / MB));
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(id("digits_to_ascii"), |b| {
                b.iter(|| digits::to_ascii(black_box(&text)).len())
            });
            g.bench_function(id("segment"), |b| {
                b.iter(|| lang::segment(black_box(&text)).len())
            });
            g.bench_function(id("dates_find"), |b| {
                b.iter(|| dates::find(black_box(&text)).len())
            });
            g.bench_function(id("dates_convert"), |b| {
                b.iter(|| dates::convert(black_box(&text), &Format::Iso).len())
            });
            g.bench_function(id("normalize_offsets"), |b| {
                b.iter(|| {
                    normalizer
                        .normalize_with_offsets(black_box(&text))
                        .offsets
                        .len()
                })
            });
            g.bench_function(id("clean"), |b| {
                b.iter(|| clean(black_box(&text), &options).text.len())
            });
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
