//! Operations that apply to every span whatever its language: presentation forms, tatweel,
//! bidi controls, Unicode spaces and NFC.
//!
//! They run *before* segmentation, so the language decision is made on text that already has
//! its final letters: `ﻣﺪﺭﺳﺔ` is segmented as `مدرسة`, the same text a second normalization
//! would see. That is half of what keeps normalization idempotent.

use unicode_normalization::UnicodeNormalization;

use super::chars::{
    is_bidi_control, is_presentation_form, is_space_separator, nfc_boundary, nfc_sensitive, TATWEEL,
};
use super::edit::{compose, Piece, Rewriter};
use super::Normalizer;

/// Runs the everywhere-operations over `line`; `None` when nothing changes.
pub(super) fn run(n: &Normalizer, line: &str, offsets: bool) -> Option<Piece> {
    let mut rw = Rewriter::new(line, offsets);
    let mut nfc_suspect = false;
    let mut buf = String::new();
    let bytes = line.as_bytes();
    // Chars of the Arabic block that no option here touches (most of a Persian or Arabic line,
    // NFC-insensitive when NFC is on) are stepped over without decoding them: the same test
    // that lets a line skip this function (`scan::everywhere_may_change`).
    let set = super::scan::everywhere_set(n);
    let mut i = 0;
    while i < bytes.len() {
        i = crate::text::scan::next_non_ascii(bytes, i);
        let rest = crate::text::sub_slice(bytes, i..);
        if matches!(rest, [0xD8..=0xDB, _, ..]) && !super::scan::everywhere_char(n, &set, rest) {
            i += 2;
            continue;
        }
        let Some(c) = line.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        let r = i..i + c.len_utf8();
        i = r.end;
        if n.presentation_forms && is_presentation_form(c) {
            buf.clear();
            for d in std::iter::once(c).nfkc() {
                if !(n.remove_tatweel && d == TATWEEL) {
                    buf.push(d);
                }
                nfc_suspect |= nfc_sensitive(d);
            }
            if buf.chars().ne(std::iter::once(c)) {
                rw.replace(r, &buf);
            }
        } else if (n.remove_tatweel && c == TATWEEL) || (n.remove_bidi && is_bidi_control(c)) {
            rw.delete(r);
        } else if n.unify_spaces && is_space_separator(c) {
            rw.replace(r, " ");
        } else if !nfc_suspect && nfc_sensitive(c) {
            nfc_suspect = true;
        }
    }
    let first = rw.finish();
    if !(n.nfc && nfc_suspect) {
        return first;
    }
    let mid: &str = first.as_ref().map_or(line, |p| p.text.as_str());
    let Some(second) = nfc_chunks(mid, offsets) else {
        return first;
    };
    match first {
        None => Some(second),
        Some(p) => Some(Piece {
            offsets: compose(&p.text, p.offsets.as_deref(), second.offsets),
            text: second.text,
        }),
    }
}

/// NFC, applied chunk by chunk: a chunk runs from one safe boundary (a starter that never
/// composes backwards) to the next, so each output chunk maps to its input chunk.
fn nfc_chunks(text: &str, offsets: bool) -> Option<Piece> {
    let mut rw = Rewriter::new(text, offsets);
    let mut chunk_start = 0;
    let mut suspect = false;
    let flush = |rw: &mut Rewriter<'_>, start: usize, end: usize, suspect: bool| {
        if !suspect {
            return;
        }
        if let Some(chunk) = text.get(start..end) {
            let composed: String = chunk.nfc().collect();
            if composed != chunk {
                rw.replace(start..end, &composed);
            }
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of ASCII and Arabic-block chars NFC leaves alone (most of a line): each is a
        // boundary, so the chunk before the run ends at its first char and the run's last char
        // starts the next chunk, as the step below would find char by char.
        let (run, mut last) = (i, i);
        loop {
            match crate::text::sub_slice(bytes, i..) {
                [0x00..=0x7F, ..] => {
                    last = i;
                    i += 1;
                }
                [x @ 0xD8..=0xDB, y, ..] if super::scan::nfc_inert_block_char(*x, *y) => {
                    last = i;
                    i += 2;
                }
                _ => break,
            }
        }
        if i > run {
            if run > chunk_start {
                flush(&mut rw, chunk_start, run, suspect);
            }
            chunk_start = last;
            suspect = false;
        }
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        if i > chunk_start && nfc_boundary(c) {
            flush(&mut rw, chunk_start, i, suspect);
            chunk_start = i;
            suspect = false;
        }
        suspect |= nfc_sensitive(c);
        i += c.len_utf8();
    }
    flush(&mut rw, chunk_start, text.len(), suspect);
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Letters, marks that reorder (fatha, shadda, kasra), marks that compose (madda, hamza
    /// above and below), Latin with combining accents, Hangul jamo, spaces.
    fn nfc_char() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::char::range('\u{0621}', '\u{064A}'),
            prop::char::range('\u{064B}', '\u{0655}'),
            Just('\u{0670}'),
            Just('\u{06D6}'),
            Just('\u{06C1}'),
            Just('\u{06D2}'),
            Just('e'),
            Just('\u{0301}'),
            Just('\u{0327}'),
            Just('\u{1100}'),
            Just('\u{1161}'),
            Just(' '),
        ]
    }

    proptest! {
        /// Chunk by chunk, with runs of inert chars stepped over, NFC gives what NFC of the
        /// whole text gives.
        #[test]
        fn nfc_by_chunks_is_nfc(chars in prop::collection::vec(nfc_char(), 0..40)) {
            let text: String = chars.into_iter().collect();
            let want: String = text.nfc().collect();
            let got = nfc_chunks(&text, false).map_or(text.clone(), |p| p.text);
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn composing_and_reordering_marks_are_found_between_inert_runs() {
        // alef + madda above composes to آ; shadda after fatha is reordered before it
        let text = "سلام ا\u{0653}ب ب\u{064E}\u{0651}ب abc";
        let got = nfc_chunks(text, true).unwrap();
        assert_eq!(got.text, text.nfc().collect::<String>());
        assert!(got.text.contains('\u{0622}'));
    }
}
