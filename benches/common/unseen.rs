//! How the real-text measurements cut a part into text to warm the caches with and text to
//! time (`benches/real.rs`, `tools/dev/lang_throughput.rs --unseen`): the records shuffled with
//! a fixed seed, the same cut every run, and halved.

/// `records` shuffled (Fisher–Yates with a fixed xorshift seed) and cut in two: (to warm the
/// caches with, to time).
pub fn halves<T>(mut records: Vec<T>) -> (Vec<T>, Vec<T>) {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in (1..records.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        records.swap(i, (x % (i as u64 + 1)) as usize);
    }
    let timed = records.split_off(records.len() / 2);
    (records, timed)
}
