use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naskh::calendar::{GregorianDate, JalaliDate};

/// 1,000,000 dates spread over the whole range (a fixed stride through the day numbers, so
/// every year and month appears and branch prediction gets no easy pattern).
fn dates() -> (Vec<JalaliDate>, Vec<GregorianDate>) {
    let first = JalaliDate::MIN.to_day_number();
    let span = JalaliDate::MAX.to_day_number() - first + 1;
    let days: Vec<i32> = (0..1_000_000i64)
        .map(|i| first + ((i * 7_919) % i64::from(span)) as i32)
        .collect();
    let jalali: Vec<JalaliDate> = days
        .iter()
        .map(|&d| JalaliDate::from_day_number(d).unwrap())
        .collect();
    let gregorian = jalali.iter().map(|d| d.to_gregorian()).collect();
    (jalali, gregorian)
}

fn bench(c: &mut Criterion) {
    let (jalali, gregorian) = dates();
    let mut g = c.benchmark_group("calendar");
    g.throughput(Throughput::Elements(jalali.len() as u64));
    g.bench_function("jalali_to_gregorian", |b| {
        b.iter(|| {
            black_box(&jalali)
                .iter()
                .map(|d| d.to_gregorian().day() as u32)
                .sum::<u32>()
        })
    });
    g.bench_function("gregorian_to_jalali", |b| {
        b.iter(|| {
            black_box(&gregorian)
                .iter()
                .map(|&d| JalaliDate::from_gregorian(d).map_or(0, |j| j.day() as u32))
                .sum::<u32>()
        })
    });
    g.bench_function("jalali_new_validate", |b| {
        b.iter(|| {
            black_box(&jalali)
                .iter()
                .map(|d| {
                    JalaliDate::new(d.year(), d.month(), d.day()).map_or(0, |j| j.day() as u32)
                })
                .sum::<u32>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
