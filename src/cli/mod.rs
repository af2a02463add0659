//! The `naskh` command-line tool: the library's functions over files and standard input.
//!
//! It lives in the library (feature `cli`) rather than only in `src/main.rs` so that the Python
//! package can expose the very same tool as its `naskh` console script: both call [`run`].
//!
//! Every command that reads records (`clean`, `segment`, `split`, `dates`, `normalize`,
//! `digits`) runs through one record runner (`records`): one reader (files, directories, globs,
//! standard input; whole files, lines or JSON Lines with `--field`), one policy for bad input
//! (invalid UTF-8 replaced and reported with its place; a line that is not a JSON object, or
//! lacks the field, reported with its place and given no output record; exit status 1 when
//! anything was reported), and one writer. Memory stays bounded by a few batches, however
//! large the input.

use std::io;
use std::path::PathBuf;

use crate::digits::DigitAlphabet;

mod clean;
mod dates;
mod json;
mod jsonl;
mod lang;
mod records;
mod transform;
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
    /// Convert digits between Persian, Arabic-Indic and ASCII, line by line (or in one field of
    /// each JSON record).
    Digits {
        /// Which digits to write.
        #[arg(long, value_enum, default_value_t = DigitsTo::Ascii)]
        to: DigitsTo,
        /// Read JSON Lines and convert this string field; other fields are passed through.
        #[arg(long, value_name = "NAME")]
        field: Option<String>,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[arg(help = records::INPUTS_HELP)]
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
    /// Language spans of each line (`lang`: fa, ar, en, ur, ps, ckb, sd, ug, azb, other or
    /// neutral), as JSON Lines:
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
    /// Find dates (Solar Hijri; --calendars for Gregorian and lunar Hijri too): one JSON line per
    /// date (line, offsets, calendar, date, Jalali, Gregorian, time), or with --convert the text
    /// with every date rewritten.
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
        #[arg(help = records::INPUTS_HELP)]
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
        PresetArg::Full => Preset::Full,
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

#[derive(Clone, Copy, ValueEnum)]
enum PresetArg {
    Default,
    Search,
    None,
    Full,
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
    match cli.command {
        Command::Clean { clean, records } => {
            let job = match clean::CleanJob::new(&clean) {
                Ok(job) => job,
                Err(e) => {
                    eprintln!("naskh: {e}");
                    return 2;
                }
            };
            finish_records(records::run(&job, &records))
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
            finish_records(records::run(&job, &records))
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
            finish_records(records::run(&job, &records))
        }
        Command::Dates(args) => {
            let job = match args.job() {
                Ok(job) => job,
                Err(e) => {
                    eprintln!("naskh: {e}");
                    return 2;
                }
            };
            finish_records(records::run(&job, &args.records()))
        }
        Command::Digits {
            to,
            field,
            output,
            files,
        } => {
            let to: DigitAlphabet = to.into();
            let job = transform::TransformJob {
                apply: move |text: &str| crate::digits::convert(text, to).into_owned(),
            };
            finish_records(records::run(&job, &line_records(files, field, output)))
        }
        Command::Normalize {
            preset,
            digits,
            set,
            field,
            output,
            files,
        } => {
            let normalizer = match normalizer_from_args(preset, digits, &set) {
                Ok(n) => n,
                Err(e) => {
                    eprintln!("naskh: {e}");
                    return 2;
                }
            };
            let job = transform::TransformJob {
                apply: move |text: &str| normalizer.normalize(text),
            };
            finish_records(records::run(&job, &line_records(files, field, output)))
        }
    }
}

/// The record options of the line transforms (`digits`, `normalize`): one record per line,
/// written back as plain text with its own line break; with `--field`, one JSON object per line
/// whose field is rewritten. No summary line: they are filters.
fn line_records(
    files: Vec<PathBuf>,
    field: Option<String>,
    output: Option<PathBuf>,
) -> records::RecordArgs {
    records::RecordArgs {
        files,
        lines: field.is_none(),
        format: if field.is_some() {
            records::OutputFormat::Jsonl
        } else {
            records::OutputFormat::Text
        },
        field,
        output,
        strict: false,
        quiet: true,
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
