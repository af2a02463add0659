//! Resolved spans: every neutral run given to a language, so the text of each language loses
//! nothing but the whitespace between two languages.
//!
//! The rules follow the spirit of the Unicode bidi algorithm's rules for weak and neutral
//! characters (UAX #9, W and N rules), applied to languages instead of directions. The text is
//! cut into *pieces*: the words of a language (strong), whitespace runs, and *clusters* — runs
//! of neutral characters without whitespace (`.`, `۲۵٬۰۰۰`, `«`, `|`, `9495`). A date expression
//! given by the caller is one strong piece of its own language. Then, for each cluster, with `L`
//! the language before it and `R` the language after it *on the same line*:
//!
//! 1. no language on the line: the previous line's last language, else the next line's first,
//!    else the cluster stays neutral (a text with no language at all);
//! 2. only one of `L` and `R`, or both the same: that language;
//! 3. a cluster that touches one side (no space between) goes to that side; one that touches
//!    both is cut after its closing punctuation: what opens (`(`, `«`, `“`) goes right, the rest
//!    left;
//! 4. a cluster between two spaces: closing punctuation (`. , ; : ! ? ؟ ، ؛ … ) » ”`) at its end
//!    sends it left, opening punctuation at its start sends it right; Persian digits go to
//!    Persian and Arabic-Indic digits to Arabic when that is `L` or `R`; otherwise the side with
//!    fewer separators (`|`, `-`, `—`, …) between it and the language's word wins (a number
//!    belongs to its own phrase); on a tie ASCII digits go to English when that is a side, and
//!    anything else goes left.
//!
//! Whitespace goes to the language on both of its sides when they are the same, or to the only
//! language at an edge of the text; whitespace between two different languages is the only
//! text left [`Lang::Neutral`].

use std::ops::Range;

use super::{Lang, Span};

/// What a piece of text is, for resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Words of one language (or a date expression given to one language).
    Strong(Lang),
    /// A whitespace run; `newline` when it holds a line break.
    Space { newline: bool },
    /// Neutral characters without whitespace.
    Cluster,
}

#[derive(Debug, Clone)]
struct Piece {
    range: Range<usize>,
    kind: Kind,
    /// The resolved language (for strong pieces, their own).
    lang: Lang,
}

/// Gives every neutral run of `spans` (which tile `text`, as [`super::segment`] and
/// [`super::merge_neutral`] make them) to a language by the rules of this module, and returns
/// spans that tile `text`, joined where neighbours have the same language. Each range of
/// `keep_whole` (sorted, non-overlapping; for example the dates that [`crate::dates::find`]
/// returns) ends up inside one span: it goes whole to the language of most of its letters, or
/// to Persian when it has none (a numeric Solar Hijri date).
///
/// Positions outside every span count as neutral; spans that overlap an earlier one or do not
/// fall on character boundaries are ignored, as are such ranges of `keep_whole`.
///
/// ```
/// use naskh::lang::{resolve_neutral, segment_merged, Lang};
///
/// let text = "Talks resume in Astana. وی گفت: «این نشست فرصتی است» (IRNA)";
/// let spans = resolve_neutral(text, &segment_merged(text), &[]);
/// let parts: Vec<(&str, Lang)> = spans.iter().map(|s| (&text[s.range.clone()], s.lang)).collect();
/// assert_eq!(
///     parts,
///     [
///         ("Talks resume in Astana.", Lang::English),
///         (" ", Lang::Neutral),
///         ("وی گفت: «این نشست فرصتی است»", Lang::Persian),
///         (" ", Lang::Neutral),
///         ("(IRNA)", Lang::English),
///     ]
/// );
/// # Ok::<(), naskh::Error>(())
/// ```
pub fn resolve_neutral(text: &str, spans: &[Span], keep_whole: &[Range<usize>]) -> Vec<Span> {
    match one_language(text, spans, keep_whole) {
        Some(lang) => vec![Span {
            range: 0..text.len(),
            lang,
        }],
        None => resolve_pieces(text, spans, keep_whole),
    }
}

/// The language every piece of `text` goes to when the spans give text to one language only
/// (a line of one language): the rules then give every cluster and whitespace run that language, and one
/// span holds the whole text. That is so when the spans resolution keeps ([`kept_spans`]) are of one language
/// (or neutral), one of them has a letter (a strong piece: a span without one is read as
/// neutral), and no range kept whole can go to another language (there is none, or the
/// language is Persian, which a range without letters goes to). `None` otherwise: the pieces
/// are then resolved one by one ([`resolve_pieces`]).
fn one_language(text: &str, spans: &[Span], keep_whole: &[Range<usize>]) -> Option<Lang> {
    let mut lang: Option<Lang> = None;
    let mut strong = false;
    for (range, l) in kept_spans(text, spans) {
        if l == Lang::Neutral {
            continue;
        }
        match lang {
            Some(known) if known != l => return None,
            _ => lang = Some(l),
        }
        strong = strong || text.get(range).is_some_and(|p| p.contains(is_letter_like));
    }
    let lang = lang?;
    (strong && (keep_whole.is_empty() || lang == Lang::Persian)).then_some(lang)
}

/// The spans of `spans` that resolution reads, clamped as it reads them: each cut to start
/// where the one before it ended and to end inside `text`; those left empty or off a char
/// boundary are dropped (their text counts as neutral).
fn kept_spans<'a>(
    text: &'a str,
    spans: &'a [Span],
) -> impl Iterator<Item = (Range<usize>, Lang)> + 'a {
    let mut pos = 0;
    spans.iter().filter_map(move |s| {
        let (start, end) = (s.range.start.max(pos), s.range.end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return None;
        }
        pos = end;
        Some((start..end, s.lang))
    })
}

/// [`resolve_neutral`] by the rules, piece by piece.
fn resolve_pieces(text: &str, spans: &[Span], keep_whole: &[Range<usize>]) -> Vec<Span> {
    with_buffers(|b| {
        cut(text, spans, keep_whole, b);
        resolve_clusters(text, b);
        resolve_spaces(&mut b.pieces);
        let mut out: Vec<Span> = Vec::with_capacity(b.pieces.len() / 2 + 1);
        for p in &b.pieces {
            super::push_joined(&mut out, p.range.clone(), p.lang);
        }
        out
    })
}

/// The working lists of [`resolve_neutral`], kept per thread from call to call (emptied each
/// time): `clean` resolves every page, Python's `split` every text, and allocating three lists
/// a call was 1% of `clean`'s instructions on Persian lines.
#[derive(Default)]
struct Buffers {
    /// The spans as given, with the positions no span covers as neutral.
    raw: Vec<(Range<usize>, Lang)>,
    /// The pieces being resolved.
    pieces: Vec<Piece>,
    /// The left context of each piece ([`resolve_clusters`]).
    left: Vec<(Side, Option<Lang>)>,
}

/// Pieces a thread keeps room for between calls (more, from a huge text, are given back).
const KEPT_PIECES: usize = 4096;

/// Runs `f` with this thread's [`Buffers`] (as [`crate::text::with_local`] keeps them), then
/// empties them.
fn with_buffers<R>(f: impl FnOnce(&mut Buffers) -> R) -> R {
    thread_local! {
        static BUFFERS: std::cell::RefCell<Option<Buffers>> = const { std::cell::RefCell::new(None) };
    }
    crate::text::with_local(&BUFFERS, Buffers::default, |b| {
        let r = f(b);
        clear_kept(b);
        r
    })
}

/// Empties the lists, giving back room beyond [`KEPT_PIECES`] entries.
fn clear_kept(b: &mut Buffers) {
    b.raw.clear();
    b.raw.shrink_to(KEPT_PIECES);
    b.pieces.clear();
    b.pieces.shrink_to(KEPT_PIECES);
    b.left.clear();
    b.left.shrink_to(KEPT_PIECES);
}

/// Cuts `text` into pieces: strong spans as they are (split at the edges of `keep_whole`),
/// neutral spans into whitespace runs and clusters; each `keep_whole` range becomes strong.
fn cut(text: &str, spans: &[Span], keep_whole: &[Range<usize>], b: &mut Buffers) {
    // 1. The spans as given, with the uncovered positions as neutral.
    let raw = &mut b.raw;
    raw.clear();
    raw.reserve(spans.len() + 2);
    let mut pos = 0;
    for (range, lang) in kept_spans(text, spans) {
        if range.start > pos {
            raw.push((pos..range.start, Lang::Neutral));
        }
        pos = range.end;
        raw.push((range, lang));
    }
    if pos < text.len() {
        raw.push((pos..text.len(), Lang::Neutral));
    }

    // 2. Split at the edges of the ranges to keep whole.
    let mut bounds: Vec<Range<usize>> = Vec::with_capacity(keep_whole.len());
    let mut last_end = 0;
    for r in keep_whole {
        if r.start < last_end
            || r.start >= r.end
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        bounds.push(r.clone());
        last_end = r.end;
    }
    let pieces = &mut b.pieces;
    pieces.clear();
    pieces.reserve(raw.len() * 2);
    let mut b = 0; // the first bound that does not end before the current position
    for (range, lang) in raw.drain(..) {
        let mut start = range.start;
        while start < range.end {
            while bounds.get(b).is_some_and(|k| k.end <= start) {
                b += 1;
            }
            let (end, inside) = match bounds.get(b) {
                Some(k) if k.start <= start => (k.end.min(range.end), true),
                Some(k) if k.start < range.end => (k.start, false),
                _ => (range.end, false),
            };
            if inside {
                pieces.push(Piece {
                    range: start..end,
                    kind: Kind::Cluster, // made strong below, once the whole range is known
                    lang,
                });
            } else if lang == Lang::Neutral {
                split_neutral(text, start..end, pieces);
            } else {
                // A strong span cut by a kept range: the whitespace at the cut belongs to
                // neither side yet.
                let cut_before = start > range.start;
                let cut_after = end < range.end;
                strong_part(text, start..end, lang, cut_before, cut_after, pieces);
            }
            start = end;
        }
    }

    // 3. Each range to keep whole becomes one strong piece of its language.
    if bounds.is_empty() {
        return;
    }
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut i = 0;
    let mut k = 0;
    while let Some(p) = pieces.get(i) {
        while bounds.get(k).is_some_and(|r| r.end <= p.range.start) {
            k += 1;
        }
        match bounds.get(k) {
            Some(r) if r.start <= p.range.start && p.range.end <= r.end => {
                let first = i;
                while pieces.get(i).is_some_and(|q| q.range.end <= r.end) {
                    i += 1;
                }
                let lang = kept_lang(text, crate::text::sub_slice(pieces, first..i));
                out.push(Piece {
                    range: r.clone(),
                    kind: Kind::Strong(lang),
                    lang,
                });
            }
            _ => {
                out.push(p.clone());
                i += 1;
            }
        }
    }
    *pieces = out;
}

/// Pushes the strong piece `range` that a kept range cut: what comes before its first letter
/// (when `cut_before`) and after its last letter (when `cut_after`) is neutral — the `.` after a
/// date, the `: ` before one — and goes through the cluster rules like any neutral run; a part
/// with no letter at all is neutral whole.
fn strong_part(
    text: &str,
    range: Range<usize>,
    lang: Lang,
    cut_before: bool,
    cut_after: bool,
    out: &mut Vec<Piece>,
) {
    let part = crate::text::sub(text, range.clone());
    debug_assert_eq!(
        part.len(),
        range.len(),
        "strong range {range:?} is not a slice"
    );
    let Some(first) = part.find(is_letter_like) else {
        split_neutral(text, range, out);
        return;
    };
    let last_end = part
        .char_indices()
        .rev()
        .find(|&(_, c)| is_letter_like(c))
        .map_or(part.len(), |(i, c)| i + c.len_utf8());
    let lead = if cut_before { first } else { 0 };
    let trail = if cut_after { part.len() - last_end } else { 0 };
    let (inner_start, inner_end) = (range.start + lead, range.end - trail);
    if lead > 0 {
        split_neutral(text, range.start..inner_start, out);
    }
    out.push(Piece {
        range: inner_start..inner_end,
        kind: Kind::Strong(lang),
        lang,
    });
    if trail > 0 {
        split_neutral(text, inner_end..range.end, out);
    }
}

/// The language of a kept range made of `inside`: the one language of its pieces that hold
/// letters, or the language of most letters when there are several, or Persian when none has
/// any (a numeric Solar Hijri date).
fn kept_lang(text: &str, inside: &[Piece]) -> Lang {
    let letters_in = |q: &Piece| {
        text.get(q.range.clone())
            .unwrap_or_default()
            .chars()
            .filter(|&c| is_letter_like(c))
    };
    let mut with_letters = inside
        .iter()
        .filter(|q| q.lang != Lang::Neutral && letters_in(q).next().is_some());
    let Some(first) = with_letters.next() else {
        return Lang::Persian;
    };
    if with_letters.all(|q| q.lang == first.lang) {
        return first.lang;
    }
    let mut letters = [0usize; LANGS.len()];
    for q in inside {
        if let (Some(slot), n) = (
            LANGS.iter().position(|l| *l == q.lang),
            letters_in(q).count(),
        ) {
            if let Some(x) = letters.get_mut(slot) {
                *x += n;
            }
        }
    }
    letters
        .iter()
        .zip(LANGS)
        .max_by_key(|(n, _)| **n)
        .map_or(Lang::Persian, |(_, l)| l)
}

/// A letter for the vote of a kept range: an ASCII letter, or a non-ASCII character that is not
/// whitespace, a Persian or Arabic-Indic digit or common Arabic-script punctuation. (Exact
/// enough for date expressions, and much cheaper than the Unicode alphabetic lookup.)
fn is_letter_like(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !matches!(c, '\u{0660}'..='\u{066D}' | '\u{06F0}'..='\u{06F9}' | '،' | '؛' | '؟' | '–' | '—')
        && !c.is_whitespace()
}

/// The languages a kept-whole range can be given (in order of preference on a tie).
const LANGS: [Lang; 10] = Lang::LANGUAGES;

/// Splits a neutral stretch into whitespace runs and clusters.
fn split_neutral(text: &str, range: Range<usize>, out: &mut Vec<Piece>) {
    let Some(part) = text.get(range.clone()) else {
        debug_assert!(false, "neutral range {range:?} is not a slice of the text");
        return;
    };
    let mut start = 0;
    let mut space: Option<bool> = None; // the kind of the current run: Some(newline) for space
    let mut newline = false;
    for (i, c) in part.char_indices() {
        let is_space = c.is_whitespace();
        let current_is_space = space.is_some();
        if i > start && is_space != current_is_space {
            out.push(piece(range.start + start..range.start + i, space, newline));
            start = i;
            newline = false;
        }
        space = is_space.then_some(true);
        newline |= c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}';
    }
    if start < part.len() {
        out.push(piece(range.start + start..range.end, space, newline));
    }
}

fn piece(range: Range<usize>, space: Option<bool>, newline: bool) -> Piece {
    Piece {
        range,
        kind: match space {
            Some(_) => Kind::Space { newline },
            None => Kind::Cluster,
        },
        lang: Lang::Neutral,
    }
}

/// What lies on one side of a cluster on its line.
#[derive(Debug, Clone, Copy)]
struct Side {
    /// The nearest language on the same line, if any.
    lang: Option<Lang>,
    /// The cluster touches that language's piece (nothing between them).
    touches: bool,
    /// Separator clusters between the cluster and that language's piece.
    separators: u32,
}

/// Closing punctuation: goes with what comes before it.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '؟'
            | '،'
            | '؛'
            | '…'
            | ')'
            | ']'
            | '}'
            | '»'
            | '”'
            | '’'
            | '›'
            | '۔'
    )
}

/// Opening punctuation: goes with what comes after it.
fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '«' | '“' | '‘' | '‹')
}

fn is_separator(cluster: &str) -> bool {
    !cluster.chars().any(crate::text::chars::is_alphanumeric)
}

/// Decides every cluster of `b.pieces`, cutting the clusters that touch two languages.
fn resolve_clusters(text: &str, b: &mut Buffers) {
    let Buffers { pieces, left, .. } = b;
    let n = pieces.len();
    // Left context of each piece on its line, and the last language of any earlier line (for a
    // line without one), found scanning forward.
    left.clear();
    left.reserve(n);
    let mut side = Side::NONE;
    let mut last_any: Option<Lang> = None;
    for p in pieces.iter() {
        left.push((side, last_any));
        side.step(text, p);
        if let Kind::Strong(lang) = p.kind {
            last_any = Some(lang);
        }
    }
    // Right context, scanning backward, and the decisions.
    let mut cuts: Vec<(usize, usize, Lang)> = Vec::new(); // (piece, cut position, right part)
    let mut side = Side::NONE;
    let mut next_any: Option<Lang> = None;
    for (i, (p, &(l, before))) in pieces.iter_mut().zip(left.iter()).enumerate().rev() {
        if p.kind == Kind::Cluster {
            let cluster = crate::text::sub(text, p.range.clone());
            debug_assert!(!cluster.is_empty(), "empty cluster at {:?}", p.range);
            let (left_len, lang_left, lang_right) = decide(cluster, l, side, before.or(next_any));
            p.lang = lang_left;
            if left_len < cluster.len() && lang_right != lang_left {
                cuts.push((i, p.range.start + left_len, lang_right));
            }
        }
        side.step(text, p);
        if let Kind::Strong(lang) = p.kind {
            next_any = Some(lang);
        }
    }
    if cuts.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(n + cuts.len());
    let mut cuts = cuts.into_iter().rev().peekable();
    for (i, mut p) in pieces.drain(..).enumerate() {
        match cuts.next_if(|c| c.0 == i) {
            Some((_, at, lang)) => {
                let right = Piece {
                    range: at..p.range.end,
                    kind: Kind::Cluster,
                    lang,
                };
                p.range.end = at;
                if !p.range.is_empty() {
                    out.push(p);
                }
                out.push(right);
            }
            None => out.push(p),
        }
    }
    *pieces = out;
}

impl Side {
    const NONE: Side = Side {
        lang: None,
        touches: false,
        separators: 0,
    };

    /// Moves past piece `p` (scanning in either direction).
    fn step(&mut self, text: &str, p: &Piece) {
        match p.kind {
            Kind::Strong(lang) => {
                *self = Side {
                    lang: Some(lang),
                    touches: true,
                    separators: 0,
                }
            }
            Kind::Space { newline: true } => *self = Side::NONE,
            Kind::Space { newline: false } => self.touches = false,
            Kind::Cluster => {
                self.touches = false;
                if text.get(p.range.clone()).is_some_and(is_separator) {
                    self.separators += 1;
                }
            }
        }
    }
}

/// Decides a cluster: returns the length of its left part, the language of that part and the
/// language of the rest (equal when the cluster is not cut).
fn decide(cluster: &str, l: Side, r: Side, fallback: Option<Lang>) -> (usize, Lang, Lang) {
    let whole = |lang: Lang| (cluster.len(), lang, lang);
    let (ll, rl) = match (l.lang, r.lang) {
        (None, None) => return whole(fallback.unwrap_or(Lang::Neutral)),
        (Some(a), None) | (None, Some(a)) => return whole(a),
        (Some(a), Some(b)) if a == b => return whole(a),
        (Some(a), Some(b)) => (a, b),
    };
    let l_touch = l.touches;
    let r_touch = r.touches;
    if l_touch && !r_touch {
        return whole(ll);
    }
    if r_touch && !l_touch {
        return whole(rl);
    }
    if l_touch && r_touch {
        // Cut before the trailing run of opening punctuation.
        let mut cut = cluster.len();
        for (i, c) in cluster.char_indices().rev() {
            if is_opening(c) || c == '"' || c == '\'' {
                cut = i;
            } else {
                break;
            }
        }
        return (cut, ll, rl);
    }
    // Between two spaces.
    let first = cluster.chars().next().unwrap_or(' ');
    let last = cluster.chars().next_back().unwrap_or(' ');
    if is_opening(first) {
        return whole(rl);
    }
    if is_closing(last) {
        return whole(ll);
    }
    let has = |lo: char, hi: char| cluster.chars().any(|c| (lo..=hi).contains(&c));
    if has('\u{06F0}', '\u{06F9}') && (ll == Lang::Persian || rl == Lang::Persian) {
        return whole(Lang::Persian);
    }
    if has('\u{0660}', '\u{0669}') && (ll == Lang::Arabic || rl == Lang::Arabic) {
        return whole(Lang::Arabic);
    }
    if l.separators != r.separators {
        return whole(if l.separators < r.separators { ll } else { rl });
    }
    if cluster.bytes().any(|b| b.is_ascii_digit()) && (ll == Lang::English || rl == Lang::English) {
        return whole(Lang::English);
    }
    whole(ll)
}

/// Gives each whitespace run the language on both its sides, or the only one at a text edge.
fn resolve_spaces(pieces: &mut [Piece]) {
    let mut prev: Option<Lang> = None;
    for i in 0..pieces.len() {
        let Some(p) = pieces.get(i) else { break };
        if matches!(p.kind, Kind::Space { .. }) {
            // the next piece that is not whitespace (almost always the very next one)
            let next = pieces
                .get(i + 1..)
                .unwrap_or_default()
                .iter()
                .find(|q| !matches!(q.kind, Kind::Space { .. }))
                .map(|q| q.lang)
                .filter(|l| *l != Lang::Neutral);
            let lang = match (prev, next) {
                (Some(a), Some(b)) if a == b => a,
                (Some(a), None) | (None, Some(a)) => a,
                _ => Lang::Neutral,
            };
            if let Some(p) = pieces.get_mut(i) {
                p.lang = lang;
            }
        } else if p.lang != Lang::Neutral {
            prev = Some(p.lang);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Texts of one or two languages' words, digits, punctuation, spaces and line breaks.
    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "سلام", "کتاب", "الذي", "في", "hello", "Tehran", "۱۴۰۲", "٢٠١٧", "2017", "/", ".",
                "،", "«", "»", "(", ")", " ", " ", "  ", "\n", "\n\n", "-", "|", "!",
            ]),
            0..24,
        )
        .prop_map(|v| v.concat())
    }

    /// Spans of `text`: what the segmenter gives, or ranges cut anywhere (overlapping, out of
    /// order, off char boundaries) of one language or neutral, or of any language.
    fn case() -> impl Strategy<Value = (String, Vec<Span>, Vec<Range<usize>>)> {
        let langs = prop::sample::select(vec![
            Lang::Persian,
            Lang::Arabic,
            Lang::English,
            Lang::Other,
            Lang::Neutral,
        ]);
        (text(), any::<u64>(), langs, 0..4usize).prop_flat_map(|(text, seed, one, how)| {
            let n = text.len() + 1;
            let raw = prop::collection::vec((0..n, 0..n, any::<bool>(), 0..5usize), 0..6);
            let keep = prop::collection::vec((0..n, 0..n), 0..3);
            (Just(text), raw, keep).prop_map(move |(text, raw, keep)| {
                let all = [
                    Lang::Persian,
                    Lang::Arabic,
                    Lang::English,
                    Lang::Other,
                    Lang::Neutral,
                ];
                let spans = match how {
                    0 => crate::lang::segment_merged(&text),
                    1 => crate::lang::segment(&text),
                    _ => raw
                        .into_iter()
                        .map(|(a, b, neutral, k)| Span {
                            range: a.min(b)..a.max(b),
                            lang: if how == 2 {
                                if neutral {
                                    Lang::Neutral
                                } else {
                                    one
                                }
                            } else {
                                all[(k + seed as usize) % all.len()]
                            },
                        })
                        .collect(),
                };
                let keep = if seed % 2 == 0 {
                    Vec::new()
                } else {
                    keep.into_iter().map(|(a, b)| a.min(b)..a.max(b)).collect()
                };
                (text, spans, keep)
            })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// The one-language shortcut gives exactly what the rules give, piece by piece.
        #[test]
        fn one_language_is_what_the_rules_give((text, spans, keep) in case()) {
            let rules = resolve_pieces(&text, &spans, &keep);
            prop_assert_eq!(resolve_neutral(&text, &spans, &keep), rules.clone());
            if let Some(lang) = one_language(&text, &spans, &keep) {
                prop_assert_eq!(rules, vec![Span { range: 0..text.len(), lang }]);
            }
        }
    }

    /// The shortcut is taken for a line of one language, and not where the rules must run.
    #[test]
    fn one_language_lines_take_the_shortcut() {
        let line = "سلام «دنیا» ۱۲.";
        let spans = crate::lang::segment_merged(line);
        assert_eq!(one_language(line, &spans, &[]), Some(Lang::Persian));
        let two = "سلام hello";
        assert_eq!(
            one_language(two, &crate::lang::segment_merged(two), &[]),
            None
        );
        // an Arabic line with a range kept whole: a numeric date in it would go to Persian
        let ar = "في ٢٠١٧/٠٩/٠٢";
        let spans = crate::lang::segment_merged(ar);
        assert_eq!(one_language(ar, &spans, &[]), Some(Lang::Arabic));
        let date = "في ".len()..ar.len();
        let kept = std::slice::from_ref(&date);
        assert_eq!(one_language(ar, &spans, kept), None);
        let langs: Vec<Lang> = resolve_neutral(ar, &spans, kept)
            .iter()
            .map(|s| s.lang)
            .collect();
        assert_eq!(langs, [Lang::Arabic, Lang::Neutral, Lang::Persian]);
        // a span without a letter is no strong piece
        let digits = "۱۲ ۳۴";
        let given = [Span {
            range: 0..digits.len(),
            lang: Lang::Arabic,
        }];
        assert_eq!(one_language(digits, &given, &[]), None);
    }
}
