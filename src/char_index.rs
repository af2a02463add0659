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
        let slice = self.text.as_bytes().get(self.byte..at).unwrap_or_default();
        // Count UTF-8 lead bytes (every byte that is not a continuation byte 0b10xx_xxxx).
        self.chars += slice.iter().filter(|&&b| (b as i8) >= -0x40).count();
        self.byte = at;
        self.chars
    }
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
}
