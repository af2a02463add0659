//! Throughput of `Normalizer::default()` on the bench's scraped Persian text, for profiling (a
//! development aid): `cargo build --release --example nprof`, then
//! `perf stat -e instructions:u target/release/examples/nprof MODE` where MODE is `seg`
//! (segmentation only), `merged` (`segment_merged`), `spans` (normalization with spans given), `offsets` (with offsets) or
//! `setup` (nothing: the cost of building the input), `lexicon` (with `zwnj_lexicon`), `lexicon_clean` (the
//! same on its own output, which needs no change), `clean` (`clean` line by line), `lines` (`normalize` line by line) or anything
//! else (plain `normalize`).
//! `NPROF_ITERS` sets the number of runs (20). Instructions of one pass, under `valgrind
//! --tool=cachegrind --cache-sim=no`: the count with `NPROF_ITERS=2` less the count with 1 (the
//! first pass also unpacks the model and fills the caches; the second is the one a long run
//! sees). `NPROF_FILE=target/bench-corpus/fa.txt` measures a part of the real-text corpus.
//! `NPROF_HALVES=1` measures it much as `cargo bench --bench real` does (which shuffles the lines
//! first), on text the caches have not seen: one untimed pass over the file's first half of
//! lines, then the passes over the second half (not repeated); one pass's instructions are then
//! the count with `NPROF_ITERS=1` less the count with `NPROF_ITERS=0`.
fn main() {
    const PERSIAN: &str = "به گزارش خبرگزاري ايسنا، وزير امور خارجه روز سه شنبه ۱۱ شهريور ۱۳۹۶ در ديدار با همتاي روس خود گفت كه ايران از گفت و گوهاي آستانه حمايت مي كند. او افزود: «ما مي خواهيم اين روند ادامه پيدا كند و كشور ها بايد به توافق برسند.» اين ديدار در ساختمان وزارت خارجه برگزار شد و دو طرف درباره مسائل منطقه اي و همكاري هاي اقتصادي گفت و گو كردند.\n";
    let mode = std::env::args().nth(1).unwrap_or_default();
    // NPROF_FILE: measure that text (repeated to 4 MiB) instead of the bench paragraph.
    let base = std::env::var("NPROF_FILE")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_else(|| PERSIAN.to_owned());
    let halves = std::env::var_os("NPROF_HALVES").is_some();
    let (warm, text) = if halves {
        let lines: Vec<&str> = base.lines().collect();
        let (a, b) = lines.split_at(lines.len() / 2);
        (a.join("\n"), b.join("\n"))
    } else {
        let text = base.repeat(((4 << 20) / base.len().max(1)).max(1));
        (String::new(), text)
    };
    let n = naskh::normalize::Normalizer::default();
    // Only what the mode needs is built, so a profile of one mode shows that mode alone.
    let spans = match mode.as_str() {
        "spans" | "spans_offsets" => naskh::lang::segment(&text),
        _ => Vec::new(),
    };
    let lex = n.clone().zwnj_lexicon(true);
    let lex_clean = match mode.as_str() {
        "lexicon_clean" => lex.normalize(&text),
        _ => String::new(),
    };
    let iters: usize = std::env::var("NPROF_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let run = |text: &str| -> usize {
        match mode.as_str() {
            "seg" => naskh::lang::segment(text).len(),
            "merged" => naskh::lang::segment_merged(text).len(),
            "spans" => n.normalize_spans(text, &spans).len(),
            "spans_offsets" => n.normalize_spans_with_offsets(text, &spans).offsets.len(),
            "offsets" => n.normalize_with_offsets(text).offsets.len(),
            "setup" => 0,
            "lexicon" => lex.normalize(text).len(),
            "lexicon_clean" => lex.normalize(&lex_clean).len(),
            "lines" => text.lines().map(|l| n.normalize(l).len()).sum(),
            "clean" => {
                let opts = naskh::CleanOptions::default();
                text.lines()
                    .map(|l| naskh::clean(l, &opts).text.len())
                    .sum()
            }
            _ => n.normalize(text).len(),
        }
    };
    if halves {
        std::hint::black_box(run(&warm));
    }
    let t = std::time::Instant::now();
    let mut tot = 0;
    for _ in 0..iters {
        tot += run(&text);
    }
    let mb = iters as f64 * text.len() as f64 / (1 << 20) as f64;
    println!(
        "{mode}: {:.1} MiB/s ({tot})",
        mb / t.elapsed().as_secs_f64()
    );
}
