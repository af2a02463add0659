//! The embedded word model: how likely an Arabic-script word is in Persian, Arabic and Urdu.
//!
//! Why a generative per-language model rather than a classifier: each language's score is a
//! probability of the word *in that language*, so scores can be added along a sentence and
//! compared with a switching cost in [`super::viterbi`]. The model is built by
//! `tools/gen_lang_model.py` from the `wordfreq` word lists (see that script for the exact
//! recipe) and embedded with `include_bytes!`; on first use it is unpacked once into two
//! open-addressing hash tables ([`OnceLock`]), so a lookup is one hash of the word's bytes and,
//! almost always, one cache line.
//!
//! A word's probability in language L is
//! * `P_L(in vocabulary) · f_L(folded word)` when L's word list holds it, else
//!   `P_L(out of vocabulary) · P_L(characters)` from a character 4-gram model;
//! * times the *channel*: how L spells each yeh (ی ي ى) and kaf (ک ك) of the word, and whether
//!   its words contain ZWNJ. Persian typed on an Arabic keyboard therefore still finds its
//!   Persian entry (folding maps ي→ی, ك→ک) and only pays the channel's price for the keyboard.

use std::sync::OnceLock;

use super::script::{is_arabic_mark, is_foreign_arabic_letter};

/// The generated model (see `tools/gen_lang_model.py`).
pub(crate) static MODEL_BYTES: &[u8] = include_bytes!("model.bin");

/// Number of languages the model scores: Persian, Arabic, Urdu (in that order).
pub(crate) const N_LANGS: usize = 3;
const NONE: u16 = 0xFFFF;
/// Extra cost (nats) in fa and ur for a word carrying tanwin damm or kasr.
const TANWIN_EVIDENCE: [f32; N_LANGS] = [1.5, 0.0, 1.5];
const QUANT: f32 = 1.0 / 256.0;

/// Per-language constants from the model header (all `-ln p`).
#[derive(Debug, Clone, Copy, Default)]
struct LangParams {
    /// [final?][ی ي ى]
    yeh: [[f32; 3]; 2],
    /// [final?][ک ك]
    kaf: [[f32; 2]; 2],
    zwnj_yes: f32,
    zwnj_no: f32,
    /// Already included in the word table's values; kept for the header layout.
    #[allow(dead_code)]
    in_vocab: f32,
    oov: f32,
    char_floor: f32,
}

/// An open-addressing table from a 64-bit hash to one quantised value per language.
#[derive(Debug, Default)]
struct Table {
    /// (key, values) side by side: a probe touches one cache line. Key 0 marks an empty slot.
    slots: Vec<(u64, [u16; N_LANGS])>,
    mask: usize,
}

impl Table {
    fn with_len(n: usize) -> Table {
        let cap = (n.max(1) * 2).next_power_of_two();
        Table {
            slots: vec![(0, [NONE; N_LANGS]); cap],
            mask: cap - 1,
        }
    }

    #[inline]
    fn slot(&self, h: u64) -> usize {
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & self.mask
    }

    fn insert(&mut self, h: u64, v: [u16; N_LANGS]) {
        let mut i = self.slot(h);
        loop {
            match self.slots.get_mut(i) {
                Some(slot) if slot.0 == 0 => {
                    *slot = (h, v);
                    return;
                }
                Some(slot) if slot.0 == h => return,
                Some(_) => i = (i + 1) & self.mask,
                None => return,
            }
        }
    }

    #[inline]
    fn get(&self, h: u64) -> Option<&[u16; N_LANGS]> {
        let mut i = self.slot(h);
        loop {
            match self.slots.get(i) {
                Some((k, v)) if *k == h => return Some(v),
                Some((0, _)) | None => return None,
                Some(_) => i = (i + 1) & self.mask,
            }
        }
    }
}

/// The unpacked model.
#[derive(Debug, Default)]
pub(crate) struct Model {
    params: [LangParams; N_LANGS],
    words: Table,
    ngrams: Table,
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn table(&mut self) -> Option<Table> {
        let n = self.u32()? as usize;
        let mut t = Table::with_len(n);
        for _ in 0..n {
            let h = self.u64()?;
            let mut v = [NONE; N_LANGS];
            for x in v.iter_mut() {
                *x = self.u16()?;
            }
            t.insert(h, v);
        }
        Some(t)
    }
}

impl Model {
    /// The model, unpacked on first use.
    pub(crate) fn get() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        // The blob is checked by tests; a damaged one degrades to an empty model, never a panic.
        MODEL.get_or_init(|| Model::parse(MODEL_BYTES).unwrap_or_default())
    }

    fn parse(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(8)? != b"NASKHLM1" {
            return None;
        }
        let text_len = r.u16()? as usize;
        r.take(text_len)?;
        let n_langs = r.u32()? as usize;
        let per_lang = r.u32()? as usize;
        if n_langs != N_LANGS || per_lang != 15 {
            return None;
        }
        let mut params = [LangParams::default(); N_LANGS];
        for p in params.iter_mut() {
            for row in p.yeh.iter_mut() {
                for x in row.iter_mut() {
                    *x = r.f32()?;
                }
            }
            for row in p.kaf.iter_mut() {
                for x in row.iter_mut() {
                    *x = r.f32()?;
                }
            }
            p.zwnj_yes = r.f32()?;
            p.zwnj_no = r.f32()?;
            p.in_vocab = r.f32()?;
            p.oov = r.f32()?;
            p.char_floor = r.f32()?;
        }
        let words = r.table()?;
        let ngrams = r.table()?;
        Some(Model {
            params,
            words,
            ngrams,
        })
    }

    /// Costs (`-ln P(word | lang)`, lower is likelier) of an Arabic-script word in fa, ar, ur,
    /// or `None` when the word has a letter none of the three languages uses.
    pub(crate) fn costs(&self, word: &str) -> Option<[f32; N_LANGS]> {
        let mut cost = [0f32; N_LANGS];
        let mut h = FNV_OFFSET;
        let mut has_zwnj = false;
        let mut n_letters = 0usize;
        // A yeh or kaf waits here until the next letter tells whether it was word-final.
        let mut pending: Option<Kind> = None;
        let mut tanwin = false;
        for c in expanded(word) {
            let kind = kind_of(c);
            match kind {
                Kind::Skip => continue,
                Kind::Tanwin => {
                    tanwin = true;
                    continue;
                }
                Kind::Foreign => return None,
                Kind::Zwnj => {
                    has_zwnj = true;
                    if let Some(k) = pending.take() {
                        self.spelling(k, true, &mut cost);
                    }
                    continue;
                }
                _ => {}
            }
            if let Some(k) = pending.take() {
                self.spelling(k, false, &mut cost);
            }
            if matches!(kind, Kind::Yeh(_) | Kind::Kaf(_)) {
                pending = Some(kind);
            }
            h = fnv_char(h, fold(c));
            n_letters += 1;
        }
        if let Some(k) = pending {
            self.spelling(k, true, &mut cost);
        }
        if tanwin {
            // evidence for Arabic, not a verdict (the word lists carry no vowel marks)
            for (c, e) in cost.iter_mut().zip(TANWIN_EVIDENCE) {
                *c += e;
            }
        }
        if n_letters == 0 {
            return Some(cost);
        }
        let h = nz(h);
        let known = self.words.get(h).copied();
        let mut need_chars = false;
        for ((c, p), k) in cost
            .iter_mut()
            .zip(&self.params)
            .zip(known.unwrap_or([NONE; N_LANGS]))
        {
            *c += if has_zwnj { p.zwnj_yes } else { p.zwnj_no };
            if k != NONE {
                // The generator folded P(in vocabulary) -- or, for a language whose list lacks
                // the word, P(out of vocabulary) times its character model -- into the value.
                *c += f32::from(k) * QUANT;
            } else {
                *c += p.oov;
                need_chars = true;
            }
        }
        if need_chars {
            let cc = self.char_costs(word);
            let known = known.unwrap_or([NONE; N_LANGS]);
            for ((c, x), k) in cost.iter_mut().zip(cc).zip(known) {
                if k == NONE {
                    *c += x;
                }
            }
        }
        Some(cost)
    }

    /// Adds each language's cost of spelling a yeh/kaf this way (word-final or not).
    #[inline]
    fn spelling(&self, kind: Kind, is_final: bool, cost: &mut [f32; N_LANGS]) {
        let f = usize::from(is_final);
        for (c, p) in cost.iter_mut().zip(&self.params) {
            let x = match kind {
                Kind::Yeh(y) => p.yeh.get(f).and_then(|r| r.get(usize::from(y))),
                Kind::Kaf(k) => p.kaf.get(f).and_then(|r| r.get(usize::from(k))),
                _ => None,
            };
            *c += x.copied().unwrap_or(0.0);
        }
    }

    /// `-ln P_L(characters of the folded word)` under each language's character 4-gram model.
    fn char_costs(&self, word: &str) -> [f32; N_LANGS] {
        let mut total = [0f32; N_LANGS];
        // context window: up to 3 previous folded chars, oldest first
        let mut ctx: [char; 3] = ['^'; 3];
        let mut ctx_len = 1usize; // '^' is the first context char
        let mut letters = expanded(word)
            .filter(|&c| !skip(c) && c != '\u{200C}')
            .map(fold);
        let mut done = false;
        while !done {
            let c = match letters.next() {
                Some(c) => c,
                None => {
                    done = true;
                    '$'
                }
            };
            self.add_char(&ctx, ctx_len, c, &mut total);
            // shift context
            if ctx_len < 3 {
                if let Some(slot) = ctx.get_mut(ctx_len) {
                    *slot = c;
                }
                ctx_len += 1;
            } else {
                ctx.rotate_left(1);
                if let Some(slot) = ctx.get_mut(2) {
                    *slot = c;
                }
            }
        }
        total
    }

    fn add_char(&self, ctx: &[char; 3], ctx_len: usize, c: char, total: &mut [f32; N_LANGS]) {
        let mut acc = [0f32; N_LANGS];
        let mut done = [false; N_LANGS];
        for n in (0..=ctx_len.min(3)).rev() {
            let h_ctx = ctx.get(ctx_len - n..ctx_len).unwrap_or(&[]);
            let mut he = fnv_byte(FNV_OFFSET, 1);
            for &x in h_ctx {
                he = fnv_char(he, x);
            }
            he = fnv_char(fnv_byte(he, 0x1f), c);
            let e = self.ngrams.get(nz(he));
            let g = if n > 0 {
                let mut hg = fnv_byte(FNV_OFFSET, 2);
                for &x in h_ctx {
                    hg = fnv_char(hg, x);
                }
                self.ngrams.get(nz(hg))
            } else {
                None
            };
            for l in 0..N_LANGS {
                if done.get(l).copied().unwrap_or(true) {
                    continue;
                }
                let ev = e.and_then(|v| v.get(l)).copied().unwrap_or(NONE);
                if ev != NONE {
                    if let (Some(t), Some(a), Some(d)) =
                        (total.get_mut(l), acc.get(l), done.get_mut(l))
                    {
                        *t += a + f32::from(ev) * QUANT;
                        *d = true;
                    }
                } else {
                    let gv = g.and_then(|v| v.get(l)).copied().unwrap_or(NONE);
                    if gv != NONE {
                        if let Some(a) = acc.get_mut(l) {
                            *a += f32::from(gv) * QUANT;
                        }
                    }
                }
            }
        }
        for (l, p) in self.params.iter().enumerate() {
            if !done.get(l).copied().unwrap_or(true) {
                if let (Some(t), Some(a)) = (total.get_mut(l), acc.get(l)) {
                    *t += a + p.char_floor;
                }
            }
        }
    }
}

/// Characters the folding drops entirely (ZWNJ is dropped from the key but noted separately).
#[inline]
fn skip(c: char) -> bool {
    is_arabic_mark(c) || c == '\u{0640}' || c == '\u{200D}'
}

/// The characters of `word`, with each Arabic presentation form (U+FB50..) replaced by the
/// letters it stands for, as the word lists spell them.
fn expanded(word: &str) -> Expanded<'_> {
    Expanded {
        chars: word.chars(),
        form: "".chars(),
    }
}

struct Expanded<'a> {
    chars: std::str::Chars<'a>,
    /// The rest of the current presentation form's letters.
    form: std::str::Chars<'static>,
}

impl Iterator for Expanded<'_> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.form.next() {
            return Some(c);
        }
        let c = self.chars.next()?;
        if c < '\u{FB50}' {
            return Some(c);
        }
        match crate::presentation_forms::letters(c) {
            Some(letters) => {
                self.form = letters.chars();
                self.form.next().or(Some(c))
            }
            None => Some(c),
        }
    }
}

/// What a character of an Arabic-script word means to the model.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A letter (or anything else) that goes into the key as it is (after folding).
    Plain,
    /// Dropped: marks, tatweel, ZWJ.
    Skip,
    /// Dropped from the key, but evidence: tanwin damm or kasr (ٌ ٍ), common in vocalised Arabic
    /// and rare in Persian, which uses tanwin almost only as fath on alef (`فوراً`).
    Tanwin,
    /// ZWNJ: dropped from the key, counted as evidence.
    Zwnj,
    /// ی ي ى (index into the channel table).
    Yeh(u8),
    /// ک ك.
    Kaf(u8),
    /// A letter none of fa/ar/ur uses.
    Foreign,
}

/// [`Kind`] of every character of the main Arabic block, U+0600..=U+06FF, computed once at
/// compile time from the same predicates the slow path uses.
#[allow(clippy::indexing_slicing)] // `i < 256`, evaluated at compile time
static BLOCK_KINDS: [Kind; 256] = {
    let mut t = [Kind::Plain; 256];
    let mut i = 0;
    while i < 256 {
        let cp = 0x600 + i as u32;
        t[i] = match char::from_u32(cp) {
            Some(c) => kind_slow(c),
            None => Kind::Plain,
        };
        i += 1;
    }
    t
};

#[inline]
fn kind_of(c: char) -> Kind {
    let cp = c as u32;
    if (0x600..0x700).contains(&cp) {
        BLOCK_KINDS
            .get((cp - 0x600) as usize)
            .copied()
            .unwrap_or(Kind::Plain)
    } else {
        kind_slow(c)
    }
}

const fn kind_slow(c: char) -> Kind {
    match c {
        '\u{200C}' => Kind::Zwnj,
        'ی' => Kind::Yeh(0),
        'ي' => Kind::Yeh(1),
        'ى' => Kind::Yeh(2),
        'ک' => Kind::Kaf(0),
        'ك' => Kind::Kaf(1),
        '\u{064C}' | '\u{064D}' => Kind::Tanwin,
        c if is_arabic_mark(c) || c == '\u{0640}' || c == '\u{200D}' => Kind::Skip,
        c if is_foreign_arabic_letter(c) => Kind::Foreign,
        _ => Kind::Plain,
    }
}

/// Spelling folds shared with the generator: ي ى → ی, ك → ک, ۀ → ه.
#[inline]
fn fold(c: char) -> char {
    match c {
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        'ۀ' => 'ه',
        c => c,
    }
}

const FNV_OFFSET: u64 = 0xCBF2_9CE4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01B3;

#[inline]
fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

#[inline]
fn fnv_char(mut h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h = fnv_byte(h, b);
    }
    h
}

#[inline]
fn nz(h: u64) -> u64 {
    if h == 0 {
        1
    } else {
        h
    }
}

/// FNV-1a-64 of a byte string (the checksum the generator records for the model).
#[cfg(test)]
pub(crate) fn fnv1a64(bytes: &[u8]) -> u64 {
    nz(bytes.iter().fold(FNV_OFFSET, |h, &b| fnv_byte(h, b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_parses_and_is_nonempty() {
        let m = Model::parse(MODEL_BYTES).expect("model parses");
        assert!(m.words.slots.iter().filter(|s| s.0 != 0).count() > 50_000);
        assert!(m.ngrams.slots.iter().filter(|s| s.0 != 0).count() > 10_000);
    }

    #[test]
    fn committed_model_matches_generator_checksum() {
        use super::super::model_meta::{MODEL_FNV64, MODEL_LEN};
        assert_eq!(MODEL_BYTES.len(), MODEL_LEN);
        assert_eq!(fnv1a64(MODEL_BYTES), MODEL_FNV64);
    }

    #[test]
    fn presentation_forms_score_like_plain_letters() {
        let m = Model::get();
        // قال in isolated/final presentation forms; لا as one ligature
        assert_eq!(m.costs("\u{FED7}\u{FE8E}\u{FEDD}"), m.costs("قال"));
        assert_eq!(m.costs("\u{FEFB}"), m.costs("لا"));
    }

    #[test]
    fn clear_words_score_their_language() {
        let m = Model::get();
        let fa_better = |w: &str| {
            let c = m.costs(w).unwrap();
            c[0] < c[1]
        };
        assert!(fa_better("می‌خواهم"));
        assert!(fa_better("گفت"));
        assert!(fa_better("البته"));
        assert!(!fa_better("الذي"));
        assert!(!fa_better("والمسلمين"));
        // Urdu
        let c = m.costs("ہے").unwrap();
        assert!(c[2] < c[0] && c[2] < c[1]);
        // Kurdish ۆ, Pashto ښ: none of the three
        assert!(m.costs("بۆ").is_none());
        assert!(m.costs("پښتو").is_none());
    }
}
