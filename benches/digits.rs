use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::digits;

fn bench(c: &mut Criterion) {
    let ascii = "The joint forces, backed by Russian airpower, have been pushing against the terrorists near the main road. ".repeat(10_000);
    let persian =
        "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ سازمان ملل متحد در گزارش تازه‌ای اعلام کرد که "
            .repeat(10_000);
    let mut g = c.benchmark_group("digits");
    g.throughput(Throughput::Bytes(ascii.len() as u64));
    g.bench_function("to_ascii/ascii_text", |b| {
        b.iter(|| digits::to_ascii(black_box(&ascii)).len())
    });
    g.bench_function("to_persian/ascii_text", |b| {
        b.iter(|| digits::to_persian(black_box(&ascii)).len())
    });
    g.throughput(Throughput::Bytes(persian.len() as u64));
    g.bench_function("to_ascii/persian_text", |b| {
        b.iter(|| digits::to_ascii(black_box(&persian)).len())
    });
    g.bench_function("to_persian/persian_text", |b| {
        b.iter(|| digits::to_persian(black_box(&persian)).len())
    });
    g.bench_function("to_arabic_indic/persian_text", |b| {
        b.iter(|| digits::to_arabic_indic(black_box(&persian)).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
