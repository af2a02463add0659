use naskh::normalize::Normalizer;
fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let line = "به گزارش خبرگزاري ايسنا، وزير امور خارجه روز سه شنبه ۱۱ شهريور ۱۳۹۶ در ديدار با همتاي روس خود گفت كه ايران از گفت و گوهاي آستانه حمايت مي كند. او افزود: «ما مي خواهيم اين روند ادامه پيدا كند و كشور ها بايد به توافق برسند.»\n";
    let text = line.repeat(4000);
    let n = Normalizer::default();
    let spans = naskh::lang::segment(&text);
    let t = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..10 {
        total += match mode.as_str() {
            "spans" => n.normalize_spans(&text, &spans).len(),
            "segment" => naskh::lang::segment(&text).len(),
            _ => n.normalize(&text).len(),
        };
    }
    let el = t.elapsed().as_secs_f64();
    println!(
        "{mode} {} MB/s ({total})",
        (text.len() * 10) as f64 / el / 1e6
    );
}
