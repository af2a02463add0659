use naskh::normalize::Normalizer;
fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let line = "به گزارش خبرگزاري ايسنا، وزير امور خارجه روز سه شنبه ۱۱ شهريور ۱۳۹۶ در ديدار با همتاي روس خود گفت كه ايران از گفت و گوهاي آستانه حمايت مي كند. او افزود: «ما مي خواهيم اين روند ادامه پيدا كند و كشور ها بايد به توافق برسند.»\n";
    let mut text = line.repeat(4000);
    let n = Normalizer::default();
    if mode == "clean" { text = n.normalize(&text); }
    let spans = naskh::lang::segment(&text);
    let t = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..5 {
        total += if mode == "spans" { n.normalize_with_spans(&text, &spans).text.len() } else { n.normalize(&text).len() };
    }
    let el = t.elapsed().as_secs_f64();
    println!("{mode} {} MB/s ({total})", (text.len() * 5) as f64 / el / 1e6);
}
