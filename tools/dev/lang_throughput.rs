//! Single-thread throughput of `naskh::lang::segment` and `segment_merged` on files (default: the dev-set lines):
//! `cargo run --release --example lang_throughput -- [FILE…]`.
use std::time::Instant;

fn main() -> std::io::Result<()> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let text = if files.is_empty() {
        include_str!("../../testdata/lang_dev.tsv").to_owned()
    } else {
        let mut t = String::new();
        for f in files {
            t.push_str(&std::fs::read_to_string(f)?);
            t.push('\n');
        }
        t
    };
    let reps = (20_000_000 / text.len().max(1)).max(1);
    let big = text.repeat(reps);
    let _ = naskh::lang::segment("سلام"); // unpacks the model once
    measure("segment", &big, |t| naskh::lang::segment(t).len());
    measure("segment_merged", &big, |t| {
        naskh::lang::segment_merged(t).len()
    });
    Ok(())
}

fn measure(name: &str, big: &str, f: impl Fn(&str) -> usize) {
    let start = Instant::now();
    let cpu_start = thread_cpu_ns();
    let spans = f(big);
    let secs = start.elapsed().as_secs_f64();
    let mb = big.len() as f64 / 1e6;
    print!(
        "{name}: {mb:.1} MB, {spans} spans: wall {:.1} MB/s",
        mb / secs
    );
    // On a busy machine wall time includes waiting for a core; the thread's own CPU time does not.
    if let (Some(a), Some(b)) = (cpu_start, thread_cpu_ns()) {
        print!(", CPU {:.1} MB/s", mb / ((b - a) as f64 / 1e9));
    }
    println!();
}

/// Nanoseconds this thread has run on a CPU (Linux: /proc/thread-self/schedstat).
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}
