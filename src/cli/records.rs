//! Reading records for the CLI's document commands, processing them in parallel, writing them
//! back in input order, and never losing one silently.
//!
//! Inputs are files, directories (every file below, in sorted order), glob patterns (for shells
//! that do not expand them) or standard input. A record is a whole file (default), one line
//! (`--lines`) or one JSON object per line (`--field NAME` names the text field; the other fields
//! are passed through untouched).
//!
//! Memory stays bounded on inputs of any size: a reader thread cuts the input into batches of at
//! most [`BATCH_BYTES`] (or [`BATCH_RECORDS`] records), at most two batches wait in a channel,
//! and the main thread processes one batch at a time on naskh's pool and writes it out before
//! taking the next. Peak memory is therefore a few batches, whatever the input size (a single
//! record larger than a batch is still read whole).
//!
//! Bad input is counted and reported with its place (`file:line`), never dropped silently:
//! invalid UTF-8 is replaced with U+FFFD and reported (or stops the run with `--strict`); a line
//! that is not a JSON object, or lacks the field, is reported and produces no output record. The
//! exit status is 1 when anything was reported.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Arc;
use std::time::Instant;

use serde_json::{Map, Value};

/// Most bytes of input text in one batch.
pub(crate) const BATCH_BYTES: usize = 4 << 20;
/// Most records in one batch.
pub(crate) const BATCH_RECORDS: usize = 4096;

/// How input is cut into records.
#[derive(Clone, Debug)]
pub(crate) enum Framing {
    /// One record per input file (standard input is one record).
    Files,
    /// One record per line.
    Lines,
    /// One JSON object per line; the text is in this field.
    Jsonl(String),
}

/// How records are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum OutputFormat {
    /// One JSON object per record.
    Jsonl,
    /// The job's plain-text rendering, one record per line (files: separated by a blank line).
    Text,
}

/// One input record.
pub(crate) struct Record {
    source: Arc<str>,
    /// 1-based line number (Lines, Jsonl) or 0 for a whole file.
    line: u64,
    text: String,
    /// The parsed object for JSONL input.
    object: Option<Map<String, Value>>,
    /// Why this record cannot be processed (malformed JSON, missing field).
    problem: Option<String>,
    invalid_utf8: bool,
    bytes: usize,
}

impl Record {
    fn place(&self) -> String {
        if self.line == 0 {
            self.source.to_string()
        } else {
            format!("{}:{}", self.source, self.line)
        }
    }
}

/// What a document command does to one text.
pub(crate) trait Job: Sync {
    /// The result for one text.
    type Output: Send;
    /// Processes one text.
    fn run(&self, text: &str) -> Self::Output;
    /// The result as JSON fields (merged into the output object).
    fn to_json(&self, out: &Self::Output) -> Map<String, Value>;
    /// The result as plain text.
    fn to_text(&self, out: &Self::Output) -> String;
}

/// Options shared by every document command.
#[derive(clap::Args, Clone, Debug)]
pub(crate) struct RecordArgs {
    /// Inputs: files, directories (every file below), glob patterns; standard input when none
    /// is given (or for `-`).
    pub files: Vec<PathBuf>,
    /// One record per line instead of one per file.
    #[arg(long, conflicts_with = "field")]
    pub lines: bool,
    /// Read JSON Lines and take the text from this field; other fields are passed through.
    #[arg(long, value_name = "NAME")]
    pub field: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    pub format: OutputFormat,
    /// Write here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Stop at the first record that is not valid UTF-8 instead of replacing and reporting it.
    #[arg(long)]
    pub strict: bool,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

impl RecordArgs {
    fn framing(&self) -> Framing {
        match (&self.field, self.lines) {
            (Some(f), _) => Framing::Jsonl(f.clone()),
            (None, true) => Framing::Lines,
            (None, false) => Framing::Files,
        }
    }
}

/// What a run did.
#[derive(Default, Debug)]
pub(crate) struct Summary {
    pub records: u64,
    pub bytes: u64,
    pub problems: u64,
}

/// Expands files, directories and globs into a sorted, de-duplicated list of files; `-` (or an
/// empty list) means standard input.
pub(crate) fn expand_inputs(inputs: &[PathBuf]) -> io::Result<Vec<PathBuf>> {
    if inputs.is_empty() {
        return Ok(vec![PathBuf::from("-")]);
    }
    let mut out = Vec::new();
    for input in inputs {
        let text = input.to_string_lossy();
        if text == "-" || input.is_file() {
            out.push(input.clone());
        } else if input.is_dir() {
            let mut found = Vec::new();
            walk(input, &mut found)?;
            found.sort();
            out.extend(found);
        } else if text.contains(['*', '?', '[']) {
            let pattern = glob::glob(&text)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, format!("{text}: {e}")))?;
            let mut found: Vec<PathBuf> = pattern
                .filter_map(Result::ok)
                .filter(|p| p.is_file())
                .collect();
            if found.is_empty() {
                return Err(io::Error::new(
                    io::ErrorKind::NotFound,
                    format!("{text}: no file matches"),
                ));
            }
            found.sort();
            out.extend(found);
        } else {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("{}: no such file or directory", input.display()),
            ));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.is_file() {
            out.push(path);
        }
    }
    Ok(())
}

/// Runs `job` over the inputs described by `args`; returns the summary, or an I/O error that
/// stopped the run.
pub(crate) fn run<J: Job>(job: &J, args: &RecordArgs) -> io::Result<Summary> {
    let inputs = expand_inputs(&args.files)?;
    let total_bytes: u64 = inputs
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|p| p.metadata().ok())
        .map(|m| m.len())
        .sum();
    let framing = args.framing();
    let (tx, rx) = sync_channel::<io::Result<Vec<Record>>>(2);
    let reader_inputs = inputs.clone();
    let reader = std::thread::spawn(move || {
        let result = read_all(&reader_inputs, &framing, &mut |batch| {
            tx.send(Ok(batch)).is_ok()
        });
        if let Err(e) = result {
            let _ = tx.send(Err(e));
        }
    });
    let result = write_all(job, args, rx, total_bytes);
    let _ = reader.join();
    result
}

fn write_all<J: Job>(
    job: &J,
    args: &RecordArgs,
    rx: Receiver<io::Result<Vec<Record>>>,
    total_bytes: u64,
) -> io::Result<Summary> {
    let started = Instant::now();
    // Output is written by its own thread, so that writing one batch (often several times the
    // input's size) overlaps with processing the next; at most two batches wait for it.
    let sink: Box<dyn Write + Send> = match &args.output {
        Some(path) => Box::new(
            File::create(path)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?,
        ),
        None => Box::new(io::stdout()),
    };
    let (out, written) = sync_channel::<Vec<Vec<u8>>>(2);
    let writer = std::thread::spawn(move || -> io::Result<()> {
        let mut sink = io::BufWriter::with_capacity(1 << 20, sink);
        for pieces in written {
            for piece in pieces {
                sink.write_all(&piece)?;
            }
        }
        sink.flush()
    });
    let finish_writing = |out: std::sync::mpsc::SyncSender<Vec<Vec<u8>>>| -> io::Result<()> {
        drop(out);
        writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the output thread stopped unexpectedly")))
    };
    let progress = (!args.quiet && io::stderr().is_terminal()).then(|| {
        let bar = if total_bytes > 0 { indicatif::ProgressBar::new(total_bytes) } else { indicatif::ProgressBar::no_length() };
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {bytes}/{total_bytes} {bytes_per_sec} {msg} ETA {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut summary = Summary::default();
    let mut first_file_record = true;
    for batch in rx {
        let batch = batch?;
        // Everything per record — the job and its rendering — runs on the pool; this thread
        // only reports problems and writes bytes, in input order.
        let rendered = crate::parallel::map(&batch, |r| {
            r.problem.is_none().then(|| render(job, r, args.format))
        });
        let mut pieces = Vec::with_capacity(rendered.len());
        for (record, output) in batch.iter().zip(rendered) {
            summary.records += 1;
            summary.bytes += record.bytes as u64;
            if record.invalid_utf8 {
                summary.problems += 1;
                if args.strict {
                    out.send(pieces).ok();
                    finish_writing(out)?;
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("{}: invalid UTF-8 (stopped: --strict)", record.place()),
                    ));
                }
                eprintln!(
                    "naskh: {}: invalid UTF-8, replaced with U+FFFD",
                    record.place()
                );
            }
            let Some(output) = output else {
                summary.problems += 1;
                eprintln!(
                    "naskh: {}: {}",
                    record.place(),
                    record.problem.as_deref().unwrap_or("unreadable record")
                );
                continue;
            };
            let bytes = output?;
            if args.format == OutputFormat::Text && record.line == 0 && !first_file_record {
                pieces.push(b"\n".to_vec());
            }
            first_file_record = false;
            pieces.push(bytes);
        }
        if out.send(pieces).is_err() {
            break; // the output thread stopped on an error, which finish_writing returns
        }
        if let Some(bar) = &progress {
            bar.set_position(summary.bytes);
            bar.set_message(format!("{} docs", summary.records));
        }
    }
    finish_writing(out)?;
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "naskh: {} records, {:.1} MB in {:.2} s ({:.1} MB/s), {} problem(s)",
            summary.records,
            summary.bytes as f64 / 1e6,
            secs,
            summary.bytes as f64 / 1e6 / secs.max(1e-9),
            summary.problems
        );
    }
    Ok(summary)
}

/// Runs `job` on one record and renders its output line (with the line break).
fn render<J: Job>(job: &J, record: &Record, format: OutputFormat) -> io::Result<Vec<u8>> {
    let output = job.run(&record.text);
    let mut buf = Vec::with_capacity(record.text.len() * 2 + 64);
    match format {
        OutputFormat::Jsonl => {
            let mut object = match &record.object {
                Some(obj) => obj.clone(),
                None => {
                    let mut obj = Map::new();
                    obj.insert("source".into(), Value::from(record.source.as_ref()));
                    if record.line > 0 {
                        obj.insert("line".into(), Value::from(record.line));
                    }
                    obj
                }
            };
            let fields = job.to_json(&output);
            if record.object.is_some() {
                object.insert("naskh".into(), Value::Object(fields));
            } else {
                object.extend(fields);
            }
            if record.invalid_utf8 {
                object.insert("invalid_utf8".into(), Value::Bool(true));
            }
            serde_json::to_writer(&mut buf, &Value::Object(object)).map_err(io::Error::other)?;
            buf.push(b'\n');
        }
        OutputFormat::Text => {
            let text = job.to_text(&output);
            buf.extend_from_slice(text.as_bytes());
            if !text.ends_with('\n') {
                buf.push(b'\n');
            }
        }
    }
    Ok(buf)
}

/// Reads every input, handing batches to `emit` (which returns false to stop early).
fn read_all(
    inputs: &[PathBuf],
    framing: &Framing,
    emit: &mut dyn FnMut(Vec<Record>) -> bool,
) -> io::Result<()> {
    let mut batch = Vec::new();
    let mut batch_bytes = 0;
    for path in inputs {
        let (source, mut reader): (Arc<str>, Box<dyn BufRead>) = if path.as_os_str() == "-" {
            (
                Arc::from("<stdin>"),
                Box::new(BufReader::with_capacity(1 << 20, io::stdin())),
            )
        } else {
            let file = File::open(path)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            (
                Arc::from(path.display().to_string()),
                Box::new(BufReader::with_capacity(1 << 20, file)),
            )
        };
        let mut push = |record: Record, batch: &mut Vec<Record>, batch_bytes: &mut usize| -> bool {
            *batch_bytes += record.bytes;
            batch.push(record);
            if *batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_RECORDS {
                *batch_bytes = 0;
                return emit(std::mem::take(batch));
            }
            true
        };
        match framing {
            Framing::Files => {
                let mut raw = Vec::new();
                reader.read_to_end(&mut raw)?;
                let record = make_record(&source, 0, raw, None);
                if !push(record, &mut batch, &mut batch_bytes) {
                    return Ok(());
                }
            }
            Framing::Lines | Framing::Jsonl(_) => {
                let field = match framing {
                    Framing::Jsonl(f) => Some(f.as_str()),
                    _ => None,
                };
                let mut line_no = 0u64;
                loop {
                    let mut raw = Vec::new();
                    if reader.read_until(b'\n', &mut raw)? == 0 {
                        break;
                    }
                    line_no += 1;
                    while raw.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                        raw.pop();
                    }
                    if field.is_some() && raw.iter().all(u8::is_ascii_whitespace) {
                        continue; // blank lines between JSON records are not records
                    }
                    let record = make_record(&source, line_no, raw, field);
                    if !push(record, &mut batch, &mut batch_bytes) {
                        return Ok(());
                    }
                }
            }
        }
    }
    if !batch.is_empty() {
        emit(batch);
    }
    Ok(())
}

fn make_record(source: &Arc<str>, line: u64, raw: Vec<u8>, field: Option<&str>) -> Record {
    let bytes = raw.len();
    let (decoded, invalid_utf8) = match String::from_utf8(raw) {
        Ok(s) => (s, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    };
    let mut record = Record {
        source: Arc::clone(source),
        line,
        text: String::new(),
        object: None,
        problem: None,
        invalid_utf8,
        bytes,
    };
    match field {
        None => record.text = decoded,
        Some(field) => match serde_json::from_str::<Value>(&decoded) {
            Ok(Value::Object(obj)) => match obj.get(field) {
                Some(Value::String(s)) => {
                    record.text = s.clone();
                    record.object = Some(obj);
                }
                Some(Value::Null) | None => {
                    record.problem = Some(format!("no string field {field:?} in this JSON object"))
                }
                Some(other) => {
                    record.problem = Some(format!(
                        "field {field:?} is {}, not a string",
                        json_type(other)
                    ))
                }
            },
            Ok(other) => {
                record.problem = Some(format!(
                    "expected a JSON object, found {}",
                    json_type(&other)
                ))
            }
            Err(e) => record.problem = Some(format!("malformed JSON: {e}")),
        },
    }
    record
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
