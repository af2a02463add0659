//! Byte offsets (Rust) → code-point indices (Python `str` indices, and the JSON the CLI and
//! [`crate::clean`] write).
//!
//! Results carry many offsets into one text; converting each by counting from the start would
//! be quadratic. [`CharIndex`] walks the text once, forward, as the offsets it is asked for
//! grow. One implementation serves the Python bindings, the `clean` JSON and `naskh dates`.

/// Converts non-decreasing byte offsets of one text into code-point indices in a single pass.
/// Offsets may also go backwards; it then restarts from the beginning (still correct, slower).
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharIndex {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point index of byte offset `at` (which must be on a char boundary; otherwise the
    /// index of the char containing it is returned).
    pub(crate) fn index(&mut self, at: usize) -> usize {
        if at < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let at = at.min(self.text.len());
        let slice = crate::text::sub_slice(self.text.as_bytes(), self.byte..at);
        self.chars += count_chars(slice);
        self.byte = at;
        self.chars
    }
}

/// The number of bytes of `bytes` that start a char: all but the UTF-8 continuation bytes
/// (`0b10xx_xxxx`).
///
/// Eight bytes at a time: this runs over every page the CLI writes (the offsets of its spans
/// cover the whole text), and counting byte by byte took about 5 instructions a byte, this
/// about half of one.
fn count_chars(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW_BYTES: u64 = 0x00ff_00ff_00ff_00ff;
    // Counts the continuation bytes among whole 8-byte words, in eight one-byte counters that
    // cannot overflow within 255 words.
    let continuation_bytes = |words: &[u8]| -> usize {
        let mut counters = 0u64;
        for word in words.chunks_exact(8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(word);
            let w = u64::from_le_bytes(w);
            // Bit 7 set and bit 6 clear, moved down to bit 0 of each byte.
            counters += ((w & !(w << 1)) >> 7) & ONES;
        }
        // Sum the eight counters (each at most 255) in four 16-bit lanes, then across.
        let pairs = (counters & LOW_BYTES) + ((counters >> 8) & LOW_BYTES);
        (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
    };
    let mut continuation = 0;
    let mut blocks = bytes.chunks_exact(8 * 255);
    for block in &mut blocks {
        continuation += continuation_bytes(block);
    }
    let rest = blocks.remainder();
    continuation += continuation_bytes(rest);
    let tail = rest.chunks_exact(8).remainder();
    continuation += tail.iter().filter(|&&b| b & 0xc0 == 0x80).count();
    bytes.len() - continuation
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_boundary_forward_backward_and_past_the_end() {
        let text = "a۱😀é\u{200c}b";
        let bounds: Vec<(usize, usize)> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .enumerate()
            .map(|(i, b)| (b, i))
            .collect();
        let mut idx = CharIndex::new(text);
        for &(b, i) in &bounds {
            assert_eq!(idx.index(b), i, "byte {b}");
        }
        for &(b, i) in bounds.iter().rev() {
            assert_eq!(idx.index(b), i, "byte {b} (backwards)");
        }
        assert_eq!(idx.index(text.len() + 10), text.chars().count());
    }

    proptest::proptest! {
        #[test]
        fn counts_chars_of_any_text(text in "\\PC{0,3000}", cut in 0usize..6000) {
            proptest::prop_assert_eq!(count_chars(text.as_bytes()), text.chars().count());
            // Any byte range, as the old byte-by-byte count did.
            let bytes = text.as_bytes();
            let part = bytes.get(cut.min(bytes.len())..).unwrap_or_default();
            let expected = part.iter().filter(|&&b| (b as i8) >= -0x40).count();
            proptest::prop_assert_eq!(count_chars(part), expected);
        }
    }
}
