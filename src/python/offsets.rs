//! Byte offsets (Rust) → `str` indices (Python, code points).
//!
//! Results carry many offsets into one text; converting each by counting from the start would be
//! quadratic. [`CharIndex`] walks the text once, forward, as the offsets it is asked for grow.

/// Converts non-decreasing byte offsets of one text into code-point indices in a single pass.
/// Offsets may also go backwards; it then restarts from the beginning (still correct, slower).
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

#[allow(dead_code)] // used by the result types of the text modules
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
    #[allow(dead_code)]
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
