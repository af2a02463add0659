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
    let mut i = 0;
    while i < bytes.len() {
        i = crate::text::scan::next_non_ascii(bytes, i);
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
    for (i, c) in text.char_indices() {
        if i > chunk_start && nfc_boundary(c) {
            flush(&mut rw, chunk_start, i, suspect);
            chunk_start = i;
            suspect = false;
        }
        suspect |= nfc_sensitive(c);
    }
    flush(&mut rw, chunk_start, text.len(), suspect);
    rw.finish()
}
