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

mod dates;
mod lang;
#[allow(dead_code)] // wired to the `clean` command when the pipeline lands
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
    /// Find Solar Hijri dates: one JSON line per date (line, offsets, Jalali, Gregorian, time),
    /// or with --convert the text with every date rewritten.
    Dates(dates::DatesArgs),
    /// Language spans (fa, ar, en, other, neutral) of each line, as JSON Lines:
    /// `{"source", "line", "spans": [{"start", "end", "lang", "text"}]}` with code-point offsets.
    /// With `--field`, the spans of that field of each JSON record.
    Segment {
        /// Absorb neutral runs (spaces, punctuation) between two spans of the same language.
        #[arg(long)]
        merge_neutral: bool,
        #[command(flatten)]
        records: records::RecordArgs,
    },
    /// The text of one language from each line (plain text unless `--format jsonl`); lines
    /// without that language come out empty, so output lines match input lines.
    Split {
        /// The language to keep.
        #[arg(long, value_enum)]
        lang: lang::LangArg,
        #[command(flatten)]
        records: records::RecordArgs,
    },
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
        Command::Segment {
            merge_neutral,
            mut records,
        } => {
            records.lines = records.field.is_none();
            return finish_records(records::run(&lang::SegmentJob { merge_neutral }, &records));
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
        Command::Digits { to, output, files } => {
            run_lines(&files, output.as_deref(), |line, out| {
                out.write_all(digits::convert(line, to.into()).as_bytes())
            })
        }
    };
    match result {
        Ok(report) if report.invalid_utf8_lines.is_empty() => 0,
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
            match std::str::from_utf8(body) {
                Ok(s) => f(s, &mut out)?,
                Err(_) => {
                    report.invalid_utf8_lines.push((name.clone(), line_no));
                    f(&String::from_utf8_lossy(body), &mut out)?;
                }
            }
            out.write_all(terminator)?;
        }
    }
    out.flush()?;
    Ok(report)
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
