//! How the batch work scales on naskh's pool, in Rust alone (no Python): each file's lines run
//! through `normalize`, `segment` and `clean` with `naskh::parallel::map` (and `normalize` with
//! `map_ordered` in chunks of 256 lines, as the Python batches run), with `NASKH_NUM_THREADS`
//! threads — the ceiling the Python `*_batch` functions can reach.
//! `NASKH_NUM_THREADS=1 cargo run --release --example par_scale -- FILE…`, then with `=2`.
use std::time::Instant;

fn main() -> std::io::Result<()> {
    let normalizer = naskh::normalize::Normalizer::default();
    let opts = naskh::CleanOptions::default();
    for file in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&file)?;
        let lines: Vec<&str> = text.lines().collect();
        let mb = text.len() as f64 / 1e6;
        let best = |f: &dyn Fn() -> usize| {
            let mut best = f64::MAX;
            for _ in 0..7 {
                let start = Instant::now();
                std::hint::black_box(f());
                best = best.min(start.elapsed().as_secs_f64());
            }
            mb / best
        };
        let chunked = |f: &(dyn Fn(&str) -> usize + Sync)| {
            let mut n = 0;
            let chunks = lines.chunks(256).map(Ok::<_, ()>);
            let _ = naskh::parallel::map_ordered(
                chunks,
                |c: &[&str]| c.iter().map(|l| f(l)).sum::<usize>(),
                |w| w(),
                |r| {
                    n += r;
                    Ok(())
                },
            );
            n
        };
        let rows: [(&str, &dyn Fn() -> usize); 4] = [
            ("normalize, map_ordered", &|| {
                chunked(&|l| normalizer.normalize(l).len())
            }),
            ("normalize", &|| {
                naskh::parallel::map(&lines, |l| normalizer.normalize(l).len()).len()
            }),
            ("segment", &|| {
                naskh::parallel::map(&lines, |l| naskh::lang::segment(l).len()).len()
            }),
            ("clean", &|| {
                naskh::parallel::map(&lines, |l| naskh::clean(l, &opts).text.len()).len()
            }),
        ];
        for (name, f) in rows {
            println!(
                "{file} threads={} {name}: {:.1} MB/s",
                naskh::parallel::num_threads(),
                best(f)
            );
        }
    }
    Ok(())
}
