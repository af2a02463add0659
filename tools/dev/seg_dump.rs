//! Differential check for segmentation changes (a development aid): prints one hash per file of
//! its `segment` spans, merged spans and per-line spans, and asserts that `segment_merged` equals
//! `merge_neutral(segment(…))` on every file and line. Save the output of the old build, rebuild,
//! and `cmp` the two:
//! `cargo run --release --example seg_dump -- FILE… > before.txt`.
use std::hash::{Hash, Hasher};
fn main() {
    for p in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        let spans = naskh::lang::segment(&text);
        let merged = naskh::lang::merge_neutral(&spans);
        assert_eq!(merged, naskh::lang::segment_merged(&text), "{p}");
        let mut h = std::collections::hash_map::DefaultHasher::new();
        spans.hash(&mut h);
        merged.hash(&mut h);
        // also line by line
        for line in text.lines() {
            naskh::lang::segment(line).hash(&mut h);
            assert_eq!(
                naskh::lang::merge_neutral(&naskh::lang::segment(line)),
                naskh::lang::segment_merged(line),
                "{p}: {line}"
            );
        }
        println!("{:016x} {} {}", h.finish(), spans.len(), p);
    }
}
