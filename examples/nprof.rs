use naskh::normalize::Normalizer;
fn main() {
    let line = "به گزارش خبرگزاري ايسنا، وزير امور خارجه روز سه شنبه ۱۱ شهريور ۱۳۹۶ در ديدار با همتاي روس خود گفت كه ايران از گفت و گوهاي آستانه حمايت مي كند. او افزود: «ما مي خواهيم اين روند ادامه پيدا كند و كشور ها بايد به توافق برسند.»\n";
    let text = line.repeat(4000);
    let n = Normalizer::default();
    let t = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..5 {
        total += n.normalize(&text).len();
    }
    let el = t.elapsed().as_secs_f64();
    println!("{} MB/s ({total})", (text.len() * 5) as f64 / el / 1e6);
    let t = std::time::Instant::now();
    for _ in 0..5 {
        total += naskh::lang::segment(&text).len();
    }
    let el = t.elapsed().as_secs_f64();
    println!(
        "segment {} MB/s ({total})",
        (text.len() * 5) as f64 / el / 1e6
    );
}
