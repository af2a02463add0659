//! `naskh dates`: list the dates of text as JSON Lines, or rewrite them in place.
//!
//! Dates never span a line break, so the records are lines (or, with `--field NAME`, JSON
//! objects whose text is in that field), run by the record runner like every other command.

use std::io;
use std::path::PathBuf;

use super::json;
use super::records::{Job, JsonShape, OutputFormat, RecordArgs};
use crate::char_index::CharIndex;
use crate::dates::{self, DateRecord, FindOptions, Format};

/// Arguments of `naskh dates`.
#[derive(clap::Args)]
pub(crate) struct DatesArgs {
    /// Rewrite every date in the text (see --format) instead of listing the dates.
    #[arg(long)]
    convert: bool,
    /// With --convert: `iso` (2017-09-02, 2017-09-02T21:55 with a time), `english`
    /// (2 September 2017) or a pattern such as "%d %B %Y" (%Y %m %d %B %b %A %H %M %S, %JY %Jm
    /// %Jd %JB for the Jalali fields).
    #[arg(long, default_value = "iso", value_name = "iso|english|PATTERN")]
    format: String,
    /// Read JSON Lines and take the text from this field (with --convert, the field is
    /// rewritten and the other fields are kept).
    #[arg(long, value_name = "NAME")]
    field: Option<String>,
    /// Smallest four-digit number taken as a Solar Hijri year.
    #[arg(long, default_value_t = *dates::DEFAULT_YEARS.start())]
    min_year: i32,
    /// Largest four-digit number taken as a Solar Hijri year.
    #[arg(long, default_value_t = *dates::DEFAULT_YEARS.end())]
    max_year: i32,
    /// Also read two-digit years, as the latest year up to PIVOT with those last digits
    /// (with 1420: 02 is 1402, 21 is 1321).
    #[arg(long, value_name = "PIVOT")]
    two_digit_years: Option<i32>,
    /// The calendars whose dates are found, comma-separated: persian, gregorian, islamic
    /// (lunar Hijri, Umm al-Qura). With --convert, only these are rewritten.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "persian",
        value_name = "LIST"
    )]
    calendars: Vec<String>,
    /// Write here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    #[arg(help = super::records::INPUTS_HELP)]
    files: Vec<PathBuf>,
}

/// Runs `naskh dates`; returns the number of problems reported on stderr (invalid UTF-8,
/// malformed JSON lines).
impl DatesArgs {
    /// The job these arguments ask for; `Err` when the format or the year options are wrong.
    pub(crate) fn job(&self) -> io::Result<DatesJob> {
        let format: Format = self
            .format
            .parse()
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, format!("{e}")))?;
        let calendars = crate::calendar::parse_calendars(self.calendars.iter().map(String::as_str))
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, format!("{e}")))?;
        let opts = FindOptions::default()
            .years(self.min_year..=self.max_year)
            .two_digit_years(self.two_digit_years)
            .calendars(calendars);
        Ok(DatesJob {
            convert: self.convert,
            format,
            opts,
        })
    }

    /// The record options: line records (or JSON records with `--field`), JSON Lines out unless
    /// plain lines are converted; no summary line (`dates` is a filter).
    pub(crate) fn records(&self) -> RecordArgs {
        RecordArgs {
            files: self.files.clone(),
            lines: self.field.is_none(),
            field: self.field.clone(),
            format: if self.convert && self.field.is_none() {
                OutputFormat::Text
            } else {
                OutputFormat::Jsonl
            },
            output: self.output.clone(),
            strict: false,
            quiet: true,
        }
    }
}

/// `naskh dates`: the dates of each record, or the record with its dates rewritten.
pub(crate) struct DatesJob {
    convert: bool,
    format: Format,
    opts: FindOptions,
}

/// One date found: its record (the JSON shape shared with `clean` and Python) owns its text.
pub(crate) struct Found {
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    text: String,
    calendar: crate::dates::Calendar,
    jalali: crate::dates::JalaliDate,
    time: Option<crate::dates::Time>,
}

/// What `dates` makes of one record.
pub(crate) enum DatesOutput {
    Converted(String),
    Found(Vec<Found>),
}

impl Job for DatesJob {
    type Output = DatesOutput;

    fn run(&self, text: &str) -> DatesOutput {
        if self.convert {
            return DatesOutput::Converted(dates::convert_with(text, &self.format, &self.opts));
        }
        let mut chars = CharIndex::new(text);
        let found = dates::find_with(text, &self.opts)
            .into_iter()
            .flatten()
            .map(|m| Found {
                start: chars.index(m.range.start),
                end: chars.index(m.range.end),
                byte_start: m.range.start,
                byte_end: m.range.end,
                text: m.as_str(text).to_owned(),
                calendar: m.calendar(),
                jalali: m.jalali,
                time: m.time,
            })
            .collect();
        DatesOutput::Found(found)
    }

    fn write_json(&self, out: &DatesOutput, buf: &mut Vec<u8>) -> Result<(), json::Error> {
        match out {
            DatesOutput::Converted(text) => {
                buf.extend_from_slice(b"{\"text\":");
                json::write_str(buf, text);
                buf.push(b'}');
                Ok(())
            }
            DatesOutput::Found(_) => {
                buf.extend_from_slice(b"{}");
                Ok(())
            }
        }
    }

    fn write_text(&self, out: &DatesOutput, buf: &mut Vec<u8>) {
        if let DatesOutput::Converted(text) = out {
            buf.extend_from_slice(text.as_bytes());
        }
    }

    fn json_shape(&self) -> JsonShape {
        if self.convert {
            JsonShape::ReplaceField
        } else {
            JsonShape::Items
        }
    }

    fn write_items(
        &self,
        out: &DatesOutput,
        prefix: &[u8],
        buf: &mut Vec<u8>,
    ) -> Result<(), json::Error> {
        let DatesOutput::Found(found) = out else {
            return Ok(());
        };
        for f in found {
            let mut record = DateRecord::new(f.start, f.end, &f.text, f.calendar, f.jalali, f.time);
            record.byte_start = Some(f.byte_start);
            record.byte_end = Some(f.byte_end);
            let at = buf.len();
            json::write(buf, &record)?;
            // `{"start":…}` becomes `{PREFIX,"start":…}`
            let fields = buf.split_off(at + 1);
            buf.extend_from_slice(prefix);
            buf.push(b',');
            buf.extend_from_slice(&fields);
            buf.push(b'\n');
        }
        Ok(())
    }

    fn keeps_line_breaks(&self) -> bool {
        true
    }
}
