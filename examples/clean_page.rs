//! Clean one news page with the library: normalized text, the text of each language, and the
//! Solar Hijri dates with their Gregorian equivalents.
//!
//! ```text
//! cargo run --example clean_page                  # the bundled sample, examples/news_page.txt
//! cargo run --example clean_page -- page.txt      # any UTF-8 text file
//! ```
use naskh::{clean, CleanOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let page = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => include_str!("news_page.txt").to_owned(),
    };
    let doc = clean(&page, &CleanOptions::default());
    for (lang, text) in &doc.languages {
        let preview: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let preview: String = preview.chars().take(60).collect();
        println!(
            "{:>7}  {} chars  {preview}…",
            lang.code(),
            text.chars().count()
        );
    }
    for date in &doc.dates {
        println!(
            "date  {}  →  Jalali {}  Gregorian {}",
            date.as_str(&doc.text),
            date.jalali,
            date.isoformat()
        );
    }
    Ok(())
}
