//! Byte offsets (Rust) → `str` indices (Python, code points): [`CharIndex`], shared with the
//! CLI and the `clean` JSON (see `src/char_index.rs`).

pub(crate) use crate::char_index::CharIndex;
