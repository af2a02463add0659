//! `naskh clean`: the whole pipeline ([`crate::clean`]) over pages — the main job.
//!
//! Each record (a file by default, a line with `--lines`, a JSON object with `--field`) becomes
//! one JSON line: the normalized text, the text of each language, the language spans, the dates
//! with their Gregorian form, and the text with dates converted (offsets are code-point indices;
//! see [`crate::clean`]). With `--format text` the normalized text is written instead.

use super::json;
use super::records::Job;
use crate::clean::{clean, CleanOptions, Document, DocumentJson};
use crate::dates::Format;
use crate::normalize::{Normalizer, Preset};

/// Options of `naskh clean` (besides the record options).
#[derive(clap::Args, Clone, Debug)]
pub(crate) struct CleanArgs {
    /// Normalization preset: default, search, none or full.
    #[arg(
        long,
        default_value = "default",
        value_name = "default|search|none|full"
    )]
    pub preset: String,
    /// How converted dates are written: iso, english, or a pattern such as "%d %B %Y".
    #[arg(long, default_value = "iso", value_name = "iso|english|PATTERN")]
    pub date_format: String,
    /// Leave the language spans out of the JSON output (smaller output).
    #[arg(long)]
    pub no_spans: bool,
    /// The calendars whose dates are found and converted, comma-separated: persian, gregorian,
    /// islamic (the publication date is read from every calendar whatever this says).
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "persian",
        value_name = "LIST"
    )]
    pub calendars: Vec<String>,
}

/// The `clean` job: options parsed once, applied to every record.
pub(crate) struct CleanJob {
    options: CleanOptions,
    spans: bool,
}

impl CleanJob {
    /// Parses the command's options; a bad preset or date format is an error before any input
    /// is read.
    pub(crate) fn new(args: &CleanArgs) -> crate::Result<Self> {
        let preset: Preset = args.preset.parse()?;
        let format: Format = args.date_format.parse()?;
        let calendars =
            crate::calendar::parse_calendars(args.calendars.iter().map(String::as_str))?;
        Ok(CleanJob {
            options: CleanOptions::default()
                .normalizer(Normalizer::preset(preset))
                .date_format(format)
                .find(crate::dates::FindOptions::default().calendars(calendars)),
            spans: !args.no_spans,
        })
    }
}

impl Job for CleanJob {
    type Output = Document;

    fn run(&self, text: &str) -> Document {
        clean(text, &self.options)
    }

    fn write_json(&self, doc: &Document, buf: &mut Vec<u8>) -> Result<(), json::Error> {
        json::write(
            buf,
            &DocumentJson {
                doc,
                spans: self.spans,
            },
        )
    }

    fn write_text(&self, doc: &Document, buf: &mut Vec<u8>) {
        buf.extend_from_slice(doc.text.as_bytes());
    }
}
