//! `naskh dates`: list the Solar Hijri dates of text as JSON Lines, or rewrite them in place.
//!
//! Dates never span a line break, so input is streamed line by line: constant memory, output
//! written as soon as each line is done. With `--field NAME` every input line is a JSON object
//! whose text is in that field.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use serde_json::{Map, Value};

use crate::char_index::CharIndex;
use crate::dates::{self, FindOptions, Format};

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
    /// Write here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Input files; standard input when none is given (or for `-`).
    files: Vec<PathBuf>,
}

/// Runs `naskh dates`; returns the number of problems reported on stderr (invalid UTF-8,
/// malformed JSON lines).
pub(crate) fn run(args: &DatesArgs) -> io::Result<u64> {
    let format: Format = args
        .format
        .parse()
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, format!("{e}")))?;
    let opts = FindOptions::default()
        .years(args.min_year..=args.max_year)
        .two_digit_years(args.two_digit_years);
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => {
            Box::new(BufWriter::new(File::create(path).map_err(|e| {
                io::Error::new(e.kind(), format!("{}: {e}", path.display()))
            })?))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let mut problems = 0u64;
    super::for_each_line(&args.files, |name, line_no, body, terminator| {
        let text = match std::str::from_utf8(body) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => {
                problems += 1;
                eprintln!("naskh: {name}:{line_no}: invalid UTF-8, replaced with U+FFFD");
                String::from_utf8_lossy(body)
            }
        };
        let ok = match &args.field {
            None if args.convert => {
                out.write_all(dates::convert_with(&text, &format, &opts).as_bytes())?;
                out.write_all(terminator)?;
                true
            }
            None => {
                write_matches(&mut out, name, line_no, &text, &opts, None)?;
                true
            }
            Some(field) => json_line(
                &mut out,
                name,
                line_no,
                &text,
                field,
                args.convert,
                &format,
                &opts,
            )?,
        };
        if !ok {
            problems += 1;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(problems)
}

/// One JSONL input line. Returns false (after reporting) when it is not an object with a
/// string in `field`.
#[allow(clippy::too_many_arguments)]
fn json_line(
    out: &mut dyn Write,
    name: &str,
    line_no: u64,
    line: &str,
    field: &str,
    convert: bool,
    format: &Format,
    opts: &FindOptions,
) -> io::Result<bool> {
    if line.trim().is_empty() {
        return Ok(true);
    }
    let mut object: Map<String, Value> = match serde_json::from_str(line) {
        Ok(Value::Object(o)) => o,
        _ => {
            eprintln!("naskh: {name}:{line_no}: not a JSON object");
            return Ok(false);
        }
    };
    let Some(text) = object.get(field).and_then(Value::as_str).map(str::to_owned) else {
        eprintln!("naskh: {name}:{line_no}: no string field {field:?}");
        return Ok(false);
    };
    if convert {
        let new = dates::convert_with(&text, format, opts);
        object.insert(field.to_string(), Value::String(new));
        serde_json::to_writer(&mut *out, &Value::Object(object)).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    } else {
        write_matches(out, name, line_no, &text, opts, Some(field))?;
    }
    Ok(true)
}

/// One JSON object per date found in `text`: where it is (line; `start`/`end` in characters,
/// `byte_start`/`byte_end` in UTF-8 bytes, within the line or the field), the matched text,
/// the Jalali and Gregorian dates, the time and the ISO form.
fn write_matches(
    out: &mut dyn Write,
    name: &str,
    line_no: u64,
    text: &str,
    opts: &FindOptions,
    field: Option<&str>,
) -> io::Result<()> {
    let mut chars = CharIndex::new(text);
    for m in dates::find_with(text, opts).into_iter().flatten() {
        let start = chars.index(m.range.start);
        let end = chars.index(m.range.end);
        let j = m.jalali;
        let mut rec = Map::new();
        rec.insert("source".into(), Value::from(name));
        rec.insert("line".into(), Value::from(line_no));
        if let Some(f) = field {
            rec.insert("field".into(), Value::from(f));
        }
        rec.insert("start".into(), Value::from(start));
        rec.insert("end".into(), Value::from(end));
        rec.insert("byte_start".into(), Value::from(m.range.start));
        rec.insert("byte_end".into(), Value::from(m.range.end));
        rec.insert("text".into(), Value::from(m.as_str(text)));
        rec.insert(
            "jalali".into(),
            Value::from(format!("{:04}-{:02}-{:02}", j.year(), j.month(), j.day())),
        );
        rec.insert("gregorian".into(), Value::from(m.gregorian.to_string()));
        rec.insert(
            "time".into(),
            m.time.map_or(Value::Null, |t| Value::from(t.to_string())),
        );
        rec.insert("iso".into(), Value::from(m.isoformat()));
        serde_json::to_writer(&mut *out, &Value::Object(rec)).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
