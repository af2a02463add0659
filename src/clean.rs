//! The `clean` pipeline: one call per page — normalize, separate the languages, find the dates.
//!
//! Each stage is usable on its own ([`crate::normalize`], [`crate::lang`], [`crate::dates`]);
//! this module runs them in the order that makes their results agree with each other:
//!
//! 1. the page is normalized ([`CleanOptions::normalizer`], the `default` preset unless you
//!    choose otherwise), so that later stages see one spelling of each letter and digit;
//! 2. Solar Hijri dates (or the calendars [`CleanOptions::find`] asks for) are found in the
//!    normalized text and converted, and the page's publication date is chosen among its dates in
//!    every calendar ([`crate::dates::published`]);
//! 3. the normalized text is segmented into language spans, every neutral run given to a
//!    language with the dates kept whole ([`crate::lang::segment_merged`], then
//!    [`crate::lang::resolve_neutral`]), and the text of each language is collected: it loses
//!    nothing but the whitespace between two languages. (Lines the normalizer segmented and
//!    left as they were keep the labels it found rather than being decided again; the spans
//!    are exactly those of segmenting the normalized text.)
//!
//! Every offset in a [`Document`] refers to [`Document::text`], the normalized text. (To map a
//! place in it back to the raw page, use [`crate::normalize::Normalizer::normalize_with_offsets`]
//! on the raw page: it gives the same text plus the offset map.)
//!
//! ```
//! use naskh::clean::{clean, CleanOptions};
//! use naskh::lang::Lang;
//!
//! let page = "Talks resume in Astana\nکد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵";
//! let doc = clean(page, &CleanOptions::default());
//! assert_eq!(doc.language(Lang::English), "Talks resume in Astana");
//! // Every neutral run belongs to a language, the date whole; ي became ی.
//! assert_eq!(doc.language(Lang::Persian), "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهریور ۱۳۹۶ - ۲۱:۵۵");
//! assert_eq!(doc.dates.len(), 1);
//! assert_eq!(doc.dates[0].isoformat(), "2017-09-02T21:55");
//! assert!(doc.text_with_dates.ends_with("| 2017-09-02T21:55"));
//! assert_eq!(doc.published.map(|p| p.date.isoformat()).as_deref(), Some("2017-09-02T21:55"));
//! # Ok::<(), naskh::Error>(())
//! ```

use std::collections::BTreeMap;

use crate::dates::{self, CalendarSet, DateMatch, FindOptions, Format};
use crate::lang::{self, Lang, Span};
use crate::normalize::Normalizer;

/// What [`clean`] does; `CleanOptions::default()` is the `default` normalization preset, ISO
/// dates and the default date-finding options.
#[derive(Debug, Clone)]
pub struct CleanOptions {
    /// How the text is normalized before anything else.
    pub normalizer: Normalizer,
    /// How dates are written in [`Document::text_with_dates`].
    pub date_format: Format,
    /// Which dates are found (plausible years, two-digit years).
    pub find: FindOptions,
}

impl Default for CleanOptions {
    fn default() -> Self {
        CleanOptions {
            normalizer: Normalizer::default(),
            date_format: Format::Iso,
            find: FindOptions::default(),
        }
    }
}

impl CleanOptions {
    /// Sets the normalizer.
    ///
    /// ```
    /// use naskh::clean::CleanOptions;
    /// use naskh::normalize::{Normalizer, Preset};
    /// let opts = CleanOptions::default().normalizer(Normalizer::preset(Preset::Search));
    /// assert_eq!(naskh::clean::clean("الصلاةُ", &opts).text, "الصلاه");
    /// ```
    pub fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// Sets the format of converted dates.
    ///
    /// ```
    /// use naskh::clean::{clean, CleanOptions};
    /// use naskh::dates::Format;
    /// let opts = CleanOptions::default().date_format(Format::English);
    /// assert_eq!(clean("۱ مهر ۱۴۰۲", &opts).text_with_dates, "23 September 2023");
    /// ```
    pub fn date_format(mut self, format: Format) -> Self {
        self.date_format = format;
        self
    }

    /// Sets the date-finding options.
    pub fn find(mut self, find: FindOptions) -> Self {
        self.find = find;
        self
    }
}

/// A cleaned page. Every offset is a byte offset into [`Document::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The normalized text.
    pub text: String,
    /// Language spans of `text` with every neutral run given to a language and every date kept
    /// whole ([`crate::lang::resolve_neutral`]); they tile `text` exactly, and the only neutral
    /// spans left are whitespace between two languages (or a text with no language at all).
    pub spans: Vec<Span>,
    /// The text of each language present (Persian, Arabic, English, Other), as
    /// [`crate::lang::split_spans`] joins it.
    pub languages: BTreeMap<Lang, String>,
    /// Every Solar Hijri date found in `text`, in order.
    pub dates: Vec<DateMatch>,
    /// `text` with every date rewritten in [`CleanOptions::date_format`].
    pub text_with_dates: String,
    /// When the page was published ([`dates::published`]), read from the dates of `text` in
    /// every calendar — whatever [`FindOptions::calendars`] asks [`Document::dates`] to hold,
    /// since a page may print its publication date in any; `None` when no date of `text` has a
    /// publication label or a time.
    pub published: Option<dates::Published>,
}

impl Document {
    /// The text of one language (empty when the page has none).
    ///
    /// ```
    /// use naskh::clean::{clean, CleanOptions};
    /// use naskh::lang::Lang;
    /// let doc = clean("Hello", &CleanOptions::default());
    /// assert_eq!(doc.language(Lang::English), "Hello");
    /// assert_eq!(doc.language(Lang::Arabic), "");
    /// ```
    pub fn language(&self, lang: Lang) -> &str {
        self.languages.get(&lang).map_or("", String::as_str)
    }
}

/// Cleans one page (see the module docs for the stages).
pub fn clean(text: &str, options: &CleanOptions) -> Document {
    // The lines normalization segmented and left as they were keep their labels.
    let (normalized, labelled) = options.normalizer.normalize_labelled(text);
    // The digit runs a year may be, found once for both searches below.
    let runs = dates::digit_runs(&normalized);
    let asked = CalendarSet::of(&options.find.calendars);
    let dates = dates::find_valid(&normalized, &options.find, asked, &runs);
    let whole: Vec<_> = dates.iter().map(|d| d.range.clone()).collect();
    let merged = lang::segment_merged_given(&normalized, &labelled);
    let spans = lang::resolve_neutral(&normalized, &merged, &whole);
    let languages = lang::split_checked(&normalized, &spans);
    let text_with_dates = dates::replace(&normalized, &dates, &options.date_format);
    let published = if asked == CalendarSet::ALL {
        dates::published_in(&normalized, &dates)
    } else {
        let all = dates::find_valid(&normalized, &options.find, CalendarSet::ALL, &runs);
        dates::published_in(&normalized, &all)
    };
    Document {
        text: normalized,
        spans,
        languages,
        dates,
        text_with_dates,
        published,
    }
}

#[cfg(feature = "cli")]
pub(crate) use serialize::DocumentJson;

#[cfg(feature = "serde")]
mod serialize {
    //! JSON shape of a [`Document`] (feature `serde`): offsets are **code-point** indices, as in
    //! the Python API and the CLI, so any JSON consumer can slice `text` with them.
    //!
    //! ```json
    //! {"text": "...", "languages": {"fa": "...", "ar": "", "en": "...", "other": ""},
    //!  "spans": [{"start": 0, "end": 22, "lang": "en"}, ...],
    //!  "dates": [{"start": 38, "end": 60, "text": "۱۱ شهریور ۱۳۹۶ - ۲۱:۵۵", "calendar": "persian",
    //!             "date": "1396-06-11", "jalali": "1396-06-11", "gregorian": "2017-09-02",
    //!             "time": "21:55", "iso": "2017-09-02T21:55"}],
    //!  "text_with_dates": "...",
    //!  "published": {"start": 38, …the date's fields…, "by": "solar_with_time", "label": null,
    //!                "agrees": true, "beside": [{…a date in another calendar…}]}}
    //! ```

    use serde::ser::{SerializeMap, SerializeSeq, Serializer};
    use serde::Serialize;

    use super::Document;
    use crate::char_index::CharIndex;
    use crate::dates::{DateMatch, DateRecord, PublishedRecord};
    use crate::lang::Lang;

    struct Spans<'a>(&'a Document);
    struct Dates<'a>(&'a Document);
    struct Languages<'a>(&'a Document);

    impl Serialize for Spans<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let doc = self.0;
            let mut chars = CharIndex::new(&doc.text);
            let mut seq = s.serialize_seq(Some(doc.spans.len()))?;
            for span in &doc.spans {
                let start = chars.index(span.range.start);
                let end = chars.index(span.range.end);
                seq.serialize_element(&SpanJson {
                    start,
                    end,
                    lang: span.lang.code(),
                })?;
            }
            seq.end()
        }
    }

    #[derive(Serialize)]
    struct SpanJson {
        start: usize,
        end: usize,
        lang: &'static str,
    }

    impl Serialize for Dates<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let doc = self.0;
            let mut chars = CharIndex::new(&doc.text);
            let mut seq = s.serialize_seq(Some(doc.dates.len()))?;
            for m in &doc.dates {
                seq.serialize_element(&record(doc, &mut chars, m))?;
            }
            seq.end()
        }
    }

    /// The JSON record of a date of `doc` (`chars` must be asked in text order).
    fn record<'a>(doc: &'a Document, chars: &mut CharIndex<'_>, m: &DateMatch) -> DateRecord<'a> {
        DateRecord::new(
            chars.index(m.range.start),
            chars.index(m.range.end),
            m.as_str(&doc.text),
            m.calendar(),
            m.jalali,
            m.time,
        )
    }

    struct Published<'a>(&'a Document);

    impl Serialize for Published<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let doc = self.0;
            let Some(p) = &doc.published else {
                return s.serialize_none();
            };
            let mut chars = CharIndex::new(&doc.text);
            // `CharIndex` counts forward: the dates in text order, the chosen one in its place.
            let mut all: Vec<&DateMatch> = p.beside.iter().chain([&p.date]).collect();
            all.sort_by_key(|m| m.range.start);
            let mut records: Vec<(usize, DateRecord<'_>)> = all
                .iter()
                .map(|m| (m.range.start, record(doc, &mut chars, m)))
                .collect();
            let at = records.iter().position(|(b, _)| *b == p.date.range.start);
            let date = match at {
                Some(i) => records.remove(i).1,
                None => return s.serialize_none(),
            };
            PublishedRecord {
                date,
                by: p.by.name(),
                label: p.label.clone().and_then(|r| doc.text.get(r)),
                agrees: p.agrees,
                beside: records.into_iter().map(|(_, r)| r).collect(),
            }
            .serialize(s)
        }
    }

    impl Serialize for Languages<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(Lang::LANGUAGES.len()))?;
            for lang in Lang::LANGUAGES {
                map.serialize_entry(lang.code(), self.0.language(lang))?;
            }
            map.end()
        }
    }

    impl Serialize for Document {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            DocumentJson {
                doc: self,
                spans: true,
            }
            .serialize(s)
        }
    }

    /// A [`Document`] as JSON with or without its spans (the CLI's `--no-spans`), written
    /// directly rather than by removing `spans` from a serialized copy.
    pub(crate) struct DocumentJson<'a> {
        /// The document.
        pub(crate) doc: &'a Document,
        /// Whether to write `spans`.
        pub(crate) spans: bool,
    }

    impl Serialize for DocumentJson<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let doc = self.doc;
            let mut map = s.serialize_map(Some(if self.spans { 6 } else { 5 }))?;
            map.serialize_entry("text", &doc.text)?;
            map.serialize_entry("languages", &Languages(doc))?;
            if self.spans {
                map.serialize_entry("spans", &Spans(doc))?;
                map.serialize_entry("dates", &Dates(doc))?;
                map.serialize_entry("text_with_dates", &doc.text_with_dates)?;
                map.serialize_entry("published", &Published(doc))?;
            } else {
                // This order is the one `naskh clean --no-spans` has always written (it used to
                // `swap_remove` "spans" from the full object); kept so its output does not change.
                map.serialize_entry("text_with_dates", &doc.text_with_dates)?;
                map.serialize_entry("dates", &Dates(doc))?;
                map.serialize_entry("published", &Published(doc))?;
            }
            map.end()
        }
    }
}
