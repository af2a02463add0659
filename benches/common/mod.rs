//! Inputs shared by the criterion benches. Everything here is in the repository; a directory of
//! other pages can be measured instead by setting `NASKH_BENCH_PAGES`.
#![allow(dead_code)] // each bench uses only some of these

use std::path::Path;

pub mod unseen;

/// The language dev set (`testdata/lang_dev.tsv`): category, default label, text.
const DEV_SET: &str = include_str!("../../testdata/lang_dev.tsv");

/// The texts of the dev set's lines whose category and default label pass `keep`, one per line,
/// with the set's `⟦xx|…⟧` marks removed (the text inside them is kept).
pub fn dev_lines(keep: impl Fn(&str, &str) -> bool) -> String {
    let mut out = String::new();
    for line in DEV_SET.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.splitn(3, '\t');
        let (Some(category), Some(label), Some(text)) = (cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        if !keep(category, label) {
            continue;
        }
        let mut rest = text;
        while let Some(open) = rest.find('⟦') {
            out.push_str(&rest[..open]);
            rest = &rest[open + '⟦'.len_utf8()..];
            if let Some(bar) = rest.find('|') {
                rest = &rest[bar + 1..];
            }
            if let Some(close) = rest.find('⟧') {
                out.push_str(&rest[..close]);
                rest = &rest[close + '⟧'.len_utf8()..];
            }
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// News pages: the `.txt` files of `$NASKH_BENCH_PAGES` when that is set, else the dev set's
/// `seed` lines (the non-empty lines of five sample news pages — English articles with a
/// Persian footer, some Russian — deduplicated) followed by `examples/news_page.txt`.
pub fn news_pages() -> String {
    pages_from_env().unwrap_or_else(|| {
        let mut text = dev_lines(|category, _| category == "seed");
        text.push_str(include_str!("../../examples/news_page.txt"));
        text
    })
}

/// The `.txt` files of `$NASKH_BENCH_PAGES`, joined, when that variable is set.
pub fn pages_from_env() -> Option<String> {
    let dir = std::env::var_os("NASKH_BENCH_PAGES")?;
    let text = read_txt_dir(Path::new(&dir));
    assert!(
        !text.is_empty(),
        "NASKH_BENCH_PAGES={} holds no readable .txt file",
        Path::new(&dir).display()
    );
    Some(text)
}

fn read_txt_dir(dir: &Path) -> String {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    let pages: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    pages.join("\n")
}

/// `text` repeated until it is at least `bytes` long (a hot-cache input: every word repeats).
pub fn repeat_to(text: &str, bytes: usize) -> String {
    text.repeat(bytes / text.len().max(1) + 1)
}

/// The real-text corpus (`bench/corpus/`: published Persian, Arabic and mixed news text, no
/// line repeated; see its README), as `(name, text)` for `fa`, `fa_damaged` (the same Persian
/// typed with Arabic `ي ك` and no ZWNJ), `ar` and `mixed`, read from the `.txt` files that
/// `python3 bench/corpus.py --extract DIR` writes into `$NASKH_BENCH_CORPUS`. Empty (with a
/// note on stderr) when that is not set: the corpus is not part of the crate.
pub fn real_corpus() -> Vec<(&'static str, String)> {
    let Some(dir) = std::env::var_os("NASKH_BENCH_CORPUS") else {
        eprintln!(
            "NASKH_BENCH_CORPUS is not set: no real-text rows (run `python3 bench/corpus.py \
             --extract target/bench-corpus` and set NASKH_BENCH_CORPUS=target/bench-corpus)"
        );
        return Vec::new();
    };
    ["fa", "fa_damaged", "ar", "mixed"]
        .into_iter()
        .map(|name| {
            let path = Path::new(&dir).join(format!("{name}.txt"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("NASKH_BENCH_CORPUS: {}: {e}", path.display()));
            (name, text)
        })
        .collect()
}
