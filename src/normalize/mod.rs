//! Language-aware normalization with offsets: Persian rules on Persian, Arabic rules on Arabic,
//! English left alone.
//!
//! ## Why another normalizer
//!
//! The Persian normalizers in common use apply Persian rules to the whole text. On real pages
//! that mixes languages this turns the `ي` and `ك` of an Arabic quotation into Persian letters,
//! rewrites letters inside URLs and e-mail addresses, changes English text, and is often not
//! idempotent (running it twice changes the text again). naskh asks [`crate::lang::segment`]
//! which spans are Persian, Arabic or English and applies each rule only where it belongs; it
//! never touches URLs, e-mail addresses, hashtags or @mentions; running it twice gives the same
//! text as running it once; and it can tell, for every output character, which input bytes it
//! came from ([`Normalizer::normalize_with_offsets`]).
//!
//! ## Options and presets
//!
//! Every operation is one option of [`Normalizer`]. Four presets ([`Preset`]) set them all:
//!
//! | option | what it does | `default` | `search` | `none` | `full` |
//! |---|---|---|---|---|---|
//! | `presentation_forms` | Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) → base letters (their NFKC compatibility mapping) | on | on | off | on |
//! | `remove_tatweel` | delete tatweel `ـ` (U+0640) | on | on | off | on |
//! | `remove_bidi` | delete bidi controls: ALM, LRM, RLM, LRE…RLO, PDF, LRI…PDI | on | on | off | on |
//! | `unify_spaces` | NBSP and the other Unicode space separators → ` ` | on | on | off | on |
//! | `collapse_spaces` | a run of two or more spaces/tabs → one space | on | on | off | on |
//! | `trim_lines` | delete spaces/tabs at the start and end of each line | on | on | off | on |
//! | `nfc` | Unicode NFC (canonical composition) | on | on | off | on |
//! | `digits` | [`DigitMode`]: `keep`, `ascii`, or `native` (each run of digits in the digits of its language: Persian, Arabic-Indic, ASCII) | `keep` | `ascii` | `keep` | `keep` |
//! | `persian_letters` | in Persian spans: `ي` `ى` → `ی`, `ك` → `ک` | on | on | off | on |
//! | `persian_heh_hamza` | in Persian spans: `ۀ` (U+06C0) and word-final `هء` → `هٔ` (U+0647 U+0654) | on | on | off | on |
//! | `zwnj` | in Persian text: `می خواهم` → `می‌خواهم`, `نمی خواهم` → `نمی‌خواهم`, `کتاب ها` → `کتاب‌ها` (also `های`, `هایی`, `هایم`…, `تر`, `ترین`; after ا د ذ ر ز ژ و the suffix is joined without ZWNJ: `دیوارها`); ZWNJ after a letter that does not join to the left, doubled ZWNJ, and ZWNJ beside a space or punctuation removed | on | on | off | on |
//! | `zwnj_lexicon` | with `zwnj`: joins and splits decided by Persian word frequencies — `A B` → `A‌B` when `A‌B` is a known word much likelier than the two apart (`نخست وزیر` → `نخست‌وزیر`, `کرده اند` → `کرده‌اند`), `می B` only when `می‌B` is known or `B` is not a word on its own (`ماه می سال` stays), a glued `AB` → `A‌B` when the ZWNJ form is known and the glued one rare (`نمیدانم` → `نمی‌دانم`); off: only the fixed `می`/`نمی` and suffix rules of `zwnj`; opt-in (lines it changes take the general path: about 4–5× slower on scraped Persian) | off | off | off | on |
//! | `persian_punctuation` | in Persian context: `,` `;` `?` → `،` `؛` `؟` (not a `,` between digits) | off | off | off | on |
//! | `persian_spacing` | between Persian words: no space before `، ؛ : . ! ؟ » )` (and `, ; ?`), none after `« (` (`کرد : « زمین` → `کرد: «زمین`); not after a digit, never touching an English or Arabic word; a space between a number and a Persian word glued to it (`۹متر` → `۹ متر`, `عرض۶` → `عرض ۶`; not before `ام امین م مین ها های`) | off | off | off | on |
//! | `persian_ellipsis` | between Persian words: three dots `...` → `…` (not after a digit) | off | off | off | on |
//! | `persian_elongation` | in Persian spans: a run of three or more of one letter cut to one, else two, when the word is then a known word (Persian word frequencies) and was not (`سلامممم` → `سلام`; `سلامم` stays) | off | off | off | on |
//! | `persian_diacritics` | in Persian spans: delete harakat, tanwin, shadda, sukun, superscript alef | off | on | off | off |
//! | `arabic_alef` | in Arabic spans: `أ` `إ` `آ` `ٱ` → `ا` | off | on | off | off |
//! | `arabic_alef_maksura` | in Arabic spans: `ى` → `ي` | off | on | off | off |
//! | `arabic_teh_marbuta` | in Arabic spans: `ة` → `ه` | off | on | off | off |
//! | `arabic_diacritics` | in Arabic spans: delete harakat, tanwin, shadda, sukun, superscript alef | off | on | off | off |
//!
//! English (and other-script) spans get only the options that apply everywhere. URLs, e-mail
//! addresses, `#hashtags` and `@mentions` are never changed by any language, digit or
//! punctuation rule.
//!
//! The heh-with-hamza choice: `هٔ` (heh + combining hamza above) rather than `ۀ`, because `ۀ`
//! is built on U+06D5 (Arabic letter AE), not on the Persian heh, so `هٔ` keeps the word's heh
//! searchable as `ه`.
//!
//! ## Example
//!
//! ```
//! use naskh::normalize::{DigitMode, Normalizer, Preset};
//!
//! let n = Normalizer::default();
//! // Persian rules on the Persian words, the Arabic quotation left as it is:
//! assert_eq!(n.normalize("كتاب ها را مي خواهم"), "کتاب‌ها را می‌خواهم");
//! assert_eq!(n.normalize("قال: «الصلاة على النبي»"), "قال: «الصلاة على النبي»");
//! // URLs are never touched:
//! assert_eq!(n.normalize("سايت https://example.com/كتاب"), "سایت https://example.com/كتاب");
//!
//! let search = Normalizer::preset(Preset::Search);
//! assert_eq!(search.normalize("الصلاةُ ١٢"), "الصلاه 12");
//!
//! let custom = Normalizer::default().digits(DigitMode::Native).persian_punctuation(true);
//! assert_eq!(custom.normalize("سال 1402, ماه ۷"), "سال ۱۴۰۲، ماه ۷");
//! # Ok::<(), naskh::Error>(())
//! ```
//!
//! ## Idempotence, and how segmentation takes part in it
//!
//! Normalization works line by line (a line ends at `\n`, `\r\n` or `\r`; the line breaks
//! themselves are never changed). For each line, the everywhere-options
//! (presentation forms, tatweel, bidi, spaces, NFC) run first, *then* the line is segmented, so
//! the language decision is made on the letters that the output will have. The language rules
//! can still change what a segmenter decides (`search` removes the `ة` that marks a word as
//! Arabic), so the line is normalized again until it no longer changes (at most
//! [`MAX_PASSES`] passes; a line that needs no change costs one pass). The result is a fixed
//! point: `n(n(x)) == n(x)`.
//!
//! ## Offsets
//!
//! [`Normalizer::normalize_with_offsets`] returns a [`Normalized`]: the text and, for every
//! output `char`, the input byte range it came from (see its docs).
//!
//! ## Performance
//!
//! Text is handled in blocks: a block of whole ASCII lines is only checked for whitespace to
//! fix (and copied in one piece when there is none); only lines with other characters go through
//! the full rules, and only lines with Arabic-script letters are segmented. Nothing is allocated
//! for a line that does not change.
//!
//! Inside a line, the language rules look at each char once while cutting the line into words,
//! through one table of facts per char for ASCII and the Arabic block (letter, mark, joins to
//! the left, "some rule may change it", …). A word none of whose chars a rule could change is
//! not looked at again; the single space between two words gets no token of its own. With spans
//! given ([`Normalizer::normalize_spans`]), each line takes its spans as a slice of the caller's
//! (found by walking forward from the previous line, not by a binary search over all spans: on
//! a long text every step of that search misses the cache), the test for the everywhere-options
//! rides on the same pass over the chars, and the edits go straight into the output.
//!
//! Most lines that need a fix hold only Arabic-block letters (at most one mark on each),
//! English words, spaces, digits and common punctuation. Under the options it implements (all of `default`), such a
//! line goes through a one-pass lane (`one_pass.rs`): cut once, the words labelled by the
//! segmenter's own decision without building spans, the letter and ZWNJ rules applied from what
//! the cut found, and no second scan for the fixed point when the lane can tell the new line is
//! stable. A property test checks that the lane and the general way agree.
//!
//! Measured with criterion on scraped Persian news (`benches/normalize.rs`, one thread):
//! 186–206 MiB/s for `normalize` (84 MiB/s before the lane) and about 80 MiB/s on short, varied
//! lines whose words do not all fit the segmenter's word cache.

use std::ops::Range;

use crate::lang::{LabelledLine, LineLabels, Span};
use crate::text::scan::{has_arabic_script, next_non_ascii};
use crate::Error;

mod chars;
mod edit;
mod everywhere;
mod letters;
mod lexicon;
mod one_pass;
mod protect;
mod rules;
mod scan;
mod zwnj;

pub use edit::Normalized;
use edit::{compose, Piece, Rewriter, Sink};

/// The most passes over one line (see the module docs on idempotence).
pub const MAX_PASSES: usize = 4;

/// What happens to digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DigitMode {
    /// Leave every digit as it is.
    #[default]
    Keep,
    /// Persian `۰`–`۹` and Arabic-Indic `٠`–`٩` → ASCII `0`–`9` (and `٫` `٬` `٪` → `.` `,` `%`).
    Ascii,
    /// Digits in the alphabet of their language: Persian digits in Persian text, Arabic-Indic in
    /// Arabic, ASCII in English; the language of a number is that of the word it is in, or else
    /// of the nearest word before it (after it, at the start of a line). Digits with no language
    /// around them are left alone.
    Native,
}

impl DigitMode {
    /// The option value as written in Python and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            DigitMode::Keep => "keep",
            DigitMode::Ascii => "ascii",
            DigitMode::Native => "native",
        }
    }
}

impl std::str::FromStr for DigitMode {
    type Err = Error;

    /// Parses `keep`, `ascii` or `native`.
    ///
    /// ```
    /// use naskh::normalize::DigitMode;
    /// assert_eq!("native".parse::<DigitMode>()?, DigitMode::Native);
    /// assert!("roman".parse::<DigitMode>().is_err());
    /// # Ok::<(), naskh::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        use DigitMode::*;
        parse_named("digits", s, &[Keep, Ascii, Native], DigitMode::name)
    }
}

/// A named set of options.
///
/// ```
/// use naskh::normalize::{Normalizer, Preset};
/// // `full`: every Persian writing fix (lexicon ZWNJ splits, punctuation, elongation…).
/// let full = Normalizer::preset(Preset::Full);
/// assert_eq!(
///     full.normalize("نميدانم چه ميگفت , سلامممم"),
///     "نمی\u{200c}دانم چه می\u{200c}گفت، سلام"
/// );
/// // `default` leaves what needs the lexicon alone.
/// assert_eq!(Normalizer::default().normalize("نمیدانم"), "نمیدانم");
/// assert_eq!(Preset::ALL.map(Preset::name), ["default", "search", "none", "full"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Preset {
    /// Safe cleanup that keeps meaning: everywhere-options, Persian letters and ZWNJ; Arabic
    /// spans untouched; digits kept.
    #[default]
    Default,
    /// Aggressive folding for search indexes and deduplication: `default` plus Arabic alef,
    /// alef maksura, teh marbuta and diacritics folding, Persian diacritics removed, ASCII digits.
    Search,
    /// Every option off: the text comes back unchanged.
    None,
    /// Every Persian writing fix: `default` plus `zwnj_lexicon`, `persian_punctuation`,
    /// `persian_spacing`, `persian_ellipsis` and `persian_elongation` (slower: lines that change
    /// take the general path).
    Full,
}

impl Preset {
    /// Every preset, in the order of the docs.
    pub const ALL: [Preset; 4] = [Preset::Default, Preset::Search, Preset::None, Preset::Full];

    /// The preset's name: `default`, `search`, `none` or `full`.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Default => "default",
            Preset::Search => "search",
            Preset::None => "none",
            Preset::Full => "full",
        }
    }
}

impl std::str::FromStr for Preset {
    type Err = Error;

    /// Parses `default`, `search`, `none` or `full`.
    ///
    /// ```
    /// use naskh::normalize::Preset;
    /// assert_eq!("search".parse::<Preset>()?, Preset::Search);
    /// assert!("loud".parse::<Preset>().is_err());
    /// # Ok::<(), naskh::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        parse_named("preset", s, &Preset::ALL, Preset::name)
    }
}

/// The value of `all` whose `name` is `s`, or an [`Error::InvalidOption`] for option `option`
/// that lists every name ("a, b or c"): the names are spelled once, in `name`.
fn parse_named<T: Copy>(
    option: &str,
    s: &str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<T, Error> {
    if let Some(&v) = all.iter().find(|&&v| name(v) == s) {
        return Ok(v);
    }
    let names: Vec<&str> = all.iter().map(|&v| name(v)).collect();
    let expected = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.concat(),
    };
    Err(Error::InvalidOption {
        name: option.into(),
        value: s.into(),
        expected,
    })
}

/// A configured normalizer: build it once, use it for many texts (it is cheap to clone and
/// `Send + Sync`).
///
/// ```
/// use naskh::normalize::{Normalizer, Preset};
///
/// let n = Normalizer::preset(Preset::Default).zwnj(false);
/// assert_eq!(n.normalize("مي خواهم"), "می خواهم");
/// assert_eq!(Normalizer::preset(Preset::None).normalize("مي  خواهم"), "مي  خواهم");
/// # Ok::<(), naskh::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Normalizer {
    presentation_forms: bool,
    remove_tatweel: bool,
    remove_bidi: bool,
    unify_spaces: bool,
    collapse_spaces: bool,
    trim_lines: bool,
    nfc: bool,
    digits: DigitMode,
    persian_letters: bool,
    persian_heh_hamza: bool,
    zwnj: bool,
    zwnj_lexicon: bool,
    persian_punctuation: bool,
    persian_spacing: bool,
    persian_ellipsis: bool,
    persian_elongation: bool,
    persian_diacritics: bool,
    arabic_alef: bool,
    arabic_alef_maksura: bool,
    arabic_teh_marbuta: bool,
    arabic_diacritics: bool,
}

impl Default for Normalizer {
    /// The `default` preset.
    fn default() -> Self {
        Normalizer::preset(Preset::Default)
    }
}

macro_rules! bool_options {
    ($($name:ident: $doc:literal),* $(,)?) => {
        impl Normalizer {
            $(
                #[doc = $doc]
                #[doc = ""]
                #[doc = "See the option table in the [module docs](self)."]
                #[must_use]
                pub fn $name(mut self, on: bool) -> Self {
                    self.$name = on;
                    self
                }
            )*

            /// The names of the on/off options, in the order of the module docs' table.
            pub const BOOL_OPTIONS: &'static [&'static str] = &[$(stringify!($name)),*];

            /// Sets an on/off option by name.
            ///
            /// ```
            /// use naskh::normalize::Normalizer;
            /// let n = Normalizer::default().set_bool("persian_punctuation", true)?;
            /// assert_eq!(n.get_bool("persian_punctuation"), Some(true));
            /// assert!(Normalizer::default().set_bool("loudness", true).is_err());
            /// # Ok::<(), naskh::Error>(())
            /// ```
            pub fn set_bool(mut self, name: &str, on: bool) -> Result<Self, Error> {
                match name {
                    $(stringify!($name) => self.$name = on,)*
                    _ => return Err(Error::InvalidOption {
                        name: "name".into(),
                        value: name.into(),
                        expected: format!("one of preset, digits, {}", Self::BOOL_OPTIONS.join(", ")),
                    }),
                }
                Ok(self)
            }

            /// The value of an on/off option by name (`None` for an unknown name).
            pub fn get_bool(&self, name: &str) -> Option<bool> {
                match name {
                    $(stringify!($name) => Some(self.$name),)*
                    _ => None,
                }
            }
        }
    };
}

bool_options! {
    presentation_forms: "Arabic presentation forms → base letters.",
    remove_tatweel: "Delete tatweel (U+0640).",
    remove_bidi: "Delete bidi control characters.",
    unify_spaces: "NBSP and other Unicode spaces → U+0020.",
    collapse_spaces: "Runs of two or more spaces/tabs → one space.",
    trim_lines: "Delete spaces/tabs at the start and end of lines.",
    nfc: "Unicode NFC.",
    persian_letters: "In Persian spans, `ي` `ى` → `ی` and `ك` → `ک`.",
    persian_heh_hamza: "In Persian spans, `ۀ` and word-final `هء` → `هٔ`.",
    zwnj: "ZWNJ fixes in Persian text.",
    zwnj_lexicon: "With `zwnj`: join and split Persian words by which written form is a known word (word frequencies) instead of the fixed affix lists.",
    persian_punctuation: "In Persian context, `,` `;` `?` → `،` `؛` `؟`.",
    persian_spacing: "In Persian context, no space before `، ؛ : . ! ؟ » )` (and `, ; ?`) and none after `« (`.",
    persian_ellipsis: "In Persian context, `...` → `…`.",
    persian_elongation: "In Persian spans, a run of three or more of one letter → one (or two) when that makes a known word (`سلامممم` → `سلام`).",
    persian_diacritics: "In Persian spans, delete Arabic diacritics.",
    arabic_alef: "In Arabic spans, alef variants → `ا`.",
    arabic_alef_maksura: "In Arabic spans, `ى` → `ي`.",
    arabic_teh_marbuta: "In Arabic spans, `ة` → `ه`.",
    arabic_diacritics: "In Arabic spans, delete diacritics.",
}

impl Normalizer {
    /// The `default` preset (same as [`Normalizer::default`]).
    pub fn new() -> Self {
        Normalizer::default()
    }

    /// A normalizer with every option set by `preset`.
    ///
    /// ```
    /// use naskh::normalize::{Normalizer, Preset};
    /// assert_eq!(Normalizer::preset(Preset::Search).normalize("۱۲ مدرسة"), "12 مدرسه");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn preset(preset: Preset) -> Self {
        let on = preset != Preset::None;
        let search = preset == Preset::Search;
        let full = preset == Preset::Full;
        Normalizer {
            presentation_forms: on,
            remove_tatweel: on,
            remove_bidi: on,
            unify_spaces: on,
            collapse_spaces: on,
            trim_lines: on,
            nfc: on,
            digits: if search {
                DigitMode::Ascii
            } else {
                DigitMode::Keep
            },
            persian_letters: on,
            persian_heh_hamza: on,
            zwnj: on,
            zwnj_lexicon: full,
            persian_punctuation: full,
            persian_spacing: full,
            persian_ellipsis: full,
            persian_elongation: full,
            persian_diacritics: search,
            arabic_alef: search,
            arabic_alef_maksura: search,
            arabic_teh_marbuta: search,
            arabic_diacritics: search,
        }
    }

    /// Sets what happens to digits.
    ///
    /// ```
    /// use naskh::normalize::{DigitMode, Normalizer};
    /// let n = Normalizer::default().digits(DigitMode::Ascii);
    /// assert_eq!(n.normalize("۱۴۰۲"), "1402");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    #[must_use]
    pub fn digits(mut self, mode: DigitMode) -> Self {
        self.digits = mode;
        self
    }

    /// The digit mode.
    pub fn digit_mode(&self) -> DigitMode {
        self.digits
    }

    /// Every option as `(name, value)`, values written as in Python (`True`/`False` are
    /// `"true"`/`"false"` here), in the order of the module docs' table.
    pub fn options(&self) -> Vec<(&'static str, String)> {
        let mut v: Vec<(&'static str, String)> = Vec::new();
        for &name in Self::BOOL_OPTIONS {
            v.push((name, self.get_bool(name).unwrap_or(false).to_string()));
        }
        v.push(("digits", self.digits.name().to_string()));
        v
    }

    fn is_noop(&self) -> bool {
        *self == Normalizer::preset(Preset::None)
    }

    /// Normalizes `text`.
    ///
    /// ```
    /// use naskh::normalize::Normalizer;
    /// let n = Normalizer::default();
    /// assert_eq!(n.normalize("  Hello   world  \nسلام  دنيا "), "Hello world\nسلام دنیا");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn normalize(&self, text: &str) -> String {
        self.run(text, false, None).text
    }

    /// Normalizes `text` and keeps, for every output `char`, the input range it came from.
    ///
    /// ```
    /// use naskh::normalize::Normalizer;
    /// let input = "ﻻ  شيء";
    /// let n = Normalizer::default().normalize_with_offsets(input);
    /// assert_eq!(n.text, "لا شيء"); // Arabic: its ي stays
    /// assert_eq!(n.offsets[0], n.offsets[1]); // both letters come from the ligature
    /// assert_eq!(&input[n.offsets[0].clone()], "ﻻ");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn normalize_with_offsets(&self, text: &str) -> Normalized {
        self.run(text, true, None)
    }

    /// Like [`Normalizer::normalize`], with language spans computed by the caller (for example
    /// by a pipeline that segments once and reuses the spans). `spans` are byte ranges of `text`,
    /// sorted; positions outside every span count as neutral. The text is normalized in one pass
    /// with these spans (no segmentation, no second pass), so idempotence then depends on the
    /// spans the caller gives for the output.
    ///
    /// ```
    /// use naskh::lang::{Lang, Span};
    /// use naskh::normalize::Normalizer;
    ///
    /// let text = "علي";
    /// let n = Normalizer::default();
    /// let as_arabic = [Span { range: 0..text.len(), lang: Lang::Arabic }];
    /// assert_eq!(n.normalize_spans(text, &as_arabic), "علي");
    /// let as_persian = [Span { range: 0..text.len(), lang: Lang::Persian }];
    /// assert_eq!(n.normalize_spans(text, &as_persian), "علی");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn normalize_spans(&self, text: &str, spans: &[Span]) -> String {
        self.run(text, false, Some(spans)).text
    }

    /// [`Normalizer::normalize_spans`] with offsets (see [`Normalized`]).
    ///
    /// ```
    /// use naskh::lang::{Lang, Span};
    /// use naskh::normalize::Normalizer;
    ///
    /// let text = "كتاب ها";
    /// let spans = [Span { range: 0..text.len(), lang: Lang::Persian }];
    /// let n = Normalizer::default().normalize_spans_with_offsets(text, &spans);
    /// assert_eq!(n.text, "کتاب\u{200c}ها");
    /// assert_eq!(&text[n.offsets[4].clone()], " ");
    /// # Ok::<(), naskh::Error>(())
    /// ```
    pub fn normalize_spans_with_offsets(&self, text: &str, spans: &[Span]) -> Normalized {
        self.run(text, true, Some(spans))
    }

    fn run(&self, text: &str, offsets: bool, spans: Option<&[Span]>) -> Normalized {
        if self.is_noop() {
            return unchanged(text, offsets);
        }
        rules::Scratch::with(|scratch| self.run_with(text, offsets, spans, scratch, None))
    }

    /// [`Normalizer::normalize`], also handing on the labels of the lines it segmented and left
    /// as they were (long lines only: a short one costs little to segment again, and a record
    /// per line would outweigh it), so that `clean` need not decide their words again.
    pub(crate) fn normalize_labelled(&self, text: &str) -> (String, LineLabels) {
        let mut labels = LineLabels::default();
        if self.is_noop() {
            return (text.to_owned(), labels);
        }
        let n = rules::Scratch::with(|scratch| {
            self.run_with(text, false, None, scratch, Some(&mut labels))
        });
        (n.text, labels)
    }

    /// [`Normalizer::run`] with the thread's scratch; with `record`, the labels of lines the
    /// lane left unchanged go there (see [`Normalizer::normalize_labelled`]).
    fn run_with(
        &self,
        text: &str,
        offsets: bool,
        spans: Option<&[Span]>,
        scratch: &mut rules::Scratch,
        mut record: Option<&mut LineLabels>,
    ) -> Normalized {
        scratch.lane.label_always = record.is_some();
        let mut rw = Rewriter::new(text, offsets);
        let bytes = text.as_bytes();
        let len = bytes.len();
        let mut pos = 0;
        // Spans before this index end before the current line (lines come in order).
        let mut span_from = 0;
        while pos < len {
            let non_ascii = next_non_ascii(bytes, pos);
            // Whole ASCII lines before the line holding the first non-ASCII byte.
            let region_end = if non_ascii >= len {
                len
            } else {
                bytes
                    .get(pos..non_ascii)
                    .and_then(|b| memchr::memrchr2(b'\n', b'\r', b))
                    .map_or(pos, |i| pos + i + 1)
            };
            if region_end > pos {
                self.ascii_region(text, pos, region_end, &mut rw);
            }
            if region_end >= len {
                break;
            }
            let line_end = bytes
                .get(region_end..)
                .and_then(|b| memchr::memchr2(b'\n', b'\r', b))
                .map_or(len, |i| region_end + i);
            if let Some(line) = text.get(region_end..line_end) {
                match spans {
                    Some(s) => {
                        let g = spans_over(s, &mut span_from, region_end..line_end);
                        self.line_given(line, region_end, offsets, scratch, g, &mut rw);
                    }
                    None => match self.line(line, offsets, scratch) {
                        Some(p) => rw.splice(region_end..line_end, &p),
                        None => {
                            let kept = record.is_some()
                                && scratch.lane_kept
                                && line.len() >= LABELLED_LINE_MIN;
                            let labels = kept.then(|| scratch.lane.labels_in_text(line)).flatten();
                            if let (Some(rec), Some(l)) = (record.as_deref_mut(), labels) {
                                let start = rw.output_at(region_end);
                                rec.langs.extend_from_slice(l);
                                rec.lines.push(LabelledLine {
                                    range: start..start + line.len(),
                                    labels_end: rec.langs.len(),
                                });
                            }
                        }
                    },
                }
            }
            pos = line_end + 1;
        }
        match rw.finish() {
            None => unchanged(text, offsets),
            Some(p) => Normalized {
                text: p.text,
                offsets: p.offsets.unwrap_or_default(),
            },
        }
    }

    /// Whitespace options over whole ASCII lines `start..end` of `text`.
    fn ascii_region(&self, text: &str, start: usize, end: usize, rw: &mut Rewriter<'_>) {
        if !(self.collapse_spaces || self.trim_lines) {
            return;
        }
        let Some(region) = text.as_bytes().get(start..end) else {
            return;
        };
        let needs = scan::ascii_needs_whitespace(region);
        if !needs {
            return;
        }
        let mut line_start = start;
        while line_start < end {
            let line_end = region
                .get(line_start - start..)
                .and_then(|b| memchr::memchr2(b'\n', b'\r', b))
                .map_or(end, |i| line_start + i);
            self.ascii_line(text, line_start, line_end, rw);
            line_start = line_end + 1;
        }
    }

    fn ascii_line(&self, text: &str, start: usize, end: usize, rw: &mut Rewriter<'_>) {
        let Some(line) = text.as_bytes().get(start..end) else {
            return;
        };
        let mut i = 0;
        while i < line.len() {
            if !matches!(line.get(i), Some(b' ' | b'\t')) {
                i += 1;
                continue;
            }
            let run_start = i;
            while matches!(line.get(i), Some(b' ' | b'\t')) {
                i += 1;
            }
            let (a, b) = (start + run_start, start + i);
            if self.trim_lines && (run_start == 0 || i == line.len()) {
                rw.delete(a..b);
            } else if self.collapse_spaces && b - a >= 2 {
                if line.get(run_start) == Some(&b' ') {
                    rw.delete(a + 1..b);
                } else {
                    rw.replace(a..b, " ");
                }
            }
        }
    }

    /// One line (without its terminator), normalized to a fixed point.
    fn line(&self, line: &str, offsets: bool, scratch: &mut rules::Scratch) -> Option<Piece> {
        scratch.lane_kept = false;
        if !scan::may_change(self, line) {
            return None;
        }
        self.line_full(line, offsets, scratch)
    }

    /// One line at byte `base` of the text `rw` rewrites, with the caller's `spans` (from the
    /// line's first on): the language rules write straight into `rw`, unless the
    /// everywhere-options may change the line (the rules' tokenizer finds out, before any edit):
    /// then the line goes through [`Normalizer::pass`].
    fn line_given(
        &self,
        line: &str,
        base: usize,
        offsets: bool,
        scratch: &mut rules::Scratch,
        spans: &[Span],
        rw: &mut Rewriter<'_>,
    ) {
        if !scan::may_change(self, line) {
            return;
        }
        let sink = &mut Sink { rw, base };
        let view = rules::SpanView::Spans(spans);
        if rules::run(self, line, Some((view, base)), sink, scratch, true) {
            return;
        }
        // The everywhere-options may change the line: they run first.
        if let (Some(p), _) = self.pass(line, offsets, scratch, Some((spans, base))) {
            sink.rw.splice(base..base + line.len(), &p);
        }
    }

    /// [`Normalizer::line`] without the fast-path scan.
    fn line_full(&self, line: &str, offsets: bool, scratch: &mut rules::Scratch) -> Option<Piece> {
        let mut cur: Option<Piece> = None;
        // The last pass says another would change nothing (see `one_pass::Pass::stable`).
        let mut stable = false;
        for _ in 0..MAX_PASSES {
            let input = cur.as_ref().map_or(line, |p| p.text.as_str());
            if cur.is_some() && (stable || !scan::may_change(self, input)) {
                break;
            }
            let (next, next_stable) = self.pass(input, offsets, scratch, None);
            stable = next_stable;
            let Some(next) = next else {
                break;
            };
            if next.text == input {
                break;
            }
            cur = Some(match cur {
                None => next,
                Some(prev) => Piece {
                    offsets: compose(&prev.text, prev.offsets.as_deref(), next.offsets),
                    text: next.text,
                },
            });
        }
        cur
    }

    /// One pass over one line: everywhere-options, segmentation, language rules. Also says
    /// whether another pass is known to change nothing (only the one-pass lane knows that).
    fn pass(
        &self,
        line: &str,
        offsets: bool,
        scratch: &mut rules::Scratch,
        given: Option<(&[Span], usize)>,
    ) -> (Option<Piece>, bool) {
        let lane = given.is_none() && one_pass::takes(self);
        if lane {
            if let Some(p) = one_pass::pass(self, line, offsets, &mut scratch.lane) {
                scratch.lane_kept = p.piece.is_none();
                return (p.piece, p.stable);
            }
        }
        scratch.lane_kept = false;
        let first = self.everywhere(line, offsets, given.is_some());
        if let (true, Some(f)) = (lane, &first) {
            // The lane refuses the chars the everywhere-options change (bidi controls, tatweel,
            // presentation forms, …); what those leave it may take. The rules then see the same
            // line as below, and the lane gives what they give when the everywhere-options have
            // nothing left to change in it: asked of the quick scan, and where it cannot tell
            // (marks, which NFC may reorder and the lane puts in order itself), of the options
            // themselves once the lane has taken the line. (A line without Arabic script goes
            // the general way's quicker way for such lines.)
            let settled = !scan::everywhere_may_change(self, &f.text);
            if settled || has_arabic_script(&f.text) {
                if let Some(p) = one_pass::pass(self, &f.text, offsets, &mut scratch.lane) {
                    if settled || everywhere::run(self, &f.text, false).is_none() {
                        return (chain(first, p.piece, offsets), p.stable);
                    }
                }
            }
        }
        (
            self.rules_after(line, first, offsets, scratch, given),
            false,
        )
    }

    /// [`Normalizer::pass`] without the one-pass lane (what the tests hold the lane to).
    #[cfg(test)]
    fn pass_general(
        &self,
        line: &str,
        offsets: bool,
        scratch: &mut rules::Scratch,
        given: Option<(&[Span], usize)>,
    ) -> Option<Piece> {
        let first = self.everywhere(line, offsets, given.is_some());
        self.rules_after(line, first, offsets, scratch, given)
    }

    /// The everywhere-options' edits of `line`, if any (with offsets when asked, or when the
    /// caller's spans must be carried through them: `given`).
    fn everywhere(&self, line: &str, offsets: bool, given: bool) -> Option<Piece> {
        if scan::everywhere_may_change(self, line) {
            everywhere::run(self, line, offsets || given)
        } else {
            None
        }
    }

    /// The rest of [`Normalizer::pass_general`]: segmentation and the language rules over `line`
    /// as `first` (the everywhere-options' edits of it, if any) left it.
    fn rules_after(
        &self,
        line: &str,
        first: Option<Piece>,
        offsets: bool,
        scratch: &mut rules::Scratch,
        given: Option<(&[Span], usize)>,
    ) -> Option<Piece> {
        let t1 = first.as_ref().map_or(line, |p| p.text.as_str());
        if given.is_none() && !has_arabic_script(t1) {
            // No Persian or Arabic letters: no language rule can apply, only the whitespace
            // options (the same ones the ASCII fast path applies).
            let mut rw = Rewriter::new(t1, offsets);
            self.ascii_line(t1, 0, t1.len(), &mut rw);
            let second = rw.finish();
            return chain(first, second, offsets);
        }
        // A huge line's own spans are kept compact, collected as the segmenter hands them on.
        let mut tiles: Vec<rules::Tile> = Vec::new();
        let owned: Option<Vec<Span>> = match (given, &first) {
            (Some(_), None) => None,
            (Some((g, base)), Some(p)) => {
                let g = spans_in(g, base..base + line.len());
                Some(spans_through(
                    t1,
                    &g,
                    p.offsets.as_deref().unwrap_or_default(),
                ))
            }
            (None, _)
                if t1.len() > scratch.bounds.tiled_from && u32::try_from(t1.len()).is_ok() =>
            {
                crate::lang::segment_each(t1, |chunk| {
                    tiles.extend(chunk.iter().map(|s| rules::Tile {
                        end: u32::try_from(s.range.end).unwrap_or(u32::MAX),
                        lang: s.lang,
                    }));
                });
                None
            }
            (None, _) => has_arabic_script(t1).then(|| crate::lang::segment(t1)),
        };
        let spans = match (&owned, given) {
            (Some(v), _) => Some((rules::SpanView::Spans(v), 0)),
            (None, Some((g, base))) if first.is_none() => Some((rules::SpanView::Spans(g), base)),
            (None, None) if !tiles.is_empty() => Some((rules::SpanView::Tiles(&tiles), 0)),
            _ => None,
        };
        let mut rw = Rewriter::new(t1, offsets);
        rules::run(
            self,
            t1,
            spans,
            &mut Sink {
                rw: &mut rw,
                base: 0,
            },
            scratch,
            false,
        );
        let second = rw.finish();
        chain(first, second, offsets)
    }
}

/// Lines shorter than this (bytes) are not handed on by [`Normalizer::normalize_labelled`]:
/// each record costs about as much memory as such a line, and segmenting it again little time.
const LABELLED_LINE_MIN: usize = 32;

/// `text` as the result of a normalization that changed nothing (each char from itself).
fn unchanged(text: &str, offsets: bool) -> Normalized {
    Normalized {
        text: text.to_owned(),
        offsets: if offsets {
            text.char_indices()
                .map(|(i, c)| i..i + c.len_utf8())
                .collect()
        } else {
            Vec::new()
        },
    }
}

/// The result of running `second` on the output of `first`.
fn chain(first: Option<Piece>, second: Option<Piece>, offsets: bool) -> Option<Piece> {
    match (first, second) {
        (None, s) => s,
        (Some(f), None) => Some(f),
        (Some(f), Some(s)) => Some(Piece {
            offsets: if offsets {
                compose(&f.text, f.offsets.as_deref(), s.offsets)
            } else {
                None
            },
            text: s.text,
        }),
    }
}

/// Normalizes `text` with the `default` preset.
///
/// ```
/// assert_eq!(naskh::normalize::normalize("مي خواهم"), "می‌خواهم");
/// # Ok::<(), naskh::Error>(())
/// ```
pub fn normalize(text: &str) -> String {
    Normalizer::default().normalize(text)
}

/// Normalizes `text` with the `default` preset, keeping offsets (see [`Normalized`]).
///
/// ```
/// let n = naskh::normalize::normalize_with_offsets("a  b");
/// assert_eq!(n.text, "a b");
/// assert_eq!(n.offsets, vec![0..1, 1..2, 3..4]);
/// # Ok::<(), naskh::Error>(())
/// ```
pub fn normalize_with_offsets(text: &str) -> Normalized {
    Normalizer::default().normalize_with_offsets(text)
}

/// The spans (sorted) from the first that may overlap `range` to the end, found by a linear
/// walk from `*from` (lines come in order; a binary search over all spans of a long text misses
/// the cache at every step). The end of the line's spans is not looked for either: the rules
/// walk them anyway, and reading them twice from memory costs more than the walk.
fn spans_over<'s>(spans: &'s [Span], from: &mut usize, range: Range<usize>) -> &'s [Span] {
    while spans.get(*from).is_some_and(|s| s.range.end <= range.start) {
        *from += 1;
    }
    crate::text::sub_slice(spans, *from..)
}

/// The spans overlapping `range`, clipped and shifted to start at `range.start` (`spans` sorted).
fn spans_in(spans: &[Span], range: Range<usize>) -> Vec<Span> {
    // A linear skip: `spans` may run far past `range` (see `spans_over`).
    let first = spans
        .iter()
        .take_while(|s| s.range.end <= range.start)
        .count();
    spans
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|s| s.range.start < range.end)
        .filter(|s| s.range.end > range.start)
        .map(|s| Span {
            range: s.range.start.max(range.start) - range.start
                ..s.range.end.min(range.end) - range.start,
            lang: s.lang,
        })
        .collect()
}

/// Spans over `mid` (text produced from an input with `offsets`), each char taking the language
/// of the input span holding its source.
fn spans_through(mid: &str, spans: &[Span], offsets: &[Range<usize>]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut idx = 0;
    for ((at, c), src) in mid.char_indices().zip(offsets) {
        while spans.get(idx).is_some_and(|s| s.range.end <= src.start) {
            idx += 1;
        }
        let lang = spans
            .get(idx)
            .filter(|s| s.range.contains(&src.start))
            .map_or(crate::lang::Lang::Neutral, |s| s.lang);
        let r = at..at + c.len_utf8();
        match out.last_mut() {
            Some(last) if last.lang == lang && last.range.end == r.start => last.range.end = r.end,
            _ => out.push(Span { range: r, lang }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn normalize_labelled_hands_on_the_lines_it_left() {
        let n = Normalizer::default();
        let line = "قال الرئيس في كلمته أمام البرلمان إن الحكومة ستواصل";
        let text = format!("{line}\nمي خواهم\n١٢ {line}\nکتاب\n{line}");
        let (out, labels) = n.normalize_labelled(&text);
        assert_eq!(out, n.normalize(&text));
        // The first and last lines were segmented and left; the second changed (so the last
        // one moved), the third has digits at its edge, the fourth is short.
        let lines: Vec<&str> = labels.lines.iter().map(|l| &out[l.range.clone()]).collect();
        assert_eq!(lines, [line, line]);
        assert_eq!(labels.lines.first().map(|l| l.labels_end), Some(9));
        assert_eq!(labels.langs, vec![crate::lang::Lang::Arabic; 18]);
        // A normalizer that changes nothing segments nothing.
        let none = Normalizer::preset(Preset::None).normalize_labelled(&text);
        assert_eq!((none.0.as_str(), none.1.lines.len()), (text.as_str(), 0));
    }

    #[test]
    fn option_names_parse_and_errors_list_every_name() {
        for d in [DigitMode::Keep, DigitMode::Ascii, DigitMode::Native] {
            assert_eq!(d.name().parse::<DigitMode>(), Ok(d));
        }
        for p in Preset::ALL {
            assert_eq!(p.name().parse::<Preset>(), Ok(p));
        }
        assert_eq!(
            "Keep".parse::<DigitMode>(),
            Err(Error::InvalidOption {
                name: "digits".into(),
                value: "Keep".into(),
                expected: "keep, ascii or native".into(),
            })
        );
        assert_eq!(
            "loud".parse::<Preset>(),
            Err(Error::InvalidOption {
                name: "preset".into(),
                value: "loud".into(),
                expected: "default, search, none or full".into(),
            })
        );
    }

    const PIECES: &[&str] = &[
        "کتاب",
        "كتاب",
        "می",
        "مي",
        "نمی",
        "خواهم",
        "ها",
        "های",
        "تر",
        "ترین",
        "دیوار",
        "خانه",
        "خانۀ",
        "هء",
        "قدیمی",
        "الصلاة",
        "على",
        "أن",
        "إلى",
        "آمن",
        "ٱ",
        "الْحَمْدُ",
        "َ",
        "ٔ",
        "ٓ",
        "ـ",
        "Tehran",
        "é",
        "e\u{301}",
        "1402",
        "۱۴۰۲",
        "١٤",
        "٫",
        "٪",
        ",",
        ";",
        "?",
        "«",
        "»",
        " ",
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "\u{2009}",
        "\u{200c}",
        "\u{200d}",
        "\u{200e}",
        "\u{2067}",
        "ﻻ",
        "ﷲ",
        "Ω",
        "\u{2126}",
        "\u{212b}",
        "\u{2329}",
        "\u{20d7}",
        "\u{3000}",
        "Ω",
        "ё",
        "\u{301}",
        "https://a.b/ي",
        "a@b.co",
        "#ي",
        "The quick brown fox ",
        "abcdefg  hij",
        "abcdefgh ",
        " abcdefghijklm",
        "1234567,",
        "a?b;c,d",
        " :",
        " .",
        "...",
        " ...",
        "1...",
        " )",
        "( ",
        "« ",
        " »",
        " ،",
        " ؟",
        "سلام ،",
        "کرد : «",
        // words the lexicon joins or splits (`zwnj_lexicon`)
        "نمیدانم",
        "جمعهها",
        "سرمایه گذاری",
        "زمین لرزه",
        " ای",
        "کرده اند",
        "ماه می سال",
        "آنها",
        " ها",
        "سلامممم",
        "۹متر",
        "عرض۶",
        "۲۰ام",
    ];

    fn line() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                6 => prop::sample::select(PIECES).prop_map(str::to_owned),
                1 => any::<char>().prop_filter("no line breaks", |c| *c != '\n' && *c != '\r').prop_map(String::from),
            ],
            0..12,
        )
        .prop_map(|v| v.concat())
    }

    fn normalizers() -> Vec<Normalizer> {
        vec![
            Normalizer::preset(Preset::Default),
            Normalizer::preset(Preset::Search),
            Normalizer::default()
                .persian_punctuation(true)
                .digits(DigitMode::Native),
            Normalizer::default().persian_spacing(true),
            Normalizer::default()
                .persian_ellipsis(true)
                .persian_spacing(true),
            Normalizer::preset(Preset::None).persian_spacing(true),
            Normalizer::preset(Preset::Search).nfc(false),
            Normalizer::preset(Preset::None).zwnj(true),
            Normalizer::preset(Preset::None).arabic_alef_maksura(true),
            Normalizer::default().zwnj_lexicon(true),
            Normalizer::preset(Preset::Search).zwnj_lexicon(true),
            Normalizer::default()
                .persian_elongation(true)
                .persian_spacing(true)
                .digits(DigitMode::Native),
            Normalizer::preset(Preset::Full),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000),
            ..ProptestConfig::default()
        })]

        /// A line cut into windows of a few tokens, its spans kept as tiles, gets exactly the
        /// edits it gets whole: the general path, the caller's-spans path, and the whole
        /// pipeline, text and offsets.
        #[test]
        fn windows_and_tiles_give_the_edits_of_the_whole_line(
            text in prop::collection::vec(line(), 1..6).prop_map(|v| v.join(" ")),
            window in 1usize..6,
        ) {
            let spans = crate::lang::segment(&text);
            for n in normalizers() {
                let mut whole = rules::Scratch::default();
                let general = n.pass_general(&text, true, &mut whole, None);
                let given = n.normalize_spans_with_offsets(&text, &spans);
                let all = n.normalize_with_offsets(&text);
                let small = rules::Bounds { window, tiled_from: 0 };
                rules::TEST_BOUNDS.with(|b| b.set(small));
                let mut cut = rules::Scratch::default();
                let general_cut = n.pass_general(&text, true, &mut cut, None);
                let given_cut = n.normalize_spans_with_offsets(&text, &spans);
                let all_cut = n.normalize_with_offsets(&text);
                rules::TEST_BOUNDS.with(|b| b.set(rules::BOUNDS));
                prop_assert_eq!(
                    general.as_ref().map(|p| (&p.text, &p.offsets)),
                    general_cut.as_ref().map(|p| (&p.text, &p.offsets)),
                    "general path, {:?}", n
                );
                prop_assert_eq!(&given, &given_cut, "caller's spans, {:?}", n);
                prop_assert_eq!(&all, &all_cut, "{:?}", n);
            }
        }

        /// The fast-path scan never says "no change" for a line the full pipeline changes.
        #[test]
        fn scan_is_conservative(text in line()) {
            let mut scratch = rules::Scratch::default();
            for n in normalizers() {
                if !scan::everywhere_may_change(&n, &text) {
                    let e = everywhere::run(&n, &text, false).map(|p| p.text);
                    prop_assert!(e.is_none() || e.as_deref() == Some(text.as_str()),
                        "everywhere scan missed a change: {:?} -> {:?}", text, e);
                }
                if !scan::may_change(&n, &text) {
                    let full = n.line_full(&text, false, &mut scratch).map(|p| p.text);
                    prop_assert!(full.is_none() || full.as_deref() == Some(text.as_str()),
                        "scan missed a change: {:?} -> {:?} with {:?}", text, full, n);
                }
            }
        }
    }
}
