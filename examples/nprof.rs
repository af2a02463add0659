use naskh::normalize::Normalizer;
fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let mut page = String::new();
    let mut paths: Vec<_> = std::fs::read_dir("benches/pages")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        page.push_str(&std::fs::read_to_string(p).unwrap());
    }
    let page: String = if mode == "english" {
        page.lines()
            .filter(|l| !l.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
            .flat_map(|l| [l, "\n"])
            .collect()
    } else {
        page
    };
    let text = page.repeat((4 << 20) / page.len());
    let n = Normalizer::default();
    let t = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..50 {
        total += n.normalize(&text).len();
    }
    let el = t.elapsed().as_secs_f64();
    println!(
        "{mode} {} MB/s ({total})",
        (text.len() * 50) as f64 / el / 1e6
    );
}
