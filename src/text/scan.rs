//! Byte scanning shared by segmentation and normalization.

/// Index of the first byte ≥ 0x80 at or after `from` (or `bytes.len()`).
pub(crate) fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    let rest = bytes.get(from..).unwrap_or_default();
    for chunk in rest.chunks(64) {
        if chunk.is_ascii() {
            i += chunk.len();
            continue;
        }
        return i + chunk.iter().position(|&b| b >= 0x80).unwrap_or(chunk.len());
    }
    bytes.len()
}

/// The code point of the two-byte UTF-8 sequence `lead`, `cont` (U+0080–U+07FF: the Arabic
/// block is lead bytes 0xD8–0xDB). The hot loops of the tokenizer, the model's word scan and the
/// normalizer's lane decode the Arabic block in place with it, without the general decoder.
#[inline(always)]
pub(crate) const fn two_byte(lead: u8, cont: u8) -> u32 {
    ((lead as u32 & 0x1F) << 6) | (cont as u32 & 0x3F)
}

/// The index in the main Arabic block (the code point less U+0600, 0..256) of the char whose
/// UTF-8 is `lead cont`, `lead` being 0xD8..=0xDB: for tables of the block read by the bytes.
#[inline(always)]
pub(crate) const fn block_index(lead: u8, cont: u8) -> usize {
    (((lead & 0x03) as usize) << 6) | (cont & 0x3F) as usize
}

/// The index of the char whose UTF-8 is `lead cont` in a table [`by_pair`] made: the two bytes
/// as a big-endian number less 0xD800, below 1,024 only for a lead byte 0xD8..=0xDB. A loop over
/// the Arabic block tests a pair with a subtraction and one load, its lead byte included.
#[inline(always)]
pub(crate) const fn pair_index(lead: u8, cont: u8) -> usize {
    (((lead as usize) << 8) | cont as usize).wrapping_sub(0xD800)
}

/// A table of the main Arabic block indexed by [`block_index`], indexed by [`pair_index`]
/// instead (0 for the pairs that are no char of the block).
#[allow(clippy::indexing_slicing)] // `i < 1024`, `block_index < 256`: evaluated at compile time
pub(crate) const fn by_pair(block: &[u8; 256]) -> [u8; 1024] {
    let mut t = [0u8; 1024];
    let mut i = 0;
    while i < 1024 {
        let cont = (i & 0xFF) as u8;
        if cont >= 0x80 && cont < 0xC0 {
            t[i] = block[block_index(0xD8 + (i >> 8) as u8, cont)];
        }
        i += 1;
    }
    t
}

/// The entry of a table [`by_pair`] made for the char whose UTF-8 is `lead cont` (any two
/// bytes): 0 unless they are a char of the main Arabic block.
#[inline(always)]
pub(crate) fn at_pair(table: &[u8; 1024], lead: u8, cont: u8) -> u8 {
    table.get(pair_index(lead, cont)).copied().unwrap_or(0)
}

/// A set of chars of the main Arabic block U+0600..=U+06FF, one bit each: 64 for each lead byte
/// 0xD8..=0xDB of their UTF-8, by the low six bits of the continuation byte, so that a hot loop
/// tests a char straight from its two bytes. Made at compile time from ranges or chars, or once
/// from a predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BlockSet([u64; 4]);

impl BlockSet {
    /// No char.
    pub(crate) const EMPTY: BlockSet = BlockSet([0; 4]);

    /// The set with code point `u` in it too (a build error, or a panic, for one outside the
    /// block).
    #[allow(clippy::indexing_slicing)] // an index past the block is the error asked for
    pub(crate) const fn with(mut self, u: u32) -> BlockSet {
        let i = u.wrapping_sub(0x600);
        self.0[(i >> 6) as usize] |= 1 << (i & 63);
        self
    }

    /// The chars of the inclusive ranges `ranges` (of code points of the block).
    #[allow(clippy::indexing_slicing)] // `k < ranges.len()`
    pub(crate) const fn of_ranges(ranges: &[(u32, u32)]) -> BlockSet {
        let mut set = BlockSet::EMPTY;
        let mut k = 0;
        while k < ranges.len() {
            let (lo, hi) = ranges[k];
            let mut u = lo;
            while u <= hi {
                set = set.with(u);
                u += 1;
            }
            k += 1;
        }
        set
    }

    /// The chars of the block for which `f` holds.
    pub(crate) fn of(f: impl Fn(char) -> bool) -> BlockSet {
        (0x600u32..0x700)
            .filter(|&u| char::from_u32(u).is_some_and(&f))
            .fold(BlockSet::EMPTY, BlockSet::with)
    }

    /// The chars of either set.
    pub(crate) const fn union(self, other: BlockSet) -> BlockSet {
        let (a, b) = (self.0, other.0);
        BlockSet([a[0] | b[0], a[1] | b[1], a[2] | b[2], a[3] | b[3]])
    }

    /// Whether code point `u` is in the set (`false` outside the block).
    #[inline]
    pub(crate) fn contains(&self, u: u32) -> bool {
        self.0
            .get((u.wrapping_sub(0x600) >> 6) as usize)
            .is_some_and(|w| (w >> (u & 63)) & 1 != 0)
    }

    /// Whether the char whose UTF-8 is `lead cont` is in the set; `lead` must be 0xD8..=0xDB
    /// (a char of the block), which only its low two bits are read of.
    #[inline(always)]
    pub(crate) fn contains_pair(&self, lead: u8, cont: u8) -> bool {
        (self.0.get(usize::from(lead & 3)).copied().unwrap_or(0) >> (cont & 0x3F)) & 1 != 0
    }

    /// [`BlockSet::contains_pair`] for any two bytes: `None` when they are no char of the block
    /// (the lead byte's range test is the array's bounds: a pair below 0xD800 wraps round).
    #[inline(always)]
    pub(crate) fn pair(&self, lead: u8, cont: u8) -> Option<bool> {
        let word = *self.0.get(pair_index(lead, cont) >> 8)?;
        Some((word >> (cont & 0x3F)) & 1 != 0)
    }
}

/// Whether `s` has an Arabic-script letter (Arabic, Arabic Supplement, presentation forms).
pub(crate) fn has_arabic_script(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().any(|&x| matches!(x, 0xD8..=0xDB | 0xDD))
        || memchr::memchr_iter(0xEF, b)
            .any(|i| b.get(i + 1).is_some_and(|y| (0xAD..=0xBB).contains(y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_index_is_the_offset_in_the_block() {
        for u in 0x0600..0x0700u32 {
            let mut b = [0u8; 2];
            char::from_u32(u).unwrap().encode_utf8(&mut b);
            assert_eq!(block_index(b[0], b[1]), (u - 0x600) as usize);
            assert_eq!(two_byte(b[0], b[1]), u);
        }
    }

    #[test]
    fn by_pair_holds_the_block_and_nothing_else() {
        let block: [u8; 256] = std::array::from_fn(|i| (i % 255 + 1) as u8);
        let pairs = by_pair(&block);
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                let got = at_pair(&pairs, x, y);
                let s = [x, y];
                let want = match std::str::from_utf8(&s).ok().and_then(|s| s.chars().next()) {
                    Some(c @ '\u{600}'..='\u{6ff}') => block[c as usize - 0x600],
                    _ => 0,
                };
                assert_eq!(got, want, "{x:#x} {y:#x}");
            }
        }
    }

    /// A set reads the same from a code point, from its two bytes and from any two bytes, and
    /// is what it was made of.
    #[test]
    fn block_sets_hold_what_they_were_made_of() {
        let ranges = BlockSet::of_ranges(&[(0x600, 0x601), (0x63F, 0x641), (0x6FF, 0x6FF)]);
        let odd = BlockSet::of(|c| (c as u32) % 3 == 1);
        let both = ranges.union(odd);
        for u in 0x5F0..0x710u32 {
            let in_ranges = matches!(u, 0x600..=0x601 | 0x63F..=0x641 | 0x6FF);
            let in_odd = (0x600..0x700).contains(&u) && u % 3 == 1;
            assert_eq!(ranges.contains(u), in_ranges, "U+{u:04X}");
            assert_eq!(odd.contains(u), in_odd, "U+{u:04X}");
            assert_eq!(both.contains(u), in_ranges || in_odd, "U+{u:04X}");
            let mut b = [0u8; 4];
            let s = char::from_u32(u).unwrap().encode_utf8(&mut b).as_bytes();
            let (x, y) = (s[0], s[1]);
            let block = (0x600..0x700).contains(&u);
            assert_eq!(
                both.pair(x, y),
                block.then_some(in_ranges || in_odd),
                "U+{u:04X}"
            );
            if block {
                assert_eq!(both.contains_pair(x, y), in_ranges || in_odd, "U+{u:04X}");
            }
        }
        assert_eq!(both.pair(b'a', b'b'), None);
        assert_eq!(both.pair(0xDC, 0x80), None);
    }

    #[test]
    fn next_non_ascii_finds_the_first_high_byte() {
        let text = "a".repeat(130) + "ب" + "c";
        assert_eq!(next_non_ascii(text.as_bytes(), 0), 130);
        assert_eq!(next_non_ascii(text.as_bytes(), 131), 131); // a continuation byte
        assert_eq!(next_non_ascii(b"abc", 0), 3);
        assert_eq!(next_non_ascii(b"abc", 7), 3);
    }

    #[test]
    fn arabic_script_is_seen_in_letters_and_presentation_forms() {
        assert!(has_arabic_script("hello سلام"));
        assert!(has_arabic_script("\u{FEFB}")); // ﻻ
        assert!(!has_arabic_script("hello Привет 你好"));
    }
}
