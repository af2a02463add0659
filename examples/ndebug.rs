use naskh::normalize::{Normalizer, Preset};
fn main() {
    for arg in std::env::args().skip(1) {
        let text = arg.replace("\\n", "\n");
        for p in [Preset::Default, Preset::Search, Preset::None] {
            let n = Normalizer::preset(p).normalize_with_offsets(&text);
            println!("{:?}: {:?} -> {:?} {:?}", p, text, n.text, n.offsets);
        }
        println!("segment: {:?}", naskh::lang::segment(&text));
    }
}
