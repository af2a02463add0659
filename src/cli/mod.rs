//! The `naskh` command-line tool: the library's functions over files and standard input.
//!
//! It lives in the library (feature `cli`) rather than only in `src/main.rs` so that the Python
//! package can expose the very same tool as its `naskh` console script: both call [`run`].
//!
//! Every command streams: it reads one line at a time and writes it before reading the next, so
//! memory stays constant however large the input.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;

use crate::digits::{self, DigitAlphabet};

mod clean;
mod dates;
mod json;
mod jsonl;
mod lang;
mod records;
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "naskh",
    version,
    about = "Clean mixed Persian, Arabic and English text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Convert digits between Persian, Arabic-Indic and ASCII, line by line.
    Digits {
        /// Which digits to write.
        #[arg(long, value_enum, default_value_t = DigitsTo::Ascii)]
        to: DigitsTo,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Input files; standard input when none is given (or for `-`).
        files: Vec<PathBuf>,
    },
    /// Clean pages: normalize, separate languages, find and convert Solar Hijri dates. One JSON
    /// line per record (a file, or a line with --lines, or a JSON object with --field).
    Clean {
        #[command(flatten)]
        clean: clean::CleanArgs,
        #[command(flatten)]
        records: records::RecordArgs,
    },
    /// Language spans (fa, ar, en, other, neutral) of each line, as JSON Lines:
    /// `{"source", "line", "spans": [{"start", "end", "lang", "text"}]}` with code-point offsets.
    /// With `--field`, the spans of that field of each JSON record.
    Segment {
        /// Absorb neutral runs (spaces, punctuation) between two spans of the same language.
        #[arg(long, conflicts_with = "resolve_neutral")]
        merge_neutral: bool,
        /// Give every neutral run to a language (closing punctuation to the word before it,
        /// dates whole…); only whitespace between two languages stays neutral.
        #[arg(long)]
        resolve_neutral: bool,
        #[command(flatten)]
        records: records::RecordArgs,
    },
    /// The text of one language from each line (plain text unless `--format jsonl`), joined from
    /// the resolved spans so nothing but the whitespace between languages is lost; lines
    /// without that language come out empty, so output lines match input lines.
    Split {
        /// The language to keep.
        #[arg(long, value_enum)]
        lang: lang::LangArg,
        #[command(flatten)]
        records: records::RecordArgs,
    },
    /// Find Solar Hijri dates: one JSON line per date (line, offsets, Jalali, Gregorian, time),
    /// or with --convert the text with every date rewritten.
    Dates(dates::DatesArgs),
    /// Normalize text line by line: Persian rules on Persian, Arabic on Arabic, English left
    /// alone (see docs/normalize.md for every option).
    Normalize {
        /// Named set of options.
        #[arg(long, value_enum, default_value_t = PresetArg::Default)]
        preset: PresetArg,
        /// What to do with digits (default: the preset's choice).
        #[arg(long, value_enum)]
        digits: Option<DigitModeArg>,
        /// Turn one option on or off, e.g. `--set persian_punctuation=true`; repeatable.
        #[arg(long = "set", value_name = "OPTION=true|false")]
        set: Vec<String>,
        /// Read JSON Lines and normalize this string field; other fields are passed through.
        #[arg(long, value_name = "NAME")]
        field: Option<String>,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Input files; standard input when none is given (or for `-`).
        files: Vec<PathBuf>,
    },
}

/// Builds the normalizer the `normalize` command asked for.
fn normalizer_from_args(
    preset: PresetArg,
    digits: Option<DigitModeArg>,
    set: &[String],
) -> Result<crate::normalize::Normalizer, crate::Error> {
    use crate::normalize::{DigitMode, Normalizer, Preset};
    let mut n = Normalizer::preset(match preset {
        PresetArg::Default => Preset::Default,
        PresetArg::Search => Preset::Search,
        PresetArg::None => Preset::None,
    });
    if let Some(d) = digits {
        n = n.digits(match d {
            DigitModeArg::Keep => DigitMode::Keep,
            DigitModeArg::Ascii => DigitMode::Ascii,
            DigitModeArg::Native => DigitMode::Native,
        });
    }
    for item in set {
        let (name, value) = item.split_once('=').unwrap_or((item.as_str(), "true"));
        let on = match value {
            "true" | "1" | "on" | "yes" => true,
            "false" | "0" | "off" | "no" => false,
            _ => {
                return Err(crate::Error::InvalidOption {
                    name: name.into(),
                    value: value.into(),
                    expected: "true or false".into(),
                })
            }
        };
        n = n.set_bool(name, on)?;
    }
    Ok(n)
}

/// Normalizes the string `field` of one JSON Lines record, keeping every other field and the
/// field order. `Err` says why the line cannot be processed.
fn normalize_json_line(
    n: &crate::normalize::Normalizer,
    line: &str,
    field: &str,
) -> Result<String, String> {
    let mut value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let obj = value
        .as_object_mut()
        .ok_or_else(|| "expected a JSON object".to_string())?;
    match obj.get_mut(field) {
        Some(serde_json::Value::String(s)) => *s = n.normalize(s),
        Some(_) => return Err(format!("field {field:?} is not a string")),
        None => return Err(format!("no field {field:?}")),
    }
    serde_json::to_string(&value).map_err(|e| e.to_string())
}

#[derive(Clone, Copy, ValueEnum)]
enum PresetArg {
    Default,
    Search,
    None,
}

#[derive(Clone, Copy, ValueEnum)]
enum DigitModeArg {
    Keep,
    Ascii,
    Native,
}

#[derive(Clone, Copy, ValueEnum)]
enum DigitsTo {
    Ascii,
    Persian,
    Arabic,
}

impl From<DigitsTo> for DigitAlphabet {
    fn from(d: DigitsTo) -> Self {
        match d {
            DigitsTo::Ascii => DigitAlphabet::Ascii,
            DigitsTo::Persian => DigitAlphabet::Persian,
            DigitsTo::Arabic => DigitAlphabet::ArabicIndic,
        }
    }
}

/// Runs the CLI with `args` (the first item is the program name, as in `std::env::args_os`)
/// and returns the process exit status: 0 success, 1 some input had problems (reported on stderr),
/// 2 the command could not run (bad arguments, unreadable file).
pub fn run<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let parsed = <Cli as clap::CommandFactory>::command()
        .try_get_matches_from(args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m).map(|cli| (m, cli)));
    let (matches, cli) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let result = match cli.command {
        Command::Clean { clean, records } => {
            let job = match clean::CleanJob::new(&clean) {
                Ok(job) => job,
                Err(e) => {
                    eprintln!("naskh: {e}");
                    return 2;
                }
            };
            return finish_records(records::run(&job, &records));
        }
        Command::Segment {
            merge_neutral,
            resolve_neutral,
            mut records,
        } => {
            records.lines = records.field.is_none();
            let job = lang::SegmentJob {
                merge_neutral,
                resolve_neutral,
            };
            return finish_records(records::run(&job, &records));
        }
        Command::Split { lang, mut records } => {
            records.lines = records.field.is_none();
            let format_given = matches
                .subcommand_matches("split")
                .and_then(|m| m.value_source("format"))
                == Some(clap::parser::ValueSource::CommandLine);
            if !format_given {
                records.format = records::OutputFormat::Text;
            }
            let job = lang::SplitJob { lang: lang.into() };
            return finish_records(records::run(&job, &records));
        }
        Command::Dates(args) => {
            return match dates::run(&args) {
                Ok(0) => 0,
                Ok(_) => 1,
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
                Err(e) => {
                    eprintln!("naskh: {e}");
                    2
                }
            };
        }
        Command::Digits { to, output, files } => {
            run_lines(&files, output.as_deref(), |line, out| {
                out.write_all(digits::convert(line, to.into()).as_bytes())
            })
        }
        Command::Normalize {
            preset,
            digits,
            set,
            field,
            output,
            files,
        } => {
            let n = match normalizer_from_args(preset, digits, &set) {
                Ok(n) => n,
                Err(e) => {
                    eprintln!("naskh: {e}");
                    return 2;
                }
            };
            let mut bad: Vec<u64> = Vec::new();
            let mut line_no = 0u64;
            let result = run_lines(&files, output.as_deref(), |line, out| {
                line_no += 1;
                match &field {
                    None => out.write_all(n.normalize(line).as_bytes()),
                    Some(field) => match normalize_json_line(&n, line, field) {
                        Ok(json) => out.write_all(json.as_bytes()),
                        Err(why) => {
                            // Never lose a record: write it unchanged and report it.
                            if bad.len() < 20 {
                                eprintln!("naskh: line {line_no}: {why}; written unchanged");
                            }
                            bad.push(line_no);
                            out.write_all(line.as_bytes())
                        }
                    },
                }
            });
            result.map(|mut report| {
                if !bad.is_empty() {
                    report.had_bad_records = true;
                    report.bad_records = Some(format!(
                        "{} record(s) could not be normalized and were written unchanged",
                        bad.len()
                    ));
                }
                report
            })
        }
    };
    let result = result.map(|mut report| {
        if let Some(more) = report.bad_records.take() {
            eprintln!("naskh: {more}");
        }
        report
    });
    match result {
        Ok(report) if report.invalid_utf8_lines.is_empty() && !report.had_bad_records => 0,
        Ok(report) if report.invalid_utf8_lines.is_empty() => 1,
        Ok(report) => {
            eprintln!(
                "naskh: {} line(s) had invalid UTF-8 and were written with U+FFFD replacements: {}",
                report.invalid_utf8_lines.len(),
                report.describe()
            );
            1
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("naskh: {e}");
            2
        }
    }
}

/// Exit status of a record command: 0 clean, 1 some record was reported, 2 the run failed.
fn finish_records(result: io::Result<records::Summary>) -> u8 {
    match result {
        Ok(summary) if summary.problems == 0 => 0,
        Ok(_) => 1,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) if e.kind() == io::ErrorKind::InvalidData => {
            eprintln!("naskh: {e}");
            1
        }
        Err(e) => {
            eprintln!("naskh: {e}");
            2
        }
    }
}

/// What a line-by-line run noticed about its input.
#[derive(Default)]
struct LineReport {
    /// (input name, 1-based line number) of each line that was not valid UTF-8.
    invalid_utf8_lines: Vec<(String, u64)>,
    /// Whether some record could not be processed (reported already).
    had_bad_records: bool,
    /// A summary of those records, printed once at the end.
    bad_records: Option<String>,
}

impl LineReport {
    fn describe(&self) -> String {
        let shown: Vec<String> = self
            .invalid_utf8_lines
            .iter()
            .take(20)
            .map(|(name, line)| format!("{name}:{line}"))
            .collect();
        let more = self.invalid_utf8_lines.len().saturating_sub(shown.len());
        if more > 0 {
            format!("{} and {more} more", shown.join(", "))
        } else {
            shown.join(", ")
        }
    }
}

/// Streams each input line through `f` (line without its terminator), keeping the terminators.
/// Invalid UTF-8 is replaced with U+FFFD, and the line is reported, never dropped.
fn run_lines(
    files: &[PathBuf],
    output: Option<&std::path::Path>,
    mut f: impl FnMut(&str, &mut dyn Write) -> io::Result<()>,
) -> io::Result<LineReport> {
    let mut out: Box<dyn Write> = match output {
        Some(path) => Box::new(BufWriter::new(File::create(path)?)),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let mut report = LineReport::default();
    for_each_line(files, |name, line_no, body, terminator| {
        match std::str::from_utf8(body) {
            Ok(s) => f(s, &mut out)?,
            Err(_) => {
                report.invalid_utf8_lines.push((name.to_string(), line_no));
                f(&String::from_utf8_lossy(body), &mut out)?;
            }
        }
        out.write_all(terminator)
    })?;
    out.flush()?;
    Ok(report)
}

/// Reads each input (standard input for `-`, or when `files` is empty) line by line and calls
/// `f(input name, 1-based line number, line without its terminator, terminator)`. Shared by
/// [`run_lines`] and `naskh dates`.
fn for_each_line(
    files: &[PathBuf],
    mut f: impl FnMut(&str, u64, &[u8], &[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let stdin_only = [PathBuf::from("-")];
    let inputs = if files.is_empty() {
        &stdin_only[..]
    } else {
        files
    };
    let mut buf = Vec::new();
    for path in inputs {
        let (name, mut reader): (String, Box<dyn BufRead>) = if path.as_os_str() == "-" {
            (
                "<stdin>".into(),
                Box::new(BufReader::new(io::stdin().lock())),
            )
        } else {
            let file = File::open(path)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            (path.display().to_string(), Box::new(BufReader::new(file)))
        };
        let mut line_no = 0u64;
        loop {
            buf.clear();
            if reader.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            line_no += 1;
            let (body, terminator) = split_terminator(&buf);
            f(&name, line_no, body, terminator)?;
        }
    }
    Ok(())
}

fn split_terminator(line: &[u8]) -> (&[u8], &[u8]) {
    let cut = if line.ends_with(b"\r\n") {
        2
    } else if line.ends_with(b"\n") {
        1
    } else {
        0
    };
    line.split_at(line.len() - cut)
}
