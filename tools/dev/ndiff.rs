//! Differential check for normalization (a development aid for optimising it): runs several
//! normalizers, with and without offsets and with and without caller-given spans, over a corpus
//! (the pages in `$NASKH_BENCH_PAGES` if set, the test-data files line by line, the example page, the bench text and a few
//! MB of generated mixed text from a fixed seed), and writes one hash per output.
//!
//! ```text
//! cargo run --release --example ndiff -- save /tmp/before.txt   # before a change
//! cargo run --release --example ndiff -- check /tmp/before.txt  # after: must print "same"
//! cargo run --release --example ndiff -- show DOC CONFIG MODE   # print one output
//! ```
use naskh::lang::{Lang, Span};
use naskh::normalize::{DigitMode, Normalized, Normalizer, Preset};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len())]
    }
}

const WORDS: &[&str] = &[
    "کتاب",
    "كتاب",
    "می",
    "مي",
    "نمی",
    "نمي",
    "خواهم",
    "ها",
    "های",
    "هاي",
    "هایی",
    "هایم",
    "هایشان",
    "تر",
    "ترین",
    "بزرگ",
    "دیوار",
    "ديوار",
    "خانه",
    "خانۀ",
    "خانهء",
    "هء",
    "قدیمی",
    "وزير",
    "ايران",
    "گفت",
    "كند",
    "همكاري",
    "الصلاة",
    "على",
    "أن",
    "إلى",
    "آمن",
    "ٱلله",
    "الْحَمْدُ",
    "لِلَّهِ",
    "مدرسة",
    "في",
    "النبي",
    "قال",
    "Tehran",
    "the",
    "quick",
    "café",
    "e\u{301}",
    "1402",
    "۱۴۰۲",
    "١٤٤٥",
    "۱۲٫۵",
    "٪۳",
    "3,000",
    "ﻻ",
    "ﷲ",
    "ﻣﺪﺭﺳﺔ",
    "ﮐﺘﺎﺏ",
    "کـتـاب",
    "مـــي",
    "ﺏ",
    "Ω",
    "ё",
    "中文",
    "😀",
    "ڕۆژ",
    "پاکستان",
    "ۓ",
    "ۃ",
    "ٹ",
];
const SEPS: &[&str] = &[
    " ",
    " ",
    " ",
    " ",
    " ",
    "  ",
    "   ",
    "\t",
    "\u{a0}",
    "\u{2009}",
    "\u{3000}",
    "\u{200c}",
    " \u{200c}",
    "\u{200c} ",
    "\u{200c}\u{200c}",
    "\u{200d}",
    "\u{200e}",
    "\u{200f}",
    "\u{2067}",
    "\u{202b}",
    ", ",
    "; ",
    "? ",
    "،",
    "؛ ",
    "؟",
    ". ",
    ": ",
    "«",
    "»",
    " (",
    ") ",
    "-",
    "/",
    "!",
    "…",
    "\u{61c}",
];
const MARKS: &[&str] = &[
    "\u{64e}", "\u{650}", "\u{64f}", "\u{651}", "\u{652}", "\u{64b}", "\u{670}", "\u{654}",
    "\u{653}", "\u{6d6}", "\u{6da}", "\u{610}", "\u{200c}", "ـ", "\u{301}",
];
const SPECIAL: &[&str] = &[
    "https://example.com/كتاب?a=ي,b",
    "www.test.ir/مي",
    "info@example.com",
    "a.b@c.co.",
    "#كتاب_خوب",
    "@ali_1",
    "#",
    "http://w.org/x_(y))",
    "ftp://x",
    "mailto:a@b.cd",
];

fn gen_line(r: &mut Rng, tokens: usize) -> String {
    let mut s = String::new();
    if r.below(8) == 0 {
        s.push_str(r.pick(SEPS));
    }
    for _ in 0..tokens {
        match r.below(20) {
            0 => s.push_str(r.pick(SPECIAL)),
            1 => s.push(char::from_u32(r.below(0x700) as u32 + 0x20).unwrap_or('x')),
            2 => s.push(char::from_u32(0xFB50 + r.below(0x4B0) as u32).unwrap_or('x')),
            3 | 4 => {
                let w = r.pick(WORDS);
                let cut = r.below(w.chars().count() + 1);
                s.extend(w.chars().take(cut));
                s.push_str(r.pick(MARKS));
                s.extend(w.chars().skip(cut));
            }
            _ => s.push_str(r.pick(WORDS)),
        }
        if r.below(6) != 0 {
            s.push_str(r.pick(SEPS));
        }
    }
    if r.below(8) == 0 {
        s.push_str(r.pick(SEPS));
    }
    s
}

fn gen_doc(r: &mut Rng, bytes: usize) -> String {
    let mut s = String::new();
    while s.len() < bytes {
        let tokens = match r.below(50) {
            0 => 3000,
            1..=5 => 0,
            _ => r.below(60),
        };
        s.push_str(&gen_line(r, tokens));
        s.push_str(match r.below(10) {
            0 => "\r\n",
            1 => "\r",
            _ => "\n",
        });
    }
    s
}

fn corpus() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = Vec::new();
    // NASKH_BENCH_PAGES: a directory of `.txt` pages to add to the corpus (the same directory
    // must be given to `save` and `check`).
    let mut paths: Vec<_> = std::env::var_os("NASKH_BENCH_PAGES")
        .and_then(|dir| std::fs::read_dir(dir).ok())
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    paths.sort();
    for p in paths {
        docs.push(std::fs::read_to_string(p).unwrap_or_default());
    }
    let mut data: Vec<_> = std::fs::read_dir(root.join("testdata"))
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    data.sort();
    for p in data {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext == "tsv" || ext == "jsonl" {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            for line in text.lines() {
                docs.push(line.to_owned());
                // The tsv fields with their escapes undone, as the tests see them.
                for field in line.split('\t') {
                    docs.push(
                        field
                            .replace("\\n", "\n")
                            .replace("\\t", "\t")
                            .replace("\\u{200c}", "\u{200c}"),
                    );
                }
            }
        }
    }
    docs.push(std::fs::read_to_string(root.join("examples/news_page.txt")).unwrap_or_default());
    const PERSIAN: &str = "به گزارش خبرگزاري ايسنا، وزير امور خارجه روز سه شنبه ۱۱ شهريور ۱۳۹۶ در ديدار با همتاي روس خود گفت كه ايران از گفت و گوهاي آستانه حمايت مي كند. او افزود: «ما مي خواهيم اين روند ادامه پيدا كند و كشور ها بايد به توافق برسند.» اين ديدار در ساختمان وزارت خارجه برگزار شد و دو طرف درباره مسائل منطقه اي و همكاري هاي اقتصادي گفت و گو كردند.\n";
    docs.push(PERSIAN.repeat(1000));
    let mut r = Rng(0x006e_6173_6b68);
    for _ in 0..3000 {
        let size = r.below(400);
        docs.push(gen_line(&mut r, size / 8));
    }
    for _ in 0..40 {
        let size = 10_000 + r.below(100_000);
        docs.push(gen_doc(&mut r, size));
    }
    docs
}

fn configs() -> Vec<(&'static str, Normalizer)> {
    vec![
        ("default", Normalizer::preset(Preset::Default)),
        ("search", Normalizer::preset(Preset::Search)),
        ("none", Normalizer::preset(Preset::None)),
        ("full", Normalizer::preset(Preset::Full)),
        (
            "native_punct",
            Normalizer::default()
                .digits(DigitMode::Native)
                .persian_punctuation(true),
        ),
        ("ascii", Normalizer::default().digits(DigitMode::Ascii)),
        ("no_zwnj", Normalizer::default().zwnj(false)),
        (
            "search_no_nfc",
            Normalizer::preset(Preset::Search).nfc(false),
        ),
        ("none_zwnj", Normalizer::preset(Preset::None).zwnj(true)),
        (
            "none_maksura_punct",
            Normalizer::preset(Preset::None)
                .arabic_alef_maksura(true)
                .persian_punctuation(true),
        ),
    ]
}

/// Spans cut at random char boundaries (inside words too), random languages, some gaps.
fn random_spans(doc: &str, seed: u64) -> Vec<Span> {
    let mut r = Rng(seed);
    let langs = [
        Lang::Persian,
        Lang::Persian,
        Lang::Arabic,
        Lang::English,
        Lang::Other,
        Lang::Neutral,
    ];
    let bounds: Vec<usize> = doc
        .char_indices()
        .map(|(i, _)| i)
        .chain([doc.len()])
        .collect();
    let mut spans = Vec::new();
    let mut k = 0;
    while k + 1 < bounds.len() {
        let max = if r.below(4) == 0 { 3 } else { 40 };
        let len = 1 + r.below(max);
        let end = (k + len).min(bounds.len() - 1);
        if r.below(7) != 0 {
            spans.push(Span {
                range: bounds[k]..bounds[end],
                lang: langs[r.below(langs.len())],
            });
        }
        k = end;
    }
    spans
}

const MODES: &[&str] = &[
    "plain",
    "offsets",
    "seg_spans",
    "seg_spans_offsets",
    "rand_spans",
    "rand_spans_offsets",
];

fn run(n: &Normalizer, doc: &str, mode: usize, seg: &[Span], rand: &[Span]) -> Normalized {
    let plain = |text: String| Normalized {
        text,
        offsets: Vec::new(),
    };
    match mode {
        0 => plain(n.normalize(doc)),
        1 => n.normalize_with_offsets(doc),
        2 => plain(n.normalize_spans(doc, seg)),
        3 => n.normalize_spans_with_offsets(doc, seg),
        4 => plain(n.normalize_spans(doc, rand)),
        _ => n.normalize_spans_with_offsets(doc, rand),
    }
}

fn hash(out: &Normalized) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    out.text.bytes().for_each(&mut eat);
    eat(0xFF);
    for r in &out.offsets {
        for x in [r.start, r.end] {
            (x as u64).to_le_bytes().into_iter().for_each(&mut eat);
        }
    }
    h
}

fn all_hashes() -> Vec<String> {
    let docs = corpus();
    let configs = configs();
    let mut lines = Vec::new();
    let mut bytes = 0;
    for (d, doc) in docs.iter().enumerate() {
        bytes += doc.len();
        let seg = naskh::lang::segment(doc);
        let rand = random_spans(doc, d as u64);
        for (name, n) in &configs {
            for (m, mode) in MODES.iter().enumerate() {
                let out = run(n, doc, m, &seg, &rand);
                lines.push(format!("{d} {name} {mode} {:016x}", hash(&out)));
            }
        }
    }
    eprintln!(
        "{} docs, {} bytes, {} outputs",
        docs.len(),
        bytes,
        lines.len()
    );
    lines
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("save") => {
            let out = all_hashes().join("\n") + "\n";
            std::fs::write(&args[1], out).expect("write");
        }
        Some("check") => {
            let want = std::fs::read_to_string(&args[1]).expect("read");
            let got = all_hashes();
            let mut bad = 0;
            for (w, g) in want.lines().zip(&got) {
                if w != g {
                    bad += 1;
                    if bad <= 20 {
                        println!("DIFF want {w}  got {g}");
                    }
                }
            }
            if bad == 0 && want.lines().count() == got.len() {
                println!("same ({} outputs)", got.len());
            } else {
                println!("{bad} differences");
                std::process::exit(1);
            }
        }
        Some("show") => {
            let docs = corpus();
            let d: usize = args[1].parse().expect("doc");
            let doc = &docs[d];
            let n = &configs()
                .into_iter()
                .find(|c| c.0 == args[2])
                .expect("config")
                .1;
            let m = MODES.iter().position(|&x| x == args[3]).expect("mode");
            let seg = naskh::lang::segment(doc);
            let rand = random_spans(doc, d as u64);
            let out = run(n, doc, m, &seg, &rand);
            println!(
                "INPUT {doc:?}\nOUTPUT {:?}\nOFFSETS {:?}",
                out.text, out.offsets
            );
        }
        _ => eprintln!("usage: ndiff save FILE | check FILE | show DOC CONFIG MODE"),
    }
}
