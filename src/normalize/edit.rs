//! The one editing primitive every normalization step is built on.
//!
//! A step walks its input from left to right and describes what happens to each piece of it:
//! kept, replaced, deleted (a replacement with nothing) or inserted (a replacement of nothing).
//! [`Rewriter`] turns that stream of edits into the output text and, when asked, into one input
//! byte range per output `char`. Unchanged stretches are copied in bulk, and nothing is allocated
//! until the first edit, so a step that finds nothing to do costs one scan.
//!
//! Steps chain: [`compose`] maps the offsets of a later step (into the text the earlier step
//! produced) through the offsets of the earlier step (into the original input).

use std::ops::Range;

/// Normalized text together with where each of its characters came from.
///
/// `offsets[i]` is the byte range of the *input* that produced the `i`-th `char` of `text`
/// (so `offsets.len() == text.chars().count()`). Ranges are non-decreasing in both ends; several
/// output characters share one range when one input character became several (a ligature such
/// as `ﻻ` → `لا`), and a range covers several input characters when they became one (`ا` +
/// `ٔ` → `أ`, or a run of spaces collapsed into one). Input characters that were deleted (tatweel,
/// bidi controls, extra spaces, stray ZWNJ, …) fall in the gaps between ranges.
///
/// ```
/// use naskh::normalize::Normalizer;
///
/// let input = "كتاب  ها";
/// let n = Normalizer::default().normalize_with_offsets(input);
/// assert_eq!(n.text, "کتاب\u{200c}ها");
/// // The first output char, `ک`, came from the Arabic `ك` (two bytes).
/// assert_eq!(n.offsets[0], 0..2);
/// // The ZWNJ replaced the two spaces.
/// assert_eq!(&input[n.offsets[4].clone()], "  ");
/// # Ok::<(), naskh::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// For every `char` of `text`, in order, the input byte range it came from.
    pub offsets: Vec<Range<usize>>,
}

impl Normalized {
    /// The input byte range that produced the output bytes `output` (which should lie on char
    /// boundaries of [`Normalized::text`]); `None` when `output` is out of bounds or empty.
    ///
    /// ```
    /// use naskh::normalize::Normalizer;
    ///
    /// let input = "سلام  دنيا";
    /// let n = Normalizer::default().normalize_with_offsets(input);
    /// let start = n.text.find("دنیا").ok_or(naskh::Error::Parse {
    ///     what: "example", input: n.text.clone(), reason: "not found".into() })?;
    /// let r = n.input_range(start..n.text.len()).ok_or(naskh::Error::Parse {
    ///     what: "example", input: n.text.clone(), reason: "no range".into() })?;
    /// assert_eq!(&input[r], "دنيا");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn input_range(&self, output: Range<usize>) -> Option<Range<usize>> {
        if output.start >= output.end || output.end > self.text.len() {
            return None;
        }
        let mut first: Option<&Range<usize>> = None;
        let mut last: Option<&Range<usize>> = None;
        for ((at, _), r) in self.text.char_indices().zip(&self.offsets) {
            if at >= output.end {
                break;
            }
            if at >= output.start {
                if first.is_none() {
                    first = Some(r);
                }
                last = Some(r);
            }
        }
        Some(first?.start..last?.end)
    }
}

/// The result of one step over one piece of text: the new text and, if offsets were requested,
/// one range per output char into the piece the step read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Piece {
    pub(crate) text: String,
    pub(crate) offsets: Option<Vec<Range<usize>>>,
}

/// Applies left-to-right edits to `input`; see the module docs.
pub(crate) struct Rewriter<'a> {
    input: &'a str,
    out: String,
    offsets: Option<Vec<Range<usize>>>,
    /// Input bytes before this position have been copied or edited.
    done: usize,
    changed: bool,
}

impl<'a> Rewriter<'a> {
    pub(crate) fn new(input: &'a str, offsets: bool) -> Self {
        Rewriter {
            input,
            out: String::new(),
            offsets: offsets.then(Vec::new),
            done: 0,
            changed: false,
        }
    }

    /// Copies the input up to byte `to` unchanged.
    fn keep_to(&mut self, to: usize) {
        if to <= self.done {
            return;
        }
        let Some(s) = self.input.get(self.done..to) else {
            return;
        };
        self.out.push_str(s);
        if let Some(offs) = self.offsets.as_mut() {
            let base = self.done;
            offs.extend(
                s.char_indices()
                    .map(|(i, c)| base + i..base + i + c.len_utf8()),
            );
        }
        self.done = to;
    }

    #[inline]
    fn start_edit(&mut self, at: usize) {
        if !self.changed {
            self.first_edit();
        }
        if at > self.done {
            self.keep_to(at);
        }
    }

    #[cold]
    fn first_edit(&mut self) {
        self.changed = true;
        self.out.reserve(self.input.len() + 16);
        if let Some(offs) = self.offsets.as_mut() {
            offs.reserve(self.input.len() / 2 + 16);
        }
    }

    /// Replaces input bytes `range` (char-aligned, not before earlier edits) with `with`.
    pub(crate) fn replace(&mut self, range: Range<usize>, with: &str) {
        self.start_edit(range.start);
        self.out.push_str(with);
        if let Some(offs) = self.offsets.as_mut() {
            let r = range.start.max(self.done)..range.end.max(self.done);
            offs.extend(with.chars().map(|_| r.clone()));
        }
        self.done = self.done.max(range.end);
    }

    /// Replaces input bytes `range` with the single char `c`.
    pub(crate) fn replace_char(&mut self, range: Range<usize>, c: char) {
        self.start_edit(range.start);
        self.out.push(c);
        if let Some(offs) = self.offsets.as_mut() {
            offs.push(range.start.max(self.done)..range.end.max(self.done));
        }
        self.done = self.done.max(range.end);
    }

    /// Deletes input bytes `range`.
    pub(crate) fn delete(&mut self, range: Range<usize>) {
        self.replace(range, "");
    }

    /// Replaces input bytes `range` with a piece computed from them; the piece's offsets are
    /// relative to `range.start`.
    pub(crate) fn splice(&mut self, range: Range<usize>, piece: &Piece) {
        self.start_edit(range.start);
        self.out.push_str(&piece.text);
        if let Some(offs) = self.offsets.as_mut() {
            let base = range.start;
            match &piece.offsets {
                Some(p) => offs.extend(p.iter().map(|r| base + r.start..base + r.end)),
                // A piece without offsets maps every char to the whole range.
                None => offs.extend(piece.text.chars().map(|_| range.clone())),
            }
        }
        self.done = self.done.max(range.end);
    }

    /// Where input byte `at` lands in the output, when nothing at or after `at` has been edited
    /// yet.
    pub(crate) fn output_at(&self, at: usize) -> usize {
        if self.changed {
            self.out.len() + at.saturating_sub(self.done)
        } else {
            at
        }
    }

    /// The output, or `None` when no edit was made (the output equals the input).
    pub(crate) fn finish(mut self) -> Option<Piece> {
        if !self.changed {
            return None;
        }
        self.keep_to(self.input.len());
        Some(Piece {
            text: self.out,
            offsets: self.offsets,
        })
    }
}

/// A [`Rewriter`] seen through a window: edits are given relative to byte `base` of its input
/// (a step that works on one line writes straight into the rewriter of the whole text).
pub(crate) struct Sink<'r, 'a> {
    pub(crate) rw: &'r mut Rewriter<'a>,
    pub(crate) base: usize,
}

impl Sink<'_, '_> {
    /// [`Rewriter::replace`] at `range` shifted by `base`.
    pub(crate) fn replace(&mut self, range: Range<usize>, with: &str) {
        self.rw
            .replace(range.start + self.base..range.end + self.base, with);
    }

    /// [`Rewriter::replace_char`] at `range` shifted by `base`.
    pub(crate) fn replace_char(&mut self, range: Range<usize>, c: char) {
        self.rw
            .replace_char(range.start + self.base..range.end + self.base, c);
    }

    /// [`Rewriter::delete`] at `range` shifted by `base`.
    pub(crate) fn delete(&mut self, range: Range<usize>) {
        self.rw
            .delete(range.start + self.base..range.end + self.base);
    }
}

/// Maps `outer` (ranges into `mid`) through `inner` (one range per char of `mid`, into the
/// original input). `None` stands for the identity map.
pub(crate) fn compose(
    mid: &str,
    inner: Option<&[Range<usize>]>,
    outer: Option<Vec<Range<usize>>>,
) -> Option<Vec<Range<usize>>> {
    let inner = match inner {
        None => return outer,
        Some(i) => i,
    };
    let outer = match outer {
        Some(o) => o,
        None => return Some(inner.to_vec()),
    };
    let starts: Vec<usize> = mid.char_indices().map(|(i, _)| i).collect();
    let end_of_input = inner.last().map_or(0, |r| r.end);
    let lookup = |byte: usize| -> Option<&Range<usize>> {
        // Index of the char of `mid` that contains `byte`.
        let idx = starts.partition_point(|&s| s <= byte).checked_sub(1)?;
        inner.get(idx)
    };
    Some(
        outer
            .into_iter()
            .map(|r| {
                if r.start >= r.end {
                    // An insertion: anchor it before the char at `r.start`.
                    let at = starts.partition_point(|&s| s < r.start);
                    let pos = inner.get(at).map_or(end_of_input, |x| x.start);
                    pos..pos
                } else {
                    let s = lookup(r.start).map_or(end_of_input, |x| x.start);
                    let e = lookup(r.end - 1).map_or(end_of_input, |x| x.end);
                    s..e.max(s)
                }
            })
            .collect(),
    )
}
