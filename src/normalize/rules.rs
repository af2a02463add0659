//! The language rules: what happens to each word depends on the language of its span.
//!
//! A line is cut into tokens — words (letters, digits, marks and the joiners inside them),
//! protected pieces (URLs, e-mails, tags; see [`super::protect`]) and separators (everything
//! else: spaces, punctuation, stray ZWNJ). Words get the letter rules of their span's language;
//! separators get whitespace, ZWNJ and punctuation rules, judged by the language of the nearest
//! word; the ZWNJ joins (`می خواهم` → `می‌خواهم`, `کتاب ها` → `کتاب‌ها`) look at a word, the
//! gap after it and the next word.

use std::ops::Range;

use super::letters;
use crate::digits::DigitAlphabet;
use crate::lang::{Lang, Span};
use crate::text::chars::{class_of, LATIN};

use super::chars::{
    char_at, digit_value, flag, info, is_arabic_diacritic, is_blank, is_letter, is_mark, HAMZA,
    HAMZA_ABOVE, HEH, HEH_WITH_YEH_ABOVE, ZWNJ,
};
use super::edit::Sink;
use super::lexicon::{Entry, SUFFIXES, VERB_PREFIXES};
use super::{protect, scan, zwnj, DigitMode, Normalizer};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Protected,
    Sep,
}

#[derive(Debug, Clone)]
struct Tok {
    range: Range<usize>,
    kind: Kind,
    /// For words: the language of the first letter (`Neutral` when it has none).
    lang: Lang,
    /// Language of the nearest word with letters before / after this token.
    prev_ctx: Lang,
    next_ctx: Lang,
    /// For words: no rule can change any of its chars (no char a letter rule maps, no ZWNJ, no
    /// digit to convert), so [`word`] only has to return `info`.
    plain: bool,
    /// For plain words: what [`word`] would return. For other words: the same for the head of
    /// the word before its first char a rule may change (`head_len` bytes, ending with
    /// `head_prev`), so that [`word`] can start there.
    info: WordInfo,
    head_len: usize,
    head_prev: Option<char>,
    /// For words: short enough and with the right first letter to be a verb prefix or a
    /// suffix (see [`mapped_in`]).
    affix: bool,
    /// For words: followed by one space and then another word. That space gets no token of its
    /// own (the most common separator by far; [`sep`] would leave it alone).
    space_after: bool,
}

impl Tok {
    /// The language of the nearest word, looking back first.
    fn ctx(&self) -> Lang {
        if self.prev_ctx != Lang::Neutral {
            self.prev_ctx
        } else {
            self.next_ctx
        }
    }
}

/// Reusable buffers, so that a long text does not allocate per line.
pub(super) struct Scratch {
    /// The one-pass lane's buffers.
    pub(super) lane: super::one_pass::Scratch,
    protected: Vec<Range<usize>>,
    toks: Vec<Tok>,
    word: String,
    /// `zwnj_lexicon`: the lookup key of the words joined so far, of the next word, and scratch.
    acc_key: String,
    next_key: String,
    join_buf: String,
    /// How a huge line is held (see [`Bounds`]).
    pub(super) bounds: Bounds,
    /// The last line [`super::Normalizer`] read was segmented by the one-pass lane and left as
    /// it was, its words' labels in `lane` (cleared by `Normalizer::line`, set by
    /// `Normalizer::pass`).
    pub(super) lane_kept: bool,
}

impl Scratch {
    /// Runs `f` on this thread's scratch, kept between calls (normalizing many short texts, a
    /// line per call, then allocates its buffers once), with the bounds of this call.
    pub(super) fn with<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Option<Scratch>> =
                const { std::cell::RefCell::new(None) };
        }
        crate::text::with_local(&SCRATCH, Scratch::default, |scratch| {
            scratch.bounds = default_bounds();
            let r = f(scratch);
            scratch.shrink();
            r
        })
    }

    /// Drops a buffer a huge line grew, so a thread keeps little between calls (most are
    /// bounded by the rules' window and the lane's line length anyway).
    fn shrink(&mut self) {
        const KEEP: usize = 1 << 16;
        if self.protected.capacity() > KEEP {
            self.protected = Vec::new();
        }
        if self.toks.capacity() > KEEP {
            self.toks = Vec::new();
        }
        for s in [
            &mut self.word,
            &mut self.acc_key,
            &mut self.next_key,
            &mut self.join_buf,
        ] {
            if s.capacity() > KEEP {
                *s = String::new();
            }
        }
        self.lane.shrink(KEEP);
    }
}

impl Default for Scratch {
    fn default() -> Scratch {
        Scratch {
            lane: super::one_pass::Scratch::default(),
            protected: Vec::new(),
            toks: Vec::new(),
            word: String::new(),
            acc_key: String::new(),
            next_key: String::new(),
            join_buf: String::new(),
            bounds: default_bounds(),
            lane_kept: false,
        }
    }
}

/// How the general path holds a huge line (a flattened page), so that its memory stays bounded.
#[derive(Debug, Clone, Copy)]
pub(super) struct Bounds {
    /// A line of more tokens than this is cut into windows, each ending after a separator no
    /// rule looks across (see [`Window`]): [`run`] never holds a token per word of it.
    pub(super) window: usize,
    /// A line longer than this (in bytes) keeps its own spans as [`Tile`]s, 8 bytes a span
    /// rather than a [`Span`]'s 24.
    pub(super) tiled_from: usize,
}

pub(super) const BOUNDS: Bounds = Bounds {
    window: 1 << 14,
    tiled_from: 1 << 16,
};

#[cfg(not(test))]
fn default_bounds() -> Bounds {
    BOUNDS
}

#[cfg(test)]
thread_local! {
    /// Tests cut lines into windows of a few tokens and tile short lines' spans, to check
    /// neither changes anything.
    pub(super) static TEST_BOUNDS: std::cell::Cell<Bounds> = const { std::cell::Cell::new(BOUNDS) };
}

#[cfg(test)]
fn default_bounds() -> Bounds {
    TEST_BOUNDS.with(std::cell::Cell::get)
}

/// One span of a line's own segmentation, compact: it runs from the end of the one before (or
/// the line's start) to `end`. A huge line holds one per word and separator, so 8 bytes each
/// rather than a [`Span`]'s 24 keep its memory bounded.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tile {
    pub(super) end: u32,
    pub(super) lang: Lang,
}

/// The spans the rules read: the caller's, or a line's own as [`Tile`]s.
#[derive(Debug, Clone, Copy)]
pub(super) enum SpanView<'a> {
    Spans(&'a [Span]),
    Tiles(&'a [Tile]),
}

impl SpanView<'_> {
    /// Span `i`: its range and language.
    #[inline]
    fn get(&self, i: usize) -> Option<(Range<usize>, Lang)> {
        match self {
            SpanView::Spans(s) => s.get(i).map(|s| (s.range.clone(), s.lang)),
            SpanView::Tiles(t) => {
                let tile = t.get(i)?;
                let start = match i.checked_sub(1) {
                    Some(j) => t.get(j).map_or(0, |p| p.end as usize),
                    None => 0,
                };
                Some((start..tile.end as usize, tile.lang))
            }
        }
    }

    fn len(&self) -> usize {
        match self {
            SpanView::Spans(s) => s.len(),
            SpanView::Tiles(t) => t.len(),
        }
    }

    /// The number of spans among the first `upto` that end at or before `pos`.
    fn ending_by(&self, upto: usize, pos: usize) -> usize {
        match self {
            SpanView::Spans(s) => s
                .get(..upto)
                .unwrap_or(s)
                .partition_point(|s| s.range.end <= pos),
            SpanView::Tiles(t) => t
                .get(..upto)
                .unwrap_or(t)
                .partition_point(|t| t.end as usize <= pos),
        }
    }
}

/// The language of each position: from spans, or (for lines without Arabic-script letters, which
/// are not segmented) from the script of the letter.
#[derive(Clone)]
struct LangCursor<'a> {
    spans: Option<SpanView<'a>>,
    /// Where the line starts in the coordinates of `spans`.
    base: usize,
    idx: usize,
}

impl LangCursor<'_> {
    #[inline]
    fn at(&mut self, pos: usize, c: char) -> Lang {
        if let Some(spans) = self.spans {
            // Positions mostly come in order: walk forward from the current span.
            let abs = pos + self.base;
            let mut idx = self.idx;
            while let Some((range, lang)) = spans.get(idx) {
                if range.end <= abs {
                    idx += 1;
                } else if range.start <= abs {
                    self.idx = idx;
                    return lang;
                } else if idx > self.idx {
                    // Between two spans (the one before ends at or before `abs`).
                    self.idx = idx;
                    return Lang::Neutral;
                } else {
                    break;
                }
            }
        }
        self.seek(pos, c)
    }

    /// [`LangCursor::at`] when the current span does not hold `pos`.
    #[inline(never)]
    fn seek(&mut self, pos: usize, c: char) -> Lang {
        let Some(spans) = self.spans else {
            return script_lang(c);
        };
        let pos = pos + self.base;
        let behind = spans.get(self.idx).is_some_and(|s| s.0.start > pos);
        if behind || self.idx >= spans.len() {
            // The answer is at or before `idx`: search only there (the spans after the line may
            // run to the end of a long text, and are not in the cache).
            self.idx = spans.ending_by(self.idx, pos);
        }
        while spans.get(self.idx).is_some_and(|s| s.0.end <= pos) {
            self.idx += 1;
        }
        spans
            .get(self.idx)
            .filter(|s| s.0.contains(&pos))
            .map_or(Lang::Neutral, |s| s.1)
    }
}

impl LangCursor<'_> {
    /// The language of every position of `range`, if one span covers it all.
    fn uniform(&mut self, range: &Range<usize>) -> Option<Lang> {
        let spans = self.spans?;
        let lang = self.at(range.start, ' ');
        let span = spans.get(self.idx)?.0;
        (span.start <= range.start + self.base && span.end >= range.end + self.base).then_some(lang)
    }
}

fn script_lang(c: char) -> Lang {
    if c.is_ascii_alphabetic() || class_of(c) == LATIN {
        Lang::English
    } else if is_letter(c) {
        Lang::Other
    } else {
        Lang::Neutral
    }
}

/// What a rule does to one char.
enum Out {
    Keep,
    Delete,
    Char(char),
    Str(&'static str),
}

/// Facts about a word as written, used by the joins.
#[derive(Debug, Clone, Copy, Default)]
struct WordInfo {
    /// The last base (non-mark) char written.
    last_base: Option<char>,
    /// How many letters it has.
    letters: usize,
}

/// Runs the language rules over one line (no `\n`), writing the edits into `rw`. `spans`, when
/// given, are in coordinates where the line starts at `base`.
///
/// With `unless_everywhere`, returns `false` without any edit when the everywhere-options could
/// change the line (they must run first); that check rides on the tokenizer's pass over the
/// chars instead of a scan of its own (for a line cut into windows, a pass over the later
/// windows' chars before the first edit).
///
/// A line of more than [`Bounds::window`] tokens is handled a window at a time ([`tokenize`]).
pub(super) fn run(
    n: &Normalizer,
    line: &str,
    spans: Option<(SpanView<'_>, usize)>,
    rw: &mut Sink<'_, '_>,
    scratch: &mut Scratch,
    unless_everywhere: bool,
) -> bool {
    protect::find(line, &mut scratch.protected);
    let mut cursor = LangCursor {
        spans: spans.map(|s| s.0),
        base: spans.map_or(0, |s| s.1),
        idx: 0,
    };
    let window = scratch.bounds.window.max(1);
    let mut toks = std::mem::take(&mut scratch.toks);
    let mut cut = tokenize(
        n,
        line,
        &scratch.protected,
        &mut cursor,
        &mut toks,
        unless_everywhere,
        Resume::START,
        window,
    );
    if unless_everywhere {
        // A line cut into windows: the rest of it is checked before any edit is made.
        let mut everywhere = cut.everywhere;
        let mut next = cut.next;
        let mut probe_cursor = cursor.clone();
        let mut probe = Vec::new();
        while let (false, Some(from)) = (everywhere, next) {
            let w = tokenize(
                n,
                line,
                &scratch.protected,
                &mut probe_cursor,
                &mut probe,
                true,
                from,
                window,
            );
            everywhere |= w.everywhere;
            next = w.next;
        }
        if everywhere {
            scratch.toks = toks;
            return false;
        }
    }
    loop {
        rules_over(n, line, &toks, cut.end, &mut cursor, rw, scratch);
        let Some(from) = cut.next else { break };
        cut = tokenize(
            n,
            line,
            &scratch.protected,
            &mut cursor,
            &mut toks,
            false,
            from,
            window,
        );
    }
    scratch.toks = toks;
    true
}

/// The rules over `toks[..end]`, the tokens of one window (those after `end` are only there for
/// their context).
fn rules_over(
    n: &Normalizer,
    line: &str,
    toks: &[Tok],
    end: usize,
    cursor: &mut LangCursor<'_>,
    rw: &mut Sink<'_, '_>,
    scratch: &mut Scratch,
) {
    // The separator after word `toks[k]` and the index of the token after that separator.
    let gap_after = |k: usize, t: &Tok| -> Option<(Range<usize>, Kind, usize)> {
        if t.space_after {
            Some((t.range.end..t.range.end + 1, Kind::Sep, k + 1))
        } else {
            toks.get(k + 1).map(|g| (g.range.clone(), g.kind, k + 2))
        }
    };
    let mut k = 0;
    while let Some(t) = toks.get(k).filter(|_| k < end) {
        match t.kind {
            Kind::Protected => {}
            Kind::Sep => sep(n, line, t, rw),
            Kind::Word => {
                let lexicon = n.zwnj && n.zwnj_lexicon && t.lang == Lang::Persian;
                let mut acc_entry = Entry::default();
                let mut info = if lexicon {
                    // The key of the word as written out (with the ZWNJ a split puts in).
                    scratch.acc_key.clear();
                    let (entry, split) = word_key(line, t, &mut scratch.acc_key);
                    acc_entry = entry;
                    word_split(n, line, t, cursor, rw, split)
                } else {
                    word_split(n, line, t, cursor, rw, 0)
                };
                let mut single = true;
                let joins = n.zwnj && t.lang == Lang::Persian;
                // Each round joins one more word or breaks.
                let mut last_word = t;
                loop {
                    if !joins {
                        break;
                    }
                    let Some((gap, gap_kind, next_k)) = gap_after(k, last_word) else {
                        break;
                    };
                    let Some(next) = toks.get(next_k) else {
                        break;
                    };
                    if gap_kind != Kind::Sep
                        || next.kind != Kind::Word
                        || next.lang != Lang::Persian
                        || !is_gap(line, &gap)
                    {
                        break;
                    }
                    let last = info.last_base;
                    let mut next_split = 0;
                    if lexicon {
                        scratch.next_key.clear();
                        let (next_entry, split) = word_key(line, next, &mut scratch.next_key);
                        next_split = split;
                        let starts_with_letter = starts_with_arabic_letter(line, next);
                        let lex = super::lexicon::get();
                        if !(starts_with_letter
                            && last.is_some_and(|c| info_has(c, flag::ARABIC_LETTER))
                            && lex.join(
                                &scratch.acc_key,
                                acc_entry,
                                &scratch.next_key,
                                next_entry,
                                &mut scratch.join_buf,
                            ))
                        {
                            break;
                        }
                        let g = last.map_or(zwnj::Gap::Close, zwnj::gap);
                        zwnj::write_gap(Some(g), gap, rw);
                        if g == zwnj::Gap::Zwnj {
                            scratch.acc_key.push(ZWNJ);
                        }
                        scratch.acc_key.push_str(&scratch.next_key);
                        acc_entry = lex.lookup(&scratch.acc_key);
                    } else {
                        let next_is_suffix = next.affix
                            && mapped_in(n, line, next, cursor, &mut scratch.word, &SUFFIXES);
                        if !fixed_join(
                            n,
                            line,
                            t,
                            next,
                            gap,
                            info,
                            single,
                            next_is_suffix,
                            cursor,
                            &mut scratch.word,
                            rw,
                        ) {
                            break;
                        }
                    }
                    let more = word_split(n, line, next, cursor, rw, next_split);
                    info = WordInfo {
                        last_base: more.last_base.or(info.last_base),
                        letters: info.letters + more.letters,
                    };
                    single = false;
                    k = next_k;
                    last_word = next;
                }
            }
        }
        k += 1;
    }
}

/// The joins of `zwnj` without the lexicon ([`zwnj::fixed`]): writes the gap's edit and says
/// whether it joined.
#[allow(clippy::too_many_arguments)]
fn fixed_join(
    n: &Normalizer,
    line: &str,
    t: &Tok,
    next: &Tok,
    gap: Range<usize>,
    info: WordInfo,
    single: bool,
    next_is_suffix: bool,
    cursor: &mut LangCursor<'_>,
    buf: &mut String,
    rw: &mut Sink<'_, '_>,
) -> bool {
    let join = zwnj::fixed(info.last_base, info.letters, next_is_suffix, single, || {
        starts_with_arabic_letter(line, next)
            && t.affix
            && mapped_in(n, line, t, cursor, buf, &VERB_PREFIXES)
    });
    zwnj::write_gap(join, gap, rw)
}

/// Where [`tokenize`] starts: a byte of the line, and the language of the last word before it.
#[derive(Debug, Clone, Copy)]
struct Resume {
    at: usize,
    ctx: Lang,
}

impl Resume {
    const START: Resume = Resume {
        at: 0,
        ctx: Lang::Neutral,
    };
}

/// One window of a line's tokens, as [`tokenize`] leaves them.
#[derive(Debug)]
struct Window {
    /// With `check`: whether the everywhere-options could change the window.
    everywhere: bool,
    /// The rules run over the first `end` tokens; the ones after are there for their context.
    end: usize,
    /// Where the next window starts, if the line goes on.
    next: Option<Resume>,
}

/// Cuts `line` from `from.at` into tokens (see the module docs), each with the language context
/// it needs, and says, when `check` is set, whether the everywhere-options could change them.
///
/// Once `window` tokens are cut, the window ends after the next separator that is not a gap
/// ([`is_gap`]): no join of two words crosses it, and no rule looks at the tokens beyond it
/// except through their language, so the rules give the same edits window by window as over the
/// whole line. Tokens are cut beyond it up to the next word with a language, which is what the
/// window's last tokens take as their `next_ctx`; the next window cuts them again.
#[allow(clippy::too_many_arguments)]
fn tokenize(
    n: &Normalizer,
    line: &str,
    protected: &[Range<usize>],
    cursor: &mut LangCursor<'_>,
    toks: &mut Vec<Tok>,
    check: bool,
    from: Resume,
    window: usize,
) -> Window {
    toks.clear();
    let mut cut: Option<(usize, Resume)> = None;
    let bytes = line.as_bytes();
    let set = scan::everywhere_set(n);
    let mut everywhere = false;
    // Chars that need the exact everywhere test.
    let every = if check { flag::EVERYWHERE } else { 0 };
    let digits_matter = n.digits != DigitMode::Keep;
    // Language of the last word with letters so far.
    let mut ctx = from.ctx;
    // Whether any token reads `next_ctx`: separators with a joiner (for ZWNJ), punctuation,
    // numbers in native digits, words that may be elongated.
    // (A line cut into windows takes it always: a token of a later window may need it, and
    // taking it when no token reads it changes nothing.)
    let mut need_next_ctx = n.persian_punctuation
        || n.persian_spacing
        || n.persian_elongation
        || n.digits == DigitMode::Native
        || from.at > 0;
    let tok = |range: Range<usize>, kind: Kind| Tok {
        range,
        kind,
        lang: Lang::Neutral,
        prev_ctx: Lang::Neutral,
        next_ctx: Lang::Neutral,
        plain: false,
        info: WordInfo::default(),
        head_len: 0,
        head_prev: None,
        affix: false,
        space_after: false,
    };
    // Chars that make a word non-plain.
    let busy = flag::RULE | flag::JOINER | if digits_matter { flag::DIGIT_VALUE } else { 0 };
    // The protected ranges before `from.at` were cut by the windows before.
    let mut prot = protected
        .get(protected.partition_point(|p| p.start < from.at)..)
        .unwrap_or_default()
        .iter()
        .peekable();
    let mut i = from.at;
    while i < line.len() {
        if let Some(p) = prot.peek() {
            if p.start <= i {
                let r = i..p.end.max(i + 1).min(line.len());
                if check {
                    everywhere |= scan::everywhere_may_change(n, line.get(r.clone()).unwrap_or(""));
                }
                i = r.end;
                prot.next();
                toks.push(Tok {
                    prev_ctx: ctx,
                    ..tok(r, Kind::Protected)
                });
                continue;
            }
        }
        let limit = prot.peek().map_or(line.len(), |p| p.start);
        let Some((first, _)) = char_at(line, i).filter(|_| i < limit) else {
            // Not on a char boundary (cannot happen with valid ranges); stop safely.
            break;
        };
        if info(first) & flag::WORD_START != 0 {
            let mut end = i;
            let mut lang = Lang::Neutral;
            let mut word = WordInfo::default();
            let mut prev = None;
            let mut head = None;
            while end < limit {
                let Some((c, len)) = char_at(line, end) else {
                    break;
                };
                let f = info(c);
                if f & flag::WORD == 0 {
                    break;
                }
                if f & every != 0 {
                    everywhere |=
                        scan::everywhere_char(n, &set, crate::text::sub_slice(bytes, end..));
                }
                if f & busy != 0 && head.is_none() {
                    head = Some((end - i, word, prev));
                }
                prev = Some(c);
                if f & flag::LETTER != 0 {
                    word.letters += 1;
                    if lang == Lang::Neutral {
                        lang = cursor.at(end, c);
                        if lang == Lang::Neutral {
                            lang = script_lang(c);
                        }
                    }
                }
                if f & flag::MARK == 0 && c != ZWNJ {
                    word.last_base = Some(c);
                }
                end += len;
            }
            // ZWNJ at the end of a word belongs to the separator after it.
            while line.get(..end).is_some_and(|s| s.ends_with(ZWNJ)) {
                end -= ZWNJ.len_utf8();
            }
            // One space, then another word: the space needs no token.
            let space_after = end + 1 < limit
                && line.as_bytes().get(end) == Some(&b' ')
                && char_at(line, end + 1).is_some_and(|(c, _)| info(c) & flag::WORD_START != 0);
            let (head_len, head_info, head_prev) = head.unwrap_or((0, word, None));
            toks.push(Tok {
                lang,
                prev_ctx: ctx,
                plain: head.is_none(),
                info: head_info,
                head_len,
                head_prev,
                affix: end - i <= 16 && may_be_affix(crate::text::sub_slice(line.as_bytes(), i..)),
                space_after,
                ..tok(i..end, Kind::Word)
            });
            i = end + usize::from(space_after);
            if lang != Lang::Neutral {
                ctx = lang;
                if cut.is_some() {
                    // the context of the window's last tokens is known
                    break;
                }
            }
        } else {
            let mut end = i;
            while end < limit {
                let Some((c, len)) = char_at(line, end) else {
                    break;
                };
                let f = info(c);
                if f & flag::WORD_START != 0 {
                    break;
                }
                if f & every != 0 {
                    everywhere |=
                        scan::everywhere_char(n, &set, crate::text::sub_slice(bytes, end..));
                }
                need_next_ctx |= f & flag::JOINER != 0;
                end += len;
            }
            if cut.is_none() && toks.len() >= window && !is_gap(line, &(i..end)) {
                cut = Some((toks.len() + 1, Resume { at: end, ctx }));
            }
            toks.push(Tok {
                prev_ctx: ctx,
                ..tok(i..end, Kind::Sep)
            });
            i = end;
        }
    }
    if need_next_ctx || cut.is_some() {
        ctx = Lang::Neutral;
        for t in toks.iter_mut().rev() {
            t.next_ctx = ctx;
            if t.kind == Kind::Word && t.lang != Lang::Neutral {
                ctx = t.lang;
            }
        }
    }
    Window {
        everywhere,
        end: cut.map_or(toks.len(), |c| c.0),
        next: cut.map(|c| c.1),
    }
}

/// A separator made only of blanks and ZWNJ, with at least one blank.
fn is_gap(line: &str, r: &Range<usize>) -> bool {
    let s = crate::text::sub(line, r.clone());
    if s == " " {
        return true;
    }
    s.chars().any(is_blank) && s.chars().all(|c| is_blank(c) || c == ZWNJ)
}

/// The rule for one char of a word, by its language.
#[inline]
fn letter_rule(n: &Normalizer, c: char, lang: Lang) -> Out {
    // The letter maps are data (`letters`); the rest are rules of their own.
    let mapped = match lang {
        Lang::Persian if n.persian_letters => letters::persian_letter(c),
        Lang::Arabic => (if n.arabic_alef {
            letters::arabic_alef(c)
        } else {
            None
        })
        .or_else(|| {
            if n.arabic_alef_maksura {
                letters::arabic_alef_maksura(c)
            } else {
                None
            }
        })
        .or_else(|| {
            if n.arabic_teh_marbuta {
                letters::arabic_teh_marbuta(c)
            } else {
                None
            }
        }),
        _ => None,
    };
    if let Some(to) = mapped {
        return Out::Char(to);
    }
    match lang {
        Lang::Persian => match c {
            HEH_WITH_YEH_ABOVE if n.persian_heh_hamza => Out::Str("\u{0647}\u{0654}"),
            _ if n.persian_diacritics && is_arabic_diacritic(c) => Out::Delete,
            _ => Out::Keep,
        },
        Lang::Arabic => match c {
            _ if n.arabic_diacritics && is_arabic_diacritic(c) => Out::Delete,
            _ => Out::Keep,
        },
        _ => Out::Keep,
    }
}

fn native_digits(lang: Lang) -> Option<DigitAlphabet> {
    match lang {
        Lang::Persian => Some(DigitAlphabet::Persian),
        Lang::Arabic => Some(DigitAlphabet::ArabicIndic),
        Lang::English => Some(DigitAlphabet::Ascii),
        _ => None,
    }
}

fn digit_char(alphabet: DigitAlphabet, v: u32) -> Option<char> {
    let base = match alphabet {
        DigitAlphabet::Ascii => '0' as u32,
        DigitAlphabet::Persian => 0x06F0,
        DigitAlphabet::ArabicIndic => 0x0660,
    };
    char::from_u32(base + v)
}

/// Whether a word starting with `bytes` may be a verb prefix or a suffix: every listed word
/// starts with م, ن, ه or ت and is at most 12 bytes long (a word longer than 16 bytes or with
/// another first letter, as written, is not taken for one).
fn may_be_affix(bytes: &[u8]) -> bool {
    matches!(bytes, [0xD9, 0x85..=0x87, ..] | [0xD8, 0xAA, ..]) // م ن ه | ت
}

/// Whether the word, with its letter rules applied, is one of `list`.
#[inline]
fn mapped_in(
    n: &Normalizer,
    line: &str,
    t: &Tok,
    cursor: &mut LangCursor<'_>,
    buf: &mut String,
    list: &[&str],
) -> bool {
    if !t.affix {
        return false;
    }
    let s = crate::text::sub(line, t.range.clone());
    if t.plain {
        // No letter rule changes any of its chars.
        return list.contains(&s);
    }
    buf.clear();
    let uniform = cursor.uniform(&t.range);
    let mut head_checked = false;
    for (j, c) in s.char_indices() {
        let lang = match uniform {
            Some(l) => l,
            None => cursor.at(t.range.start + j, c),
        };
        match letter_rule(n, c, lang) {
            Out::Keep => buf.push(c),
            Out::Delete => {}
            Out::Char(d) => buf.push(d),
            Out::Str(x) => buf.push_str(x),
        }
        if !head_checked && buf.len() >= 4 {
            // The output only grows: give up once its first four bytes begin no listed word.
            head_checked = true;
            let head = buf.as_bytes().get(..4).unwrap_or_default();
            if !list.iter().any(|w| w.as_bytes().starts_with(head)) {
                return false;
            }
        }
    }
    list.contains(&buf.as_str())
}

/// `zwnj_lexicon`: appends the lookup key of word `t` to `key` as the word will be written out
/// (with the ZWNJs a lexicon split puts in), and returns that key's entry and the split (bit `i`:
/// a ZWNJ before char `i` of the glued key; 0 for none; see [`word`]).
fn word_key(line: &str, t: &Tok, key: &mut String) -> (Entry, u64) {
    let s = crate::text::sub(line, t.range.clone());
    let start = key.len();
    super::lexicon::key(s, key);
    let lex = super::lexicon::get();
    let glued = key.get(start..).unwrap_or_default();
    let e = lex.lookup(glued);
    if e.split == 0 || s.contains(ZWNJ) {
        let mut e = e;
        e.split = 0;
        return (e, 0);
    }
    let glued = glued.to_owned();
    key.truncate(start);
    for (i, c) in glued.chars().enumerate() {
        if i < 64 && (e.split >> i) & 1 == 1 {
            key.push(ZWNJ);
        }
        key.push(c);
    }
    (lex.lookup(key.get(start..).unwrap_or_default()), e.split)
}

/// [`word`], with the edits that need the whole word first: the ZWNJs of a lexicon split
/// (`split`, as [`word_key`] gives it), elongation (`persian_elongation`) and the space between a
/// number and a Persian word glued to it (`persian_spacing`).
fn word_split(
    n: &Normalizer,
    line: &str,
    t: &Tok,
    cursor: &mut LangCursor<'_>,
    rw: &mut Sink<'_, '_>,
    split: u64,
) -> WordInfo {
    let s = crate::text::sub(line, t.range.clone());
    // An elongated Persian word is often read as Arabic (the segmenter knows no `سلامممم`): it is
    // cut when a word next to it is Persian, and only to a known Persian word.
    let persian = t.lang == Lang::Persian
        || (t.lang == Lang::Arabic && (t.prev_ctx == Lang::Persian || t.next_ctx == Lang::Persian));
    let drop = if n.persian_elongation && persian {
        super::lexicon::get().elongation(s)
    } else {
        0
    };
    // A digit and an Arabic-block letter side by side (checked per char in `word`).
    let numbers = n.persian_spacing && scan::digit_beside_letter(s);
    if split == 0 && drop == 0 && !numbers && t.plain {
        return t.info;
    }
    word(
        n,
        line,
        t,
        cursor,
        rw,
        Whole {
            cuts: split,
            drop,
            numbers,
        },
    )
}

/// Written glued to a number, these stay glued: ordinals (`۲۰ام`, `۲۰مین`), decades (`۱۳۷۰ها`).
const AFTER_NUMBER: [&str; 6] = ["ام", "امین", "م", "مین", "ها", "های"];

/// The edits of [`word_split`] that [`word`] applies char by char. `cuts` and `drop` count the
/// chars a lexicon key keeps (not marks, tatweel or ZWNJ): bit `i` of `cuts` puts a ZWNJ before
/// char `i`, bit `i` of `drop` deletes it.
#[derive(Clone, Copy, Default)]
struct Whole {
    cuts: u64,
    drop: u64,
    /// Put a space between a digit and a Persian letter glued to it.
    numbers: bool,
}

/// Applies the letter, digit and in-word ZWNJ rules to one word, and the edits of `whole`.
fn word(
    n: &Normalizer,
    line: &str,
    t: &Tok,
    cursor: &mut LangCursor<'_>,
    rw: &mut Sink<'_, '_>,
    whole: Whole,
) -> WordInfo {
    let Whole {
        cuts,
        drop,
        numbers,
    } = whole;
    let keyed = cuts | drop != 0;
    let s = crate::text::sub(line, t.range.clone());
    let base = t.range.start;
    let digits = match n.digits {
        DigitMode::Keep => None,
        DigitMode::Ascii => Some(DigitAlphabet::Ascii),
        DigitMode::Native => native_digits(if t.lang != Lang::Neutral {
            t.lang
        } else {
            t.ctx()
        }),
    };
    // Usually one span covers the whole word: then no per-char lookup is needed.
    let uniform = cursor.uniform(&t.range);
    let mut info = WordInfo {
        last_base: None,
        letters: 0,
    };
    let mut letter_lang = t.lang;
    let mut prev_out: Option<char> = None;
    let mut zwnj_kept = false;
    // The char after the current run of ZWNJ, found once per run (a run may be long).
    let mut after_run: Option<Option<char>> = None;
    let mut j = 0;
    // Chars a lookup key keeps, seen so far; the next cut.
    let mut key_pos = 0u32;
    if let (Some(l), false, false) = (uniform, keyed, numbers) {
        // Nothing in the head changes: start after it, in the state the loop would reach.
        j = t.head_len;
        info = t.info;
        prev_out = t.head_prev;
        if info.letters > 0 && l != Lang::Neutral {
            letter_lang = l;
        }
    }
    while let Some((c, len)) = char_at(s, j) {
        let mut r = base + j..base + j + len;
        j += len;
        if c == ZWNJ {
            if n.zwnj && letter_lang == Lang::Persian {
                let next = *after_run.get_or_insert_with(|| {
                    s.get(j..).unwrap_or_default().chars().find(|&x| x != ZWNJ)
                });
                let before_mark = next.is_some_and(is_mark);
                let keep = before_mark || (!zwnj_kept && zwnj::keeps(info.last_base, next));
                if keep {
                    zwnj_kept = true;
                } else {
                    rw.delete(r);
                }
            }
            continue;
        }
        after_run = None;
        zwnj_kept = false;
        let f = super::chars::info(c);
        // What goes before this char: a ZWNJ (lexicon split) or a space (number spacing).
        let mut prefix = None;
        // Elongation letters right after this one, written as this one (its output spans them).
        let mut merged = false;
        if keyed && f & flag::MARK == 0 && c != '\u{0640}' {
            let at = key_pos;
            key_pos += 1;
            if at < 64 && (drop >> at) & 1 == 1 {
                // An elongation letter not right after the letter it repeats (a mark between).
                rw.delete(r);
                continue;
            }
            if at < 64 && (cuts >> at) & 1 == 1 {
                prefix = Some(ZWNJ);
            }
            while key_pos < 64 && (drop >> key_pos) & 1 == 1 {
                match char_at(s, j) {
                    Some((x, xl)) if !is_mark(x) && x != '\u{0640}' && x != ZWNJ => {
                        r.end += xl;
                        j += xl;
                        key_pos += 1;
                        merged = true;
                    }
                    _ => break,
                }
            }
        }
        let digit = f & flag::DIGIT_VALUE != 0;
        if numbers && prefix.is_none() {
            if let Some(p) = prev_out {
                let p_digit = digit_value(p).is_some();
                if digit && !p_digit {
                    if info_has(p, flag::ARABIC_LETTER) && letter_lang == Lang::Persian {
                        prefix = Some(' ');
                    }
                } else if !digit && p_digit && f & flag::ARABIC_LETTER != 0 {
                    let lang = match uniform {
                        Some(l) => l,
                        None => cursor.at(r.start, c),
                    };
                    let rest = s.get(r.start - base..).unwrap_or_default();
                    let rest = rest.trim_end_matches(ZWNJ);
                    if lang == Lang::Persian && !AFTER_NUMBER.contains(&rest) {
                        prefix = Some(' ');
                    }
                }
            }
        }
        if prefix.is_some() || merged {
            let lang = match uniform {
                Some(l) => l,
                None => cursor.at(r.start, c),
            };
            let mut out: String = prefix.into_iter().collect();
            if digit {
                let d = digits
                    .and_then(|a| digit_value(c).and_then(|v| digit_char(a, v)))
                    .unwrap_or(c);
                out.push(d);
                info.last_base = Some(c);
            } else {
                match letter_rule(n, c, lang) {
                    Out::Keep | Out::Delete => out.push(c),
                    Out::Char(d) => out.push(d),
                    Out::Str(x) => out.push_str(x),
                }
                if f & flag::LETTER != 0 {
                    info.letters += 1;
                    if lang != Lang::Neutral {
                        letter_lang = lang;
                    }
                }
                let last = out
                    .chars()
                    .rev()
                    .find(|&ch| !is_mark(ch) && Some(ch) != prefix);
                info.last_base = last.or(info.last_base);
            }
            rw.replace(r, &out);
            prev_out = out.chars().next_back();
            continue;
        }
        if f & flag::DIGIT_VALUE != 0 {
            if let Some(d) = digits.and_then(|a| digit_value(c).and_then(|v| digit_char(a, v))) {
                if d != c {
                    rw.replace_char(r, d);
                }
            }
            info.last_base = Some(c);
            prev_out = Some(c);
            continue;
        }
        if f & (flag::LETTER | flag::RULE) == 0 {
            // Kept as it is, and no language question to ask.
            prev_out = Some(c);
            if f & flag::MARK == 0 {
                info.last_base = Some(c);
            }
            continue;
        }
        let lang = match uniform {
            Some(l) => l,
            None => cursor.at(r.start, c),
        };
        if f & flag::RULE == 0 {
            // A letter no rule changes (letters are not marks).
            info.letters += 1;
            if lang != Lang::Neutral {
                letter_lang = lang;
            }
            prev_out = Some(c);
            info.last_base = Some(c);
            continue;
        }
        if f & flag::LETTER != 0 {
            info.letters += 1;
            if lang != Lang::Neutral {
                letter_lang = lang;
            }
        }
        let out = if c == HAMZA
            && n.persian_heh_hamza
            && lang == Lang::Persian
            && prev_out == Some(HEH)
            && j == s.len()
        {
            // `هء` at the end of a Persian word is the ezafe written with a bare hamza: `هٔ`.
            Out::Char(HAMZA_ABOVE)
        } else {
            letter_rule(n, c, lang)
        };
        let written = match out {
            Out::Keep => Some(c),
            Out::Delete => {
                rw.delete(r);
                None
            }
            Out::Char(d) => {
                rw.replace_char(r, d);
                Some(d)
            }
            Out::Str(x) => {
                rw.replace(r, x);
                // The last base letter written (`هٔ` ends with a mark on a heh).
                if let Some(b) = x.chars().rev().find(|&ch| !is_mark(ch)) {
                    info.last_base = Some(b);
                }
                x.chars().next_back()
            }
        };
        if let Some(w) = written {
            prev_out = Some(w);
            if !is_mark(w) {
                info.last_base = Some(w);
            }
        }
    }
    info
}

/// Whether word `t` begins with a letter of the Arabic script (a word a ZWNJ join may take).
fn starts_with_arabic_letter(line: &str, t: &Tok) -> bool {
    line.get(t.range.clone())
        .and_then(|s| s.chars().next())
        .is_some_and(|c| info_has(c, flag::ARABIC_LETTER))
}

fn info_has(c: char, f: u16) -> bool {
    info(c) & f != 0
}

/// Whitespace, stray-ZWNJ, punctuation and digit-separator rules for one separator.
fn sep(n: &Normalizer, line: &str, t: &Tok, rw: &mut Sink<'_, '_>) {
    let s = crate::text::sub(line, t.range.clone());
    let base = t.range.start;
    // Tokens cover the line without gaps.
    let at_start = t.range.start == 0;
    let at_end = t.range.end == line.len();
    if s == " " && !at_start && !at_end {
        // One space between two tokens: nothing to trim, collapse or convert.
        return;
    }
    let ctx = t.ctx();
    let drop_zwnj = n.zwnj && (t.prev_ctx == Lang::Persian || t.next_ctx == Lang::Persian);
    // `persian_spacing`: both sides Persian (or nothing), at least one of them Persian.
    let side = |l: Lang| l == Lang::Persian || l == Lang::Neutral;
    let persian_side = side(t.prev_ctx)
        && side(t.next_ctx)
        && (t.prev_ctx == Lang::Persian || t.next_ctx == Lang::Persian);
    let spacing = n.persian_spacing && persian_side;
    let ellipsis = n.persian_ellipsis && persian_side;
    // The last non-blank char of this separator was an opening `(` or `«`.
    let mut after_open = false;
    // The current run of blanks (and ZWNJ inside it): start, end, number of blanks.
    let mut run: Option<(usize, usize, usize)> = None;
    let mut kept_any = false;
    let mut iter = s.char_indices().peekable();
    while let Some((j, c)) = iter.next() {
        let at = base + j;
        let r = at..at + c.len_utf8();
        if is_blank(c) {
            run = Some(match run {
                None => (at, r.end, 1),
                Some((a, _, b)) => (a, r.end, b + 1),
            });
            continue;
        }
        let mut next = || {
            iter.peek()
                .map(|&(_, x)| x)
                .or_else(|| line.get(t.range.end..).and_then(|x| x.chars().next()))
        };
        if c == ZWNJ && drop_zwnj && !next().is_some_and(is_mark) {
            match run.as_mut() {
                Some(run) => run.1 = r.end,
                None => rw.delete(r),
            }
            continue;
        }
        let leading = at_start && !kept_any;
        // Three dots: an ellipsis (`…` under `persian_ellipsis`), which keeps the space before it.
        let dots = c == '.' && line.get(at..).is_some_and(|x| x.starts_with("..."));
        let close = !dots
            && matches!(
                c,
                '،' | '؛' | ':' | '.' | '!' | '؟' | '»' | ')' | ',' | ';' | '?'
            );
        match run.take() {
            Some(r)
                if spacing && !leading && (after_open || (close && !digit_before(line, r.0))) =>
            {
                delete_run(line, r, rw);
            }
            r => flush_run(n, line, r, leading, false, rw),
        }
        after_open = matches!(c, '(' | '«');
        kept_any = true;
        if dots && ellipsis && !digit_before(line, at) {
            rw.replace(at..at + 3, "…");
            iter.next();
            iter.next();
            continue;
        }
        let mut d = c;
        if n.digits == DigitMode::Ascii {
            d = match c {
                '\u{066B}' => '.',
                '\u{066C}' => ',',
                '\u{066A}' => '%',
                _ => c,
            };
        }
        if n.persian_punctuation && ctx == Lang::Persian {
            let between_digits = line
                .get(..at)
                .and_then(|x| x.chars().next_back())
                .and_then(digit_value)
                .is_some()
                && next().and_then(digit_value).is_some();
            d = match d {
                ',' if !between_digits => '\u{060C}',
                ';' => '\u{061B}',
                '?' => '\u{061F}',
                other => other,
            };
        }
        if d != c {
            rw.replace_char(r, d);
        }
    }
    match run {
        // A blank run after `(` `«` and before the next word.
        Some(r) if spacing && after_open && !at_end => delete_run(line, r, rw),
        r => flush_run(n, line, r, at_start && !kept_any, at_end, rw),
    }
}

/// Whether the char before byte `at` of `line` is a digit (a closing mark after a number keeps
/// its space: `۳ . ۵` is not a Persian sentence end).
fn digit_before(line: &str, at: usize) -> bool {
    crate::text::sub(line, ..at)
        .chars()
        .next_back()
        .and_then(digit_value)
        .is_some()
}

/// Deletes a run of blanks (and the ZWNJs inside it) char by char, so offsets stay exact.
fn delete_run(line: &str, run: (usize, usize, usize), rw: &mut Sink<'_, '_>) {
    let (start, end, _) = run;
    for (j, c) in crate::text::sub(line, start..end).char_indices() {
        rw.delete(start + j..start + j + c.len_utf8());
    }
}

/// Writes one run of blanks (with any ZWNJ to drop inside it): trimmed at a line edge,
/// collapsed to one space when it has two or more blanks.
fn flush_run(
    n: &Normalizer,
    line: &str,
    run: Option<(usize, usize, usize)>,
    leading: bool,
    trailing: bool,
    rw: &mut Sink<'_, '_>,
) {
    let Some((start, end, blanks)) = run else {
        return;
    };
    let trim = n.trim_lines && (leading || trailing);
    let collapse = n.collapse_spaces && blanks >= 2;
    if !trim && !collapse && end - start == blanks {
        // Blanks are one byte each, so there is no ZWNJ to drop either.
        return;
    }
    let mut first = true;
    let s = crate::text::sub(line, start..end);
    for (j, c) in s.char_indices() {
        let r = start + j..start + j + c.len_utf8();
        if c == ZWNJ || trim {
            rw.delete(r);
        } else if first {
            first = false;
            if collapse && c != ' ' {
                rw.replace_char(r, ' ');
            }
        } else if collapse {
            rw.delete(r);
        }
    }
}
