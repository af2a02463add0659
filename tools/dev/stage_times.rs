//! Times each stage of `clean` on `examples/news_page.txt` and the `.txt` pages in
//! `$NASKH_BENCH_PAGES` if set (a development aid, single thread):
//! `cargo run --release --features serde --example stage_times`. With `NASKH_STAGE_LINES=1`
//! every line of the pages is a document of its own (as `clean_batch` over a corpus's lines).
use std::time::Instant;

fn main() {
    // NASKH_BENCH_PAGES: a directory of `.txt` pages to measure beside the example page.
    let mut pages: Vec<String> = std::env::var_os("NASKH_BENCH_PAGES")
        .and_then(|dir| std::fs::read_dir(dir).ok())
        .map(|d| {
            d.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    pages.push(include_str!("../../examples/news_page.txt").to_owned());
    if std::env::var_os("NASKH_STAGE_LINES").is_some() {
        pages = pages
            .iter()
            .flat_map(|p| p.lines().filter(|l| !l.is_empty()).map(str::to_owned))
            .collect();
    }
    let target: usize = std::env::var("NASKH_STAGE_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000_000);
    let reps = target / pages.iter().map(String::len).sum::<usize>() + 1;
    let docs: Vec<&String> = (0..reps).flat_map(|_| pages.iter()).collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mb = bytes as f64 / 1e6;
    let n = naskh::normalize::Normalizer::default();
    let t = Instant::now();
    let normalized: Vec<String> = docs.iter().map(|d| n.normalize(d)).collect();
    println!("normalize      {:8.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let spans: Vec<_> = normalized
        .iter()
        .map(|d| naskh::lang::merge_neutral(&naskh::lang::segment(d)))
        .collect();
    println!("segment+merge  {:8.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    for (d, s) in normalized.iter().zip(&spans) {
        std::hint::black_box(naskh::lang::split_spans(d, s).ok());
    }
    println!("split_spans    {:8.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    for d in &normalized {
        std::hint::black_box(naskh::dates::find(d));
    }
    println!("dates::find    {:8.1} MB/s", mb / t.elapsed().as_secs_f64());
    let every = naskh::dates::FindOptions::default()
        .report_invalid(false)
        .calendars(naskh::dates::Calendar::ALL);
    let t = Instant::now();
    for d in &normalized {
        std::hint::black_box(naskh::dates::find_with(d, &every).len());
    }
    println!(
        "  every calendar {:6.1} MB/s (for `published`)",
        mb / t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    for (d, s) in normalized.iter().zip(&spans) {
        std::hint::black_box(naskh::lang::resolve_neutral(d, s, &[]));
    }
    println!("resolve_neutral{:8.1} MB/s", mb / t.elapsed().as_secs_f64());
    let opts = naskh::CleanOptions::default();
    let t = Instant::now();
    let cleaned: Vec<_> = docs.iter().map(|d| naskh::clean(d, &opts)).collect();
    println!("clean          {:8.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let mut out = 0;
    for c in &cleaned {
        out += serde_json::to_vec(c).map(|v| v.len()).unwrap_or(0);
    }
    println!(
        "to JSON        {:8.1} MB/s (input MB per s; {:.0} MB written)",
        mb / t.elapsed().as_secs_f64(),
        out as f64 / 1e6
    );
}
