//! Reading records for the CLI's document commands, processing them in parallel, writing them
//! back in input order, and never losing one silently.
//!
//! Inputs are files, directories (every file below, in sorted order), glob patterns (for shells
//! that do not expand them) or standard input. A record is a whole file (default), one line
//! (`--lines`) or one JSON object per line (`--field NAME` names the text field; the other fields
//! are passed through untouched).
//!
//! Three kinds of thread share the work, so that reading, processing and writing overlap:
//! - a reader thread cuts the input into batches of at most [`BATCH_BYTES`] (or
//!   [`BATCH_RECORDS`] records), each one buffer holding its records' bytes: it reads large
//!   blocks straight into that buffer and only finds the line ends; at most two batches wait
//!   for the workers;
//! - naskh's pool does everything per record — UTF-8 checking, JSON reading, the job, and
//!   rendering the output line — on slices of the batch, each rendered into one buffer (taken
//!   from a pool of reused buffers);
//! - a writer thread writes those buffers in order and gives them back; at most two batches of
//!   output wait for it.
//!
//! The main thread only reports problems in input order and hands the output on. Peak memory is
//! therefore a few batches of input and output, whatever the input size (a single record larger
//! than a batch is still read whole).
//!
//! Bad input is counted and reported with its place (`file:line`), never dropped silently:
//! invalid UTF-8 is replaced with U+FFFD and reported (or stops the run with `--strict`); a line
//! that is not a JSON object, or lacks the field, is reported and produces no output record. The
//! exit status is 1 when anything was reported.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::json;
use super::jsonl::Object;

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

/// A batch of input: the bytes of its records, one after another, and where each one is.
struct Batch {
    data: Vec<u8>,
    records: Vec<RawRecord>,
}

/// Where one record is, in its batch and in the input.
struct RawRecord {
    source: Arc<str>,
    /// 1-based line number (Lines, Jsonl) or 0 for a whole file.
    line: u64,
    /// Its bytes in [`Batch::data`] (without the line break).
    start: usize,
    end: usize,
    /// Where its line break ends in [`Batch::data`] (`end` when it has none).
    term: usize,
}

impl RawRecord {
    fn place(&self) -> String {
        if self.line == 0 {
            self.source.to_string()
        } else {
            format!("{}:{}", self.source, self.line)
        }
    }

    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// How a job's result becomes JSON Lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum JsonShape {
    /// One object per record: [`Job::write_json`]'s fields merged into `{"source", "line", …}`,
    /// or, with `--field`, put under `"naskh"` in the record read.
    Fields,
    /// One object per item of the result (none for a record without items):
    /// `{"source", "line", ["field",] …}` with [`Job::write_items`]' fields.
    Items,
    /// With `--field`, the record read with its text field replaced by [`Job::write_text`].
    ReplaceField,
}

/// What a record command does to one text. Every command that reads records (`clean`,
/// `segment`, `split`, `dates`, `normalize`, `digits`) is one of these, run by [`run`]: one
/// reader, one policy for bad input, one writer.
pub(crate) trait Job: Sync {
    /// The result for one text.
    type Output;
    /// Processes one text.
    fn run(&self, text: &str) -> Self::Output;
    /// Appends the result as one JSON object (its fields are merged into the output record).
    fn write_json(&self, out: &Self::Output, buf: &mut Vec<u8>) -> Result<(), json::Error>;
    /// Appends the result as plain text.
    fn write_text(&self, out: &Self::Output, buf: &mut Vec<u8>);
    /// How the result becomes JSON Lines.
    fn json_shape(&self) -> JsonShape {
        JsonShape::Fields
    }
    /// For [`JsonShape::Items`]: appends one line per item, each `{` + `prefix` + `,` + the
    /// item's fields + `}` + line break.
    fn write_items(
        &self,
        _out: &Self::Output,
        _prefix: &[u8],
        _buf: &mut Vec<u8>,
    ) -> Result<(), json::Error> {
        Ok(())
    }
    /// In plain-text output of line records, end each output line with the input line's own
    /// break (`\r\n`, `\n` or none at the end of the input) instead of `\n`: the line
    /// transforms (`digits`, `normalize`, `dates --convert`) keep the file as it was.
    fn keeps_line_breaks(&self) -> bool {
        false
    }
}

/// The help of every command's input arguments: all of them read inputs through
/// [`expand_inputs`].
pub(crate) const INPUTS_HELP: &str = "Inputs: files, directories (every file below), glob \
     patterns; standard input when none is given (or for `-`)";

/// Options shared by every document command.
#[derive(clap::Args, Clone, Debug)]
pub(crate) struct RecordArgs {
    #[arg(help = INPUTS_HELP)]
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
    let (tx, rx) = sync_channel::<io::Result<Batch>>(2);
    // Input buffers come back to the reader once their batch is done, to be filled again.
    let (give_back, take_back) = sync_channel::<Vec<u8>>(4);
    let reader_inputs = inputs.clone();
    let reader = std::thread::spawn(move || {
        let result = read_all(
            &reader_inputs,
            &framing,
            READ_BYTES,
            &mut || take_back.try_recv().ok(),
            &mut |batch| tx.send(Ok(batch)).is_ok(),
        );
        if let Err(e) = result {
            let _ = tx.send(Err(e));
        }
    });
    let result = write_all(job, args, rx, &give_back, total_bytes);
    drop(give_back);
    let _ = reader.join();
    result
}

/// Records per slice of a batch handed to one pool thread (at most).
const CHUNK_RECORDS: usize = 64;
/// Input bytes per slice of a batch handed to one pool thread (about).
const CHUNK_BYTES: usize = 64 << 10;
/// Output buffers kept for reuse (at most, in bytes of capacity).
const KEPT_BUFFER_BYTES: usize = 32 << 20;

/// Output buffers for reuse: the pool threads render into them, the writer thread gives each
/// back once written, so the steady state allocates nothing per record or per batch.
#[derive(Default)]
struct Buffers {
    /// The buffers, and the sum of their capacities.
    kept: Mutex<(Vec<Vec<u8>>, usize)>,
}

impl Buffers {
    fn take(&self) -> Vec<u8> {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        match kept.0.pop() {
            Some(buf) => {
                kept.1 -= buf.capacity();
                buf
            }
            None => Vec::new(),
        }
    }

    fn give(&self, mut buf: Vec<u8>) {
        buf.clear();
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if kept.1 + buf.capacity() <= KEPT_BUFFER_BYTES {
            kept.1 += buf.capacity();
            kept.0.push(buf);
        }
    }
}

/// A record at least this long is rendered alone, its output handed to the writer as it is
/// written ([`json::Spill`]) rather than held whole.
const HUGE_RECORD_BYTES: usize = 4 << 20;

/// Cuts a batch's records into the slices the pool threads take one at a time; a huge record
/// is a slice of its own.
fn chunks(records: &[RawRecord]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, record) in records.iter().enumerate() {
        if record.len() >= HUGE_RECORD_BYTES && start < i {
            out.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes += record.len();
        if bytes >= CHUNK_BYTES || i + 1 - start >= CHUNK_RECORDS {
            out.push(start..i + 1);
            start = i + 1;
            bytes = 0;
        }
    }
    if start < records.len() {
        out.push(start..records.len());
    }
    out
}

fn write_all<J: Job>(
    job: &J,
    args: &RecordArgs,
    rx: Receiver<io::Result<Batch>>,
    give_back: &SyncSender<Vec<u8>>,
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
    let buffers = Arc::new(Buffers::default());
    let (out, written) = sync_channel::<Vec<Vec<u8>>>(2);
    let writer_buffers = Arc::clone(&buffers);
    let writer = std::thread::spawn(move || -> io::Result<()> {
        // Pieces of a whole slice of records are usually larger than this buffer and go to the
        // sink directly; only small ones are gathered.
        let mut sink = io::BufWriter::with_capacity(1 << 16, sink);
        for pieces in written {
            for piece in pieces {
                sink.write_all(&piece)?;
                writer_buffers.give(piece);
            }
        }
        sink.flush()
    });
    let finish_writing = |out: SyncSender<Vec<Vec<u8>>>| -> io::Result<()> {
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
    let framing = args.framing();
    let field = match &framing {
        Framing::Jsonl(field) => Some(field.as_str()),
        Framing::Files | Framing::Lines => None,
    };
    let mut summary = Summary::default();
    'batches: for batch in rx {
        let batch = batch?;
        // Everything per record — decoding, the job and its rendering — runs on the pool; this
        // thread only reports problems and hands the output on, in input order. A huge record
        // is rendered here, alone, its output handed to the writer as it is written (after
        // everything before it).
        let slices = chunks(&batch.records);
        let first = summary.records;
        let huge = |range: &Range<usize>| {
            range.len() == 1
                && batch
                    .records
                    .get(range.start)
                    .is_some_and(|r| r.len() >= HUGE_RECORD_BYTES)
        };
        let mut pieces = Vec::with_capacity(slices.len());
        let mut next = 0;
        while next < slices.len() {
            let rest = crate::text::sub_slice(&slices, next..);
            let alone = rest.first().is_some_and(huge);
            let group = if alone {
                crate::text::sub_slice(rest, ..1)
            } else {
                crate::text::sub_slice(rest, ..rest.iter().position(huge).unwrap_or(rest.len()))
            };
            next += group.len();
            let rendered = if alone {
                if !pieces.is_empty() && out.send(std::mem::take(&mut pieces)).is_err() {
                    break 'batches; // the output thread stopped on an error
                }
                let range = group.first().cloned().unwrap_or_default();
                let render = || {
                    vec![render_chunk(
                        job,
                        args.format,
                        field,
                        &batch,
                        &range,
                        first,
                        &buffers,
                    )]
                };
                // (a record `--strict` stops at writes nothing, so it is not handed on early)
                let stops = args.strict
                    && batch.records.get(range.start).is_some_and(|r| {
                        std::str::from_utf8(crate::text::sub_slice(&batch.data, r.start..r.end))
                            .is_err()
                    });
                if stops {
                    render()
                } else {
                    let tx = out.clone();
                    let spill = json::Spill::new(move |piece| {
                        tx.send(vec![piece])
                            .map_err(|_| io::Error::other("the output thread stopped"))
                    });
                    json::with_spill(spill, render)
                }
            } else {
                crate::parallel::map(group, |range| {
                    render_chunk(job, args.format, field, &batch, range, first, &buffers)
                })
            };
            for (range, mut chunk) in group.iter().zip(rendered) {
                let records = crate::text::sub_slice(&batch.records, range.clone());
                // The end of the output of the records so far in this slice.
                let mut done = 0;
                for (record, outcome) in records.iter().zip(&mut chunk.outcomes) {
                    summary.records += 1;
                    summary.bytes += record.len() as u64;
                    if outcome.invalid_utf8 {
                        summary.problems += 1;
                        if args.strict {
                            chunk.out.truncate(done);
                            pieces.push(std::mem::take(&mut chunk.out));
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
                    match outcome.skipped.take() {
                        Some(Skip::Problem(why)) => {
                            summary.problems += 1;
                            eprintln!("naskh: {}: {why}", record.place());
                        }
                        Some(Skip::Failed(e)) => {
                            // (when the writer stopped first, its error says why)
                            return Err(finish_writing(out).err().unwrap_or(e));
                        }
                        None => {}
                    }
                    done = outcome.end;
                }
                pieces.push(chunk.out);
            }
        }
        if batch.data.capacity() <= 2 * BATCH_BYTES {
            give_back.try_send(batch.data).ok();
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

/// The output of one slice of a batch: its records' lines, one after another, in one buffer.
struct Rendered {
    out: Vec<u8>,
    outcomes: Vec<Outcome>,
}

/// What happened to one record.
struct Outcome {
    invalid_utf8: bool,
    /// Where its output ends in [`Rendered::out`].
    end: usize,
    /// Why it has no output.
    skipped: Option<Skip>,
}

enum Skip {
    /// The record cannot be processed (reported, and the run goes on).
    Problem(String),
    /// Its output could not be rendered (the run stops).
    Failed(io::Error),
}

/// Processes and renders the records `range` of `batch`; `first` is the number of records
/// before the batch.
fn render_chunk<J: Job>(
    job: &J,
    format: OutputFormat,
    field: Option<&str>,
    batch: &Batch,
    range: &Range<usize>,
    first: u64,
    buffers: &Buffers,
) -> Rendered {
    let mut out = buffers.take();
    let records = crate::text::sub_slice(&batch.records, range.clone());
    let mut outcomes = Vec::with_capacity(records.len());
    for (i, record) in records.iter().enumerate() {
        let raw = crate::text::sub_slice(&batch.data, record.start..record.end);
        let (text, invalid_utf8) = match std::str::from_utf8(raw) {
            Ok(s) => (Cow::Borrowed(s), false),
            Err(_) => (String::from_utf8_lossy(raw), true),
        };
        let start = out.len();
        let first_record = first == 0 && range.start == 0 && i == 0;
        let line_break = crate::text::sub_slice(&batch.data, record.end..record.term);
        let skipped = render_one(
            job,
            format,
            field,
            record,
            &text,
            line_break,
            invalid_utf8,
            first_record,
            &mut out,
        )
        .err();
        if skipped.is_some() {
            out.truncate(start);
        }
        outcomes.push(Outcome {
            invalid_utf8,
            end: out.len(),
            skipped,
        });
    }
    Rendered { out, outcomes }
}

/// Runs `job` on one record (`text` is the record, decoded) and appends its output line.
#[allow(clippy::too_many_arguments)]
fn render_one<J: Job>(
    job: &J,
    format: OutputFormat,
    field: Option<&str>,
    record: &RawRecord,
    text: &str,
    line_break: &[u8],
    invalid_utf8: bool,
    first_record: bool,
    buf: &mut Vec<u8>,
) -> Result<(), Skip> {
    let failed = |e: json::Error| Skip::Failed(e.into());
    if let Some(field) = field {
        let object = Object::parse(text, field).map_err(Skip::Problem)?;
        let output = job.run(object.text());
        match (format, job.json_shape()) {
            (OutputFormat::Jsonl, JsonShape::Fields) => {
                object
                    .write(buf, invalid_utf8, &mut |b| job.write_json(&output, b))
                    .map_err(failed)?;
                buf.push(b'\n');
            }
            (OutputFormat::Jsonl, JsonShape::ReplaceField) => {
                let mut rendered = Vec::new();
                job.write_text(&output, &mut rendered);
                let rendered = String::from_utf8_lossy(&rendered);
                object
                    .write_replacing(buf, field, invalid_utf8, &rendered)
                    .map_err(failed)?;
                buf.push(b'\n');
            }
            (OutputFormat::Jsonl, JsonShape::Items) => {
                let prefix = item_prefix(record, Some(field)).map_err(failed)?;
                job.write_items(&output, &prefix, buf).map_err(failed)?;
            }
            (OutputFormat::Text, _) => write_text_line(job, &output, buf),
        }
        return Ok(());
    }
    let output = job.run(text);
    match (format, job.json_shape()) {
        (OutputFormat::Jsonl, JsonShape::Items) => {
            let prefix = item_prefix(record, None).map_err(failed)?;
            job.write_items(&output, &prefix, buf).map_err(failed)?;
        }
        (OutputFormat::Jsonl, _) => {
            buf.extend_from_slice(b"{\"source\":");
            json::write_str(buf, &record.source);
            if record.line > 0 {
                buf.extend_from_slice(b",\"line\":");
                json::write(buf, &record.line).map_err(failed)?;
            }
            let at = buf.len();
            // (if a huge output is handed on while it is written, the `{` becomes `,` first)
            let spilled = json::spilled();
            json::set_patch(Some((at, b',')));
            let written = job.write_json(&output, buf);
            json::set_patch(None);
            written.map_err(failed)?;
            if json::spilled() != spilled {
                buf.pop();
            } else if buf.get(at..) == Some(b"{}") {
                buf.truncate(at);
            } else if let Some(brace) = buf.get_mut(at) {
                *brace = b',';
                buf.pop();
            }
            if invalid_utf8 {
                buf.extend_from_slice(b",\"invalid_utf8\":true");
            }
            buf.extend_from_slice(b"}\n");
        }
        (OutputFormat::Text, _) if job.keeps_line_breaks() && record.line > 0 => {
            job.write_text(&output, buf);
            buf.extend_from_slice(line_break);
        }
        (OutputFormat::Text, _) => {
            if record.line == 0 && !first_record {
                buf.push(b'\n');
            }
            write_text_line(job, &output, buf);
        }
    }
    Ok(())
}

/// `"source":…,"line":…[,"field":…]`: where the items of one record come from.
fn item_prefix(record: &RawRecord, field: Option<&str>) -> Result<Vec<u8>, json::Error> {
    let mut prefix = Vec::with_capacity(64);
    prefix.extend_from_slice(b"\"source\":");
    json::write_str(&mut prefix, &record.source);
    prefix.extend_from_slice(b",\"line\":");
    json::write(&mut prefix, &record.line)?;
    if let Some(field) = field {
        prefix.extend_from_slice(b",\"field\":");
        json::write_str(&mut prefix, field);
    }
    Ok(prefix)
}

fn write_text_line<J: Job>(job: &J, output: &J::Output, buf: &mut Vec<u8>) {
    let at = buf.len();
    job.write_text(output, buf);
    if buf.len() == at || buf.last() != Some(&b'\n') {
        buf.push(b'\n');
    }
}

/// Bytes read from an input at a time (line framing): straight into the batch's buffer, where
/// the lines are then found, rather than line by line through a second buffer.
const READ_BYTES: usize = 1 << 20;

/// Reads every input, handing batches to `emit` (which returns false to stop early); `spare`
/// gives back the buffer of a batch that is done with, if any. Lines are read `read_size` bytes
/// at a time.
fn read_all(
    inputs: &[PathBuf],
    framing: &Framing,
    read_size: usize,
    spare: &mut dyn FnMut() -> Option<Vec<u8>>,
    emit: &mut dyn FnMut(Batch) -> bool,
) -> io::Result<()> {
    let mut new_batch = || Batch {
        data: match spare() {
            Some(mut data) => {
                data.clear();
                data
            }
            None => Vec::with_capacity(BATCH_BYTES + BATCH_BYTES / 4),
        },
        records: Vec::new(),
    };
    // The bytes of the batch's records (its buffer also holds line breaks, skipped blank lines
    // and the start of the next line).
    let mut batch_bytes = 0;
    let full =
        |bytes: usize, batch: &Batch| bytes >= BATCH_BYTES || batch.records.len() >= BATCH_RECORDS;
    let mut batch = new_batch();
    for path in inputs {
        let (source, mut reader): (Arc<str>, Box<dyn Read>) = if path.as_os_str() == "-" {
            (Arc::from("<stdin>"), Box::new(io::stdin()))
        } else {
            let file = File::open(path)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            (Arc::from(path.display().to_string()), Box::new(file))
        };
        match framing {
            Framing::Files => {
                let start = batch.data.len();
                reader.read_to_end(&mut batch.data)?;
                batch_bytes += batch.data.len() - start;
                batch.records.push(RawRecord {
                    source: Arc::clone(&source),
                    line: 0,
                    start,
                    end: batch.data.len(),
                    term: batch.data.len(),
                });
                if full(batch_bytes, &batch) {
                    batch_bytes = 0;
                    if !emit(std::mem::replace(&mut batch, new_batch())) {
                        return Ok(());
                    }
                }
            }
            Framing::Lines | Framing::Jsonl(_) => {
                let jsonl = matches!(framing, Framing::Jsonl(_));
                let mut line_no = 0u64;
                // Where the bytes not yet cut into lines start in the batch's buffer.
                let mut next = batch.data.len();
                loop {
                    let read = (&mut reader)
                        .take(read_size as u64)
                        .read_to_end(&mut batch.data)?;
                    let at_end = read == 0;
                    loop {
                        let rest = batch.data.get(next..).unwrap_or_default();
                        let (line_end, after) = match memchr::memchr(b'\n', rest) {
                            Some(i) => (next + i, next + i + 1),
                            // The last line need not end with a line break.
                            None if at_end && !rest.is_empty() => {
                                (batch.data.len(), batch.data.len())
                            }
                            None => break,
                        };
                        line_no += 1;
                        let start = next;
                        next = after;
                        let mut end = line_end;
                        while end > start && matches!(batch.data.get(end - 1), Some(b'\r' | b'\n'))
                        {
                            end -= 1;
                        }
                        let blank = batch
                            .data
                            .get(start..end)
                            .is_some_and(|line| line.iter().all(u8::is_ascii_whitespace));
                        if jsonl && blank {
                            continue; // blank lines between JSON records are not records
                        }
                        batch_bytes += end - start;
                        batch.records.push(RawRecord {
                            source: Arc::clone(&source),
                            line: line_no,
                            start,
                            end,
                            term: after,
                        });
                        if full(batch_bytes, &batch) {
                            // What follows this line goes to the next batch.
                            let mut fresh = new_batch();
                            fresh
                                .data
                                .extend_from_slice(batch.data.get(next..).unwrap_or_default());
                            batch.data.truncate(next);
                            next = 0;
                            batch_bytes = 0;
                            if !emit(std::mem::replace(&mut batch, fresh)) {
                                return Ok(());
                            }
                        }
                    }
                    if at_end {
                        break;
                    }
                }
            }
        }
    }
    if !batch.records.is_empty() {
        emit(batch);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufRead;

    /// Every record read from `input` at `read_size` bytes a time: (line, bytes), in order.
    fn records(input: &[u8], framing: &Framing, read_size: usize) -> Vec<(u64, Vec<u8>)> {
        let dir = std::env::temp_dir().join(format!(
            "naskh-read-all-{}-{read_size}-{}",
            std::process::id(),
            input.len()
        ));
        std::fs::write(&dir, input).unwrap();
        let mut out = Vec::new();
        read_all(
            std::slice::from_ref(&dir),
            framing,
            read_size,
            &mut || None,
            &mut |batch| {
                for r in &batch.records {
                    out.push((r.line, batch.data[r.start..r.end].to_vec()));
                }
                true
            },
        )
        .unwrap();
        std::fs::remove_file(&dir).unwrap();
        out
    }

    /// What reading line by line gives (`read_until`, then the line break and any `\r` before
    /// it removed; blank lines skipped for JSON Lines).
    fn line_by_line(input: &[u8], jsonl: bool) -> Vec<(u64, Vec<u8>)> {
        let mut out = Vec::new();
        let mut reader = input;
        let mut line_no = 0;
        loop {
            let mut line = Vec::new();
            if reader.read_until(b'\n', &mut line).unwrap() == 0 {
                break;
            }
            line_no += 1;
            while matches!(line.last(), Some(b'\n' | b'\r')) {
                line.pop();
            }
            if jsonl && line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            out.push((line_no, line));
        }
        out
    }

    #[test]
    fn lines_are_cut_the_same_whatever_the_read_size() {
        let inputs: [&[u8]; 6] = [
            b"",
            b"\n",
            b"one\r\ntwo\n\n  \nthree",
            b"a\r\r\n\rb\n\xff\xfe\nlast\r",
            "سلام\nدنیا\n".as_bytes(),
            b"{\"a\":1}\n\n{\"b\":2}\n \t\n",
        ];
        for input in inputs {
            for framing in [Framing::Lines, Framing::Jsonl("text".into())] {
                let jsonl = matches!(framing, Framing::Jsonl(_));
                let expected = line_by_line(input, jsonl);
                for read_size in [1, 2, 3, 7, 1 << 20] {
                    assert_eq!(
                        records(input, &framing, read_size),
                        expected,
                        "{input:?} read {read_size} at a time"
                    );
                }
            }
        }
    }

    #[test]
    fn batches_split_between_lines() {
        // Enough records for several batches; the lines must come out whole and in order.
        let input: Vec<u8> = (0..BATCH_RECORDS * 2 + 5)
            .flat_map(|i| format!("line {i}\n").into_bytes())
            .collect();
        assert_eq!(
            records(&input, &Framing::Lines, 5),
            line_by_line(&input, false)
        );
    }
}
