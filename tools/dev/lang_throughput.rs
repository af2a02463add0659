//! Single-thread throughput of `naskh::lang::segment` and `segment_merged` on files (default: the dev-set lines):
//! `cargo run --release --example lang_throughput -- [FILE…]`.
//!
//! With `--unseen`, text the segmenter has not seen: the files' lines are shuffled (a fixed
//! seed), the first half segmented line by line to warm the word cache as a long run would, and
//! one pass over the second half timed, line by line. No word cache can hold the second half's
//! vocabulary from an earlier pass over the same text, which the repeated-input rows (and
//! criterion's iterations) allow once the cache outgrows the vocabulary.
use std::time::Instant;

#[path = "../../benches/common/unseen.rs"]
mod unseen;

fn main() -> std::io::Result<()> {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    let unseen = files.iter().any(|f| f == "--unseen");
    files.retain(|f| f != "--unseen");
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
    if unseen {
        return measure_unseen(&text);
    }
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
    report(name, big.len(), spans, start, cpu_start);
}

fn measure_unseen(text: &str) -> std::io::Result<()> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    let (warm, timed) = unseen::halves(lines);
    for l in warm {
        std::hint::black_box(naskh::lang::segment_merged(l));
    }
    let bytes: usize = timed.iter().map(|l| l.len() + 1).sum();
    let start = Instant::now();
    let cpu_start = thread_cpu_ns();
    let spans: usize = timed
        .iter()
        .map(|l| naskh::lang::segment_merged(l).len())
        .sum();
    report(
        "segment_merged, line by line, unseen half",
        bytes,
        spans,
        start,
        cpu_start,
    );
    Ok(())
}

/// Prints a row: wall-clock and (when known) CPU-time throughput since `start`.
fn report(name: &str, bytes: usize, spans: usize, start: Instant, cpu_start: Option<u64>) {
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
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
