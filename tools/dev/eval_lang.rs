//! Reads lines from standard input and prints, per line, a JSON array of
//! `[start, end, lang]` (byte offsets) spans from `naskh::lang::segment`.
//! Used by `tools/eval_lang.py` when the Python wheel is not installed.
use std::io::{self, BufRead, Write};

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        let spans = naskh::lang::segment(&line);
        let parts: Vec<String> = spans
            .iter()
            .map(|s| format!("[{},{},\"{}\"]", s.range.start, s.range.end, s.lang.code()))
            .collect();
        writeln!(out, "[{}]", parts.join(","))?;
    }
    Ok(())
}
